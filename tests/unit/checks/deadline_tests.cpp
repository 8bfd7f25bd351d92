// Issue 9 items 5, 6, 10 at the level of the checks: Happy Eyeballs seen in R3's verdict and
// evidence, checks that keep what they saw when their deadline comes, R15's loss over elapsed
// answer windows only, and R10's UDP proof taken from the transport.
#include "checks/domainscheck.h"
#include "checks/mediaqualitycheck.h"
#include "checks/pbxhttpcheck.h"
#include "checks/sipalgcheck.h"
#include "support/checkharness.h"
#include "support/loopbackservers.h"
#include "support/silentlistener.h"
#include "support/sipresponder.h"
#include "support/stunserver.h"
#include "support/testpki.h"

#include <gtest/gtest.h>

using namespace easyuc;
using namespace easyuc::test;

namespace {

const QByteArray kOk = "HTTP/1.1 200 OK\r\nServer: nginx/1.22\r\nContent-Length: 0\r\n\r\n";

struct Pki
{
    TestCa ca{QStringLiteral("Deadline Test Root")};
    QString bundle = ca.writeBundle(QStringLiteral("system-deadline.pem"));

    std::unique_ptr<ScriptedServer> server(Behaviour b, const QByteArray& reply = {})
    {
        const Issued leaf = ca.issue(QStringLiteral("localhost"), {QStringLiteral("localhost")});
        auto s = std::make_unique<ScriptedServer>(b, reply);
        s->setTls(serverTlsConfig(leaf.certificate, leaf.key));
        EXPECT_TRUE(s->listen());
        return s;
    }
};

Profile pbxProfile(const Pki& pki, quint16 port, int timeoutMs)
{
    Profile p;
    p.pbx = QStringLiteral("localhost");
    p.httpsPort = port;
    p.trustSystem = pki.bundle;
    p.checkTimeoutMs = timeoutMs;
    p.domains = {QStringLiteral("localhost")};
    return p;
}

// Starts `check` with a long deadline, then expires it by hand after `expireAfterMs`, the way
// the runner does when the deadline passes while probes still wait.
RequirementResult expireAfter(Check& check, RunContext& context, int expireAfterMs)
{
    std::optional<RequirementResult> result;
    QObject::connect(&check, &Check::finished,
                     [&result](const RequirementResult& r) { result = r; });
    check.start(&context, QDeadlineTimer(context.checkTimeoutMs(), Qt::PreciseTimer));
    QElapsedTimer clock;
    clock.start();
    waitFor([&] { return result.has_value() || clock.elapsed() >= expireAfterMs; }, 10000);
    EXPECT_FALSE(result.has_value()) << "the check ended before its deadline";
    check.expire();
    waitFor([&result] { return result.has_value(); }, 1000);
    return result.value_or(RequirementResult{});
}

} // namespace

TEST(HappyEyeballsCheck, SilentIpv6BesideIpv4StaysGreenAndIsNamed)
{
    Pki pki;
    auto server = pki.server(Behaviour::ReplyClose, kOk);
    SilentListener v6(QHostAddress(QStringLiteral("::1")), server->port());
    if (!v6.ok())
        GTEST_SKIP() << "no IPv6 on loopback here";
    PbxHttpCheck check(PbxHttpCheck::Kind::Https);
    const CheckRun run = runCheck(check, pbxProfile(pki, server->port(), 3000), [](RunContext& c) {
        c.setPbxAddresses({QHostAddress::LocalHost, QHostAddress(QStringLiteral("::1"))});
    });
    EXPECT_EQ(run.result.status, Status::Pass) << run.result.summary.toStdString();
    EXPECT_LT(run.wallMs, 1500); // the silent address did not take the deadline
    EXPECT_EQ(run.result.evidenceValue(QStringLiteral("address")),
              QStringLiteral("127.0.0.1:%1").arg(server->port()));
    EXPECT_EQ(run.result.evidenceValue(QStringLiteral("silentFamily")), QStringLiteral("IPv6"));
    EXPECT_TRUE(run.result.evidenceValue(QStringLiteral("attempts"))
                    .startsWith(QStringLiteral("[::1]:%1 silent").arg(server->port())))
        << run.result.evidenceValue(QStringLiteral("attempts")).toStdString();
    EXPECT_TRUE(run.result.remediation.contains(QStringLiteral("IPv6")));
    EXPECT_TRUE(run.result.summary.contains(QStringLiteral("IPv6 stayed silent")));
}

TEST(HappyEyeballsCheck, HealthyRunNamesNoFamily)
{
    Pki pki;
    auto server = pki.server(Behaviour::ReplyClose, kOk);
    PbxHttpCheck check(PbxHttpCheck::Kind::Https);
    const CheckRun run = runCheck(check, pbxProfile(pki, server->port(), 3000), [](RunContext& c) {
        c.setPbxAddresses({QHostAddress::LocalHost});
    });
    EXPECT_EQ(run.result.status, Status::Pass);
    EXPECT_TRUE(run.result.evidenceValue(QStringLiteral("silentFamily")).isEmpty());
    EXPECT_TRUE(run.result.remediation.isEmpty());
    EXPECT_EQ(run.result.evidenceValue(QStringLiteral("certificate.sha256")).size(), 64);
}

TEST(CheckDeadline, HttpsKeepsTheTlsHandshakeItSaw)
{
    Pki pki;
    auto server = pki.server(Behaviour::Silent); // TLS completes, HTTP never answers
    RunContext context(pbxProfile(pki, server->port(), 5000));
    context.setPbxAddresses({QHostAddress::LocalHost});
    PbxHttpCheck check(PbxHttpCheck::Kind::Https);
    const RequirementResult r = expireAfter(check, context, 700);
    // Connected with TLS, no HTTP answer: degraded (warn), not "no answer" and not a firewall.
    EXPECT_EQ(r.status, Status::Warn) << r.summary.toStdString();
    EXPECT_TRUE(r.summary.contains(QStringLiteral("gave no HTTP answer")))
        << r.summary.toStdString();
    EXPECT_FALSE(r.evidenceValue(QStringLiteral("tlsMs")).isEmpty());
    EXPECT_FALSE(r.evidenceValue(QStringLiteral("certificate.issuer")).isEmpty());
    EXPECT_EQ(r.evidenceValue(QStringLiteral("failedStep")), QStringLiteral("exchange"));
    EXPECT_EQ(r.evidenceValue(QStringLiteral("error")), QStringLiteral("timeout"));
}

TEST(CheckDeadline, HttpsStillSilentAtConnectIsAFail)
{
    Pki pki;
    SilentListener silent(QHostAddress(QStringLiteral("127.0.0.2")));
    EASYUC_SKIP_UNLESS_SILENT(silent);
    RunContext context(pbxProfile(pki, silent.port(), 5000));
    context.setPbxAddresses({QHostAddress(QStringLiteral("127.0.0.2"))});
    PbxHttpCheck check(PbxHttpCheck::Kind::Https);
    const RequirementResult r = expireAfter(check, context, 500);
    EXPECT_EQ(r.status, Status::Fail);
    EXPECT_EQ(r.evidenceValue(QStringLiteral("failedStep")), QStringLiteral("connect"));
    EXPECT_EQ(r.evidenceValue(QStringLiteral("address")),
              QStringLiteral("127.0.0.2:%1").arg(silent.port()));
}

TEST(CheckDeadline, DomainWithTlsDoneButHttpSilentIsUnprovenNotFailed)
{
    Pki pki;
    auto server = pki.server(Behaviour::Silent);
    Profile p = pbxProfile(pki, 1, 5000);
    p.pbx.clear();
    RunContext context(p);
    DomainsCheck check(DomainsCheck::Mode::EveryDomain);
    check.setPort(server->port());
    const RequirementResult r = expireAfter(check, context, 700);
    EXPECT_EQ(r.status, Status::Warn) << r.summary.toStdString();
    ASSERT_EQ(r.items.size(), 1);
    EXPECT_EQ(r.items.first().status, Status::Warn);
    EXPECT_FALSE(r.evidenceValue(QStringLiteral("localhost tlsMs")).isEmpty());
}

TEST(MediaQualityDeadline, PacketsNotYetDueAreNotLoss)
{
    LoopbackStunServer server;
    ASSERT_TRUE(server.listen());
    Profile p;
    p.checkTimeoutMs = 5000;
    p.stun.append({QStringLiteral("127.0.0.1"), server.port()});
    RunContext context(p);
    MediaQualityCheck check;
    check.setTrain(50, 20); // 1 s of packets; the deadline comes after about 0.3 s
    const RequirementResult r = expireAfter(check, context, 300);
    EXPECT_EQ(r.status, Status::Pass) << r.summary.toStdString();
    EXPECT_EQ(r.evidenceValue(QStringLiteral("lossPercent")), QStringLiteral("0.0"));
    EXPECT_TRUE(r.evidenceValue(QStringLiteral("packets")).contains(QStringLiteral("0 lost")))
        << r.evidenceValue(QStringLiteral("packets")).toStdString();
    EXPECT_LT(server.requests(), 50);
}

TEST(MediaQualityDeadline, PacketsInFlightAtTheDeadlineAreNotLoss)
{
    LoopbackStunServer silent(LoopbackStunServer::Mode::Silent);
    ASSERT_TRUE(silent.listen());
    Profile p;
    p.checkTimeoutMs = 5000;
    p.stun.append({QStringLiteral("127.0.0.1"), silent.port()});
    RunContext context(p);
    MediaQualityCheck check;
    check.setTrain(50, 20);
    // Every packet sent is still within its 1 s answer window at 0.3 s.
    const RequirementResult r = expireAfter(check, context, 300);
    EXPECT_EQ(r.status, Status::Warn);
    EXPECT_TRUE(r.evidenceValue(QStringLiteral("lossPercent")).isEmpty());
    EXPECT_TRUE(r.summary.startsWith(QStringLiteral("Not measured")));
}

TEST(SipAlgTransport, UdpProvenCleanPassesTcpAloneDoesNot)
{
    const auto run = [](quint16 port) {
        Profile p;
        p.pbx = QStringLiteral("127.0.0.1");
        p.sipPort = port;
        p.checkTimeoutMs = 1500;
        SipAlgCheck check;
        return runCheck(check, p,
                        [](RunContext& c) { c.setPbxAddresses({QHostAddress::LocalHost}); })
            .result;
    };
    SipResponder udpOnly(SipResponder::Mode::Answer);
    ASSERT_TRUE(udpOnly.ok());
    const quint16 udpPort = udpOnly.port();
    udpOnly.closeTcp();
    const RequirementResult clean = run(udpPort);
    EXPECT_EQ(clean.status, Status::Pass) << clean.summary.toStdString();

    SipResponder tcpOnly(SipResponder::Mode::Answer);
    ASSERT_TRUE(tcpOnly.ok());
    const quint16 tcpPort = tcpOnly.port();
    tcpOnly.closeUdp();
    const RequirementResult unproven = run(tcpPort);
    EXPECT_EQ(unproven.status, Status::Warn) << unproven.summary.toStdString();
    EXPECT_TRUE(unproven.summary.contains(QStringLiteral("Not proven for UDP")))
        << unproven.summary.toStdString();
}
