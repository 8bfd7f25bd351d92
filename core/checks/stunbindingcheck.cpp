#include "stunbindingcheck.h"

#include "../engine/runcontext.h"
#include "probes/endpoint.h"
#include "stunflows.h"
#include "wording.h"

#include <QSet>

namespace easyuc {

namespace {
// Flows per STUN server for the public-address check: distinct local ports, distinct flows.
constexpr int kPublicIpFlowsPerServer = 4;

QString serverLabel(const Endpoint& e)
{
    return formatEndpoint(e.host, e.port);
}

QString mappedText(const StunBindingResult& r)
{
    return formatEndpoint(r.answer.mapped(), r.answer.mappedPort());
}
} // namespace

StunBindingCheck::StunBindingCheck(Mode mode, QObject* parent)
    : Check(mode == Mode::Binding ? QStringLiteral("stun.binding")
                                  : QStringLiteral("firewall.public-ip"),
            parent),
      m_mode(mode)
{
}

void StunBindingCheck::run(RunContext& context)
{
    const QList<Endpoint>& servers = context.profile().stun;
    if (servers.isEmpty()) {
        finish(makeResult(Status::Skipped, tr("No STUN server is configured in the profile.")));
        return;
    }
    m_flows = new StunFlows(this);
    connect(m_flows, &StunFlows::allFinished, this, [this] {
        const RequirementResult r =
            m_mode == Mode::Binding ? concludeBinding() : concludePublicIp();
        if (m_mode == Mode::Binding) {
            for (const StunFlows::Flow& f : m_flows->flows()) {
                if (f.binding.ok())
                    Check::context()->addPublicAddress(
                        serverLabel(f.server) + QStringLiteral("/udp"), f.binding.answer.mapped());
            }
        }
        finish(r);
    });
    reportProgress(tr("Asking the STUN servers for this network's public address…"));
    m_flows->start(servers, m_mode == Mode::Binding ? 1 : kPublicIpFlowsPerServer,
                   probeRemainingMs());
}

void StunBindingCheck::abort()
{
    if (m_flows)
        m_flows->abort();
}

RequirementResult StunBindingCheck::resultOnDeadline()
{
    return m_mode == Mode::Binding ? concludeBinding() : concludePublicIp();
}

RequirementResult StunBindingCheck::concludeBinding() const
{
    RequirementResult r;
    int answered = 0;
    const auto& flows = m_flows->flows();
    for (const StunFlows::Flow& f : flows) {
        const QString label = serverLabel(f.server);
        ResultItem item;
        item.target = label;
        if (!f.done || (f.dns.ok() && !f.binding.ok())) {
            item.status = Status::Fail;
            item.summary =
                f.binding.error == StunBindingResult::Error::ErrorResponse
                    ? tr("The server answered with STUN error %1.").arg(f.binding.answer.errorCode)
                    : tr("No answer over UDP (%n request(s) sent).", "", f.binding.attempts);
        } else if (!f.dns.ok()) {
            item.status = Status::Fail;
            item.summary = describeDnsFailure(f.server.host, f.dns.error);
        } else {
            ++answered;
            item.status = Status::Pass;
            item.summary = tr("Public address %1, round trip %2 ms.")
                               .arg(mappedText(f.binding))
                               .arg(f.binding.rttMs);
            r.addEvidence(label + QStringLiteral(" mapped"), mappedText(f.binding));
            r.addEvidence(label + QStringLiteral(" rttMs"), QString::number(f.binding.rttMs));
            if (!f.binding.answer.plainMapped.isNull())
                r.addEvidence(
                    label + QStringLiteral(" mapped.plain"),
                    formatEndpoint(f.binding.answer.plainMapped, f.binding.answer.plainMappedPort));
            if (f.binding.answer.mappedDiffers())
                r.addEvidence(label + QStringLiteral(" payloadRewritten"), QStringLiteral("yes"));
            if (!f.binding.answer.otherAddress.isNull())
                r.addEvidence(label + QStringLiteral(" otherAddress"),
                              f.binding.answer.otherAddress.toString());
        }
        if (f.dns.ok())
            r.addEvidence(label + QStringLiteral(" address"), f.dns.addresses.first().toString());
        if (f.binding.ignoredDatagrams > 0)
            r.addEvidence(label + QStringLiteral(" ignoredDatagrams"),
                          QString::number(f.binding.ignoredDatagrams));
        r.items.append(item);
    }
    if (answered == flows.size()) {
        r.status = Status::Pass;
        r.summary = tr("%n STUN server(s) answer: this network's public address is %1.", "",
                       int(flows.size()))
                        .arg(mappedText(flows.first().binding));
    } else if (answered > 0) {
        r.status = Status::Warn;
        // %n: Italian says "risponde 1 server", "rispondono 2 server".
        r.summary = tr("%n of %1 STUN servers answer.", "", answered).arg(flows.size());
    } else if (std::none_of(flows.begin(), flows.end(),
                            [](const StunFlows::Flow& f) { return f.dns.ok(); })) {
        r.status = Status::Fail;
        r.summary =
            tr("The STUN server names could not be resolved, so no STUN server was reached.");
    } else {
        r.status = Status::Fail;
        r.summary =
            tr("No STUN server answers over UDP: calls cannot discover the public address.");
    }
    if (r.status != Status::Pass)
        r.remediation = tr("Allow outgoing UDP towards the STUN servers (%1) in the firewall. "
                           "Without STUN, audio in calls may be missing in one or both directions.")
                            .arg(stunServersText(Check::context()->profile()));
    return r;
}

RequirementResult StunBindingCheck::concludePublicIp() const
{
    RequirementResult r;
    QSet<QString> publicIps;
    int answered = 0;
    for (const StunFlows::Flow& f : m_flows->flows()) {
        if (!f.binding.ok())
            continue;
        ++answered;
        const QString ip = f.binding.answer.mapped().toString();
        publicIps.insert(ip);
        r.addEvidence(
            QStringLiteral("flow %1 → %2").arg(f.binding.localPort).arg(serverLabel(f.server)),
            mappedText(f.binding));
    }
    QStringList list(publicIps.begin(), publicIps.end());
    list.sort();
    for (const QString& ip : list) {
        ResultItem item;
        item.target = ip;
        item.status = list.size() > 1 ? Status::Fail : Status::Pass;
        item.summary = tr("Public address seen by the servers.");
        r.items.append(item);
    }
    r.addEvidence(QStringLiteral("flows"),
                  QStringLiteral("%1/%2").arg(answered).arg(m_flows->flows().size()));
    if (list.size() > 1) {
        r.status = Status::Fail;
        r.summary =
            tr("Connections leave from %n different public addresses: %1.", "", int(list.size()))
                .arg(list.join(QStringLiteral(", ")));
        r.remediation =
            tr("The router balances traffic across several public addresses. Configure "
               "it so that traffic to the Proxima PBX and to the STUN/TURN servers always "
               "leaves from the same public address (a policy or 'sticky' rule).");
    } else if (answered < 2) {
        r.status = Status::Warn;
        r.summary =
            tr("Not proven: too few answers (%1) to compare public addresses.").arg(answered);
        r.remediation = tr("Allow outgoing UDP towards the STUN servers (%1) so that the public "
                           "address can be checked.")
                            .arg(stunServersText(Check::context()->profile()));
    } else {
        r.status = Status::Pass;
        r.summary =
            answered == 2
                ? tr("Both connections leave from the same public address %1.").arg(list.first())
                : tr("All %n connections leave from the same public address %1.", "", int(answered))
                      .arg(list.first());
    }
    return r;
}

} // namespace easyuc
