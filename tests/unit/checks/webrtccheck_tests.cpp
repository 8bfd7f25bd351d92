#include "checks/webrtccheck.h"
#include "support/checkharness.h"
#include "support/loopbackservers.h"
#include "support/testpki.h"

#include <QWebSocket>
#include <QWebSocketServer>
#include <gtest/gtest.h>

using namespace easyuc;
using namespace easyuc::test;

namespace {

// What the PBX does with the SIP request once the WebSocket is open.
enum class SipMode
{
    Answer200,
    Answer404,
    Silent,
    Garbage
};

QString sipHeader(const QString& message, const QString& name)
{
    for (const QString& l : message.split(QStringLiteral("\r\n"))) {
        if (l.startsWith(name + QLatin1Char(':'), Qt::CaseInsensitive))
            return l.mid(name.size() + 1).trimmed();
    }
    return {};
}

// A PBX's answer to OPTIONS, echoing Via/From/To/Call-ID/CSeq as RFC 3261 §8.2.6 demands.
QString sipAnswer(const QString& request, const QString& status)
{
    return QStringLiteral(
               "%1\r\nVia: %2;received=127.0.0.1\r\nFrom: %3\r\nTo: %4;tag=pbx1\r\nCall-ID: %5\r\n"
               "CSeq: %6\r\nServer: Proxima PBX 6.2\r\nContent-Length: 0\r\n\r\n")
        .arg(status, sipHeader(request, QStringLiteral("Via")),
             sipHeader(request, QStringLiteral("From")), sipHeader(request, QStringLiteral("To")),
             sipHeader(request, QStringLiteral("Call-ID")),
             sipHeader(request, QStringLiteral("CSeq")));
}

// A WSS server built on QtWebSockets, like the PBX's WebRTC gateway.
class WssPbx
{
public:
    WssPbx(const QSslConfiguration& tls, SipMode mode,
           const QStringList& subprotocols = {QStringLiteral("sip")})
        : m_server(QStringLiteral("TestPBX"), QWebSocketServer::SecureMode)
    {
        m_server.setSslConfiguration(tls);
        m_server.setSupportedSubprotocols(subprotocols);
        QObject::connect(&m_server, &QWebSocketServer::newConnection, &m_server, [this, mode] {
            while (QWebSocket* ws = m_server.nextPendingConnection()) {
                ws->setParent(&m_server);
                QObject::connect(
                    ws, &QWebSocket::textMessageReceived, ws, [this, ws, mode](const QString& msg) {
                        received = msg;
                        switch (mode) {
                        case SipMode::Answer200:
                            ws->sendTextMessage(sipAnswer(msg, QStringLiteral("SIP/2.0 200 OK")));
                            break;
                        case SipMode::Answer404:
                            ws->sendTextMessage(
                                sipAnswer(msg, QStringLiteral("SIP/2.0 404 Not Found")));
                            break;
                        case SipMode::Silent:
                            break;
                        case SipMode::Garbage:
                            ws->sendTextMessage(QStringLiteral("{\"error\":\"unsupported\"}"));
                            break;
                        }
                    });
            }
        });
        EXPECT_TRUE(m_server.listen(QHostAddress::LocalHost, 0));
    }
    quint16 port() const { return m_server.serverPort(); }
    QString received;

private:
    QWebSocketServer m_server;
};

struct Pki
{
    TestCa publicCa{QStringLiteral("Lab Public Root")};
    TestCa otherCa{QStringLiteral("Unknown Root")};
    QString systemBundle =
        writePemBundle({publicCa.certificate()}, QStringLiteral("system-webrtc.pem"));

    QSslConfiguration tls(const QString& name = QStringLiteral("localhost"),
                          bool fromOther = false) const
    {
        const Issued leaf = (fromOther ? otherCa : publicCa).issue(name, {name});
        return serverTlsConfig(leaf.certificate, leaf.key);
    }
};

Profile webrtcProfile(const Pki& pki, quint16 port, int timeoutMs = 3000)
{
    Profile p;
    p.pbx = QStringLiteral("localhost");
    p.webrtcPort = port;
    p.trustSystem = pki.systemBundle;
    p.checkTimeoutMs = timeoutMs;
    return p;
}

CheckRun runWebRtc(const Profile& p, const std::function<void(RunContext&)>& prepare = {})
{
    WebRtcCheck check;
    return runCheck(check, p, prepare);
}

std::string describe(const CheckRun& run)
{
    QString text = run.result.summary;
    for (const Evidence& e : run.result.evidence)
        text += QStringLiteral("\n  %1 = %2").arg(e.key, e.value);
    return text.toStdString();
}

} // namespace

TEST(WebRtcCheck, PassesWhenThePbxAnswersSip)
{
    Pki pki;
    WssPbx pbx(pki.tls(), SipMode::Answer200);
    const CheckRun run = runWebRtc(webrtcProfile(pki, pbx.port()));
    EXPECT_EQ(run.result.status, Status::Pass) << describe(run);
    EXPECT_EQ(run.finishedCount, 1);
    EXPECT_EQ(run.result.id, QStringLiteral("pbx.webrtc"));
    EXPECT_EQ(run.result.evidenceValue(QStringLiteral("sip.status")),
              QStringLiteral("SIP/2.0 200 OK"));
    EXPECT_EQ(run.result.evidenceValue(QStringLiteral("sip.server")),
              QStringLiteral("Proxima PBX 6.2"));
    EXPECT_EQ(run.result.evidenceValue(QStringLiteral("websocket.subprotocol")),
              QStringLiteral("sip"));
    EXPECT_TRUE(run.result.evidenceValue(QStringLiteral("websocket.status"))
                    .startsWith(QStringLiteral("HTTP/1.1 101")));
    EXPECT_FALSE(run.result.evidenceValue(QStringLiteral("sip.rttMs")).isEmpty());
    EXPECT_FALSE(run.result.evidenceValue(QStringLiteral("tlsMs")).isEmpty());
    EXPECT_TRUE(run.result.remediation.isEmpty());
    ASSERT_EQ(run.result.items.size(), 1);
    EXPECT_EQ(run.result.items.first().status, Status::Pass);
    EXPECT_TRUE(run.result.summary.contains(QStringLiteral("SIP/2.0 200 OK"))) << describe(run);
    EXPECT_TRUE(pbx.received.startsWith(
        QStringLiteral("OPTIONS sip:localhost SIP/2.0\r\nVia: SIP/2.0/WSS ")));
}

TEST(WebRtcCheck, AnySipStatusIsAnAnswer)
{
    Pki pki;
    WssPbx pbx(pki.tls(), SipMode::Answer404);
    const CheckRun run = runWebRtc(webrtcProfile(pki, pbx.port()));
    EXPECT_EQ(run.result.status, Status::Pass) << describe(run);
    EXPECT_EQ(run.result.evidenceValue(QStringLiteral("sip.status")),
              QStringLiteral("SIP/2.0 404 Not Found"));
}

TEST(WebRtcCheck, UsesTheAddressesLearnedByPbxDns)
{
    Pki pki;
    WssPbx pbx(pki.tls(QStringLiteral("pbx.invalid")), SipMode::Answer200);
    Profile p = webrtcProfile(pki, pbx.port());
    p.pbx = QStringLiteral("pbx.invalid");
    const CheckRun run = runWebRtc(
        p, [](RunContext& c) { c.setPbxAddresses({QHostAddress(QHostAddress::LocalHost)}); });
    EXPECT_EQ(run.result.status, Status::Pass) << describe(run);
    EXPECT_EQ(run.result.evidenceValue(QStringLiteral("address")),
              QStringLiteral("127.0.0.1:%1").arg(pbx.port()));
}

TEST(WebRtcCheck, WarnsWhenSipIsSilentWithinTheDeadline)
{
    Pki pki;
    WssPbx pbx(pki.tls(), SipMode::Silent);
    const Profile p = webrtcProfile(pki, pbx.port(), 1500);
    const CheckRun run = runWebRtc(p);
    EXPECT_EQ(run.result.status, Status::Warn) << describe(run);
    EXPECT_LT(run.wallMs, p.checkTimeoutMs + 1000);
    EXPECT_EQ(run.result.evidenceValue(QStringLiteral("failedStep")), QStringLiteral("sip-silent"));
    EXPECT_TRUE(run.result.summary.contains(QStringLiteral("did not answer"))) << describe(run);
    EXPECT_FALSE(run.result.remediation.isEmpty());
    EXPECT_FALSE(pbx.received.isEmpty());
}

TEST(WebRtcCheck, WarnsWhenSipAnswersGarbage)
{
    Pki pki;
    WssPbx pbx(pki.tls(), SipMode::Garbage);
    const CheckRun run = runWebRtc(webrtcProfile(pki, pbx.port(), 1500));
    EXPECT_EQ(run.result.status, Status::Warn) << describe(run);
    EXPECT_EQ(run.result.evidenceValue(QStringLiteral("failedStep")),
              QStringLiteral("sip-garbage"));
    EXPECT_TRUE(run.result.summary.contains(QStringLiteral("not a valid SIP response")))
        << describe(run);
    EXPECT_TRUE(run.result.evidenceValue(QStringLiteral("received"))
                    .contains(QStringLiteral("unsupported")));
}

TEST(WebRtcCheck, FailsWhenTheUpgradeIsRefused)
{
    Pki pki;
    ScriptedServer server(Behaviour::ReplyClose,
                          "HTTP/1.1 404 Not Found\r\nServer: nginx\r\nContent-Length: 0\r\n\r\n");
    server.setTls(pki.tls());
    ASSERT_TRUE(server.listen());
    const CheckRun run = runWebRtc(webrtcProfile(pki, server.port()));
    EXPECT_EQ(run.result.status, Status::Fail) << describe(run);
    EXPECT_TRUE(run.result.summary.contains(QStringLiteral("404"))) << describe(run);
    EXPECT_EQ(run.result.evidenceValue(QStringLiteral("failedStep")),
              QStringLiteral("upgrade-refused"));
    EXPECT_TRUE(server.lastRequest().contains("Sec-WebSocket-Protocol: sip\r\n"));
}

TEST(WebRtcCheck, FailsWithoutTheSipSubprotocol)
{
    Pki pki;
    WssPbx pbx(pki.tls(), SipMode::Answer200, {});
    const CheckRun run = runWebRtc(webrtcProfile(pki, pbx.port()));
    EXPECT_EQ(run.result.status, Status::Fail) << describe(run);
    EXPECT_EQ(run.result.evidenceValue(QStringLiteral("failedStep")),
              QStringLiteral("upgrade-no-subprotocol"));
}

TEST(WebRtcCheck, FailsOnARefusedPort)
{
    Pki pki;
    const CheckRun run = runWebRtc(webrtcProfile(pki, closedPort()));
    EXPECT_EQ(run.result.status, Status::Fail) << describe(run);
    EXPECT_EQ(run.result.evidenceValue(QStringLiteral("error")), QStringLiteral("refused"));
    EXPECT_TRUE(run.result.summary.contains(QStringLiteral("refused"))) << describe(run);
    EXPECT_TRUE(run.result.remediation.contains(QStringLiteral("TCP"))) << describe(run);
}

TEST(WebRtcCheck, FailsOnACertificateForAnotherNameEvenWhenSipAnswers)
{
    Pki pki;
    WssPbx pbx(pki.tls(QStringLiteral("other.example")), SipMode::Answer200);
    const CheckRun run = runWebRtc(webrtcProfile(pki, pbx.port()));
    EXPECT_EQ(run.result.status, Status::Fail) << describe(run);
    EXPECT_TRUE(run.result.summary.contains(QStringLiteral("not valid"))) << describe(run);
    EXPECT_FALSE(run.result.evidenceValue(QStringLiteral("certificate.error")).isEmpty());
}

TEST(WebRtcCheck, FailsOnACertificateFromAnUntrustedCa)
{
    Pki pki;
    WssPbx pbx(pki.tls(QStringLiteral("localhost"), true), SipMode::Answer200);
    const CheckRun run = runWebRtc(webrtcProfile(pki, pbx.port()));
    EXPECT_EQ(run.result.status, Status::Fail) << describe(run);
    EXPECT_TRUE(run.result.summary.contains(QStringLiteral("not valid"))) << describe(run);
}

TEST(WebRtcCheck, FailsOnGarbageInsteadOfTls)
{
    Pki pki;
    ScriptedServer server(Behaviour::ReplyClose, "220 smtp.example ESMTP ready\r\n");
    ASSERT_TRUE(server.listen());
    const CheckRun run = runWebRtc(webrtcProfile(pki, server.port(), 1500));
    EXPECT_EQ(run.result.status, Status::Fail) << describe(run);
    EXPECT_EQ(run.result.evidenceValue(QStringLiteral("failedStep")), QStringLiteral("tls"));
    EXPECT_LT(run.wallMs, 1500 + 1000);
}

TEST(WebRtcCheck, FailsWhenTheUpgradeAnswerDribblesForever)
{
    Pki pki;
    ScriptedServer server(Behaviour::Dribble, "HTTP/1.1 101 Switching Protocols\r\n");
    server.setTls(pki.tls());
    ASSERT_TRUE(server.listen());
    const Profile p = webrtcProfile(pki, server.port(), 1500);
    const CheckRun run = runWebRtc(p);
    EXPECT_EQ(run.result.status, Status::Fail) << describe(run);
    EXPECT_LT(run.wallMs, p.checkTimeoutMs + 1000);
    EXPECT_EQ(run.result.evidenceValue(QStringLiteral("failedStep")),
              QStringLiteral("upgrade-silent"));
}

TEST(WebRtcCheck, FailsWhenTlsNeverCompletes)
{
    Pki pki;
    ScriptedServer server(Behaviour::Silent);
    ASSERT_TRUE(server.listen());
    const Profile p = webrtcProfile(pki, server.port(), 1500);
    const CheckRun run = runWebRtc(p);
    EXPECT_EQ(run.result.status, Status::Fail) << describe(run);
    EXPECT_LT(run.wallMs, p.checkTimeoutMs + 1000);
    EXPECT_EQ(run.result.evidenceValue(QStringLiteral("failedStep")), QStringLiteral("tls"));
}

TEST(WebRtcCheck, DeadlineAfterTheUpgradeWarnsAndBeforeItFails)
{
    Pki pki;
    WssPbx pbx(pki.tls(), SipMode::Silent);
    ScriptedServer silentTcp(Behaviour::Silent);
    ASSERT_TRUE(silentTcp.listen());
    for (const bool upgraded : {true, false}) {
        RunContext context(webrtcProfile(pki, upgraded ? pbx.port() : silentTcp.port(), 10000));
        WebRtcCheck check;
        QList<RequirementResult> results;
        QStringList progress;
        QObject::connect(&check, &Check::finished,
                         [&](const RequirementResult& r) { results.append(r); });
        QObject::connect(&check, &Check::progress,
                         [&](const QString&, const QString& m) { progress.append(m); });
        check.start(&context);
        if (upgraded)
            ASSERT_TRUE(waitFor([&] { return progress.size() == 2; }));
        else
            waitFor([] { return false; }, 300);
        check.expire();
        check.expire();
        waitFor([] { return false; }, 100);
        ASSERT_EQ(results.size(), 1);
        EXPECT_EQ(results.first().status, upgraded ? Status::Warn : Status::Fail)
            << results.first().summary.toStdString();
        check.cancel();
        EXPECT_EQ(results.size(), 1);
    }
}

TEST(WebRtcCheck, CancelStopsOnce)
{
    Pki pki;
    WssPbx pbx(pki.tls(), SipMode::Silent);
    RunContext context(webrtcProfile(pki, pbx.port(), 10000));
    WebRtcCheck check;
    int finished = 0;
    Status status = Status::Pass;
    QObject::connect(&check, &Check::finished, [&](const RequirementResult& r) {
        ++finished;
        status = r.status;
    });
    check.start(&context);
    waitFor([] { return false; }, 200);
    check.cancel();
    check.cancel();
    waitFor([] { return false; }, 300);
    EXPECT_EQ(finished, 1);
    EXPECT_EQ(status, Status::Skipped);
}

TEST(WebRtcCheck, PbxGivenAsAnIpIsReachedWithoutJudgingTheName)
{
    Pki pki;
    WssPbx pbx(pki.tls(QStringLiteral("pbx.example.com")), SipMode::Answer200);
    Profile p = webrtcProfile(pki, pbx.port());
    p.pbx = QStringLiteral("127.0.0.1");
    const CheckRun run = runWebRtc(p);
    EXPECT_EQ(run.result.status, Status::Warn) << describe(run);
    EXPECT_TRUE(run.result.summary.contains(QStringLiteral("given as an IP address")))
        << describe(run);
    EXPECT_TRUE(run.result.remediation.contains(QStringLiteral("pbx.example.com")))
        << run.result.remediation.toStdString();
    EXPECT_EQ(run.result.evidenceValue(QStringLiteral("sip.status")),
              QStringLiteral("SIP/2.0 200 OK"));
}

TEST(WebRtcCheck, PbxGivenAsAnIpStillNeedsATrustedIssuer)
{
    Pki pki;
    WssPbx pbx(pki.tls(QStringLiteral("pbx.example.com"), true), SipMode::Answer200);
    Profile p = webrtcProfile(pki, pbx.port());
    p.pbx = QStringLiteral("127.0.0.1");
    const CheckRun run = runWebRtc(p);
    EXPECT_EQ(run.result.status, Status::Fail) << describe(run);
}

TEST(WebRtcCheck, CertificateFromTomorrowIsTheServersProblemByItsOwnDate)
{
    Pki pki;
    const Issued leaf = pki.publicCa.issueValid(QStringLiteral("localhost"),
                                                {QStringLiteral("localhost")}, 86400, 20 * 86400);
    // QtWebSockets answers the upgrade with a Date header: the server's own (right) time. It
    // outweighs what other servers of the run said (here: two days ahead, which would blame
    // this computer's clock), so the certificate is the server's problem.
    WssPbx pbx(serverTlsConfig(leaf.certificate, leaf.key), SipMode::Answer200);
    const CheckRun run = runWebRtc(webrtcProfile(pki, pbx.port()), [](RunContext& c) {
        ClockSample s;
        s.server = QStringLiteral("localhost:443");
        s.localTime = QDateTime::currentDateTimeUtc();
        s.serverTime = s.localTime.addDays(2);
        c.addClockSample(s);
    });
    EXPECT_EQ(run.result.status, Status::Fail) << describe(run);
    EXPECT_TRUE(run.result.summary.contains(QStringLiteral("is not valid before")))
        << describe(run);
    EXPECT_TRUE(run.result.remediation.contains(QStringLiteral("renewed")))
        << run.result.remediation.toStdString();
}
