#include "hostfactsview.h"

#include "core/engine/hostadvice.h"

#include <QCoreApplication>
#include <QLocale>

namespace easyuc {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(HostFacts)
};

QString connectionRow(const LinkInfo& l, bool tunnel)
{
    if (l.type.isEmpty())
        return l.interfaceName.isEmpty() ? Tr::tr("not known (no default route)")
                                         : Tr::tr("not known (%1)").arg(l.interfaceName);
    if (l.type == QStringLiteral("ethernet"))
        return Tr::tr("Ethernet cable (%1)").arg(l.interfaceName);
    if (l.type != QStringLiteral("wifi"))
        return tunnel ? Tr::tr("A VPN tunnel (%1); the link under it is not known")
                            .arg(l.interfaceName)
                      : Tr::tr("Other (%1)").arg(l.interfaceName);
    QStringList parts;
    if (l.wifiSignalPct >= 0 && l.wifiSignalDbm != 0)
        parts.append(Tr::tr("signal %1 % (%2 dBm)").arg(l.wifiSignalPct).arg(l.wifiSignalDbm));
    else if (l.wifiSignalPct >= 0)
        parts.append(Tr::tr("signal %1 %").arg(l.wifiSignalPct));
    else if (l.wifiSignalDbm != 0)
        parts.append(Tr::tr("signal %1 dBm").arg(l.wifiSignalDbm));
    if (!l.wifiBand.isEmpty())
        parts.append(l.wifiBand);
    if (l.linkRateMbps > 0)
        parts.append(Tr::tr("%1 Mbit/s").arg(QLocale().toString(l.linkRateMbps, 'f', 0)));
    const bool weak = (l.wifiSignalPct >= 0 && l.wifiSignalPct < 50) ||
                      (l.wifiSignalDbm != 0 && l.wifiSignalDbm < -67);
    QString row =
        parts.isEmpty()
            ? Tr::tr("Wi-Fi (%1); the signal strength is not given").arg(l.interfaceName)
            : Tr::tr("Wi-Fi (%1): %2").arg(l.interfaceName, parts.join(QStringLiteral(", ")));
    if (weak)
        row += Tr::tr(" — weak: calls may break up");
    return row;
}

QString vpnRow(const VpnInfo& v)
{
    if (!v.ran)
        return Tr::tr("not checked");
    if (v.active)
        return Tr::tr("Yes: the route to %1 leaves through the tunnel %2 (%3)")
            .arg(routedTargetWords(v.routedTargets), v.interfaceName, v.kind);
    if (!v.error.isEmpty())
        return Tr::tr("No tunnel seen on the routes that could be looked up (%1)").arg(v.error);
    return Tr::tr("No: the PBX and the STUN server are reached without a tunnel");
}

QString proxyKindRow(const ProxyInfo& p)
{
    QString row;
    if (p.kind == QStringLiteral("none"))
        row = Tr::tr("None: direct connections");
    else if (p.kind == QStringLiteral("manual"))
        row = Tr::tr("Set by hand: %1").arg(p.address);
    else if (p.kind == QStringLiteral("pac"))
        row = Tr::tr("Configuration script (PAC): %1").arg(p.pacUrl);
    else if (p.kind == QStringLiteral("auto"))
        row = Tr::tr("Detected automatically (WPAD)");
    else
        row = Tr::tr("not known");
    if (!p.source.isEmpty())
        row += Tr::tr(" (from %1)").arg(p.source);
    return row;
}

QString tunnelLine(const ProxyTunnel& t)
{
    if (t.status == 407)
        return Tr::tr("%1: authentication required (407)").arg(t.target);
    if (t.status == 0)
        return Tr::tr("%1: %2").arg(t.target, t.error);
    if (t.status != 200)
        return Tr::tr("%1: refused (%2)").arg(t.target, t.statusLine);
    if (!t.tlsOk)
        return Tr::tr("%1: CONNECT accepted, TLS failed (%2)").arg(t.target, t.tlsError);
    if (t.purpose == QStringLiteral("pbx.webrtc"))
        return t.upgradeStatus == 101
                   ? Tr::tr("%1: CONNECT, TLS and WebSocket upgrade work").arg(t.target)
                   : Tr::tr("%1: CONNECT and TLS work, WebSocket upgrade refused (%2)")
                         .arg(t.target,
                              t.upgradeStatus ? QString::number(t.upgradeStatus) : t.tlsError);
    return Tr::tr("%1: CONNECT and TLS work").arg(t.target);
}

QString resolverLine(const DnsResolverInfo& r)
{
    if (!r.error.isEmpty())
        return Tr::tr("%1: %2").arg(r.server, r.error);
    const QString answer =
        r.pbxAddresses.isEmpty() ? Tr::tr("no address") : r.pbxAddresses.join(QStringLiteral(", "));
    QString line =
        Tr::tr("%1: %2 in %3 ms").arg(r.server, answer, QString::number(r.answerMs, 'f', 0));
    if (!r.agrees)
        line += Tr::tr(" — differs from the others");
    return line;
}
} // namespace

QList<ReportField> hostFactRows(const HostInfo& h, const QString& pbx)
{
    QList<ReportField> rows;
    rows.append(
        {Tr::tr("Connection"),
         connectionRow(h.link, h.vpn.active && h.vpn.interfaceName == h.link.interfaceName)});
    rows.append({Tr::tr("VPN"), vpnRow(h.vpn)});
    rows.append({Tr::tr("Proxy setting"), proxyKindRow(h.proxyInfo)});
    const ProxyInfo& p = h.proxyInfo;
    if (!p.tunnels.isEmpty()) {
        QStringList lines;
        for (const ProxyTunnel& t : p.tunnels)
            lines.append(tunnelLine(t));
        rows.append({Tr::tr("Through the proxy"), lines.join(QStringLiteral("; "))});
    }
    QString route;
    if (!h.proxyError.isEmpty())
        route = Tr::tr("not known: the system did not say which proxy it uses");
    else if (h.proxy.isEmpty() && h.vpn.active &&
             h.vpn.routedTargets.contains(QStringLiteral("pbx")))
        route = Tr::tr("HTTPS, WebSocket signalling and media (UDP) go to the PBX through the VPN "
                       "tunnel %1")
                    .arg(h.vpn.interfaceName);
    else if (h.proxy.isEmpty())
        route = Tr::tr("HTTPS, WebSocket signalling and media (UDP) go directly to the PBX");
    else {
        const QString proxy = p.address.isEmpty() ? h.proxy : p.address;
        bool wsRefused = false;
        for (const ProxyTunnel& t : p.tunnels)
            if (t.purpose == QStringLiteral("pbx.webrtc") &&
                !(t.tunnelled() && t.upgradeStatus == 101))
                wsRefused = true;
        route = wsRefused
                    ? Tr::tr("HTTPS goes through the proxy %1, which does not carry the WebSocket "
                             "signalling to the PBX: the app registers only if it connects "
                             "directly. Media (UDP) goes directly, never through a web proxy")
                          .arg(proxy)
                    : Tr::tr("HTTPS and WebSocket signalling go through the proxy %1. Media (UDP) "
                             "goes directly, never through a web proxy")
                          .arg(proxy);
    }
    rows.append({Tr::tr("The Easy UC app's traffic"), route});
    if (!h.resolvers.isEmpty()) {
        QStringList lines;
        for (const DnsResolverInfo& r : h.resolvers)
            lines.append(resolverLine(r));
        rows.append({pbx.isEmpty() ? Tr::tr("DNS servers asked")
                                   : Tr::tr("DNS servers asked for %1").arg(pbx),
                     lines.join(QStringLiteral("; "))});
    }
    return rows;
}

} // namespace easyuc
