// The meaning of recorded error-queue reports for TTL-limited path probes (every platform:
// the classification is pure; Linux's decoding of the raw control message is tested in
// linux/errqueue_tests.cpp).
#include "core/platform/ttlprobesocket.h"

#include <gtest/gtest.h>

using namespace easyuc;

namespace {
const QHostAddress kPbx(QStringLiteral("198.51.100.10"));
const QHostAddress kRouter(QStringLiteral("203.0.113.1"));
constexpr quint16 kFirst = TtlProbeSocket::kFirstPort;
constexpr int kTags = 300;

KernelError icmp(int type, int code, const QHostAddress& from, quint16 port,
                 const QHostAddress& dest = kPbx,
                 KernelError::Origin origin = KernelError::Origin::Icmp)
{
    KernelError e;
    e.origin = origin;
    e.type = type;
    e.code = code;
    e.offender = from;
    e.destination = dest;
    e.destinationPort = port;
    return e;
}
} // namespace

TEST(HopReport, TimeExceededNamesTheRouterAndTheProbe)
{
    const auto r = hopReportFromKernelError(icmp(11, 0, kRouter, kFirst + 42), kPbx, kFirst, kTags);
    ASSERT_TRUE(r.has_value());
    EXPECT_EQ(r->kind, HopReport::Kind::TimeExceeded);
    EXPECT_EQ(r->from, kRouter);
    EXPECT_EQ(r->tag, 42);
    EXPECT_TRUE(r->raw.contains(QStringLiteral("ICMP 11/0 from 203.0.113.1")))
        << r->raw.toStdString();
}

TEST(HopReport, PortUnreachableFromTheTargetIsReachedFromAnyoneElseUnreachable)
{
    const auto reached =
        hopReportFromKernelError(icmp(3, 3, kPbx, kFirst + 3), kPbx, kFirst, kTags);
    ASSERT_TRUE(reached.has_value());
    EXPECT_EQ(reached->kind, HopReport::Kind::TargetReached);
    EXPECT_EQ(reached->tag, 3);
    // A firewall's REJECT on the way: not the PBX.
    const auto refused =
        hopReportFromKernelError(icmp(3, 13, kRouter, kFirst + 3), kPbx, kFirst, kTags);
    ASSERT_TRUE(refused.has_value());
    EXPECT_EQ(refused->kind, HopReport::Kind::Unreachable);
    EXPECT_EQ(refused->from, kRouter);
}

TEST(HopReport, ReportsAboutOtherFlowsOrOtherMeaningsAreIgnored)
{
    // Another destination, a port below or beyond the probes' range.
    EXPECT_FALSE(
        hopReportFromKernelError(icmp(11, 0, kRouter, kFirst, kRouter), kPbx, kFirst, kTags));
    EXPECT_FALSE(hopReportFromKernelError(icmp(11, 0, kRouter, kFirst - 1), kPbx, kFirst, kTags));
    EXPECT_FALSE(
        hopReportFromKernelError(icmp(11, 0, kRouter, kFirst + kTags), kPbx, kFirst, kTags));
    // Fragment reassembly time exceeded (11/1), fragmentation needed (3/4 from a router is an
    // unreachable, but from nobody), parameter problem: not a hop answer.
    EXPECT_FALSE(hopReportFromKernelError(icmp(11, 1, kRouter, kFirst), kPbx, kFirst, kTags));
    EXPECT_FALSE(hopReportFromKernelError(icmp(12, 0, kRouter, kFirst), kPbx, kFirst, kTags));
    // A local error is the sender's business, not a hop.
    KernelError local = icmp(-1, -1, QHostAddress(), kFirst, kPbx, KernelError::Origin::Local);
    EXPECT_FALSE(hopReportFromKernelError(local, kPbx, kFirst, kTags));
}

TEST(HopReport, IcmpV6HopLimitExceededAndPortUnreachable)
{
    const QHostAddress pbx6(QStringLiteral("2001:db8:100::10"));
    const QHostAddress router6(QStringLiteral("2001:db8:113::1"));
    const auto hop = hopReportFromKernelError(
        icmp(3, 0, router6, kFirst + 7, pbx6, KernelError::Origin::Icmp6), pbx6, kFirst, kTags);
    ASSERT_TRUE(hop.has_value());
    EXPECT_EQ(hop->kind, HopReport::Kind::TimeExceeded);
    EXPECT_EQ(hop->from, router6);
    const auto reached = hopReportFromKernelError(
        icmp(1, 4, pbx6, kFirst + 8, pbx6, KernelError::Origin::Icmp6), pbx6, kFirst, kTags);
    ASSERT_TRUE(reached.has_value());
    EXPECT_EQ(reached->kind, HopReport::Kind::TargetReached);
    // ICMPv6 type 11 is unassigned: time exceeded is type 3 there.
    EXPECT_FALSE(hopReportFromKernelError(
        icmp(11, 0, router6, kFirst, pbx6, KernelError::Origin::Icmp6), pbx6, kFirst, kTags));
}
