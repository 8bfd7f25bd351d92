#include "core/platform/ttlprobesocket.h"

namespace easyuc {

namespace {
// ICMP (RFC 792) and ICMPv6 (RFC 4443) numbers this file reasons about.
constexpr int kIcmpDestUnreachable = 3;
constexpr int kIcmpTimeExceeded = 11;
constexpr int kIcmp6DestUnreachable = 1;
constexpr int kIcmp6TimeExceeded = 3;
} // namespace

std::optional<HopReport> hopReportFromKernelError(const KernelError& error,
                                                  const QHostAddress& target, quint16 firstPort,
                                                  int tagCount)
{
    const bool v4 = error.origin == KernelError::Origin::Icmp;
    const bool v6 = error.origin == KernelError::Origin::Icmp6;
    if (!v4 && !v6)
        return std::nullopt;
    // The quoted header names the datagram the report is about: ours go to the target, on one
    // port per probe.
    if (!error.destination.isEqual(target, QHostAddress::ConvertV4MappedToIPv4) ||
        error.destinationPort < firstPort || int(error.destinationPort - firstPort) >= tagCount)
        return std::nullopt;
    HopReport r;
    r.tag = quint16(error.destinationPort - firstPort);
    r.from = error.offender;
    r.raw = error.describe();
    const int unreachable = v4 ? kIcmpDestUnreachable : kIcmp6DestUnreachable;
    if (error.type == (v4 ? kIcmpTimeExceeded : kIcmp6TimeExceeded) && error.code == 0) {
        r.kind = HopReport::Kind::TimeExceeded;
        return r;
    }
    if (error.type == unreachable) {
        const bool fromTarget = error.offender.isEqual(target, QHostAddress::ConvertV4MappedToIPv4);
        // Port unreachable is the expected answer; any other unreachable sent by the target's
        // own address still proves that the probe arrived there.
        r.kind = fromTarget ? HopReport::Kind::TargetReached : HopReport::Kind::Unreachable;
        return r;
    }
    return std::nullopt; // fragmentation needed, reassembly time exceeded, parameter problem…
}

} // namespace easyuc
