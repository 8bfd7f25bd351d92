// "This computer" (issue 15): the host facts in plain words, reachable from the keyboard,
// each value named for screen readers, network strings shown as text.
#include "engine/i18n.h"
#include "hostview.h"
#include "mainwindow.h"
#include "pathview.h"
#include "uihelpers.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QTableWidget>
#include <QTest>
#include <gtest/gtest.h>

using namespace easyuc;
using namespace easyuc::test;

namespace {
Report hostReport()
{
    Report r;
    r.pbx = QStringLiteral("pbx.example.com");
    HostInfo& h = r.host;
    h.link.type = QStringLiteral("wifi");
    h.link.interfaceName = QStringLiteral("wlan0");
    h.link.wifiSignalPct = 38;
    h.link.wifiSignalDbm = -74;
    h.link.wifiBand = QStringLiteral("5 GHz");
    h.vpn.ran = true;
    h.vpn.active = true;
    h.vpn.interfaceName = QStringLiteral("tun0");
    h.vpn.kind = QStringLiteral("tun");
    h.vpn.routedTargets = {QStringLiteral("pbx"), QStringLiteral("stun")};
    h.proxy = QStringLiteral("http://10.0.0.1:3128");
    h.proxyInfo.kind = QStringLiteral("manual");
    h.proxyInfo.address = QStringLiteral("10.0.0.1:3128");
    ProxyTunnel t;
    t.target = QStringLiteral("pbx.example.com:7443");
    t.purpose = QStringLiteral("pbx.webrtc");
    t.status = 407;
    t.statusLine = QStringLiteral("HTTP/1.1 407 <b>Proxy</b> Authentication Required");
    h.proxyInfo.tunnels = {t};
    DnsResolverInfo a;
    a.server = QStringLiteral("192.0.2.53");
    a.answerMs = 12;
    a.pbxAddresses = {QStringLiteral("198.51.100.10")};
    DnsResolverInfo b;
    b.server = QStringLiteral("192.0.2.54");
    b.error = QStringLiteral("no answer within 2000 ms");
    h.resolvers = {a, b};
    h.publicAddresses = {QStringLiteral("203.0.113.2")};
    return r;
}
} // namespace

TEST(HostView, ShowsTheHostFactsInPlainWords)
{
    installLanguage(QStringLiteral("en"));
    HostView view;
    EXPECT_EQ(view.valueFor(QStringLiteral("Connection")), nullptr) << "no run: no rows";
    view.setReport(hostReport());
    view.show();
    QLabel* connection = view.valueFor(QStringLiteral("Connection"));
    ASSERT_NE(connection, nullptr);
    EXPECT_TRUE(
        connection->text().contains(QStringLiteral("Wi-Fi (wlan0): signal 38 % (-74 dBm), 5 GHz")))
        << connection->text().toStdString();
    EXPECT_TRUE(connection->text().contains(QStringLiteral("weak")));
    QLabel* vpn = view.valueFor(QStringLiteral("VPN"));
    ASSERT_NE(vpn, nullptr);
    EXPECT_TRUE(vpn->text().contains(QStringLiteral("tun0 (tun)")));
    QLabel* through = view.valueFor(QStringLiteral("Through the proxy"));
    ASSERT_NE(through, nullptr);
    EXPECT_TRUE(through->text().contains(QStringLiteral("authentication required (407)")));
    QLabel* dns = view.valueFor(QStringLiteral("DNS servers asked for pbx.example.com"));
    ASSERT_NE(dns, nullptr);
    EXPECT_EQ(dns->text(), QStringLiteral("192.0.2.53: 198.51.100.10 in 12 ms\n"
                                          "192.0.2.54: no answer within 2000 ms"));
    ASSERT_NE(view.valueFor(QStringLiteral("Public addresses seen")), nullptr);
    EXPECT_EQ(view.valueFor(QStringLiteral("Public addresses seen"))->text(),
              QStringLiteral("203.0.113.2"));
    // Every value: plain text, focusable from the keyboard, named for screen readers.
    for (QLabel* label : view.findChildren<QLabel*>()) {
        if (!label->buddy() && label->focusPolicy() != Qt::StrongFocus)
            continue;
        if (label->focusPolicy() == Qt::StrongFocus) {
            EXPECT_EQ(label->textFormat(), Qt::PlainText);
            QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(label);
            ASSERT_NE(iface, nullptr);
            EXPECT_FALSE(iface->text(QAccessible::Name).isEmpty());
        }
    }
    // Tab walks through the values.
    view.activateWindow();
    connection->setFocus(Qt::TabFocusReason);
    QTest::keyClick(connection, Qt::Key_Tab);
    EXPECT_EQ(view.focusWidget(), vpn);
}

TEST(HostView, ShowsThePathWhenTheRunTracedIt)
{
    installLanguage(QStringLiteral("en"));
    HostView view;
    EXPECT_TRUE(view.pathGroup()->isHidden()) << "no run: no path";
    Report report = hostReport();
    view.setReport(report);
    EXPECT_TRUE(view.pathGroup()->isHidden()) << "a run that traced no path shows none";
    report.host.path.ran = true;
    report.host.path.reached = true;
    report.host.path.target = QStringLiteral("198.51.100.10");
    PathHop gateway;
    gateway.ttl = 1;
    gateway.address = QStringLiteral("192.168.1.1");
    gateway.sent = gateway.received = 10;
    gateway.rttMs = 0.4;
    PathHop pbx = gateway;
    pbx.ttl = 2;
    pbx.address = report.host.path.target;
    pbx.rttMs = 12;
    report.host.path.hops = {gateway, pbx};
    view.setReport(report);
    EXPECT_FALSE(view.pathGroup()->isHidden());
    EXPECT_EQ(view.pathGroup()->title(), QStringLiteral("Path to the PBX"));
    EXPECT_EQ(view.pathView()->table()->rowCount(), 2);
}

TEST(HostView, OpensFromTheWindowWithCtrlI)
{
    installLanguage(QStringLiteral("en"));
    MainWindow window(RunOptions{}, false);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    QTest::keyClick(&window, Qt::Key_I, Qt::ControlModifier);
    HostView* view = nullptr;
    ASSERT_TRUE(spinUntil(
        [&] {
            view = window.findChild<HostView*>();
            return view && view->isVisible();
        },
        3000));
    EXPECT_EQ(view->windowTitle(), QStringLiteral("This computer"));
    view->close();
}
