// The OS-error → evidence mapping is pure: both tables are checked on every platform.
#include "core/platform/kernelerror.h"
#include "core/platform/oserror.h"
#include "core/platform/platform.h"
#include "probes/udpprobe.h"

#include <gtest/gtest.h>

using namespace easyuc;
using platform::OsErrorFamily;
using platform::SocketCondition;

namespace {
const QHostAddress kPbx(QStringLiteral("198.51.100.10"));
constexpr quint16 kPort = 16384;

KernelError reported(int code, QHostAddress destination = kPbx, quint16 port = kPort)
{
    KernelError e;
    e.origin = KernelError::Origin::Reported;
    e.family = OsErrorFamily::Windows;
    e.errorNumber = code;
    e.condition = platform::socketCondition(OsErrorFamily::Windows, code);
    e.destination = destination;
    e.destinationPort = port;
    return e;
}
} // namespace

TEST(OsError, LinuxErrnoValuesMeanTheSameEverywhere)
{
    EXPECT_EQ(platform::socketCondition(OsErrorFamily::LinuxErrno, 0), SocketCondition::None);
    EXPECT_EQ(platform::socketCondition(OsErrorFamily::LinuxErrno, 1),
              SocketCondition::LocalRefusal); // EPERM
    EXPECT_EQ(platform::socketCondition(OsErrorFamily::LinuxErrno, 90),
              SocketCondition::MessageTooBig); // EMSGSIZE
    EXPECT_EQ(platform::socketCondition(OsErrorFamily::LinuxErrno, 111),
              SocketCondition::PortUnreachable); // ECONNREFUSED
    EXPECT_EQ(platform::socketCondition(OsErrorFamily::LinuxErrno, 11),
              SocketCondition::WouldBlock); // EAGAIN
    EXPECT_EQ(platform::socketCondition(OsErrorFamily::LinuxErrno, 4242), SocketCondition::Other);
    EXPECT_EQ(platform::osErrorName(OsErrorFamily::LinuxErrno, 113),
              QStringLiteral("EHOSTUNREACH"));
    EXPECT_EQ(platform::osErrorName(OsErrorFamily::LinuxErrno, 4242), QStringLiteral("4242"));
}

TEST(OsError, WindowsCompletionAndWinsockCodes)
{
    const auto w = [](int code) { return platform::socketCondition(OsErrorFamily::Windows, code); };
    EXPECT_EQ(w(1234), SocketCondition::PortUnreachable);     // ERROR_PORT_UNREACHABLE
    EXPECT_EQ(w(1232), SocketCondition::HostUnreachable);     // ERROR_HOST_UNREACHABLE
    EXPECT_EQ(w(1231), SocketCondition::NetworkUnreachable);  // ERROR_NETWORK_UNREACHABLE
    EXPECT_EQ(w(1233), SocketCondition::ProtocolUnreachable); // ERROR_PROTOCOL_UNREACHABLE
    EXPECT_EQ(w(10054), SocketCondition::PortUnreachable);    // WSAECONNRESET (collapsed)
    EXPECT_EQ(w(10052), SocketCondition::TimeExceeded);       // WSAENETRESET (TTL expired)
    EXPECT_EQ(w(10040), SocketCondition::MessageTooBig);      // WSAEMSGSIZE
    EXPECT_EQ(w(10013), SocketCondition::LocalRefusal);       // WSAEACCES
    EXPECT_EQ(w(10035), SocketCondition::WouldBlock);         // WSAEWOULDBLOCK
    EXPECT_EQ(w(10051), SocketCondition::NoRoute);            // WSAENETUNREACH from send()
    // Winsock codes are not errno values: the Linux table does not know them.
    EXPECT_EQ(platform::socketCondition(OsErrorFamily::LinuxErrno, 10054), SocketCondition::Other);
    EXPECT_EQ(platform::osErrorName(OsErrorFamily::Windows, 10054),
              QStringLiteral("WSAECONNRESET"));
    EXPECT_EQ(platform::osErrorName(OsErrorFamily::Windows, 1234),
              QStringLiteral("ERROR_PORT_UNREACHABLE"));
}

TEST(OsError, ReportedPortUnreachableWithoutSenderIsNotProof)
{
    // Windows cannot say whether the PBX or a firewall's REJECT sent it: neither path-open
    // nor blocked, and the evidence says so.
    const KernelError e = reported(1234);
    EXPECT_EQ(classifyKernelError(e, kPbx, kPort), PortVerdict::Refused);
    EXPECT_TRUE(e.describe().contains(QStringLiteral("ERROR_PORT_UNREACHABLE")));
    EXPECT_TRUE(e.describe().contains(QStringLiteral("sender not reported")));
    EXPECT_EQ(classifyKernelError(reported(10054), kPbx, kPort), PortVerdict::Refused);
}

TEST(OsError, ReportedUnreachablesAreBlockedTimeExceededIsNothing)
{
    for (int code : {1231, 1232, 1233})
        EXPECT_EQ(classifyKernelError(reported(code), kPbx, kPort), PortVerdict::Blocked) << code;
    EXPECT_FALSE(classifyKernelError(reported(10052), kPbx, kPort).has_value());
    EXPECT_FALSE(classifyKernelError(reported(4242), kPbx, kPort).has_value());
}

TEST(OsError, ReportAboutAnotherFlowIsIgnored)
{
    EXPECT_FALSE(classifyKernelError(reported(1234, QHostAddress(QStringLiteral("203.0.113.9"))),
                                     kPbx, kPort)
                     .has_value());
    EXPECT_FALSE(classifyKernelError(reported(1234, kPbx, kPort + 1), kPbx, kPort).has_value());
}

TEST(OsError, SendRefusalsByMeaning)
{
    EXPECT_EQ(classifySendError(SocketCondition::LocalRefusal), PortVerdict::Blocked);
    EXPECT_EQ(classifySendError(SocketCondition::NoRoute), PortVerdict::Blocked);
    EXPECT_FALSE(classifySendError(SocketCondition::WouldBlock).has_value());
    EXPECT_FALSE(classifySendError(SocketCondition::MessageTooBig).has_value());
    KernelError local;
    local.origin = KernelError::Origin::Local;
    local.family = OsErrorFamily::LinuxErrno;
    local.errorNumber = 90;
    local.condition = SocketCondition::MessageTooBig;
    EXPECT_TRUE(local.isFragmentationNeeded());
    EXPECT_EQ(local.describe(), QStringLiteral("local error 90 (EMSGSIZE)"));
}

TEST(Platform, NamesItselfAndItsLimits)
{
    const platform::Capabilities& caps = platform::capabilities();
#if defined(Q_OS_LINUX)
    EXPECT_EQ(caps.system, QStringLiteral("linux"));
    EXPECT_TRUE(caps.icmpSender);
#elif defined(Q_OS_WIN)
    EXPECT_TRUE(caps.system == QStringLiteral("windows") || caps.system == QStringLiteral("wine"));
    EXPECT_FALSE(caps.icmpSender); // never claimed where the OS does not report it
#endif
    EXPECT_FALSE(
        platform::errorText(platform::nativeErrorFamily() == OsErrorFamily::Windows ? 10054 : 111)
            .isEmpty());
}
