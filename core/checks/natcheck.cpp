#include "natcheck.h"

#include "../engine/runcontext.h"
#include "../probes/dnsprobe.h"
#include "probes/endpoint.h"
#include "wording.h"

#include <QSet>

namespace easyuc {

namespace {
// Addresses per STUN server name: a name with several addresses gives distinct destinations.
constexpr int kAddressesPerServer = 2;
// Destinations learned from OTHER-ADDRESS, and the CHANGE-REQUEST answers that filtering may
// swallow, get a shorter deadline so that silence there does not hold the whole check.
constexpr int kExtraTimeoutMs = 1500;

QString endpointText(const QHostAddress& a, quint16 port)
{
    return formatEndpoint(a, port);
}

bool sameMapping(const NatObservation& a, const NatObservation& b)
{
    return a.mapped.isEqual(b.mapped, QHostAddress::TolerantConversion) &&
           a.mappedPort == b.mappedPort;
}
} // namespace

QString natMappingKey(NatMapping mapping)
{
    switch (mapping) {
    case NatMapping::Unknown:
        return QStringLiteral("unknown");
    case NatMapping::EndpointIndependent:
        return QStringLiteral("endpoint-independent");
    case NatMapping::AddressDependent:
        return QStringLiteral("address-dependent");
    case NatMapping::AddressPortDependent:
        return QStringLiteral("address-and-port-dependent");
    case NatMapping::Dependent:
        return QStringLiteral("destination-dependent");
    }
    return {};
}

QString natFilteringKey(NatFiltering filtering)
{
    switch (filtering) {
    case NatFiltering::Untested:
        return QStringLiteral("not tested");
    case NatFiltering::EndpointIndependent:
        return QStringLiteral("endpoint-independent");
    case NatFiltering::AddressDependent:
        return QStringLiteral("address-dependent");
    case NatFiltering::AddressPortDependent:
        return QStringLiteral("address-and-port-dependent");
    }
    return {};
}

NatMapping classifyNatMapping(const QList<NatObservation>& observations)
{
    if (observations.size() < 2)
        return NatMapping::Unknown;
    const bool allSame =
        std::all_of(observations.begin(), observations.end(),
                    [&](const NatObservation& o) { return sameMapping(o, observations.first()); });
    if (allSame)
        return NatMapping::EndpointIndependent;
    // RFC 5780 §4.3: same address, other port, other mapping = address-and-port-dependent.
    bool sameAddressPair = false;
    for (qsizetype i = 0; i < observations.size(); ++i) {
        for (qsizetype j = i + 1; j < observations.size(); ++j) {
            const NatObservation& a = observations.at(i);
            const NatObservation& b = observations.at(j);
            if (!a.destination.isEqual(b.destination, QHostAddress::TolerantConversion))
                continue;
            sameAddressPair = true;
            if (!sameMapping(a, b))
                return NatMapping::AddressPortDependent;
        }
    }
    return sameAddressPair ? NatMapping::AddressDependent : NatMapping::Dependent;
}

NatCheck::NatCheck(QObject* parent) : Check(QStringLiteral("firewall.nat"), parent) {}

void NatCheck::run(RunContext& context)
{
    const QList<Endpoint>& servers = context.profile().stun;
    if (servers.isEmpty()) {
        finish(makeResult(Status::Skipped, tr("No STUN server is configured in the profile.")));
        return;
    }
    m_budgetMs = probeRemainingMs();
    m_clock.start();
    m_mapping = new StunClient(this);
    if (!m_mapping->bind()) {
        finish(makeResult(Status::Error, tr("No local UDP socket could be opened.")));
        return;
    }
    connect(m_mapping, &StunClient::finished, this, &NatCheck::onMappingAnswer);
    reportProgress(tr("Comparing the public port the router gives towards several servers…"));
    for (const Endpoint& server : servers) {
        auto* dns = new DnsProbe(this);
        m_dns.append(dns);
        ++m_dnsPending;
        connect(dns, &DnsProbe::finished, this, [this, server](const DnsResult& result) {
            --m_dnsPending;
            int used = 0;
            for (const QHostAddress& a : result.addresses) {
                if (a.protocol() != QAbstractSocket::IPv4Protocol || used >= kAddressesPerServer)
                    continue;
                ++used;
                addDestination(formatEndpoint(server.host, server.port), a, server.port);
            }
            maybeFinish();
        });
        dns->start(server.host, m_budgetMs / 3);
    }
}

int NatCheck::timeLeftMs() const
{
    return qMax(100, probeRemainingMs());
}

void NatCheck::addDestination(const QString& label, const QHostAddress& address, quint16 port)
{
    for (const Destination& d : m_destinations) {
        if (d.address == address && d.port == port)
            return;
    }
    Destination d;
    d.label = label;
    d.address = address;
    d.port = port;
    m_destinations.append(d);
    const int timeout = m_rfc5780Expanded ? qMin(kExtraTimeoutMs, timeLeftMs()) : timeLeftMs();
    m_mapping->query(label, address, port, timeout);
}

void NatCheck::onMappingAnswer(const StunBindingResult& r)
{
    for (Destination& d : m_destinations) {
        if (d.done || d.address != r.server || d.port != r.serverPort)
            continue;
        d.done = true;
        d.result = r;
        break;
    }
    const StunBindingAnswer& a = r.answer;
    if (r.ok() && !m_rfc5780Expanded && !a.otherAddress.isNull() && a.otherPort != 0 &&
        a.otherAddress.protocol() == QAbstractSocket::IPv4Protocol) {
        m_rfc5780Expanded = true;
        const QString other = QStringLiteral("OTHER-ADDRESS %1");
        addDestination(other.arg(endpointText(a.otherAddress, a.otherPort)), a.otherAddress,
                       a.otherPort);
        addDestination(other.arg(endpointText(a.otherAddress, r.serverPort)), a.otherAddress,
                       r.serverPort);
        addDestination(other.arg(endpointText(r.server, a.otherPort)), r.server, a.otherPort);
        startFilteringTests(r.server, r.serverPort);
    }
    maybeFinish();
}

void NatCheck::startFilteringTests(const QHostAddress& server, quint16 port)
{
    m_filteringServer = endpointText(server, port);
    m_filtering = new StunClient(this);
    if (!m_filtering->bind())
        return;
    connect(m_filtering, &StunClient::finished, this, [this](const StunBindingResult& r) {
        (r.label.endsWith(QStringLiteral("ip+port")) ? m_changeBoth : m_changePort) = r;
        --m_filteringPending;
        maybeFinish();
    });
    const int timeout = qMin(kExtraTimeoutMs, timeLeftMs());
    StunClient::Options both;
    both.changeIp = true;
    both.changePort = true;
    StunClient::Options portOnly;
    portOnly.changePort = true;
    m_filteringPending = 2;
    m_filtering->query(QStringLiteral("change ip+port"), server, port, timeout, both);
    m_filtering->query(QStringLiteral("change port"), server, port, timeout, portOnly);
}

void NatCheck::maybeFinish()
{
    if (m_dnsPending > 0 || m_filteringPending > 0)
        return;
    if (std::all_of(m_destinations.begin(), m_destinations.end(),
                    [](const Destination& d) { return d.done; }))
        finish(conclude());
}

void NatCheck::abort()
{
    for (DnsProbe* d : m_dns) {
        d->disconnect(this);
        d->abort();
    }
    for (StunClient* c : {m_mapping, m_filtering}) {
        if (c) {
            c->disconnect(this);
            c->abort();
        }
    }
}

RequirementResult NatCheck::resultOnDeadline()
{
    return conclude();
}

NatFiltering NatCheck::filtering() const
{
    if (!m_changeBoth || !m_changePort)
        return NatFiltering::Untested;
    const auto honoured = [this](const StunBindingResult& r) {
        // A server that ignores CHANGE-REQUEST answers from where it was asked.
        return r.ok() && (r.answer.responseOrigin.isNull() ||
                          endpointText(r.answer.responseOrigin, r.answer.responseOriginPort) !=
                              m_filteringServer);
    };
    const auto silent = [](const StunBindingResult& r) {
        return r.error == StunBindingResult::Error::Timeout;
    };
    if (honoured(*m_changeBoth))
        return NatFiltering::EndpointIndependent;
    if (honoured(*m_changePort) && silent(*m_changeBoth))
        return NatFiltering::AddressDependent;
    if (silent(*m_changeBoth) && silent(*m_changePort))
        return NatFiltering::AddressPortDependent;
    return NatFiltering::Untested;
}

RequirementResult NatCheck::conclude() const
{
    RequirementResult r = makeResult(Status::Warn, QString());
    QList<NatObservation> observations;
    for (const Destination& d : m_destinations) {
        const QString where = endpointText(d.address, d.port);
        ResultItem item;
        item.target = d.label.startsWith(QStringLiteral("OTHER-ADDRESS"))
                          ? d.label
                          : QStringLiteral("%1 (%2)").arg(d.label, d.address.toString());
        if (d.done && d.result.ok()) {
            const StunBindingAnswer& a = d.result.answer;
            observations.append({d.address, d.port, a.mapped(), a.mappedPort()});
            item.status = Status::Pass;
            item.summary = tr("Seen as %1.").arg(endpointText(a.mapped(), a.mappedPort()));
            r.addEvidence(QStringLiteral("mapping %1").arg(where),
                          endpointText(a.mapped(), a.mappedPort()));
            if (!a.otherAddress.isNull())
                r.addEvidence(QStringLiteral("rfc5780 %1 otherAddress").arg(where),
                              endpointText(a.otherAddress, a.otherPort));
        } else {
            item.status = Status::Warn;
            item.summary = tr("No answer from %1.").arg(where);
            r.addEvidence(QStringLiteral("mapping %1").arg(where), QStringLiteral("no answer"));
        }
        r.items.append(item);
    }
    if (m_mapping)
        r.addEvidence(QStringLiteral("local.port"), QString::number(m_mapping->localPort()));
    const NatMapping mapping = classifyNatMapping(observations);
    const NatFiltering filter = filtering();
    r.addEvidence(QStringLiteral("mapping"), natMappingKey(mapping));
    r.addEvidence(QStringLiteral("filtering"), natFilteringKey(filter));
    if (!m_filteringServer.isEmpty())
        r.addEvidence(QStringLiteral("filtering.server"), m_filteringServer);
    QSet<QString> mappedSet;
    for (const NatObservation& o : observations)
        mappedSet.insert(endpointText(o.mapped, o.mappedPort));
    QStringList mapped(mappedSet.begin(), mappedSet.end());
    mapped.sort();
    switch (mapping) {
    case NatMapping::Unknown:
        r.status = Status::Warn;
        r.summary = observations.isEmpty()
                        ? tr("Not proven: no STUN server answered, so the NAT behaviour could "
                             "not be measured.")
                        : tr("Not proven: only one destination answered; at least two are "
                             "needed to compare the public port.");
        r.remediation = tr("Allow outgoing UDP towards the STUN servers (%1). A profile with two "
                           "STUN servers, or one that supports RFC 5780, lets the test compare "
                           "the NAT mapping.")
                            .arg(stunServersText(Check::context()->profile()));
        break;
    case NatMapping::EndpointIndependent:
        r.status = Status::Pass;
        r.summary = observations.size() == 2
                        ? tr("The router keeps the same public address and port (%1) towards "
                             "both destinations (endpoint-independent mapping).")
                              .arg(mapped.first())
                        : tr("The router keeps the same public address and port (%1) towards "
                             "all %n destinations (endpoint-independent mapping).",
                             "", int(observations.size()))
                              .arg(mapped.first());
        break;
    case NatMapping::AddressDependent:
    case NatMapping::AddressPortDependent:
    case NatMapping::Dependent:
        r.status = Status::Warn;
        r.summary = tr("Symmetric NAT: the router gives each destination another public port "
                       "(%1), so calls will need TURN.")
                        .arg(mapped.join(QStringLiteral(", ")));
        r.remediation = tr("Calls can still work through the TURN relay, with more delay. To "
                           "avoid it, set the router to keep the source port (options named "
                           "\"endpoint-independent mapping\", \"full cone\", \"consistent NAT\", "
                           "or turn off \"port randomisation\" / \"symmetric NAT\"), and make "
                           "sure the TURN servers are reachable (R9).");
        break;
    }
    return r;
}

} // namespace easyuc
