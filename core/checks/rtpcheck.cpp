#include "rtpcheck.h"

#include "../engine/runcontext.h"
#include "../probes/dnsprobe.h"
#include "probes/endpoint.h"
#include "wording.h"

namespace easyuc {

namespace {
// Unanswered probes are sent again after this long, at most this many times in all.
constexpr int kRetryWaitMs = 300;
constexpr int kMaxAttempts = 3;

QString endpoint(const QHostAddress& address, quint16 port)
{
    return formatEndpoint(address, port);
}

Status itemStatus(PortVerdict v)
{
    switch (v) {
    case PortVerdict::Answered:
    case PortVerdict::PathOpen:
        return Status::Pass;
    case PortVerdict::Blocked:
        return Status::Fail;
    case PortVerdict::Refused:
    case PortVerdict::Silent:
        return Status::Warn;
    }
    return Status::Warn;
}

QString portList(const QList<quint16>& ports)
{
    QStringList list;
    for (quint16 p : ports)
        list.append(QString::number(p));
    return list.join(QStringLiteral(", "));
}
} // namespace

RtpCheck::RtpCheck(QObject* parent) : Check(QStringLiteral("pbx.rtp"), parent) {}

QList<quint16> RtpCheck::samplePorts(quint16 first, quint16 last, int samples)
{
    if (last < first)
        std::swap(first, last);
    const qint64 span = qint64(last) - first;
    const qint64 n = qBound(qint64(1), qint64(samples), span + 1);
    QList<quint16> ports;
    for (qint64 i = 0; i < n; ++i) {
        // Rounded to the nearest port, so both ends are hit exactly and the gaps differ by 1.
        const qint64 p = n == 1 ? first : first + (i * span + (n - 1) / 2) / (n - 1);
        if (!ports.contains(quint16(p)))
            ports.append(quint16(p));
    }
    return ports;
}

void RtpCheck::run(RunContext& context)
{
    const Profile& p = context.profile();
    if (context.pbxAddresses().isEmpty()) {
        finish(makeResult(Status::Skipped, tr("The PBX address is not known, so its RTP ports "
                                              "were not tested.")));
        return;
    }
    m_pbx = context.pbxAddresses().first();
    m_ports = samplePorts(p.rtpFirst, p.rtpLast, p.rtpSamples);
    m_budgetMs = probeRemainingMs();
    m_probe = new UdpPortProbe(this);
    m_probe->setRetry(kRetryWaitMs, kMaxAttempts);
    // Each ICMP error drawn from a host is booked with the run, so that R5 and anything else
    // probing the same host (path-MTU probes) stay within its rate limit together.
    m_probe->setPacer([ctx = &context](const QHostAddress& host, bool onlyIfFree) {
        return ctx->bookIcmp(host, onlyIfFree);
    });
    connect(m_probe, &UdpPortProbe::finished, this, [this] { finish(conclude()); });
    if (!p.rtpReflector) {
        probe({});
        return;
    }
    m_dns = new DnsProbe(this);
    connect(m_dns, &DnsProbe::finished, this, [this](const DnsResult& dns) {
        if (!dns.ok())
            m_reflectorProblem = describeDnsFailure(dns.host, dns.error);
        probe(dns.ok() ? dns.addresses.first() : QHostAddress());
    });
    m_dns->start(p.rtpReflector->host, qMax(200, m_budgetMs / 4));
}

void RtpCheck::probe(const QHostAddress& reflector)
{
    m_reflector = reflector;
    QList<PortTarget> targets;
    m_sampleOf.clear();
    for (quint16 port : m_ports) {
        targets.append({m_pbx, port});
        m_sampleOf.append(port);
    }
    const Profile& p = context()->profile();
    if (!reflector.isNull()) {
        // The reflector echoes the same range, starting at its own port. Only an answer on the
        // very port that was sampled proves that port: a reflector on another range proves
        // other destination ports, so it is probed but not credited to the PBX's ports.
        for (quint16 port : m_ports) {
            const int mapped =
                int(p.rtpReflector->port) + int(port) - int(qMin(p.rtpFirst, p.rtpLast));
            if (mapped > 0 && mapped <= 65535) {
                targets.append({reflector, quint16(mapped)});
                m_sampleOf.append(mapped == int(port) ? port : 0);
            }
        }
    }
    reportProgress(
        tr("Sending UDP test packets to %n RTP port(s) of the PBX…", "", int(m_ports.size())));
    m_probe->start(targets, qMax(500, probeRemainingMs()));
}

void RtpCheck::abort()
{
    if (m_dns)
        m_dns->abort();
    if (m_probe)
        m_probe->abort();
}

RequirementResult RtpCheck::resultOnDeadline()
{
    return conclude();
}

RequirementResult RtpCheck::conclude() const
{
    RequirementResult r;
    const Profile& p = context()->profile();
    const QList<PortProbeResult> results = m_probe ? m_probe->results() : QList<PortProbeResult>{};
    r.addEvidence(QStringLiteral("pbx.address"), m_pbx.toString());
    r.addEvidence(QStringLiteral("range"), QStringLiteral("%1-%2").arg(p.rtpFirst).arg(p.rtpLast));
    r.addEvidence(QStringLiteral("samples"), portList(m_ports));
    if (p.rtpReflector)
        r.addEvidence(QStringLiteral("reflector"),
                      m_reflector.isNull()
                          ? QStringLiteral("%1 (unresolved)").arg(p.rtpReflector->host)
                          : endpoint(m_reflector, p.rtpReflector->port));
    QList<quint16> blocked;
    QList<quint16> silent;
    int unsupported = 0;
    for (const quint16 port : m_ports) {
        bool proven = false;
        bool isBlocked = false;
        for (int i = 0; i < results.size() && i < m_sampleOf.size(); ++i) {
            const PortProbeResult& res = results.at(i);
            if (m_sampleOf.at(i) != port)
                continue;
            proven = proven || res.verdict == PortVerdict::Answered ||
                     res.verdict == PortVerdict::PathOpen;
            isBlocked = isBlocked || res.verdict == PortVerdict::Blocked;
            if (res.attempts == 0 && !res.detail.isEmpty())
                ++unsupported;
        }
        if (isBlocked)
            blocked.append(port);
        else if (!proven)
            silent.append(port);
    }
    for (const PortProbeResult& res : results) {
        const QString target = endpoint(res.target.address, res.target.port);
        ResultItem item;
        item.target = target;
        item.status = itemStatus(res.verdict);
        switch (res.verdict) {
        case PortVerdict::Answered:
            item.summary = tr("Answered: packets reach this port and come back.");
            break;
        case PortVerdict::PathOpen:
            item.summary = tr("Path open: the PBX itself reported the port closed (ICMP port "
                              "unreachable), so packets reach it.");
            break;
        case PortVerdict::Blocked:
            if (res.error.origin == KernelError::Origin::Local)
                item.summary =
                    tr("Blocked on this computer (system error %1).").arg(res.error.errorNumber);
            else if (res.error.offender.isNull())
                item.summary = tr("Blocked on the way (ICMP type %1, code %2).")
                                   .arg(res.error.type)
                                   .arg(res.error.code);
            else
                item.summary = tr("Blocked on the way: %1 refused it (ICMP type %2, code %3).")
                                   .arg(res.error.offender.toString())
                                   .arg(res.error.type)
                                   .arg(res.error.code);
            break;
        case PortVerdict::Refused:
            item.summary = tr("Refused (ICMP port unreachable), but this system does not say who "
                              "sent it: the PBX itself (path open) or a firewall on the way "
                              "(blocked). Not proven either way; a reflector would prove it.");
            break;
        case PortVerdict::Silent:
            item.summary =
                tr("No answer to %n packet(s): not proven either way.", "", res.attempts);
            break;
        }
        r.items.append(item);
        QString fact = portVerdictKey(res.verdict);
        if (res.error.valid())
            fact += QStringLiteral(" (%1)").arg(res.error.describe());
        if (!res.answer.isEmpty())
            fact += QStringLiteral(" (%1)").arg(res.answer);
        fact += QStringLiteral(", attempts %1").arg(res.attempts);
        if (res.rttMs >= 0 && res.verdict != PortVerdict::Silent)
            fact += QStringLiteral(", %1 ms").arg(res.rttMs);
        if (res.ignored > 0)
            fact += QStringLiteral(", %1 unrelated ignored").arg(res.ignored);
        if (!res.detail.isEmpty())
            fact += QStringLiteral(", %1").arg(res.detail);
        r.addEvidence(QStringLiteral("udp %1").arg(target), fact);
    }
    const QString range = QStringLiteral("%1-%2").arg(p.rtpFirst).arg(p.rtpLast);
    if (!results.isEmpty() && unsupported == results.size()) {
        r.status = Status::Skipped;
        r.summary = tr("UDP port probing is not supported on this platform: the RTP ports were "
                       "not tested.");
        r.addEvidence(QStringLiteral("detail"), results.first().detail);
    } else if (!blocked.isEmpty()) {
        r.status = Status::Fail;
        r.summary = tr("UDP to the PBX is blocked on %n of the sampled RTP ports: %1.", "",
                       int(blocked.size()))
                        .arg(portList(blocked));
        r.remediation = tr("Allow outgoing UDP from this network to the PBX (%1) on ports %2 in "
                           "the firewall, with the replies. Without it calls have no audio or "
                           "video, or fall back to a relay.")
                            .arg(m_pbx.toString(), range);
    } else if (silent.isEmpty() && !m_ports.isEmpty()) {
        r.status = Status::Pass;
        r.summary = m_ports.size() == 2
                        ? tr("UDP reaches the PBX on both sampled RTP ports (%1).").arg(range)
                        : tr("UDP reaches the PBX on all %n sampled RTP port(s) (%1).", "",
                             int(m_ports.size()))
                              .arg(range);
    } else {
        r.status = Status::Warn;
        r.summary = tr("RTP path not proven: %n of %1 sampled ports gave no answer (%2). If "
                       "they are blocked, calls need the TURN relay (requirement 9) to carry "
                       "audio.",
                       "", int(silent.size()))
                        .arg(m_ports.size())
                        .arg(portList(silent));
        r.remediation = tr("Make sure the firewall allows outgoing UDP to the PBX (%1) on ports "
                           "%2. Silence can also mean that the PBX drops test packets quietly; a "
                           "reflector named in the profile (rules.rtp.reflector) turns this into "
                           "proof.")
                            .arg(m_pbx.toString(), range);
    }
    if (!m_reflectorProblem.isEmpty())
        r.addEvidence(QStringLiteral("reflector.problem"), m_reflectorProblem);
    return r;
}

} // namespace easyuc
