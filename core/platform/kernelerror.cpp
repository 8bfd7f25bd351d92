#include "core/platform/kernelerror.h"

namespace easyuc {

namespace {
// ICMP (RFC 792 / RFC 4443) numbers this file reasons about.
constexpr int kIcmpDestUnreachable = 3;
constexpr int kIcmpFragNeeded = 4;
constexpr int kIcmp6PacketTooBig = 2;
} // namespace

bool KernelError::isFragmentationNeeded() const
{
    return (origin == Origin::Icmp && type == kIcmpDestUnreachable && code == kIcmpFragNeeded) ||
           (origin == Origin::Icmp6 && type == kIcmp6PacketTooBig) ||
           (origin == Origin::Local && condition == platform::SocketCondition::MessageTooBig);
}

QString KernelError::describe() const
{
    switch (origin) {
    case Origin::None:
        return QStringLiteral("none");
    case Origin::Local:
        return QStringLiteral("local error %1 (%2)")
            .arg(errorNumber)
            .arg(platform::osErrorName(family, errorNumber));
    case Origin::Reported:
        return QStringLiteral("reported %1 (%2: %3), sender not reported by this system")
            .arg(errorNumber)
            .arg(platform::osErrorName(family, errorNumber),
                 platform::socketConditionKey(condition));
    case Origin::Icmp:
    case Origin::Icmp6: {
        QString text =
            QStringLiteral("%1 %2/%3")
                .arg(origin == Origin::Icmp ? QStringLiteral("ICMP") : QStringLiteral("ICMPv6"))
                .arg(type)
                .arg(code);
        if (!offender.isNull())
            text += QStringLiteral(" from %1").arg(offender.toString());
        if (isFragmentationNeeded())
            text += QStringLiteral(" (next-hop MTU %1)").arg(info);
        return text;
    }
    }
    return {};
}

} // namespace easyuc
