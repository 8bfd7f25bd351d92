#include "checks/mediaqualitycheck.h"
#include "checks/stunbindingcheck.h"
#include "support/checkharness.h"
#include "support/stunserver.h"

#include <gtest/gtest.h>

using namespace easyuc;
using namespace easyuc::test;

namespace {
Profile stunProfile(const QList<quint16>& ports)
{
    Profile p;
    p.checkTimeoutMs = 1500;
    for (quint16 port : ports)
        p.stun.append({QStringLiteral("127.0.0.1"), port});
    return p;
}
} // namespace

TEST(StunBindingCheck, AllAnswerIsPass)
{
    LoopbackStunServer a;
    LoopbackStunServer b;
    ASSERT_TRUE(a.listen() && b.listen());
    StunBindingCheck check(StunBindingCheck::Mode::Binding);
    const CheckRun run = runCheck(check, stunProfile({a.port(), b.port()}));
    EXPECT_EQ(run.result.status, Status::Pass) << run.result.summary.toStdString();
    ASSERT_EQ(run.result.items.size(), 2);
    EXPECT_TRUE(run.result.summary.contains(QStringLiteral("127.0.0.1:")));
}

TEST(StunBindingCheck, SomeSilentIsWarnAllSilentIsFail)
{
    LoopbackStunServer good;
    LoopbackStunServer silent(LoopbackStunServer::Mode::Silent);
    ASSERT_TRUE(good.listen() && silent.listen());
    StunBindingCheck some(StunBindingCheck::Mode::Binding);
    EXPECT_EQ(runCheck(some, stunProfile({good.port(), silent.port()})).result.status,
              Status::Warn);
    StunBindingCheck none(StunBindingCheck::Mode::Binding);
    const CheckRun run = runCheck(none, stunProfile({silent.port()}));
    EXPECT_EQ(run.result.status, Status::Fail);
    EXPECT_LT(run.wallMs, 1500 + 1000);
    EXPECT_FALSE(run.result.remediation.isEmpty());
}

TEST(StunBindingCheck, GarbageAnswerIsNotAnAnswer)
{
    LoopbackStunServer garbage(LoopbackStunServer::Mode::Garbage);
    ASSERT_TRUE(garbage.listen());
    StunBindingCheck check(StunBindingCheck::Mode::Binding);
    EXPECT_EQ(runCheck(check, stunProfile({garbage.port()})).result.status, Status::Fail);
}

TEST(PublicIpCheck, OneAddressOverSeveralFlowsIsPass)
{
    LoopbackStunServer server;
    ASSERT_TRUE(server.listen());
    StunBindingCheck check(StunBindingCheck::Mode::PublicIp);
    const CheckRun run = runCheck(check, stunProfile({server.port()}));
    EXPECT_EQ(run.result.status, Status::Pass) << run.result.summary.toStdString();
    EXPECT_EQ(run.result.evidenceValue(QStringLiteral("flows")), QStringLiteral("4/4"));
    EXPECT_GE(server.requests(), 4);
}

TEST(PublicIpCheck, SilenceIsNotProven)
{
    LoopbackStunServer silent(LoopbackStunServer::Mode::Silent);
    ASSERT_TRUE(silent.listen());
    StunBindingCheck check(StunBindingCheck::Mode::PublicIp);
    EXPECT_EQ(runCheck(check, stunProfile({silent.port()})).result.status, Status::Warn);
}

TEST(MediaQualityCheck, LoopbackTrainIsClean)
{
    LoopbackStunServer server;
    ASSERT_TRUE(server.listen());
    MediaQualityCheck check;
    check.setTrain(20, 10);
    const CheckRun run = runCheck(check, stunProfile({server.port()}));
    EXPECT_EQ(run.result.status, Status::Pass) << run.result.summary.toStdString();
    EXPECT_EQ(run.result.evidenceValue(QStringLiteral("lossPercent")), QStringLiteral("0.0"));
    EXPECT_EQ(server.requests(), 20);
}

TEST(MediaQualityCheck, SilenceIsNotMeasuredNeverPass)
{
    LoopbackStunServer silent(LoopbackStunServer::Mode::Silent);
    ASSERT_TRUE(silent.listen());
    MediaQualityCheck check;
    check.setTrain(10, 10);
    const CheckRun run = runCheck(check, stunProfile({silent.port()}));
    EXPECT_EQ(run.result.status, Status::Warn);
    EXPECT_TRUE(run.result.summary.startsWith(QStringLiteral("Not measured")));
    EXPECT_EQ(silent.requests(), 10); // no retransmissions: loss is measured, not hidden
}
