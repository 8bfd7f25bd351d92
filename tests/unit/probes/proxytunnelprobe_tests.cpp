// The HTTP CONNECT client against an in-process loopback proxy: what the proxy says (407, 403
// for 7443, garbage, silence) is reported as said, within the deadline; through a proxy that
// relays, TLS and the WebSocket upgrade run through the tunnel.
#include "core/probes/proxytunnelprobe.h"
#include "support/fakeconnectproxy.h"
#include "support/loopbackservers.h"
#include "support/testpki.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <gtest/gtest.h>

using namespace easyuc;
using namespace easyuc::test;

namespace {
ProxyTunnel runTunnel(quint16 proxyPort, quint16 targetPort, bool websocket, int timeoutMs,
                      qint64* elapsed = nullptr)
{
    ProxyTunnelProbe probe;
    QSignalSpy spy(&probe, &ProxyTunnelProbe::finished);
    ProxyTunnelRequest r;
    r.proxyHost = QStringLiteral("127.0.0.1");
    r.proxyPort = proxyPort;
    r.targetHost = QStringLiteral("pbx.example.com");
    r.targetPort = targetPort;
    r.purpose = websocket ? QStringLiteral("pbx.webrtc") : QStringLiteral("pbx.https");
    r.websocket = websocket;
    QElapsedTimer clock;
    clock.start();
    probe.start(r, timeoutMs);
    EXPECT_TRUE(spy.isEmpty()) << "start() only schedules";
    EXPECT_TRUE(spy.wait(timeoutMs + 3000));
    if (elapsed)
        *elapsed = clock.elapsed();
    EXPECT_EQ(spy.count(), 1);
    return spy.isEmpty() ? ProxyTunnel() : spy.first().first().value<ProxyTunnel>();
}
} // namespace

TEST(ProxyTunnelProbe, ReadsTheStatusLine)
{
    EXPECT_EQ(ProxyTunnelProbe::statusOf("HTTP/1.1 407 Proxy Authentication Required"), 407);
    EXPECT_EQ(ProxyTunnelProbe::statusOf("HTTP/1.0 200 Connection established"), 200);
    EXPECT_EQ(ProxyTunnelProbe::statusOf("HTTP/1.1 200"), 200);
    EXPECT_EQ(ProxyTunnelProbe::statusOf("SSH-2.0-OpenSSH_9.2"), 0);
    EXPECT_EQ(ProxyTunnelProbe::statusOf("HTTP/1.1 2000 Nope"), 0);
    EXPECT_EQ(ProxyTunnelProbe::statusOf("HTTP/2 200"), 0);
    EXPECT_EQ(ProxyTunnelProbe::statusOf(""), 0);
}

TEST(ProxyTunnelProbe, AuthenticationRequiredIsReportedAs407)
{
    qRegisterMetaType<easyuc::ProxyTunnel>();
    FakeConnectProxy proxy(FakeConnectProxy::Mode::Status);
    ASSERT_TRUE(proxy.listen());
    const ProxyTunnel t = runTunnel(proxy.port(), 443, false, 2000);
    EXPECT_EQ(t.status, 407);
    EXPECT_EQ(t.statusLine, QStringLiteral("HTTP/1.1 407 Proxy Authentication Required"));
    EXPECT_FALSE(t.tunnelled());
    EXPECT_EQ(t.target, QStringLiteral("pbx.example.com:443"));
    ASSERT_EQ(proxy.requests().size(), 1);
    EXPECT_EQ(proxy.requests().first(), QStringLiteral("CONNECT pbx.example.com:443 HTTP/1.1"));
}

TEST(ProxyTunnelProbe, ProxyRefusingPort7443Gives403)
{
    FakeConnectProxy proxy(FakeConnectProxy::Mode::Relay); // relays no port: 403 for all
    ASSERT_TRUE(proxy.listen());
    const ProxyTunnel t = runTunnel(proxy.port(), 7443, true, 2000);
    EXPECT_EQ(t.status, 403);
    EXPECT_FALSE(t.tlsOk);
    EXPECT_EQ(t.upgradeStatus, 0);
}

TEST(ProxyTunnelProbe, ASilentProxyEndsAtTheDeadlineWithABoundedError)
{
    FakeConnectProxy proxy(FakeConnectProxy::Mode::Silent);
    ASSERT_TRUE(proxy.listen());
    qint64 elapsed = 0;
    const ProxyTunnel t = runTunnel(proxy.port(), 443, false, 400, &elapsed);
    EXPECT_EQ(t.status, 0);
    EXPECT_TRUE(
        t.error.contains(QStringLiteral("no answer from the proxy to CONNECT within 400 ms")))
        << t.error.toStdString();
    EXPECT_GE(elapsed, 350);
    EXPECT_LT(elapsed, 2000);
}

TEST(ProxyTunnelProbe, GarbageIsNotAnHttpAnswer)
{
    FakeConnectProxy proxy(FakeConnectProxy::Mode::Garbage);
    ASSERT_TRUE(proxy.listen());
    const ProxyTunnel t = runTunnel(proxy.port(), 443, false, 2000);
    EXPECT_EQ(t.status, 0);
    EXPECT_TRUE(t.error.startsWith(QStringLiteral("not an HTTP answer to CONNECT")))
        << t.error.toStdString();
    EXPECT_TRUE(t.error.contains(QStringLiteral("SSH-2.0")));
}

TEST(ProxyTunnelProbe, NoProxyListeningIsAConnectionError)
{
    const quint16 closed = closedPort();
    const ProxyTunnel t = runTunnel(closed, 443, false, 2000);
    EXPECT_EQ(t.status, 0);
    EXPECT_TRUE(t.error.startsWith(QStringLiteral("proxy 127.0.0.1:"))) << t.error.toStdString();
}

// TLS through the tunnel needs an in-process TLS server (not run under Wine, see
// scripts/test-windows.sh).
TEST(ProxyTunnelTls, TlsAndTheWebSocketUpgradeRunThroughTheTunnel)
{
    TestCa ca(QStringLiteral("Tunnel Test Root"));
    const Issued leaf =
        ca.issue(QStringLiteral("pbx.example.com"), {QStringLiteral("pbx.example.com")});
    ScriptedServer wss(Behaviour::Reply,
                       "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
                       "Connection: Upgrade\r\nSec-WebSocket-Protocol: sip\r\n\r\n");
    wss.setTls(serverTlsConfig(leaf.certificate, leaf.key));
    ASSERT_TRUE(wss.listen());
    ScriptedServer https(Behaviour::Reply, "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n");
    https.setTls(serverTlsConfig(leaf.certificate, leaf.key));
    ASSERT_TRUE(https.listen());
    FakeConnectProxy proxy(FakeConnectProxy::Mode::Relay);
    proxy.relay(443, https.port());
    proxy.relay(7443, wss.port());
    ASSERT_TRUE(proxy.listen());

    const ProxyTunnel h = runTunnel(proxy.port(), 443, false, 3000);
    EXPECT_EQ(h.status, 200);
    EXPECT_TRUE(h.tlsOk) << h.tlsError.toStdString();
    EXPECT_TRUE(h.tunnelled());
    const ProxyTunnel w = runTunnel(proxy.port(), 7443, true, 3000);
    EXPECT_EQ(w.status, 200);
    EXPECT_TRUE(w.tlsOk) << w.tlsError.toStdString();
    EXPECT_EQ(w.upgradeStatus, 101);
}

TEST(ProxyTunnelTls, ATunnelToNothingTlsFailsAndSaysSo)
{
    // The proxy says 200 but the target answers plain text: no TLS through the tunnel.
    ScriptedServer plain(Behaviour::ReplyClose, "HTTP/1.1 400 Bad Request\r\n\r\n");
    ASSERT_TRUE(plain.listen());
    FakeConnectProxy proxy(FakeConnectProxy::Mode::Relay);
    proxy.relay(443, plain.port());
    ASSERT_TRUE(proxy.listen());
    const ProxyTunnel t = runTunnel(proxy.port(), 443, false, 2000);
    EXPECT_EQ(t.status, 200);
    EXPECT_FALSE(t.tlsOk);
    EXPECT_FALSE(t.tlsError.isEmpty());
    EXPECT_FALSE(t.tunnelled());
}

TEST(ProxyTunnelTls, ARefusedWebSocketUpgradeThroughTheTunnelIsReported)
{
    // A proxy that lets CONNECT through but whose far end (an inspecting proxy, a wrong
    // service) answers the upgrade with 403: the status is reported, not a WebSocket.
    TestCa ca(QStringLiteral("Tunnel Test Root"));
    const Issued leaf =
        ca.issue(QStringLiteral("pbx.example.com"), {QStringLiteral("pbx.example.com")});
    ScriptedServer wss(Behaviour::Reply, "HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n");
    wss.setTls(serverTlsConfig(leaf.certificate, leaf.key));
    ASSERT_TRUE(wss.listen());
    FakeConnectProxy proxy(FakeConnectProxy::Mode::Relay);
    proxy.relay(7443, wss.port());
    ASSERT_TRUE(proxy.listen());
    const ProxyTunnel w = runTunnel(proxy.port(), 7443, true, 3000);
    EXPECT_EQ(w.status, 200);
    EXPECT_TRUE(w.tlsOk);
    EXPECT_EQ(w.upgradeStatus, 403);
}
