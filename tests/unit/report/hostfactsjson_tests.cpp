#include "core/engine/report.h"
#include "core/report/callchart.h"
#include "core/report/jsonreport.h"
#include "core/report/jsonreportreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

using namespace easyuc;

namespace {
QJsonObject hostJson(const Report& r)
{
    return QJsonDocument::fromJson(JsonReport::write(r))
        .object()
        .value(QLatin1String("host"))
        .toObject();
}

Report reportWithHostFacts()
{
    Report r;
    r.toolVersion = QStringLiteral("0.1.0");
    r.startedAt = QDateTime::fromString(QStringLiteral("2026-11-29T20:00:00Z"), Qt::ISODate);
    HostInfo& h = r.host;
    h.proxy = QStringLiteral("http://192.168.77.1:3128");
    h.link.type = QStringLiteral("wifi");
    h.link.interfaceName = QStringLiteral("wlan0");
    h.link.wifiSignalPct = 38;
    h.link.wifiSignalDbm = -74;
    h.vpn.ran = true;
    h.vpn.active = true;
    h.vpn.interfaceName = QStringLiteral("tun0");
    h.vpn.kind = QStringLiteral("tun");
    h.vpn.routedTargets = {QStringLiteral("pbx")};
    h.proxyInfo.kind = QStringLiteral("manual");
    h.proxyInfo.address = QStringLiteral("192.168.77.1:3128");
    ProxyTunnel t;
    t.target = QStringLiteral("pbx.example.com:443");
    t.purpose = QStringLiteral("pbx.https");
    t.status = 407;
    t.statusLine = QStringLiteral("HTTP/1.1 407 Proxy Authentication Required");
    h.proxyInfo.tunnels = {t};
    DnsResolverInfo answered;
    answered.server = QStringLiteral("192.0.2.53");
    answered.answerMs = 12;
    answered.pbxAddresses = {QStringLiteral("198.51.100.10")};
    DnsResolverInfo silent;
    silent.server = QStringLiteral("192.0.2.54");
    silent.error = QStringLiteral("no answer within 2000 ms");
    h.resolvers = {answered, silent};
    h.path.ran = true;
    h.path.reached = true;
    h.path.target = QStringLiteral("198.51.100.10");
    h.path.lossFromTtl = 2;
    PathHop hop;
    hop.ttl = 1;
    hop.address = QStringLiteral("192.168.77.1");
    hop.zone = QStringLiteral("local");
    hop.sent = hop.received = 7;
    hop.rttMs = 0.2;
    h.path.hops = {hop};
    return r;
}
} // namespace

// A stored run shown again (history) keeps what the run saw of this computer.
TEST(HostFactsJson, ReadBackAndWrittenAgainTheSame)
{
    const Report original = reportWithHostFacts();
    Report back;
    QString error;
    ASSERT_TRUE(JsonReportReader::read(JsonReport::write(original), &back, &error))
        << error.toStdString();
    EXPECT_EQ(back.host.proxy, original.host.proxy);
    EXPECT_EQ(back.host.vpn.interfaceName, QStringLiteral("tun0"));
    EXPECT_EQ(back.host.path.hops.size(), 1);
    EXPECT_EQ(hostJson(back), hostJson(original));
}

// A resolver that gave no answer neither agrees nor differs.
TEST(HostFactsJson, ASilentResolverHasNoAgreement)
{
    const QJsonObject host = hostJson(reportWithHostFacts());
    const QJsonArray resolvers = host.value(QLatin1String("resolvers")).toArray();
    ASSERT_EQ(resolvers.size(), 2);
    EXPECT_TRUE(resolvers.at(0).toObject().value(QLatin1String("agrees")).toBool());
    EXPECT_TRUE(resolvers.at(1).toObject().value(QLatin1String("agrees")).isNull());
}

// A VPN check that looked up no route says nothing about tunnels (null, never false).
TEST(HostFactsJson, AVpnCheckThatDidNotRunIsNull)
{
    Report r = reportWithHostFacts();
    r.host.vpn = VpnInfo{};
    EXPECT_TRUE(
        hostJson(r).value(QLatin1String("vpn")).toObject().value(QLatin1String("active")).isNull());
}

// A call test that got no answer shows no figure as if it were measured.
TEST(CallTestFigures, NothingAnsweredShowsNoFigures)
{
    CallTestResult c;
    c.ran = true;
    c.durationS = 10;
    c.packetsSent = 500;
    c.target = QStringLiteral("198.51.100.11:24576");
    c.targetKind = QStringLiteral("reflector");
    const QList<ReportField> rows = callTestFigures(c);
    for (const ReportField& f : rows)
        EXPECT_FALSE(f.value.contains(QStringLiteral("0.00 %"))) << f.value.toStdString();
    ASSERT_FALSE(rows.isEmpty());
    EXPECT_TRUE(rows.first().value.contains(QStringLiteral("not measured")));
}
