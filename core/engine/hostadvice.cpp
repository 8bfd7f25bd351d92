#include "hostadvice.h"

#include "core/engine/calltest.h"

#include <QCoreApplication>

namespace easyuc {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(HostFindings)
};

ReportEntry* findEntry(Report* report, const QString& id)
{
    for (ReportEntry& e : report->entries)
        if (e.result.id == id && e.result.selected)
            return &e;
    return nullptr;
}

void addAdvice(RequirementResult* r, const QString& advice)
{
    r->remediation = r->remediation.isEmpty() ? advice : r->remediation + QLatin1Char(' ') + advice;
}

// A tunnel the app could use: CONNECT accepted, TLS through it, and on the WebSocket port the
// upgrade accepted too.
bool works(const ProxyTunnel& t)
{
    return t.tunnelled() && (t.purpose != QStringLiteral("pbx.webrtc") || t.upgradeStatus == 101);
}

// What went wrong through the proxy, in the proxy's own words where it gave some.
QString refusal(const ProxyTunnel& t)
{
    if (t.status == 407)
        return Tr::tr("%1: the proxy asks for a user name and password (407)").arg(t.target);
    if (t.status != 0 && t.status != 200)
        return Tr::tr("%1: the proxy refused the connection (%2)").arg(t.target, t.statusLine);
    if (!t.error.isEmpty())
        return Tr::tr("%1: %2").arg(t.target, t.error);
    if (!t.tlsOk)
        return Tr::tr("%1: no TLS through the proxy (%2)").arg(t.target, t.tlsError);
    return Tr::tr("%1: the WebSocket upgrade was refused through the proxy (%2)")
        .arg(t.target, t.upgradeStatus ? QString::number(t.upgradeStatus) : t.tlsError);
}

// The proxied path against the direct one, for a requirement whose targets the tunnels cover.
// The app sends HTTPS and WebSocket through the system proxy, so the status is about that path
// as much as the direct one: both work → unchanged (pass); both fail → unchanged (fail); they
// disagree → warn, naming which one works.
void judgeThroughProxy(Report* report, const QString& id, const QList<ProxyTunnel>& tunnels,
                       bool anySuffices)
{
    ReportEntry* e = findEntry(report, id);
    if (!e || tunnels.isEmpty())
        return;
    RequirementResult& r = e->result;
    const QString proxy = report->host.proxyInfo.address;
    QStringList refused;
    int working = 0;
    for (const ProxyTunnel& t : tunnels) {
        r.addEvidence(QStringLiteral("proxy %1").arg(t.target),
                      t.statusLine.isEmpty() ? t.error : t.statusLine);
        if (works(t))
            ++working;
        else
            refused.append(refusal(t));
    }
    const bool proxiedOk = anySuffices ? working > 0 : refused.isEmpty();
    if (r.status == Status::Fail && proxiedOk) {
        r.status = Status::Warn;
        r.summary = Tr::tr("Reachable only through the proxy %1, which this computer uses for "
                           "HTTPS (the way the Easy UC app connects); the direct connection "
                           "failed: %2")
                        .arg(proxy, r.summary);
        addAdvice(&r, Tr::tr("The app works as long as it uses the proxy %1. If the app is set "
                             "to connect directly, open the port in the firewall.")
                          .arg(proxy));
    } else if (r.status == Status::Pass && !refused.isEmpty()) {
        r.status = Status::Warn;
        r.summary = Tr::tr("Reachable directly, but the proxy %1 that this computer uses for "
                           "HTTPS refused it: %2")
                        .arg(proxy, refused.join(QStringLiteral("; ")));
        addAdvice(&r, Tr::tr("The Easy UC app follows the system proxy: add the PBX and the "
                             "Proxima domains to the proxy's exceptions (bypass list), or have "
                             "the proxy allow CONNECT to these ports, with no authentication "
                             "for them."));
    } else if (!refused.isEmpty()) {
        addAdvice(
            &r, Tr::tr("Through the proxy %1: %2.").arg(proxy, refused.join(QStringLiteral("; "))));
    }
}
} // namespace

QString routedTargetWords(const QStringList& targets)
{
    const bool pbx = targets.contains(QStringLiteral("pbx"));
    const bool stun = targets.contains(QStringLiteral("stun"));
    if (pbx && stun)
        return Tr::tr("the PBX and the STUN server");
    if (pbx)
        return Tr::tr("the PBX");
    if (stun)
        return Tr::tr("the STUN server");
    return targets.join(QStringLiteral(", "));
}

bool wifiIsWeak(const LinkInfo& link)
{
    if (link.type != QStringLiteral("wifi"))
        return false;
    return (link.wifiSignalPct >= 0 && link.wifiSignalPct < 50) ||
           (link.wifiSignalDbm != 0 && link.wifiSignalDbm < -67);
}

bool callFiguresPoor(const Report& report)
{
    if (const ReportEntry* e = report.entry(QStringLiteral("media.quality")))
        if (e->result.selected &&
            (e->result.status == Status::Warn || e->result.status == Status::Fail))
            return true;
    const CallTestResult& c = report.callTest;
    return c.ran && c.packetsSent > 0 &&
           (c.lossPct > calltest::kMaxLossPct || c.jitterMs > calltest::kMaxJitterMs ||
            c.worstBurstLossPct > calltest::kMaxBurstLossPct);
}

QStringList callAdvice(const Report& report)
{
    QStringList notes;
    if (!callFiguresPoor(report))
        return notes;
    const HostInfo& h = report.host;
    if (wifiIsWeak(h.link)) {
        const QString signal =
            h.link.wifiSignalDbm != 0 && h.link.wifiSignalPct >= 0
                ? Tr::tr("%1 %, %2 dBm").arg(h.link.wifiSignalPct).arg(h.link.wifiSignalDbm)
            : h.link.wifiSignalDbm != 0 ? Tr::tr("%1 dBm").arg(h.link.wifiSignalDbm)
                                        : Tr::tr("%1 %").arg(h.link.wifiSignalPct);
        notes.append(Tr::tr("This computer is on Wi-Fi with a weak signal (%1): use a network "
                            "cable, or move closer to the access point.")
                         .arg(signal));
    }
    if (h.vpn.active)
        notes.append(
            Tr::tr("The route to %1 goes through the VPN tunnel %2 (%3): ask for split "
                   "tunnelling, so that the PBX and the media go directly and not "
                   "through the VPN.")
                .arg(routedTargetWords(h.vpn.routedTargets), h.vpn.interfaceName, h.vpn.kind));
    return notes;
}

void applyHostFindings(Report* report)
{
    const HostInfo& h = report->host;
    if (ReportEntry* media = findEntry(report, QStringLiteral("media.quality")))
        for (const QString& note : callAdvice(*report))
            addAdvice(&media->result, note);

    QList<ProxyTunnel> pbxHttps;
    QList<ProxyTunnel> pbxWebrtc;
    QList<ProxyTunnel> domains;
    for (const ProxyTunnel& t : h.proxyInfo.tunnels)
        (t.purpose == QStringLiteral("pbx.https")    ? pbxHttps
         : t.purpose == QStringLiteral("pbx.webrtc") ? pbxWebrtc
                                                     : domains)
            .append(t);
    judgeThroughProxy(report, QStringLiteral("pbx.https"), pbxHttps, false);
    judgeThroughProxy(report, QStringLiteral("pbx.webrtc"), pbxWebrtc, false);
    judgeThroughProxy(report, QStringLiteral("domains.reach"), domains, false);
    // R1 asks for one answer over HTTPS: any domain through the proxy proves it.
    if (ReportEntry* r1 = findEntry(report, QStringLiteral("internet.access"));
        r1 && r1->result.status == Status::Fail)
        judgeThroughProxy(report, QStringLiteral("internet.access"), domains, true);

    if (ReportEntry* dns = findEntry(report, QStringLiteral("pbx.dns"))) {
        QStringList named;
        for (const DnsResolverInfo& r : h.resolvers) {
            if (!r.agrees)
                named.append(Tr::tr("%1 answers differently (%2)")
                                 .arg(r.server, r.pbxAddresses.join(QStringLiteral(", "))));
            else if (!r.error.isEmpty() && !r.error.startsWith(QStringLiteral("not asked")))
                named.append(Tr::tr("%1 failed (%2)").arg(r.server, r.error));
        }
        if (!named.isEmpty())
            addAdvice(&dns->result,
                      Tr::tr("Not every DNS server of this computer gives the PBX's address: "
                             "%1. Use DNS servers that all answer the same.")
                          .arg(named.join(QStringLiteral("; "))));
    }
}

} // namespace easyuc
