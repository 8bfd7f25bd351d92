#include "turncheck.h"

#include "../engine/runcontext.h"
#include "probes/endpoint.h"
#include "wording.h"

namespace easyuc {

namespace {
QString endpointText(const QHostAddress& address, quint16 port)
{
    return formatEndpoint(address, port);
}

QString targetLabel(const TurnServer& s)
{
    return QStringLiteral("%1:%2/%3").arg(s.host).arg(s.port).arg(turnTransportKey(s.transport));
}
} // namespace

TurnCheck::TurnCheck(QObject* parent) : Check(QStringLiteral("turn.reach"), parent) {}

void TurnCheck::run(RunContext& context)
{
    const Profile& profile = context.profile();
    if (profile.turn.isEmpty()) {
        finish(makeResult(Status::Skipped, tr("No TURN server is configured in the profile.")));
        return;
    }
    m_withCredentials = profile.turnCredentials && !profile.turnCredentials->username.isEmpty();
    QStringList hosts;
    for (const TurnServer& server : profile.turn) {
        m_targets.append(Target{server, targetLabel(server), {}, nullptr, {}, false});
        if (!hosts.contains(server.host))
            hosts.append(server.host);
    }
    reportProgress(tr("Asking the TURN servers for a relay…"));
    for (const QString& host : hosts) {
        auto* dns = new DnsProbe(this);
        m_dns.append(dns);
        connect(dns, &DnsProbe::finished, this,
                [this, host](const DnsResult& result) { onResolved(host, result); });
        dns->start(host, probeRemainingMs() / 2);
    }
}

void TurnCheck::onResolved(const QString& host, const DnsResult& dns)
{
    RunContext* ctx = context();
    const int left = qMax(200, probeRemainingMs());
    for (int i = 0; i < m_targets.size(); ++i) {
        Target& t = m_targets[i];
        if (t.server.host != host || t.dns)
            continue;
        t.dns = dns;
        if (!dns.ok()) {
            t.done = true;
            continue;
        }
        TurnProbeRequest request;
        request.host = host;
        request.addresses = dns.addresses;
        request.port = t.server.port;
        request.transport = t.server.transport;
        if (m_withCredentials)
            request.credentials = ctx->profile().turnCredentials;
        if (t.server.transport == TurnTransport::Tls)
            request.trustedRoots = ctx->systemRoots();
        request.timeoutMs = left;
        t.probe = new TurnProbe(this);
        connect(t.probe, &TurnProbe::finished, this, [this, i](const TurnProbeResult& r) {
            Target& target = m_targets[i];
            target.result = r;
            target.done = true;
            if (r.allocated && !r.mapped.isNull())
                context()->addPublicAddress(target.label, r.mapped);
            maybeFinish();
        });
        t.probe->start(request);
        if (m_withCredentials && !m_gatherer && t.server.transport == TurnTransport::Udp)
            startGatherer(dns.addresses.first(), t.server.port);
    }
    maybeFinish();
}

void TurnCheck::startGatherer(const QHostAddress& turnServer, quint16 port)
{
    const TurnCredentials& credentials = *context()->profile().turnCredentials;
    GatherRequest request;
    // No separate STUN server: libnice takes the server-reflexive candidate from the
    // allocation's XOR-MAPPED-ADDRESS, and it mistakes STUN answers from its own TURN server's
    // address for relayed data.
    request.turnServer = turnServer;
    request.turnPort = port;
    request.username = credentials.username;
    request.password = credentials.password;
    request.timeoutMs = qMax(200, probeRemainingMs());
    m_gatherer = new NiceGatherer(this);
    m_gathering = true;
    connect(m_gatherer, &NiceGatherer::finished, this, [this](const GatherResult& r) {
        m_gathered = r;
        m_gathering = false;
        maybeFinish();
    });
    m_gatherer->start(request);
}

void TurnCheck::maybeFinish()
{
    if (m_gathering)
        return;
    for (const Target& t : m_targets) {
        if (!t.done)
            return;
    }
    finish(conclude());
}

void TurnCheck::abort()
{
    for (DnsProbe* d : m_dns) {
        d->disconnect(this);
        d->abort();
    }
    for (Target& t : m_targets) {
        if (t.probe) {
            t.probe->disconnect(this);
            t.probe->abort();
        }
    }
    if (m_gatherer) {
        m_gatherer->disconnect(this);
        m_gatherer->abort();
    }
}

RequirementResult TurnCheck::resultOnDeadline()
{
    return conclude();
}

ResultItem TurnCheck::judge(const Target& t, RequirementResult& r) const
{
    ResultItem item;
    item.target = t.label;
    item.status = Status::Fail;
    const QString& p = t.label;
    if (!t.dns) {
        item.summary = describeDnsFailure(t.server.host, DnsResult::Error::Timeout);
        return item;
    }
    if (!t.dns->ok()) {
        item.summary = describeDnsFailure(t.server.host, t.dns->error);
        return item;
    }
    const TurnProbeResult res = t.result ? *t.result : t.probe->result();
    const bool udp = t.server.transport == TurnTransport::Udp;
    if (udp && !res.address.isNull())
        r.addEvidence(p + QStringLiteral(" address"), endpointText(res.address, t.server.port));
    else if (!udp)
        addConnectionEvidence(r, res.connection, t.server.port, p);
    if (res.rttMs >= 0)
        r.addEvidence(p + QStringLiteral(" rttMs"), QString::number(res.rttMs));
    if (res.challenged) {
        r.addEvidence(p + QStringLiteral(" status"), QStringLiteral("401"));
        r.addEvidence(p + QStringLiteral(" realm"), res.realm);
        r.addEvidence(p + QStringLiteral(" nonce"), QStringLiteral("present"));
    }
    if (res.errorCode != 0)
        r.addEvidence(p + QStringLiteral(" errorCode"),
                      QStringLiteral("%1 %2").arg(res.errorCode).arg(res.errorReason).trimmed());
    if (res.allocated) {
        r.addEvidence(p + QStringLiteral(" relayed"), endpointText(res.relayed, res.relayedPort));
        if (!res.mapped.isNull())
            r.addEvidence(p + QStringLiteral(" mapped"), endpointText(res.mapped, res.mappedPort));
        r.addEvidence(p + QStringLiteral(" lifetime"), QString::number(res.lifetime));
        r.addEvidence(p + QStringLiteral(" released"),
                      res.released ? QStringLiteral("yes") : QStringLiteral("no"));
    }
    if (!res.software.isEmpty())
        r.addEvidence(p + QStringLiteral(" software"), res.software);
    r.addEvidence(p + QStringLiteral(" requests"), QString::number(res.attempts));
    if (res.ignoredMessages > 0)
        r.addEvidence(p + QStringLiteral(" ignoredMessages"), QString::number(res.ignoredMessages));
    if (!res.pathProven()) {
        r.addEvidence(p + QStringLiteral(" error"), turnProbeErrorKey(res.error));
        if (!res.detail.isEmpty())
            r.addEvidence(p + QStringLiteral(" detail"), res.detail);
    }

    if (res.pathProven()) {
        const bool certOk = udp || res.connection.sslErrors.isEmpty();
        if (m_withCredentials && !res.allocated) {
            item.status = Status::Warn;
            item.summary = res.errorCode != 0
                               ? tr("The TURN server answers but refused the allocation with the "
                                    "configured credentials (error %1).")
                                     .arg(res.errorCode)
                               : tr("The TURN server answers but did not complete the allocation "
                                    "in time.");
        } else if (!certOk) {
            item.status = Status::Warn;
            item.summary = tr("The TURN server answers, but its certificate is not trusted by "
                              "this computer, so the app would refuse it.");
        } else if (res.allocated) {
            item.status = Status::Pass;
            item.summary = tr("Relay allocated at %1, round trip %2 ms.")
                               .arg(endpointText(res.relayed, res.relayedPort))
                               .arg(res.rttMs);
        } else {
            item.status = Status::Pass;
            item.summary = tr("The TURN server answers (it asks for the credentials of realm %1), "
                              "round trip %2 ms.")
                               .arg(res.realm)
                               .arg(res.rttMs);
        }
        return item;
    }
    switch (res.error) {
    case TurnProbeResult::Error::ConnectFailed:
        item.summary = describeConnectFailure(t.label, res.connection);
        break;
    case TurnProbeResult::Error::Refused:
        item.summary = tr("Nothing answers on UDP port %1 of the TURN server: the network "
                          "reported it unreachable.")
                           .arg(t.server.port);
        break;
    case TurnProbeResult::Error::ErrorResponse:
        item.summary = tr("The server answered with error %1 instead of asking for credentials.")
                           .arg(res.errorCode);
        break;
    case TurnProbeResult::Error::ProtocolError:
        item.summary = tr("Something answered, but not as a TURN server.");
        break;
    case TurnProbeResult::Error::TooLarge:
        item.summary = tr("The server sent an oversized answer.");
        break;
    case TurnProbeResult::Error::Closed:
        item.summary = tr("The server closed the connection without answering.");
        break;
    case TurnProbeResult::Error::SocketError:
        item.summary = tr("The request could not be sent: %1").arg(res.detail);
        break;
    case TurnProbeResult::Error::Timeout:
    case TurnProbeResult::Error::None:
        item.summary = udp ? tr("No answer over UDP (%n request(s) sent).", "", res.attempts)
                           : tr("The connection was accepted but the TURN server did not answer.");
        if (!udp && res.connection.step < ConnectStep::Exchange)
            item.summary = describeConnectFailure(t.label, res.connection);
        break;
    }
    return item;
}

RequirementResult TurnCheck::conclude() const
{
    RequirementResult r;
    if (m_withCredentials)
        r.addEvidence(QStringLiteral("credentials"), QStringLiteral("configured"));
    bool udpPass = false;
    bool udpAnswered = false;
    bool anyAnswered = false;
    QString relay;
    for (const Target& t : m_targets) {
        const ResultItem item = judge(t, r);
        const bool udp = t.server.transport == TurnTransport::Udp;
        if (item.status == Status::Pass || item.status == Status::Warn) {
            anyAnswered = true;
            udpAnswered = udpAnswered || udp;
        }
        if (udp && item.status == Status::Pass) {
            udpPass = true;
            if (relay.isEmpty() && t.result && t.result->allocated)
                relay = endpointText(t.result->relayed, t.result->relayedPort);
        }
        r.items.append(item);
    }
    if (m_gathered) {
        QStringList all;
        for (const GatheredCandidate& c : m_gathered->candidates)
            all.append(QStringLiteral("%1 %2").arg(c.type, endpointText(c.address, c.port)));
        r.addEvidence(QStringLiteral("ice.candidates"), all.join(QStringLiteral(", ")));
        for (const QString& type :
             {QStringLiteral("host"), QStringLiteral("srflx"), QStringLiteral("relay")})
            r.addEvidence(QStringLiteral("ice.%1").arg(type),
                          QString::number(m_gathered->ofType(type).size()));
        r.addEvidence(QStringLiteral("ice.complete"),
                      m_gathered->complete ? QStringLiteral("yes") : QStringLiteral("no"));
        if (!m_gathered->error.isEmpty())
            r.addEvidence(QStringLiteral("ice.error"), m_gathered->error);
    } else if (m_gathering) {
        r.addEvidence(QStringLiteral("ice.complete"), QStringLiteral("no"));
    }

    if (udpPass) {
        r.status = Status::Pass;
        r.summary = relay.isEmpty()
                        ? tr("The TURN server answers over UDP: calls can be relayed when a direct "
                             "path fails.")
                        : tr("TURN works over UDP: a relay was allocated at %1.").arg(relay);
    } else if (udpAnswered) {
        r.status = Status::Warn;
        r.summary = tr("The TURN server answers over UDP but did not allocate a relay.");
        r.remediation = tr("Check the TURN credentials in the profile, and that the TURN servers "
                           "are reachable over UDP: %1.")
                            .arg(turnServersText(Check::context()->profile()));
    } else if (anyAnswered) {
        r.status = Status::Warn;
        r.summary = tr("TURN answers only over TCP/TLS: when calls need a relay, audio and video "
                       "will be carried over TCP, with more delay.");
        r.remediation = tr("Allow outgoing UDP towards the TURN servers in the firewall, so that "
                           "relayed media can use UDP: %1.")
                            .arg(turnServersText(Check::context()->profile()));
    } else {
        r.status = Status::Fail;
        r.summary = tr("No TURN server answers over UDP, TCP or TLS: calls that need a relay will "
                       "have no audio.");
        r.remediation = tr("Allow outgoing traffic towards the TURN servers in the firewall: %1.")
                            .arg(turnServersText(Check::context()->profile()));
    }
    return r;
}

} // namespace easyuc
