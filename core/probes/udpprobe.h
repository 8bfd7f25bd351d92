#pragma once

#include "core/platform/kernelerror.h"
#include "core/platform/udpprobesocket.h"

#include <QHostAddress>
#include <QString>
#include <optional>

namespace easyuc {

// What probing one UDP port found.
enum class PortVerdict
{
    Answered, // a datagram answering ours came back
    PathOpen, // ICMP port-unreachable from the target itself: the path to it is open
    Blocked,  // ICMP prohibited / unreachable from the way, or a local refusal
    Refused,  // a port unreachable whose sender this system does not report (Windows): the
              // target itself (path open) or a firewall's REJECT (blocked) — not proven
    Silent    // nothing: dropped on the way, lost, or an ICMP error rate-limited away
};
QString portVerdictKey(PortVerdict verdict);

// The meaning of a system report for a probe of target:port. Empty when the report is about
// another flow, says nothing about reachability (fragmentation needed, time exceeded) or is
// of a kind we do not know. Pure: the same on every platform, whatever produced the report.
std::optional<PortVerdict> classifyKernelError(const KernelError& error, const QHostAddress& target,
                                               quint16 port);
// The meaning of a send() the system itself refused (a local firewall: EPERM), if any.
std::optional<PortVerdict> classifySendError(platform::SocketCondition condition);

} // namespace easyuc
