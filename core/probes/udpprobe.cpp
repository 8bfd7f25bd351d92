#include "udpprobe.h"

namespace easyuc {

namespace {
// ICMP (RFC 792 / RFC 4443) numbers this file reasons about.
constexpr int kIcmpDestUnreachable = 3;
constexpr int kIcmpPortUnreachable = 3;
constexpr int kIcmpFragNeeded = 4;
constexpr int kIcmp6DestUnreachable = 1;
constexpr int kIcmp6PortUnreachable = 4;

// A closed port answers from the host itself; a firewall's REJECT (whose default is
// port-unreachable too) answers from its own address. Without a sender it proves nothing.
std::optional<PortVerdict> portUnreachable(const KernelError& e, bool fromTarget)
{
    if (e.offender.isNull())
        return std::nullopt;
    return fromTarget ? PortVerdict::PathOpen : PortVerdict::Blocked;
}

// A report without the ICMP message (Windows): the condition the error code names.
std::optional<PortVerdict> classifyReported(platform::SocketCondition condition)
{
    using platform::SocketCondition;
    switch (condition) {
    case SocketCondition::PortUnreachable:
        return PortVerdict::Refused;
    // Any destination-unreachable other than "port" is a refusal on the way, as on Linux
    // (ICMP 3/0, 3/1, 3/2 and the administrative prohibitions 3/9, 3/10, 3/13).
    case SocketCondition::HostUnreachable:
    case SocketCondition::NetworkUnreachable:
    case SocketCondition::ProtocolUnreachable:
        return PortVerdict::Blocked;
    default:
        return std::nullopt;
    }
}
} // namespace

QString portVerdictKey(PortVerdict verdict)
{
    switch (verdict) {
    case PortVerdict::Answered:
        return QStringLiteral("answered");
    case PortVerdict::PathOpen:
        return QStringLiteral("path-open");
    case PortVerdict::Blocked:
        return QStringLiteral("blocked");
    case PortVerdict::Refused:
        return QStringLiteral("refused-sender-unknown");
    case PortVerdict::Silent:
        return QStringLiteral("silent");
    }
    return {};
}

std::optional<PortVerdict> classifyKernelError(const KernelError& e, const QHostAddress& target,
                                               quint16 port)
{
    if (!e.valid())
        return std::nullopt;
    // Somebody else's flow: the error names a different destination than ours.
    if (!e.destination.isNull() &&
        (!e.destination.isEqual(target, QHostAddress::TolerantConversion) ||
         (e.destinationPort != 0 && e.destinationPort != port)))
        return std::nullopt;
    if (e.origin == KernelError::Origin::Local)
        return classifySendError(e.condition);
    if (e.origin == KernelError::Origin::Reported)
        return classifyReported(e.condition);
    const bool fromTarget = e.offender.isEqual(target, QHostAddress::TolerantConversion);
    if (e.origin == KernelError::Origin::Icmp) {
        if (e.type != kIcmpDestUnreachable || e.code < 0 || e.code > 15)
            return std::nullopt; // time exceeded, parameter problem, unknown codes: no verdict
        if (e.code == kIcmpFragNeeded)
            return std::nullopt;
        if (e.code == kIcmpPortUnreachable)
            return portUnreachable(e, fromTarget);
        return PortVerdict::Blocked; // net/host unreachable, prohibited (9, 10, 13), …
    }
    if (e.type != kIcmp6DestUnreachable || e.code < 0 || e.code > 7)
        return std::nullopt;
    if (e.code == kIcmp6PortUnreachable)
        return portUnreachable(e, fromTarget);
    return PortVerdict::Blocked;
}

std::optional<PortVerdict> classifySendError(platform::SocketCondition condition)
{
    using platform::SocketCondition;
    switch (condition) {
    case SocketCondition::LocalRefusal: // a local firewall (netfilter OUTPUT DROP) refused it
    case SocketCondition::NoRoute:      // no route from this machine
    case SocketCondition::NetworkUnreachable:
    case SocketCondition::HostUnreachable:
    case SocketCondition::PortUnreachable:
        return PortVerdict::Blocked;
    default:
        return std::nullopt;
    }
}

} // namespace easyuc
