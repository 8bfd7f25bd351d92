#include "checks/sipalgcheck.h"
#include "support/checkharness.h"
#include "support/sipresponder.h"
#include "support/stunserver.h"

#include <gtest/gtest.h>

using namespace easyuc;
using namespace easyuc::test;

namespace {
Profile sipProfile(quint16 port, int timeoutMs = 2000)
{
    Profile p;
    p.pbx = QStringLiteral("127.0.0.1");
    p.sipPort = port;
    p.checkTimeoutMs = timeoutMs;
    return p;
}

CheckRun runSipAlg(const Profile& profile)
{
    SipAlgCheck check;
    return runCheck(check, profile,
                    [](RunContext& c) { c.setPbxAddresses({QHostAddress::LocalHost}); });
}

// An answered exchange as seen from 192.168.77.10 behind a NAT, towards a public PBX.
SipProbeResult natAnswer(const QString& received)
{
    SipProbeResult r;
    r.error = SipProbeError::None;
    r.localAddress = QHostAddress(QStringLiteral("192.168.77.10"));
    r.server = QHostAddress(QStringLiteral("198.51.100.10"));
    r.echo.viaMatches = true;
    r.echo.receivedPresent = !received.isEmpty();
    r.echo.received = received;
    r.echo.receivedIsLocal = received == QStringLiteral("192.168.77.10");
    return r;
}
} // namespace

TEST(SipAlgCheck, UnchangedAnswersOverUdpAndTcpPass)
{
    SipResponder pbx(SipResponder::Mode::Answer);
    ASSERT_TRUE(pbx.ok());
    const CheckRun run = runSipAlg(sipProfile(pbx.port()));
    EXPECT_EQ(run.finishedCount, 1);
    EXPECT_EQ(run.result.status, Status::Pass) << run.result.summary.toStdString();
    ASSERT_EQ(run.result.items.size(), 2);
    EXPECT_EQ(run.result.items.at(0).status, Status::Pass);
    EXPECT_EQ(run.result.items.at(1).status, Status::Pass);
    EXPECT_EQ(run.result.evidenceValue(QStringLiteral("udp.via.matches")), QStringLiteral("yes"));
    EXPECT_FALSE(run.result.evidenceValue(QStringLiteral("tcp.sent.contact")).isEmpty());
    EXPECT_TRUE(run.result.remediation.isEmpty());
}

TEST(SipAlgCheck, RewrittenViaFailsWithRemediation)
{
    SipResponder alg(SipResponder::Mode::RewriteVia);
    ASSERT_TRUE(alg.ok());
    const CheckRun run = runSipAlg(sipProfile(alg.port()));
    EXPECT_EQ(run.result.status, Status::Fail);
    EXPECT_EQ(run.result.items.at(0).status, Status::Fail);
    EXPECT_TRUE(run.result.items.at(0).summary.contains(QStringLiteral("203.0.113.2")));
    EXPECT_TRUE(run.result.remediation.contains(QStringLiteral("SIP ALG")));
}

TEST(SipAlgCheck, SilenceIsWarnWithinTheDeadline)
{
    SipResponder silent(SipResponder::Mode::Silent);
    ASSERT_TRUE(silent.ok());
    const CheckRun run = runSipAlg(sipProfile(silent.port(), 1500));
    EXPECT_EQ(run.result.status, Status::Warn);
    EXPECT_LT(run.wallMs, 1500 + 300);
    EXPECT_FALSE(run.result.remediation.isEmpty());
}

TEST(SipAlgCheck, GarbageIsNotAnAnswer)
{
    SipResponder garbage(SipResponder::Mode::Garbage);
    ASSERT_TRUE(garbage.ok());
    const CheckRun run = runSipAlg(sipProfile(garbage.port(), 1500));
    EXPECT_EQ(run.result.status, Status::Warn);
    EXPECT_EQ(run.result.evidenceValue(QStringLiteral("tcp.error")), QStringLiteral("not-sip"));
}

TEST(SipAlgCheck, StunPayloadRewritingFailsEvenWithCleanSip)
{
    SipResponder pbx(SipResponder::Mode::Answer);
    LoopbackStunServer stun(LoopbackStunServer::Mode::RewrittenMapped);
    ASSERT_TRUE(pbx.ok() && stun.listen());
    Profile p = sipProfile(pbx.port());
    p.stun = {{QStringLiteral("127.0.0.1"), stun.port()}};
    const CheckRun run = runSipAlg(p);
    EXPECT_EQ(run.result.status, Status::Fail);
    EXPECT_EQ(run.result.evidenceValue(QStringLiteral("stun.payloadRewritten")),
              QStringLiteral("yes"));
    ASSERT_EQ(run.result.items.size(), 3);
    EXPECT_EQ(run.result.items.at(2).status, Status::Fail);
}

TEST(SipAlgCheck, CleanStunKeepsThePass)
{
    SipResponder pbx(SipResponder::Mode::Answer);
    LoopbackStunServer stun;
    ASSERT_TRUE(pbx.ok() && stun.listen());
    Profile p = sipProfile(pbx.port());
    p.stun = {{QStringLiteral("127.0.0.1"), stun.port()}};
    const CheckRun run = runSipAlg(p);
    EXPECT_EQ(run.result.status, Status::Pass) << run.result.summary.toStdString();
    EXPECT_EQ(run.result.evidenceValue(QStringLiteral("public.address")),
              QStringLiteral("127.0.0.1"));
}

TEST(SipAlgClassify, ReceivedPrivateBehindNatIsProofOfAnAlg)
{
    const QHostAddress stunPublic(QStringLiteral("203.0.113.2"));
    EXPECT_EQ(classifySipAnswer(natAnswer(QStringLiteral("192.168.77.10")), stunPublic, false),
              SipAlgFinding::ReceivedPrivate);
    // Without STUN, a private source towards a public server means a NAT.
    EXPECT_EQ(classifySipAnswer(natAnswer(QStringLiteral("192.168.77.10")), QHostAddress(), false),
              SipAlgFinding::ReceivedPrivate);
    EXPECT_EQ(classifySipAnswer(natAnswer(QStringLiteral("203.0.113.2")), stunPublic, false),
              SipAlgFinding::ReceivedPublic);
    EXPECT_EQ(classifySipAnswer(natAnswer(QString()), stunPublic, false),
              SipAlgFinding::NotReported);
    // No NAT at all (STUN sees our own address): received= equal to it is normal.
    EXPECT_EQ(classifySipAnswer(natAnswer(QStringLiteral("192.168.77.10")),
                                QHostAddress(QStringLiteral("192.168.77.10")), false),
              SipAlgFinding::NoNat);
    SipProbeResult lanPbx = natAnswer(QStringLiteral("192.168.77.10"));
    lanPbx.server = QHostAddress(QStringLiteral("192.168.77.5"));
    EXPECT_EQ(classifySipAnswer(lanPbx, QHostAddress(), false), SipAlgFinding::NoNat);
}

TEST(SipAlgClassify, ViaAndEchoDecideBeforeAddresses)
{
    SipProbeResult r = natAnswer(QStringLiteral("203.0.113.2"));
    r.echo.viaMatches = false;
    EXPECT_EQ(classifySipAnswer(r, QHostAddress(), false), SipAlgFinding::ViaRewritten);
    r.echo.viaMatches = true;
    EXPECT_EQ(classifySipAnswer(r, QHostAddress(), true), SipAlgFinding::EchoMissing);
    r.echo.echoPresent = true;
    r.echo.rewrittenHeaders = {QStringLiteral("Contact")};
    EXPECT_EQ(classifySipAnswer(r, QHostAddress(), true), SipAlgFinding::EchoRewritten);
    r.echo.rewrittenHeaders.clear();
    EXPECT_EQ(classifySipAnswer(r, QHostAddress(), true), SipAlgFinding::ReceivedPublic);
    r.error = SipProbeError::Timeout;
    EXPECT_EQ(classifySipAnswer(r, QHostAddress(), true), SipAlgFinding::NoAnswer);
    EXPECT_EQ(sipAlgFindingStatus(SipAlgFinding::NoAnswer), Status::Warn);
    EXPECT_TRUE(isPrivateAddress(QHostAddress(QStringLiteral("100.64.1.1"))));
    EXPECT_TRUE(isPrivateAddress(QHostAddress(QStringLiteral("::ffff:10.1.2.3"))));
    EXPECT_FALSE(isPrivateAddress(QHostAddress(QStringLiteral("198.51.100.10"))));
}
