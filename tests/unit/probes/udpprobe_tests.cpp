#include "probes/pathmtuprobe.h"
#include "probes/portprobe.h"
#include "probes/udpprobe.h"
#include "support/checkharness.h"
#include "support/loopbackservers.h"
#include "support/stunserver.h"

#include <QNetworkDatagram>
#include <QUdpSocket>
#include <arpa/inet.h>
#include <cstring>
#include <gtest/gtest.h>
#include <linux/errqueue.h>
#include <netinet/in.h>

using namespace easyuc;
using namespace easyuc::test;

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

QList<PortProbeResult> probePorts(const QList<quint16>& ports, int timeoutMs = 3000,
                                  UdpPortProbe::IcmpPacer pacer = {})
{
    UdpPortProbe probe;
    probe.setPacer(std::move(pacer));
    probe.setRetry(100, 3);
    QList<PortTarget> targets;
    for (quint16 p : ports)
        targets.append({QHostAddress(QHostAddress::LocalHost), p});
    bool done = false;
    QObject::connect(&probe, &UdpPortProbe::finished, [&] { done = true; });
    probe.start(targets, timeoutMs);
    EXPECT_TRUE(waitFor([&] { return done; }, timeoutMs + 2000));
    return probe.results();
}

PathMtuResult measure(quint16 port, int high = 1500, int timeoutMs = 4000)
{
    PathMtuProbe probe;
    bool done = false;
    QObject::connect(&probe, &PathMtuProbe::finished, [&] { done = true; });
    probe.start(QHostAddress::LocalHost, port, 576, high, timeoutMs);
    EXPECT_TRUE(waitFor([&] { return done; }, timeoutMs + 2000));
    return probe.result();
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
    EXPECT_EQ(classifySendError(EPERM), PortVerdict::Blocked);
    EXPECT_FALSE(classifySendError(EAGAIN).has_value());
    EXPECT_FALSE(classifySendError(EMSGSIZE).has_value());
}

TEST(UdpProbeSocket, ClosedLoopbackPortReportsIcmpPortUnreachableFromItself)
{
    const quint16 port = closedUdpPort();
    UdpProbeSocket socket;
    ASSERT_TRUE(socket.open(QHostAddress::LocalHost, port));
    std::optional<KernelError> seen;
    QObject::connect(&socket, &UdpProbeSocket::kernelErrorReceived,
                     [&](const KernelError& e) { seen = e; });
    EXPECT_EQ(socket.send(QByteArray("probe")), 0);
    ASSERT_TRUE(waitFor([&] { return seen.has_value(); }, 2000));
    EXPECT_EQ(seen->origin, KernelError::Origin::Icmp);
    EXPECT_EQ(seen->type, 3);
    EXPECT_EQ(seen->code, 3);
    EXPECT_EQ(seen->offender, QHostAddress(QHostAddress::LocalHost));
    EXPECT_EQ(seen->destinationPort, port);
    EXPECT_EQ(seen->payload, QByteArray("probe"));
    EXPECT_EQ(classifyKernelError(*seen, QHostAddress::LocalHost, port), PortVerdict::PathOpen);
    EXPECT_EQ(socket.pathMtu(), 65535); // loopback: 65536, capped at the largest IPv4 packet
}

TEST(UdpPortProbe, ClassifiesAnsweredEchoedPathOpenAndSilentPorts)
{
    LoopbackStunServer stun;
    LoopbackStunServer silent(LoopbackStunServer::Mode::Silent);
    ASSERT_TRUE(stun.listen() && silent.listen());
    UdpEchoServer echo;
    const quint16 closed = closedUdpPort();
    const auto r = probePorts({stun.port(), echo.port(), closed, silent.port()});
    ASSERT_EQ(r.size(), 4);
    EXPECT_EQ(r[0].verdict, PortVerdict::Answered);
    EXPECT_EQ(r[0].answer, QStringLiteral("stun"));
    EXPECT_EQ(r[1].verdict, PortVerdict::Answered);
    EXPECT_EQ(r[1].answer, QStringLiteral("echo"));
    EXPECT_EQ(r[2].verdict, PortVerdict::PathOpen);
    EXPECT_EQ(r[2].error.type, 3);
    EXPECT_EQ(r[2].error.code, 3);
    EXPECT_EQ(r[3].verdict, PortVerdict::Silent);
    EXPECT_EQ(r[3].attempts, 3); // silence is retried, never read as blocked
    EXPECT_EQ(silent.requests(), 3);
}

TEST(UdpPortProbe, ForeignAnswersAreNotAnswers)
{
    UdpEchoServer garbage;
    garbage.setGarbage(true);
    const auto r = probePorts({garbage.port()}, 1500);
    ASSERT_EQ(r.size(), 1);
    EXPECT_EQ(r[0].verdict, PortVerdict::Silent);
    EXPECT_GE(r[0].ignored, 1);
}

TEST(UdpPortProbe, RetriesWaitForTheIcmpBudget)
{
    LoopbackStunServer silent(LoopbackStunServer::Mode::Silent);
    ASSERT_TRUE(silent.listen());
    int freeBookings = 0;
    int queuedBookings = 0;
    QElapsedTimer clock;
    clock.start();
    // A host whose budget is spent: each retry may go only 400 ms after it is booked.
    const auto r = probePorts({silent.port()}, 3000, [&](const QHostAddress&, bool onlyIfFree) {
        if (onlyIfFree) {
            ++freeBookings;
            return -1;
        }
        ++queuedBookings;
        return 400;
    });
    ASSERT_EQ(r.size(), 1);
    EXPECT_EQ(freeBookings, 1);
    EXPECT_EQ(queuedBookings, 2);
    EXPECT_EQ(r[0].attempts, 3);
    EXPECT_GE(clock.elapsed(), 2 * (100 + 400));
}

TEST(PathMtuProbe, AnsweredAtFullSizeEndsAtOnce)
{
    LoopbackStunServer server;
    ASSERT_TRUE(server.listen());
    const PathMtuResult r = measure(server.port());
    EXPECT_EQ(r.largestAnswered, 1500);
    EXPECT_EQ(r.smallestLost, 0);
    EXPECT_EQ(r.probes, 2);
    EXPECT_EQ(r.routeMtu, 65535);
    EXPECT_EQ(server.requests(), 2);
}

TEST(PathMtuProbe, BlackHoleIsFoundBySilenceAboveTheLimit)
{
    LoopbackStunServer server;
    ASSERT_TRUE(server.listen());
    server.setMaxRequestSize(1400 - 28); // larger datagrams vanish without an ICMP error
    const PathMtuResult r = measure(server.port());
    EXPECT_EQ(r.largestAnswered, 1400);
    EXPECT_EQ(r.smallestLost, 1404);
    EXPECT_EQ(r.icmpMtu, 0);
    EXPECT_TRUE(r.exact());
    EXPECT_LE(r.probes, 40);
}

TEST(PathMtuProbe, ErrorResponseStillProvesTheSize)
{
    LoopbackStunServer server(LoopbackStunServer::Mode::ErrorResponse);
    ASSERT_TRUE(server.listen());
    EXPECT_EQ(measure(server.port()).largestAnswered, 1500);
}

TEST(PathMtuProbe, SilenceAtEverySizeMeasuresNothing)
{
    LoopbackStunServer server(LoopbackStunServer::Mode::Silent);
    ASSERT_TRUE(server.listen());
    const PathMtuResult r = measure(server.port(), 1500, 2000);
    EXPECT_FALSE(r.answered());
    EXPECT_EQ(r.largestAnswered, 0);
    EXPECT_FALSE(r.exact());
}

TEST(PathMtuProbe, LocalLimitBelowTheWantedSizeIsTheUpperBound)
{
    LoopbackStunServer server;
    ASSERT_TRUE(server.listen());
    // Asking for more than an IPv4 packet can hold: the kernel refuses (EMSGSIZE) at once and
    // the search settles below that limit without waiting for losses.
    const PathMtuResult r = measure(server.port(), 70000);
    EXPECT_TRUE(r.localLimit);
    EXPECT_GE(r.largestAnswered, 60000);
    EXPECT_LE(r.largestAnswered, 65532);
}
