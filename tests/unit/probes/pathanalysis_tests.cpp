// The path's analysis from recorded probe outcomes: per-hop figures, where loss starts, and
// what is not blamed.
#include "core/probes/pathanalysis.h"

#include <gtest/gtest.h>

using namespace easyuc;

namespace {
const QHostAddress kPbx(QStringLiteral("198.51.100.10"));
const QStringList kGateways{QStringLiteral("192.168.1.1 (eth0)")};

// One hop's outcomes over `rounds` rounds: `lost` of them unanswered (the first ones).
void addHop(QList<PathSample>& samples, int ttl, const QString& from, int rounds, int lost,
            double rttMs = 10, bool target = false)
{
    for (int round = 0; round < rounds; ++round) {
        PathSample s;
        s.round = round;
        s.ttl = ttl;
        s.answered = round >= lost;
        if (s.answered) {
            s.from = QHostAddress(from);
            s.kind = target ? HopReport::Kind::TargetReached : HopReport::Kind::TimeExceeded;
            s.rttMs = rttMs + round;
        }
        samples.append(s);
    }
}

// home router, two provider hops, one beyond, the PBX at TTL 5.
QList<PathSample> fiveHops(const QList<int>& lost)
{
    QList<PathSample> s;
    addHop(s, 1, QStringLiteral("192.168.1.1"), 10, lost.at(0), 1);
    addHop(s, 2, QStringLiteral("100.64.0.1"), 10, lost.at(1), 8);
    addHop(s, 3, QStringLiteral("203.0.113.1"), 10, lost.at(2), 9);
    addHop(s, 4, QStringLiteral("192.0.2.77"), 10, lost.at(3), 15);
    addHop(s, 5, kPbx.toString(), 10, lost.at(4), 20, true);
    return s;
}
} // namespace

TEST(PathAnalysis, FiguresPerHop)
{
    const PathInfo p = analysePath(kPbx, fiveHops({0, 0, 0, 0, 0}), kGateways);
    EXPECT_TRUE(p.ran);
    EXPECT_TRUE(p.reached);
    EXPECT_EQ(p.target, QStringLiteral("198.51.100.10"));
    ASSERT_EQ(p.hops.size(), 5);
    EXPECT_EQ(p.lossFromTtl, 0);
    EXPECT_EQ(p.rounds, 10);
    const PathHop& h1 = p.hops.at(0);
    EXPECT_EQ(h1.ttl, 1);
    EXPECT_EQ(h1.address, QStringLiteral("192.168.1.1"));
    EXPECT_EQ(h1.sent, 10);
    EXPECT_EQ(h1.received, 10);
    EXPECT_DOUBLE_EQ(h1.rttMs, 5.5); // median of 1..10
    EXPECT_DOUBLE_EQ(h1.lossPct, 0);
    // Zones: the gateway is this network, carrier-grade NAT and the first public hop the
    // provider's, the next public hop the provider's too, then the Internet, then the PBX.
    EXPECT_EQ(p.hops.at(0).zone, QStringLiteral("local"));
    EXPECT_EQ(p.hops.at(1).zone, QStringLiteral("provider"));
    EXPECT_EQ(p.hops.at(2).zone, QStringLiteral("provider"));
    EXPECT_EQ(p.hops.at(3).zone, QStringLiteral("internet"));
    EXPECT_EQ(p.hops.at(4).zone, QStringLiteral("pbx"));
    EXPECT_TRUE(describePath(p).contains(QStringLiteral("without loss")))
        << describePath(p).toStdString();
}

TEST(PathAnalysis, LossFromHopThreeOnIsNamedWithItsPlace)
{
    const PathInfo p = analysePath(kPbx, fiveHops({0, 0, 3, 4, 3}), kGateways);
    EXPECT_TRUE(p.reached);
    EXPECT_EQ(p.lossFromTtl, 3);
    EXPECT_DOUBLE_EQ(p.hops.at(2).lossPct, 30);
    EXPECT_DOUBLE_EQ(p.hops.at(4).lossPct, 30);
    const QString text = describePath(p);
    EXPECT_TRUE(text.startsWith(QStringLiteral(
        "Loss from hop 3 (203.0.113.1), probably inside your Internet provider's network, and "
        "continuing to the PBX: 30%")))
        << text.toStdString();
}

TEST(PathAnalysis, LossStartingInThisNetworkIsPlacedThere)
{
    const PathInfo p = analysePath(kPbx, fiveHops({2, 2, 3, 2, 4}), kGateways);
    EXPECT_EQ(p.lossFromTtl, 1);
    EXPECT_TRUE(describePath(p).contains(QStringLiteral("inside your own network")));
}

TEST(PathAnalysis, ASingleLossyMiddleHopIsNotBlamed)
{
    // Hop 3 answers only half of its probes (a router limiting its ICMP), every later hop and
    // the PBX answer all: no loss on the path.
    const PathInfo p = analysePath(kPbx, fiveHops({0, 0, 5, 0, 0}), kGateways);
    EXPECT_TRUE(p.reached);
    EXPECT_EQ(p.lossFromTtl, 0);
    const QString text = describePath(p);
    EXPECT_TRUE(text.contains(QStringLiteral("At hop 3 some probes went unanswered")))
        << text.toStdString();
}

TEST(PathAnalysis, LossAtThePbxAloneIsNotBlamed)
{
    const PathInfo p = analysePath(kPbx, fiveHops({0, 0, 0, 0, 6}), kGateways);
    EXPECT_TRUE(p.reached);
    EXPECT_EQ(p.lossFromTtl, 0);
    EXPECT_TRUE(describePath(p).contains(QStringLiteral("4 of 10")));
}

TEST(PathAnalysis, LossInTheMiddleThatStopsBeforeThePbxIsNotBlamed)
{
    // Hops 2 and 3 lose, hop 4 answers all, the PBX loses: the chain back from the PBX stops at
    // hop 4, so only the PBX loses and nothing is named.
    const PathInfo p = analysePath(kPbx, fiveHops({0, 3, 3, 0, 3}), kGateways);
    EXPECT_EQ(p.lossFromTtl, 0);
}

TEST(PathAnalysis, SilentHopsNeitherStartNorBreakTheLoss)
{
    QList<PathSample> s;
    addHop(s, 1, QStringLiteral("192.168.1.1"), 10, 0, 1);
    addHop(s, 2, QStringLiteral("203.0.113.1"), 10, 4, 8);
    addHop(s, 3, QString(), 10, 10); // never answers (a router that sends no time-exceeded)
    addHop(s, 4, kPbx.toString(), 10, 4, 20, true);
    const PathInfo p = analysePath(kPbx, s, kGateways);
    ASSERT_EQ(p.hops.size(), 4);
    EXPECT_TRUE(p.hops.at(2).address.isEmpty());
    EXPECT_EQ(p.hops.at(2).zone, QString());
    EXPECT_EQ(p.lossFromTtl, 2);
}

TEST(PathAnalysis, NoAnswersAtAllIsNotReachedAndBlamesNobody)
{
    QList<PathSample> s;
    for (int ttl = 1; ttl <= 30; ++ttl)
        addHop(s, ttl, QString(), 10, 10);
    const PathInfo p = analysePath(kPbx, s, kGateways);
    EXPECT_TRUE(p.ran);
    EXPECT_FALSE(p.reached);
    EXPECT_EQ(p.lossFromTtl, 0);
    EXPECT_TRUE(p.hops.isEmpty());
    EXPECT_TRUE(describePath(p).contains(QStringLiteral("No hop on the way")));
}

TEST(PathAnalysis, RoutersAnswerButThePbxDoesNot)
{
    QList<PathSample> s;
    addHop(s, 1, QStringLiteral("192.168.1.1"), 10, 0, 1);
    addHop(s, 2, QStringLiteral("203.0.113.1"), 10, 5, 8);
    for (int ttl = 3; ttl <= 30; ++ttl)
        addHop(s, ttl, QString(), 10, 10);
    const PathInfo p = analysePath(kPbx, s, kGateways);
    EXPECT_FALSE(p.reached);
    EXPECT_EQ(p.lossFromTtl, 0);
    ASSERT_EQ(p.hops.size(), 2); // the silent TTLs after the last answer are left out
    EXPECT_TRUE(describePath(p).contains(QStringLiteral("cannot be judged")));
}

TEST(PathAnalysis, TheTargetRowIsTheLowestTtlItAnsweredAt)
{
    // Round 1 lost TTL 2's probe and climbed on: the PBX answered TTL 3 too; later rounds
    // found it at TTL 2.
    QList<PathSample> s;
    addHop(s, 1, QStringLiteral("192.168.1.1"), 10, 0, 1);
    addHop(s, 2, kPbx.toString(), 10, 1, 5, true);
    addHop(s, 3, kPbx.toString(), 1, 0, 5, true);
    const PathInfo p = analysePath(kPbx, s, kGateways);
    ASSERT_EQ(p.hops.size(), 2);
    EXPECT_EQ(p.hops.at(1).zone, QStringLiteral("pbx"));
    EXPECT_EQ(p.hops.at(1).sent, 10);
}

TEST(PathAnalysis, ZonesByAddress)
{
    EXPECT_EQ(hopZone(QHostAddress(QStringLiteral("10.1.2.3")), 0, {}), QStringLiteral("local"));
    EXPECT_EQ(hopZone(QHostAddress(QStringLiteral("fe80::1")), 0, {}), QStringLiteral("local"));
    EXPECT_EQ(hopZone(QHostAddress(QStringLiteral("100.64.1.1")), 5, {}),
              QStringLiteral("provider"));
    EXPECT_EQ(hopZone(QHostAddress(QStringLiteral("203.0.113.9")), 1, {}),
              QStringLiteral("provider"));
    EXPECT_EQ(hopZone(QHostAddress(QStringLiteral("203.0.113.9")), 2, {}),
              QStringLiteral("internet"));
    // A public gateway (a modem in bridge mode hands one out) is still this network.
    EXPECT_EQ(
        hopZone(QHostAddress(QStringLiteral("203.0.113.9")), 0, {QStringLiteral("203.0.113.9")}),
        QStringLiteral("local"));
    EXPECT_EQ(hopZone(QHostAddress(), 0, {}), QString());
}
