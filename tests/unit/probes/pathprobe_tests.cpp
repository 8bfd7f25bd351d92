// TTL-limited probes on loopback: the target answers at TTL 1 (ICMP port unreachable from
// 127.0.0.1 on Linux, an echo reply on Windows).
#include "core/probes/pathanalysis.h"
#include "core/probes/pathprobe.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <gtest/gtest.h>

using namespace easyuc;

namespace {
bool waitFor(const PathProbe& probe, int ms)
{
    QElapsedTimer t;
    t.start();
    while (!probe.isFinished() && t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    return probe.isFinished();
}
} // namespace

TEST(PathProbe, LoopbackIsReachedAtTtlOne)
{
    const QHostAddress loopback(QHostAddress::LocalHost);
    PathProbe probe;
    QSignalSpy finished(&probe, &PathProbe::finished);
    PathProbe::Settings fast;
    fast.rounds = 3;
    fast.roundIntervalMs = 20;
    probe.start(loopback, QDeadlineTimer(5000), fast);
    ASSERT_TRUE(waitFor(probe, 6000));
#ifndef Q_OS_LINUX
    if (probe.samples().isEmpty())
        GTEST_SKIP() << "no TTL probing here: " << probe.error().toStdString();
#endif
    EXPECT_EQ(finished.count(), 1);
    EXPECT_TRUE(probe.error().isEmpty()) << probe.error().toStdString();
    // The climb stops at TTL 1 (the target answered), later rounds send TTL 1 only.
    ASSERT_EQ(probe.samples().size(), 3);
    for (const PathSample& s : probe.samples()) {
        EXPECT_EQ(s.ttl, 1);
        EXPECT_TRUE(s.answered);
        EXPECT_EQ(s.kind, HopReport::Kind::TargetReached);
        EXPECT_EQ(s.from, loopback);
        EXPECT_GE(s.rttMs, 0);
    }
    const PathInfo p = analysePath(loopback, probe.samples(), {});
    EXPECT_TRUE(p.reached);
    ASSERT_EQ(p.hops.size(), 1);
    EXPECT_EQ(p.hops.at(0).zone, QStringLiteral("pbx"));
    EXPECT_EQ(p.hops.at(0).received, 3);
    EXPECT_EQ(p.lossFromTtl, 0);
    EXPECT_EQ(probe.roundsBegun(), 3);
}

TEST(PathProbe, ItsDeadlineEndsIt)
{
    // A deadline already passed: finished at once, at most the first probe sent.
    PathProbe probe;
    probe.start(QHostAddress(QHostAddress::LocalHost), QDeadlineTimer(0));
    ASSERT_TRUE(waitFor(probe, 2000));
    EXPECT_LE(probe.samples().size(), 1);
}
