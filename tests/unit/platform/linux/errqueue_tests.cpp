// Linux only: decoding the socket error queue (IP_RECVERR) that udpprobesocket_linux.cpp reads.
#include "core/platform/linuxerrqueue.h"
#include "core/platform/ttlprobesocket.h"
#include "probes/udpprobe.h"

#include <arpa/inet.h>
#include <cstring>
#include <gtest/gtest.h>
#include <linux/errqueue.h>
#include <netinet/in.h>

using namespace easyuc;

namespace {
const QHostAddress kPbx(QStringLiteral("198.51.100.10"));
const QHostAddress kRouter(QStringLiteral("192.168.77.1"));
constexpr quint16 kPort = 16384;

QByteArray sockaddrBytes(const QHostAddress& a, quint16 port)
{
    sockaddr_in in{};
    in.sin_family = AF_INET;
    in.sin_port = htons(port);
    in.sin_addr.s_addr = htonl(a.toIPv4Address());
    return QByteArray(reinterpret_cast<const char*>(&in), sizeof in);
}

// The control message data the kernel attaches to an IP_RECVERR error queue entry.
QByteArray extendedError(quint8 origin, quint8 type, quint8 code, quint32 info,
                         const QHostAddress& offender, int errorNumber = ECONNREFUSED)
{
    sock_extended_err ee{};
    ee.ee_errno = quint32(errorNumber);
    ee.ee_origin = origin;
    ee.ee_type = type;
    ee.ee_code = code;
    ee.ee_info = info;
    QByteArray data(reinterpret_cast<const char*>(&ee), sizeof ee);
    if (!offender.isNull())
        data += sockaddrBytes(offender, 0);
    else
        data += QByteArray(sizeof(sockaddr_in), '\0'); // AF_UNSPEC: no offender
    return data;
}

KernelError icmp(quint8 type, quint8 code, const QHostAddress& from,
                 const QHostAddress& dest = kPbx, quint16 port = kPort, quint32 info = 0)
{
    return decodeKernelError(SOL_IP, IP_RECVERR,
                             extendedError(SO_EE_ORIGIN_ICMP, type, code, info, from),
                             sockaddrBytes(dest, port));
}

std::optional<PortVerdict> verdictOf(const KernelError& e)
{
    return classifyKernelError(e, kPbx, kPort);
}

} // namespace

TEST(KernelError, PortUnreachableFromThePbxIsPathOpenFromAnyoneElseBlocked)
{
    const KernelError e = icmp(3, 3, kPbx);
    ASSERT_TRUE(e.valid());
    EXPECT_EQ(e.origin, KernelError::Origin::Icmp);
    EXPECT_EQ(e.offender, kPbx);
    EXPECT_EQ(e.destination, kPbx);
    EXPECT_EQ(e.destinationPort, kPort);
    EXPECT_EQ(verdictOf(e), PortVerdict::PathOpen);
    // A firewall REJECT sends port-unreachable too, but from its own address.
    EXPECT_EQ(verdictOf(icmp(3, 3, kRouter)), PortVerdict::Blocked);
}

TEST(KernelError, ProhibitedAndUnreachableAreBlocked)
{
    for (quint8 code : {quint8(13), quint8(9), quint8(10), quint8(1), quint8(0)})
        EXPECT_EQ(verdictOf(icmp(3, code, kRouter)), PortVerdict::Blocked) << int(code);
    EXPECT_EQ(verdictOf(icmp(3, 13, kPbx)), PortVerdict::Blocked);
}

TEST(KernelError, FragmentationNeededCarriesTheMtuAndNoPortVerdict)
{
    const KernelError e = icmp(3, 4, kRouter, kPbx, kPort, 1400);
    EXPECT_TRUE(e.isFragmentationNeeded());
    EXPECT_EQ(e.info, 1400u);
    EXPECT_FALSE(verdictOf(e).has_value());
    EXPECT_TRUE(e.describe().contains(QStringLiteral("1400")));
}

TEST(KernelError, AnotherFlowsErrorIsIgnored)
{
    EXPECT_FALSE(verdictOf(icmp(3, 13, kRouter, QHostAddress(QStringLiteral("203.0.113.9")))));
    EXPECT_FALSE(verdictOf(icmp(3, 3, kPbx, kPbx, kPort + 1)));
    EXPECT_FALSE(verdictOf(icmp(3, 13, kRouter, kPbx, 5060)));
}

TEST(KernelError, UnknownTypesAndCodesGiveNoVerdict)
{
    EXPECT_FALSE(verdictOf(icmp(3, 99, kRouter)));  // no such code
    EXPECT_FALSE(verdictOf(icmp(11, 0, kRouter)));  // time exceeded
    EXPECT_FALSE(verdictOf(icmp(12, 0, kRouter)));  // parameter problem
    EXPECT_FALSE(verdictOf(icmp(200, 1, kRouter))); // nonsense
}

TEST(KernelError, TruncatedOrForeignDataIsInvalid)
{
    const QByteArray full = extendedError(SO_EE_ORIGIN_ICMP, 3, 13, 0, kRouter);
    const QByteArray name = sockaddrBytes(kPbx, kPort);
    EXPECT_FALSE(decodeKernelError(SOL_IP, IP_RECVERR, full.left(8), name).valid());
    EXPECT_FALSE(decodeKernelError(SOL_IP, IP_RECVERR, {}, name).valid());
    EXPECT_FALSE(decodeKernelError(SOL_IP, IP_TTL, full, name).valid());
    EXPECT_FALSE(decodeKernelError(SOL_SOCKET, IP_RECVERR, full, name).valid());
    // Timestamping and zero-copy notifications share the queue; they are not errors.
    EXPECT_FALSE(decodeKernelError(SOL_IP, IP_RECVERR,
                                   extendedError(SO_EE_ORIGIN_TIMESTAMPING, 0, 0, 0, {}), name)
                     .valid());
    // The offender cut short: the error stands, but who sent it is unknown, so a
    // port-unreachable proves neither an open path nor a block.
    const QByteArray cut = full.left(qsizetype(sizeof(sock_extended_err)) + 6);
    const KernelError e = decodeKernelError(
        SOL_IP, IP_RECVERR, extendedError(SO_EE_ORIGIN_ICMP, 3, 3, 0, {}).left(cut.size()), name);
    ASSERT_TRUE(e.valid());
    EXPECT_TRUE(e.offender.isNull());
    EXPECT_FALSE(verdictOf(e).has_value());
    // A name cut short: the destination is unknown, the error is still read.
    EXPECT_TRUE(decodeKernelError(SOL_IP, IP_RECVERR, full, name.left(5)).destination.isNull());
}

TEST(KernelError, LocalRefusalIsBlockedLocalSizeErrorIsNot)
{
    const QByteArray name = sockaddrBytes(kPbx, kPort);
    const KernelError eperm = decodeKernelError(
        SOL_IP, IP_RECVERR, extendedError(SO_EE_ORIGIN_LOCAL, 0, 0, 0, {}, EPERM), name);
    EXPECT_EQ(eperm.origin, KernelError::Origin::Local);
    EXPECT_EQ(verdictOf(eperm), PortVerdict::Blocked);
    const KernelError big = decodeKernelError(
        SOL_IP, IP_RECVERR, extendedError(SO_EE_ORIGIN_LOCAL, 0, 0, 1500, {}, EMSGSIZE), name);
    EXPECT_TRUE(big.isFragmentationNeeded());
    EXPECT_FALSE(verdictOf(big).has_value());
    EXPECT_EQ(eperm.condition, platform::SocketCondition::LocalRefusal);
}

// The path probes' reports (ttlprobesocket_linux.cpp): a recorded time-exceeded queue entry
// names the router (SO_EE_OFFENDER) and, through the quoted destination port, the probe.
TEST(KernelError, TimeExceededEntryNamesTheRouterAndTheProbe)
{
    const QHostAddress provider(QStringLiteral("203.0.113.1"));
    const quint16 port = TtlProbeSocket::kFirstPort + 17;
    const KernelError e = icmp(11, 0, provider, kPbx, port);
    ASSERT_TRUE(e.valid());
    EXPECT_EQ(e.type, 11);
    EXPECT_EQ(e.offender, provider);
    // Time exceeded says nothing about a port: R5 ignores it…
    EXPECT_FALSE(verdictOf(e).has_value());
    // …and the path reads it as hop 17's answer.
    const auto hop = hopReportFromKernelError(e, kPbx, TtlProbeSocket::kFirstPort, 300);
    ASSERT_TRUE(hop.has_value());
    EXPECT_EQ(hop->kind, HopReport::Kind::TimeExceeded);
    EXPECT_EQ(hop->from, provider);
    EXPECT_EQ(hop->tag, 17);
    // The PBX's own port unreachable for a later probe: reached.
    const auto reached = hopReportFromKernelError(icmp(3, 3, kPbx, kPbx, port + 1), kPbx,
                                                  TtlProbeSocket::kFirstPort, 300);
    ASSERT_TRUE(reached.has_value());
    EXPECT_EQ(reached->kind, HopReport::Kind::TargetReached);
    EXPECT_EQ(reached->tag, 18);
}
