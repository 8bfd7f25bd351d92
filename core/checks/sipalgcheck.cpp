#include "sipalgcheck.h"

#include "../engine/runcontext.h"
#include "../probes/dnsprobe.h"
#include "probes/endpoint.h"
#include "wording.h"

namespace easyuc {

namespace {

QString endpointText(const QHostAddress& a, quint16 port)
{
    return formatEndpoint(a, port);
}
} // namespace

bool isPrivateAddress(const QHostAddress& address)
{
    static const QList<QPair<QHostAddress, int>> ranges = {
        QHostAddress::parseSubnet(QStringLiteral("10.0.0.0/8")),
        QHostAddress::parseSubnet(QStringLiteral("172.16.0.0/12")),
        QHostAddress::parseSubnet(QStringLiteral("192.168.0.0/16")),
        QHostAddress::parseSubnet(QStringLiteral("100.64.0.0/10")),
        QHostAddress::parseSubnet(QStringLiteral("169.254.0.0/16")),
        QHostAddress::parseSubnet(QStringLiteral("fc00::/7")),
        QHostAddress::parseSubnet(QStringLiteral("fe80::/10"))};
    bool v4 = false;
    const quint32 ip4 = address.toIPv4Address(&v4);
    const QHostAddress a = v4 ? QHostAddress(ip4) : address;
    return std::any_of(ranges.begin(), ranges.end(),
                       [&a](const QPair<QHostAddress, int>& r) { return a.isInSubnet(r); });
}

Status sipAlgFindingStatus(SipAlgFinding finding)
{
    switch (finding) {
    case SipAlgFinding::ViaRewritten:
    case SipAlgFinding::ReceivedPrivate:
    case SipAlgFinding::EchoRewritten:
        return Status::Fail;
    case SipAlgFinding::ReceivedPublic:
    case SipAlgFinding::NoNat:
        return Status::Pass;
    case SipAlgFinding::NoAnswer:
    case SipAlgFinding::EchoMissing:
    case SipAlgFinding::NotReported:
        return Status::Warn;
    }
    return Status::Warn;
}

SipAlgFinding classifySipAnswer(const SipProbeResult& r, const QHostAddress& publicAddress,
                                bool viaReflector)
{
    if (!r.ok())
        return SipAlgFinding::NoAnswer;
    const SipEchoComparison& e = r.echo;
    if (!e.viaMatches)
        return SipAlgFinding::ViaRewritten;
    if (viaReflector) {
        if (!e.echoPresent)
            return SipAlgFinding::EchoMissing;
        if (!e.rewrittenHeaders.isEmpty())
            return SipAlgFinding::EchoRewritten;
    }
    // A NAT lies on the SIP path when STUN (same address family) saw another address than
    // ours; without a comparable STUN answer, when our address is private and the server's is
    // public. A PBX on the LAN or behind a VPN (a private address) sees us without NAT, so its
    // received= with our private address proves nothing.
    const bool comparable =
        !publicAddress.isNull() && publicAddress.protocol() == r.localAddress.protocol();
    const bool nat =
        !isPrivateAddress(r.server) &&
        (comparable ? !publicAddress.isEqual(r.localAddress, QHostAddress::TolerantConversion)
                    : isPrivateAddress(r.localAddress) && !r.server.isLoopback());
    if (e.receivedPresent) {
        if (!e.receivedIsLocal)
            return SipAlgFinding::ReceivedPublic;
        // The server saw our public address (a NAT is there); only a device on the way back
        // can have turned it into our private one.
        return nat ? SipAlgFinding::ReceivedPrivate : SipAlgFinding::NoNat;
    }
    return nat ? SipAlgFinding::NotReported : SipAlgFinding::NoNat;
}

SipAlgCheck::SipAlgCheck(QObject* parent) : Check(QStringLiteral("firewall.sip-alg"), parent) {}

void SipAlgCheck::run(RunContext& context)
{
    const Profile& profile = context.profile();
    const int budget = probeRemainingMs();
    m_sipPort = profile.sipPort;
    m_probes.clear();
    SipProbeRequest pbx;
    pbx.host = profile.pbx;
    pbx.addresses = context.pbxAddresses();
    pbx.port = profile.sipPort;
    pbx.timeoutMs = budget;
    pbx.transport = SipTransport::Udp;
    startProbe(QStringLiteral("UDP %1").arg(pbx.port), false, pbx);
    pbx.transport = SipTransport::Tcp;
    startProbe(QStringLiteral("TCP %1").arg(pbx.port), false, pbx);
    if (profile.sipReflector) {
        SipProbeRequest refl;
        refl.host = profile.sipReflector->host;
        refl.port = profile.sipReflector->port;
        refl.timeoutMs = budget;
        refl.padForEcho = true;
        const QString where = formatEndpoint(refl.host, refl.port);
        refl.transport = SipTransport::Udp;
        startProbe(QStringLiteral("reflector UDP %1").arg(where), true, refl);
        refl.transport = SipTransport::Tcp;
        startProbe(QStringLiteral("reflector TCP %1").arg(where), true, refl);
    }
    if (!profile.stun.isEmpty())
        startStun(profile.stun.first(), qMin(budget, 3000));
    reportProgress(tr("Sending SIP requests to the PBX over UDP and TCP port %1…").arg(m_sipPort));
}

void SipAlgCheck::startProbe(const QString& target, bool reflector, const SipProbeRequest& request)
{
    Probe p;
    p.target = target;
    p.reflector = reflector;
    p.transport = request.transport;
    p.probe = new SipProbe(this);
    const qsizetype index = m_probes.size();
    connect(p.probe, &SipProbe::finished, this, [this, index](const SipProbeResult& r) {
        m_probes[index].result = r;
        maybeFinish();
    });
    m_probes.append(p);
    p.probe->start(request);
}

void SipAlgCheck::startStun(const Endpoint& server, int timeoutMs)
{
    m_stunDone = false;
    m_stunLabel = formatEndpoint(server.host, server.port);
    m_stunDns = new DnsProbe(this);
    m_stun = new StunClient(this);
    connect(m_stun, &StunClient::finished, this, [this](const StunBindingResult& r) {
        m_stunResult = r;
        m_stunDone = true;
        maybeFinish();
    });
    QElapsedTimer clock;
    clock.start();
    connect(m_stunDns, &DnsProbe::finished, this,
            [this, server, timeoutMs, clock](const DnsResult& dns) {
                if (!dns.ok()) {
                    m_stunDone = true;
                    maybeFinish();
                    return;
                }
                m_stun->query(m_stunLabel, dns.addresses.first(), server.port,
                              qMax(200, timeoutMs - int(clock.elapsed())));
            });
    m_stunDns->start(server.host, timeoutMs / 2);
}

void SipAlgCheck::maybeFinish()
{
    const bool probesDone = std::all_of(m_probes.begin(), m_probes.end(),
                                        [](const Probe& p) { return p.result.has_value(); });
    if (probesDone && m_stunDone)
        finish(conclude());
}

void SipAlgCheck::abort()
{
    for (Probe& p : m_probes) {
        p.probe->disconnect(this);
        p.probe->abort();
    }
    if (m_stunDns) {
        m_stunDns->disconnect(this);
        m_stunDns->abort();
    }
    if (m_stun) {
        m_stun->disconnect(this);
        m_stun->abort();
    }
}

RequirementResult SipAlgCheck::resultOnDeadline()
{
    for (Probe& p : m_probes) {
        if (!p.result)
            p.result = p.probe->snapshot();
    }
    m_stunDone = true;
    return conclude();
}

RequirementResult SipAlgCheck::conclude() const
{
    RequirementResult r = makeResult(Status::Warn, QString());
    const bool stunAnswered = m_stunResult && m_stunResult->ok();
    const QHostAddress publicAddress =
        stunAnswered ? m_stunResult->answer.mapped() : QHostAddress();
    QStringList proofs;   // targets proving rewriting
    QStringList clean;    // targets proving none
    QStringList unproven; // answered or not, without proof either way
    int answered = 0;
    bool udpClean = false; // UDP to the PBX itself proven clean
    for (const Probe& p : m_probes) {
        const SipProbeResult res = p.result.value_or(SipProbeResult{});
        const SipAlgFinding finding = classifySipAnswer(res, publicAddress, p.reflector);
        const Status status = sipAlgFindingStatus(finding);
        udpClean = udpClean ||
                   (status == Status::Pass && !p.reflector && p.transport == SipTransport::Udp);
        r.items.append({p.target, status, describe(p, res, finding)});
        (status == Status::Fail   ? proofs
         : status == Status::Pass ? clean
                                  : unproven)
            .append(p.target);
        answered += res.ok() ? 1 : 0;
        QString prefix = p.target.section(QLatin1Char(' '), 0, p.reflector ? 1 : 0).toLower();
        prefix.replace(QLatin1Char(' '), QLatin1Char('.'));
        addProbeEvidence(r, prefix, res);
    }
    if (m_stunResult) {
        const StunBindingAnswer& a = m_stunResult->answer;
        r.addEvidence(QStringLiteral("stun.server"), m_stunLabel);
        if (stunAnswered) {
            r.addEvidence(QStringLiteral("stun.mapped"), endpointText(a.mapped(), a.mappedPort()));
            if (!a.plainMapped.isNull())
                r.addEvidence(QStringLiteral("stun.mapped.plain"),
                              endpointText(a.plainMapped, a.plainMappedPort));
            r.addEvidence(QStringLiteral("stun.payloadRewritten"),
                          a.mappedDiffers() ? QStringLiteral("yes")
                          : a.plainMapped.isNull()
                              ? QStringLiteral("not comparable (no MAPPED-ADDRESS)")
                              : QStringLiteral("no"));
        } else {
            r.addEvidence(QStringLiteral("stun.error"), QStringLiteral("no answer"));
        }
        if (stunAnswered && a.mappedDiffers()) {
            const QString target = QStringLiteral("STUN %1").arg(m_stunLabel);
            r.items.append({target, Status::Fail,
                            tr("The STUN server's answer arrived with MAPPED-ADDRESS %1 but "
                               "XOR-MAPPED-ADDRESS %2: a device on the way rewrites addresses "
                               "inside packets.")
                                .arg(endpointText(a.plainMapped, a.plainMappedPort),
                                     endpointText(a.xorMapped, a.xorMappedPort))});
            proofs.append(target);
        }
    }
    const QString list = QStringLiteral(", ");
    if (!proofs.isEmpty()) {
        r.status = Status::Fail;
        r.summary = tr("A device between this computer and the PBX rewrites SIP messages (SIP "
                       "ALG), proven by: %1.")
                        .arg(proofs.join(list));
        // Vendor instructions, each checked against the vendor's own documentation (issue 11,
        // item 7); what could not be checked there was dropped (SonicWall's "consistent NAT",
        // which helps VoIP and must stay on; Fortinet's older sip-helper settings):
        //  - Cisco ASA, "no inspect sip" under class inspection_default of global_policy:
        //    https://cisco.com/c/en/us/support/docs/unified-communications/telepresence-video-communication-server-vcs/214282-troubleshoot-media-failure-for-calls-ove.html
        //  - FortiGate, default-voip-alg-mode kernel-helper-based plus deleting the sip
        //    session helper turns both the SIP ALG and the helper off:
        //    https://community.fortinet.com/t5/FortiGate/Technical-Tip-How-SIP-ALG-and-Session-helper-works-in-FortiGate/ta-p/211669
        //    https://docs2.fortinet.com/document/fortigate/7.4.9/administration-guide/147933
        //  - SonicWall, VoIP > Settings, "Enable SIP Transformations":
        //    https://www.sonicwall.com/en-us/support/technical-documentation/sonicos-6-2-admin-guide/voip
        //    http://help.sonicwall.com/help/sw/eng/9620/25/9/0/content/Ch82_VoIP.094.19.html
        //  - MikroTik RouterOS: the SIP helper is one of the NAT helpers managed in the
        //    /ip firewall service-port menu (MikroTik's NAT manual, "NAT Helpers"):
        //    https://help.mikrotik.com/docs/spaces/ROS/pages/3211299/NAT
        //  - pfSense: its VoIP NAT guide names no SIP ALG setting; the part that rewrites
        //    SIP message bodies is the optional siproxd package ("for many modern SIP
        //    configurations this package is unnecessary"), installed under System > Packages
        //    (Netgate's pfSense documentation, github.com/pfsense/docs:
        //    source/packages/siproxd-package.rst and
        //    source/nat/configuring-nat-for-voip-phones.rst).
        //  - Linux: the netfilter SIP helper modules are nf_conntrack_sip and nf_nat_sip
        //    (kernel source, include/linux/netfilter/nf_conntrack_sip.h).
        // OPNsense, FRITZ!Box and the Italian ISP routers (TIM, Vodafone, WindTre, Fastweb,
        // Iliad) are not named: none of their own documentation on a SIP ALG or SIP helper
        // could be found to check an instruction against (only third parties' pages).
        // MikroTik and pfSense (checked later) have a sentence of their own, so that the first
        // paragraph keeps its translation.
        r.remediation = QStringLiteral("%1 %2").arg(
            tr("Turn off the SIP ALG of the router or firewall. It appears in the "
               "settings as \"SIP ALG\", \"SIP helper\", \"SIP passthrough\", \"SIP "
               "fixup\" or \"SIP inspection\", usually under NAT, firewall or advanced "
               "settings: disable it, save and restart the router. On business "
               "firewalls: Cisco ASA: \"no inspect sip\" in class inspection_default of "
               "policy-map global_policy; FortiGate: \"set default-voip-alg-mode "
               "kernel-helper-based\" under \"config system settings\", then delete the "
               "sip entry under \"config system session-helper\"; SonicWall: clear "
               "\"Enable SIP Transformations\" in VoIP > Settings; Linux routers: unload "
               "nf_nat_sip and nf_conntrack_sip. Then run this test again. If the router "
               "belongs to the internet provider, ask them to turn it off."),
            tr("MikroTik: disable the sip entry under /ip firewall service-port. "
               "pfSense: remove the siproxd package (System > Packages)."));
    } else if (!clean.isEmpty() && answered == clean.size() && udpClean) {
        // SIP ALGs act on UDP above all: a pass needs UDP to the PBX proven clean.
        r.status = Status::Pass;
        r.summary = unproven.isEmpty()
                        ? tr("SIP messages reach the PBX and come back unchanged (%1): no SIP "
                             "ALG on the way.")
                              .arg(clean.join(list))
                        : tr("SIP messages come back unchanged over %1: no SIP ALG on the way "
                             "(no answer over %2).")
                              .arg(clean.join(list), unproven.join(list));
    } else if (!clean.isEmpty() && answered == clean.size()) {
        r.status = Status::Warn;
        r.summary = tr("Not proven for UDP: SIP over %1 comes back unchanged, but UDP, where SIP "
                       "ALGs usually act, gave no usable answer.")
                        .arg(clean.join(list));
    } else if (answered == 0) {
        r.status = Status::Warn;
        r.summary = tr("The PBX gave no SIP answer on port %1 (UDP or TCP), so a SIP ALG can be "
                       "neither ruled out nor proven.")
                        .arg(m_sipPort);
    } else {
        r.status = Status::Warn;
        r.summary = tr("Not proven: the SIP answers over %1 do not show whether the messages "
                       "were rewritten on the way.")
                        .arg(unproven.join(list));
    }
    if (r.status == Status::Warn)
        r.remediation = tr("Allow outgoing SIP (UDP and TCP port %1) to the PBX so that the test "
                           "can see its answers, or ask the provider for the address of an "
                           "easyuc-reflector to set as \"sip.reflector\" in the profile. Make "
                           "sure any SIP ALG, SIP helper or SIP inspection of the router is off.")
                            .arg(m_sipPort);
    if (!publicAddress.isNull())
        r.addEvidence(QStringLiteral("public.address"), publicAddress.toString());
    return r;
}

QString SipAlgCheck::describe(const Probe& p, const SipProbeResult& r, SipAlgFinding finding) const
{
    const QString transport = sipTransportToken(r.transport);
    switch (finding) {
    case SipAlgFinding::NoAnswer:
        switch (r.error) {
        case SipProbeError::Dns:
            return tr("The name %1 could not be resolved.").arg(r.host);
        case SipProbeError::Refused:
            return tr("SIP over %1 was refused (nothing listens on port %2, or a firewall "
                      "rejects it).")
                .arg(transport)
                .arg(r.port);
        case SipProbeError::Closed:
            return tr("The SIP connection over %1 was closed without an answer.").arg(transport);
        case SipProbeError::Garbage:
        case SipProbeError::TooLarge:
            return tr("The answer over %1 is not a valid SIP response to our request.")
                .arg(transport);
        default:
            if (r.attempts == 0)
                return tr("No SIP connection over %1 within %2 s: the port is probably blocked.")
                    .arg(transport, secondsText(elapsedMs()));
            return tr("No SIP answer over %1 within %2 s (%n request(s) sent).", "", r.attempts)
                .arg(transport, secondsText(elapsedMs()));
        }
    case SipAlgFinding::ViaRewritten:
        return tr("The Via header came back changed over %1 (sent \"%2\", answered \"%3\"): a "
                  "device on the way rewrote the message.")
            .arg(transport, r.echo.sentVia, r.echo.echoedVia);
    case SipAlgFinding::ReceivedPrivate:
        return tr("The answer over %1 names this computer's private address %2 as the sender "
                  "the server saw (received=): a SIP ALG rewrote it on the way back.")
            .arg(transport, r.echo.received);
    case SipAlgFinding::EchoRewritten:
        return tr("The reflector received our request over %1 with these headers changed: %2. A "
                  "SIP ALG rewrote them on the way.")
            .arg(transport, r.echo.rewrittenHeaders.join(QStringLiteral(", ")));
    case SipAlgFinding::EchoMissing:
        return tr("The reflector answered over %1 but did not echo the request.").arg(transport);
    case SipAlgFinding::ReceivedPublic:
        return p.reflector ? tr("The reflector received our request over %1 unchanged and saw the "
                                "address %2.")
                                 .arg(transport, r.echo.received)
                           : tr("The PBX answered over %1 (%2), saw the public address %3, and the "
                                "message came back unchanged.")
                                 .arg(transport, r.response.statusLine, r.echo.received);
    case SipAlgFinding::NoNat:
        return tr("The answer over %1 came back unchanged and no NAT lies on the way (the server "
                  "saw this computer's own address).")
            .arg(transport);
    case SipAlgFinding::NotReported:
        return tr("The answer over %1 came back unchanged, but the server did not say which "
                  "address it saw (no received=), so rewriting is not proven either way.")
            .arg(transport);
    }
    return {};
}

void SipAlgCheck::addProbeEvidence(RequirementResult& result, const QString& prefix,
                                   const SipProbeResult& r) const
{
    const auto add = [&](const QString& key, const QString& value) {
        if (!value.isEmpty())
            result.addEvidence(prefix + QLatin1Char('.') + key, value);
    };
    if (!r.server.isNull())
        add(QStringLiteral("server"), endpointText(r.server, r.port));
    if (!r.localAddress.isNull())
        add(QStringLiteral("local"), endpointText(r.localAddress, r.localPort));
    add(QStringLiteral("attempts"), r.attempts ? QString::number(r.attempts) : QString());
    add(QStringLiteral("sent.via"),
        r.echo.sentVia.isEmpty() ? sipRawHeader(r.request.bytes, "via") : r.echo.sentVia);
    add(QStringLiteral("sent.contact"), sipRawHeader(r.request.bytes, "contact"));
    if (!r.ok()) {
        add(QStringLiteral("error"), sipProbeErrorKey(r.error));
        add(QStringLiteral("detail"), r.detail);
        add(QStringLiteral("excerpt"), QString::fromUtf8(r.excerpt).left(120));
        return;
    }
    add(QStringLiteral("status"), r.response.statusLine);
    add(QStringLiteral("server.software"), r.response.server());
    add(QStringLiteral("rttMs"), QString::number(r.rttMs));
    add(QStringLiteral("echoed.via"), r.echo.echoedVia);
    add(QStringLiteral("received"),
        r.echo.receivedPresent ? r.echo.received : QStringLiteral("(absent)"));
    add(QStringLiteral("rport"), r.echo.rport);
    add(QStringLiteral("via.matches"),
        r.echo.viaMatches ? QStringLiteral("yes") : QStringLiteral("no"));
    if (r.echo.echoPresent) {
        add(QStringLiteral("echo.rewritten"),
            r.echo.rewrittenHeaders.isEmpty() ? QStringLiteral("none")
                                              : r.echo.rewrittenHeaders.join(QStringLiteral(", ")));
        add(QStringLiteral("echo.contact"), sipRawHeader(r.echo.echoedRequest, "contact"));
        add(QStringLiteral("echo.via"), sipRawHeader(r.echo.echoedRequest, "via"));
    }
    if (r.ignored > 0)
        add(QStringLiteral("ignored"), QString::number(r.ignored));
}

} // namespace easyuc
