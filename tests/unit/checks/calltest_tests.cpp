// R15 with a call test: the verdict rule, and the check against loopback echoes / STUN.
#include "core/checks/callverdict.h"
#include "core/checks/mediaqualitycheck.h"
#include "core/checks/registry.h"
#include "support/checkharness.h"
#include "support/stunserver.h"
#include "support/udpecho.h"

#include <gtest/gtest.h>

using namespace easyuc;
using namespace easyuc::test;

namespace {
CallTestResult measured(double mos, double rtt, double jitter, double loss)
{
    CallTestResult c;
    c.ran = true;
    c.durationS = 10;
    c.target = QStringLiteral("198.51.100.10:24576");
    c.targetKind = QStringLiteral("reflector");
    c.packetsSent = 500;
    c.packetsReceived = int(500 * (100 - loss) / 100);
    c.packetsLost = c.packetsSent - c.packetsReceived;
    c.mos = mos;
    c.rttMs = rtt;
    c.jitterMs = jitter;
    c.lossPct = loss;
    c.worstLoss15sPct = loss;
    c.series = QList<CallTestSecond>(10);
    return c;
}

Profile callProfile(int seconds)
{
    Profile p;
    p.checkTimeoutMs = 4000;
    p.callTestSeconds = seconds;
    return p;
}
} // namespace

TEST(CallVerdict, GoodCallWithinTheTeamsTargetsPasses)
{
    const RequirementResult r = judgeCallTest(measured(4.38, 20, 2, 0));
    EXPECT_EQ(r.status, Status::Pass);
    EXPECT_TRUE(r.summary.startsWith(
        QStringLiteral("From a 10-second call test to the RTP reflector 198.51.100.10:24576: "
                       "MOS 4.38 (good)")))
        << r.summary.toStdString();
    EXPECT_EQ(r.evidenceValue(QStringLiteral("mos")), QStringLiteral("4.38"));
    EXPECT_EQ(r.evidenceValue(QStringLiteral("source")),
              QStringLiteral("call test, 10 s, reflector"));
}

TEST(CallVerdict, EachMissedTargetTurnsItAmberAndIsNamed)
{
    CallTestResult loss = measured(4.2, 20, 2, 1.5);
    EXPECT_EQ(judgeCallTest(loss).status, Status::Warn);
    EXPECT_TRUE(judgeCallTest(loss).summary.contains(QStringLiteral("loss 1.5 %")));
    CallTestResult burst = measured(4.3, 20, 2, 0.4);
    burst.worstBurstLossPct = 20;
    EXPECT_TRUE(judgeCallTest(burst).summary.contains(QStringLiteral("burst loss 20 %")));
    EXPECT_EQ(judgeCallTest(measured(4.2, 20, 31, 0)).status, Status::Warn);
    EXPECT_EQ(judgeCallTest(measured(4.2, 120, 2, 0)).status, Status::Warn);
    CallTestResult reorder = measured(4.3, 20, 2, 0);
    reorder.reorderPct = 0.2;
    EXPECT_EQ(judgeCallTest(reorder).status, Status::Warn);
    // Fair and poor MOS are amber even when each figure alone is within its target.
    const RequirementResult fair = judgeCallTest(measured(3.8, 90, 25, 0.5));
    EXPECT_EQ(fair.status, Status::Warn);
    EXPECT_TRUE(fair.summary.contains(QStringLiteral("MOS 3.80 (fair)")));
    EXPECT_FALSE(fair.remediation.isEmpty());
    EXPECT_TRUE(judgeCallTest(measured(2.6, 20, 2, 20)).summary.contains(QStringLiteral("(poor)")));
}

TEST(CallVerdict, SilenceIsNotMeasuredNeverGreen)
{
    CallTestResult silent = measured(0, -1, -1, 100);
    silent.packetsReceived = 0;
    const RequirementResult r = judgeCallTest(silent);
    EXPECT_EQ(r.status, Status::Warn);
    EXPECT_TRUE(r.summary.startsWith(QStringLiteral("Not measured: none of the 500 packets")));
    CallTestResult unsent = silent;
    unsent.packetsSent = 0;
    unsent.error = QStringLiteral("Network unreachable");
    EXPECT_TRUE(judgeCallTest(unsent).summary.contains(QStringLiteral("Network unreachable")));
}

TEST(MediaQualityCheck, CallTestToALoopbackReflectorPassesAndFillsTheRun)
{
    ImpairedEcho echo(ImpairedEcho::Mode::Echo);
    ASSERT_TRUE(echo.listen());
    Profile p = callProfile(2);
    p.rtpFirst = p.rtpLast = 20000; // one port: the reflector's own
    p.rtpReflector = Endpoint{QStringLiteral("127.0.0.1"), echo.port()};
    MediaQualityCheck check;
    CallTestResult seen;
    int updates = 0;
    const CheckRun run = runCheck(check, p, [&](RunContext& context) {
        QObject::connect(&context, &RunContext::callTestUpdated, [&](const CallTestResult& c) {
            seen = c;
            ++updates;
        });
    });
    EXPECT_EQ(run.result.status, Status::Pass) << run.result.summary.toStdString();
    EXPECT_TRUE(run.result.summary.startsWith(QStringLiteral("From a 2-second call test to the RTP "
                                                             "reflector 127.0.0.1:")));
    EXPECT_GE(updates, 2); // live, then final
    EXPECT_TRUE(seen.ran);
    EXPECT_EQ(seen.durationS, 2);
    EXPECT_EQ(seen.targetKind, QStringLiteral("reflector"));
    EXPECT_EQ(seen.series.size(), 2);
    EXPECT_EQ(seen.packetsReceived, 100);
}

TEST(MediaQualityCheck, CallTestWithLossIsAmber)
{
    ImpairedEcho echo(ImpairedEcho::Mode::DropEveryFifth);
    ASSERT_TRUE(echo.listen());
    Profile p = callProfile(2);
    p.rtpFirst = p.rtpLast = 20000;
    p.rtpReflector = Endpoint{QStringLiteral("127.0.0.1"), echo.port()};
    MediaQualityCheck check;
    const CheckRun run = runCheck(check, p);
    EXPECT_EQ(run.result.status, Status::Warn);
    EXPECT_TRUE(run.result.summary.contains(QStringLiteral("(poor)")));
    EXPECT_EQ(run.result.evidenceValue(QStringLiteral("lossPercent")), QStringLiteral("20.0"));
}

TEST(MediaQualityCheck, CallTestWithoutReflectorGoesToTheStunServer)
{
    LoopbackStunServer server;
    ASSERT_TRUE(server.listen());
    Profile p = callProfile(1);
    p.stun.append({QStringLiteral("127.0.0.1"), server.port()});
    MediaQualityCheck check;
    const CheckRun run = runCheck(check, p);
    EXPECT_EQ(run.result.status, Status::Pass) << run.result.summary.toStdString();
    EXPECT_TRUE(run.result.summary.contains(QStringLiteral("the STUN server 127.0.0.1:")));
    EXPECT_EQ(server.requests(), 50);
}

TEST(MediaQualityCheck, CallTestToASilentServerIsNotMeasuredAndBounded)
{
    ImpairedEcho echo(ImpairedEcho::Mode::Silent);
    ASSERT_TRUE(echo.listen());
    Profile p = callProfile(1);
    p.rtpFirst = p.rtpLast = 20000;
    p.rtpReflector = Endpoint{QStringLiteral("127.0.0.1"), echo.port()};
    MediaQualityCheck check;
    const CheckRun run = runCheck(check, p);
    EXPECT_EQ(run.result.status, Status::Warn);
    EXPECT_TRUE(run.result.summary.startsWith(QStringLiteral("Not measured")));
    EXPECT_LT(run.wallMs, 1000 + 1000 + 1000);
}

TEST(MediaQualityCheck, CallTestCutByTheDeadlineReportsWhatItMeasured)
{
    ImpairedEcho echo(ImpairedEcho::Mode::Echo);
    ASSERT_TRUE(echo.listen());
    Profile p = callProfile(30); // far longer than the 4 s deadline runCheck gives
    p.rtpFirst = p.rtpLast = 20000;
    p.rtpReflector = Endpoint{QStringLiteral("127.0.0.1"), echo.port()};
    MediaQualityCheck check;
    const CheckRun run = runCheck(check, p);
    EXPECT_LT(run.wallMs, 4200);
    EXPECT_EQ(run.result.status, Status::Pass) << run.result.summary.toStdString();
    EXPECT_TRUE(run.result.summary.startsWith(QStringLiteral("From a 2-second call test")) ||
                run.result.summary.startsWith(QStringLiteral("From a 3-second call test")))
        << run.result.summary.toStdString();
}

TEST(MediaQualityCheck, RegistryRunsTheCallTestLastWithItsLength)
{
    Profile p;
    p.stun.append({QStringLiteral("127.0.0.1"), 3478});
    p.callTestSeconds = 30;
    const QList<Check*> checks = CheckRegistry::createChecks(p, {});
    int found = 0;
    for (Check* c : checks) {
        if (c->id() == QStringLiteral("media.quality")) {
            ++found;
            EXPECT_EQ(c->extraTimeMs(), MediaQualityCheck::callTestTimeMs(30));
            EXPECT_EQ(c->runsAfter().size(), checks.size() - 1);
        } else {
            EXPECT_EQ(c->extraTimeMs(), 0);
        }
    }
    EXPECT_EQ(found, 1);
    qDeleteAll(checks);
    p.callTestSeconds = 0;
    const QList<Check*> plain = CheckRegistry::createChecks(p, {});
    for (Check* c : plain)
        EXPECT_EQ(c->extraTimeMs(), 0);
    qDeleteAll(plain);
}
