#include "mtucheck.h"

#include "../engine/runcontext.h"
#include "../probes/dnsprobe.h"
#include "../probes/pathmtuprobe.h"
#include "../probes/udpprobe.h"
#include "probes/endpoint.h"
#include "core/platform/platform.h"
#include "wording.h"

#include <QNetworkInterface>

namespace easyuc {

namespace {
// The smallest packet every IPv4 path must carry (RFC 791): the search starts there.
constexpr int kMinimumMtu = 576;
// The discard port: the socket towards the PBX is only connected, never used to send.
constexpr quint16 kDiscardPort = 9;

QString trailText(const PathMtuResult& r)
{
    QStringList parts;
    for (const auto& [size, ok] : r.trail)
        parts.append(QStringLiteral("%1 %2").arg(size).arg(ok ? QStringLiteral("answered")
                                                              : QStringLiteral("lost")));
    return parts.join(QStringLiteral(", "));
}
} // namespace

MtuCheck::MtuCheck(QObject* parent) : Check(QStringLiteral("firewall.mtu"), parent) {}

void MtuCheck::run(RunContext& context)
{
    const Profile& p = context.profile();
    if (!platform::capabilities().udpProbing) {
        finish(makeResult(Status::Skipped, tr("Measuring the MTU is not supported on this "
                                              "platform.")));
        return;
    }
    if (!context.pbxAddresses().isEmpty())
        readInterface(context.pbxAddresses().first());
    if (p.stun.isEmpty()) {
        m_stunProblem = tr("No STUN server is configured in the profile.");
        finish(conclude());
        return;
    }
    const Endpoint server = p.stun.first();
    m_stunTarget = formatEndpoint(server.host, server.port);
    const int budget = probeRemainingMs();
    m_probe = new PathMtuProbe(this);
    connect(m_probe, &PathMtuProbe::finished, this, [this] { finish(conclude()); });
    m_dns = new DnsProbe(this);
    connect(m_dns, &DnsProbe::finished, this, [this, server, budget](const DnsResult& dns) {
        if (!dns.ok()) {
            m_stunProblem = describeDnsFailure(dns.host, dns.error);
            finish(conclude());
            return;
        }
        reportProgress(tr("Measuring the largest packet that passes unfragmented…"));
        const int expected = Check::context()->profile().mtuExpected;
        m_probe->start(dns.addresses.first(), server.port, qMin(kMinimumMtu, expected), expected,
                       qMax(500, budget - int(elapsedMs())));
    });
    m_dns->start(server.host, qMax(200, budget / 4));
}

void MtuCheck::readInterface(const QHostAddress& pbx)
{
    // Connecting a UDP socket sends nothing but makes the kernel pick the route: its source
    // address names the interface, IP_MTU gives the route's MTU.
    UdpProbeSocket socket;
    if (!socket.open(pbx, kDiscardPort))
        return;
    m_local = socket.localAddress();
    m_routeMtu = socket.pathMtu();
    const QList<QNetworkInterface> interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface& ni : interfaces) {
        for (const QNetworkAddressEntry& entry : ni.addressEntries()) {
            if (entry.ip().isEqual(m_local, QHostAddress::TolerantConversion)) {
                m_interface = ni.humanReadableName();
                m_interfaceMtu = ni.maximumTransmissionUnit();
                return;
            }
        }
    }
}

void MtuCheck::abort()
{
    if (m_dns)
        m_dns->abort();
    if (m_probe)
        m_probe->abort();
}

RequirementResult MtuCheck::resultOnDeadline()
{
    return conclude();
}

RequirementResult MtuCheck::conclude() const
{
    RequirementResult r;
    const int expected = context()->profile().mtuExpected;
    const PathMtuResult path = m_probe ? m_probe->result() : PathMtuResult{};
    const int localMtu = m_interfaceMtu > 0 ? m_interfaceMtu : m_routeMtu;
    const QString ifName = m_interface.isEmpty() ? m_local.toString() : m_interface;

    if (!m_local.isNull())
        r.addEvidence(QStringLiteral("local.address"), m_local.toString());
    if (!m_interface.isEmpty())
        r.addEvidence(QStringLiteral("interface"), m_interface);
    if (m_interfaceMtu > 0)
        r.addEvidence(QStringLiteral("interface.mtu"), QString::number(m_interfaceMtu));
    if (m_routeMtu > 0)
        r.addEvidence(QStringLiteral("route.mtu"), QString::number(m_routeMtu));
    r.addEvidence(QStringLiteral("expected"), QString::number(expected));
    if (!path.server.isNull()) {
        r.addEvidence(QStringLiteral("path"),
                      QStringLiteral("to STUN server %1 (%2:%3) with padded STUN Binding requests, "
                                     "don't-fragment; answers prove each size")
                          .arg(m_stunTarget, path.server.toString())
                          .arg(path.port));
        r.addEvidence(QStringLiteral("path.largestAnswered"),
                      QString::number(path.largestAnswered));
        if (path.smallestLost > 0)
            r.addEvidence(QStringLiteral("path.smallestLost"), QString::number(path.smallestLost));
        if (path.icmpMtu > 0)
            r.addEvidence(QStringLiteral("icmp.fragmentationNeeded"),
                          QStringLiteral("next-hop MTU %1 from %2")
                              .arg(path.icmpMtu)
                              .arg(path.icmpFrom.toString()));
        if (path.kernelMtu > 0)
            r.addEvidence(QStringLiteral("path.kernelMtu"), QString::number(path.kernelMtu));
        r.addEvidence(QStringLiteral("probes"), QString::number(path.probes));
        r.addEvidence(QStringLiteral("sizes"), trailText(path));
        if (!path.detail.isEmpty())
            r.addEvidence(QStringLiteral("detail"), path.detail);
    }

    ResultItem iface;
    iface.target = tr("interface %1").arg(ifName);
    if (localMtu > 0) {
        iface.status = localMtu >= expected ? Status::Pass : Status::Warn;
        iface.summary = tr("MTU %1 bytes.").arg(localMtu);
        r.items.append(iface);
    }
    ResultItem pathItem;
    pathItem.target = m_stunTarget.isEmpty() ? tr("path") : tr("path to %1").arg(m_stunTarget);

    // The measured limit of the path: what was answered, else what a router reported.
    const int measured = path.icmpMtu > 0 ? path.icmpMtu : path.largestAnswered;
    if (localMtu > 0 && localMtu < expected) {
        r.status = Status::Warn;
        r.summary = tr("The network interface %1 towards the PBX has an MTU of %2 bytes, below "
                       "the %3 bytes required.")
                        .arg(ifName)
                        .arg(localMtu)
                        .arg(expected);
        r.remediation = tr("Large packets are split or dropped. Set the interface (or the "
                           "router's WAN link) to an MTU of %1 where the line allows it.")
                            .arg(expected);
    } else if (path.answered() && path.largestAnswered >= expected) {
        r.status = Status::Pass;
        r.summary = tr("Packets of %1 bytes reach %2 without fragmentation (interface %3: MTU %4).")
                        .arg(path.largestAnswered)
                        .arg(m_stunTarget, ifName)
                        .arg(localMtu);
    } else if (measured > 0 && path.icmpMtu > 0) {
        r.status = Status::Warn;
        r.summary = tr("The path MTU is %1 bytes (a router at %2 reported %3), below the %4 "
                       "bytes required.")
                        .arg(measured)
                        .arg(path.icmpFrom.toString())
                        .arg(path.icmpMtu)
                        .arg(expected);
        r.remediation = tr("A link on the way (often PPPoE, a VPN or a tunnel) carries at most %1 "
                           "bytes. Large packets are fragmented or dropped; if calls break up, ask "
                           "the provider about the line's MTU.")
                            .arg(measured);
    } else if (measured > 0) {
        r.status = Status::Warn;
        r.summary = tr("The path MTU is about %1 bytes, below the %2 bytes required, and larger "
                       "packets vanish without an error report (an MTU black hole).")
                        .arg(measured)
                        .arg(expected);
        r.remediation = tr("Packets above %1 bytes are dropped silently. Let ICMP "
                           "'fragmentation needed' (type 3, code 4) messages through the firewall "
                           "and ask the provider about the line's MTU.")
                            .arg(measured);
    } else {
        r.status = Status::Warn;
        r.summary = m_stunProblem.isEmpty()
                        ? tr("Path MTU not proven: %1 answered none of the test packets, at any "
                             "size.")
                              .arg(m_stunTarget)
                        : tr("Path MTU not proven: %1").arg(m_stunProblem);
        r.remediation = tr("Allow outgoing UDP towards the STUN servers (%1) so that the packet "
                           "size can be measured.")
                            .arg(stunServersText(Check::context()->profile()));
    }
    pathItem.status =
        path.answered() && path.largestAnswered >= expected ? Status::Pass : Status::Warn;
    pathItem.summary = measured > 0 ? tr("Largest packet passed: %1 bytes.").arg(measured)
                                    : tr("Not proven: no answer.");
    r.items.append(pathItem);
    return r;
}

} // namespace easyuc
