#include "hostfactsjson.h"

#include <QJsonArray>

namespace easyuc {

namespace {
QJsonValue orNull(bool known, const QJsonValue& value)
{
    return known ? value : QJsonValue(QJsonValue::Null);
}

QJsonValue text(const QString& s)
{
    return orNull(!s.isEmpty(), s);
}
} // namespace

void addHostFactsJson(const HostInfo& h, QJsonObject* json)
{
    const LinkInfo& l = h.link;
    const bool wifi = l.type == QStringLiteral("wifi");
    json->insert(
        QStringLiteral("link"),
        QJsonObject{{QStringLiteral("type"), text(l.type)},
                    {QStringLiteral("interface"), text(l.interfaceName)},
                    {QStringLiteral("source"), text(l.source)},
                    {QStringLiteral("wifi"),
                     orNull(wifi, QJsonObject{{QStringLiteral("signalPct"),
                                               orNull(l.wifiSignalPct >= 0, l.wifiSignalPct)},
                                              {QStringLiteral("signalDbm"),
                                               orNull(l.wifiSignalDbm != 0, l.wifiSignalDbm)},
                                              {QStringLiteral("band"), text(l.wifiBand)},
                                              {QStringLiteral("rateMbps"),
                                               orNull(l.linkRateMbps > 0, l.linkRateMbps)}})}});
    const VpnInfo& v = h.vpn;
    json->insert(
        QStringLiteral("vpn"),
        QJsonObject{{QStringLiteral("active"), orNull(v.ran, v.active)},
                    {QStringLiteral("interface"), text(v.interfaceName)},
                    {QStringLiteral("kind"), text(v.kind)},
                    {QStringLiteral("routedTargets"), QJsonArray::fromStringList(v.routedTargets)},
                    {QStringLiteral("error"), text(v.error)}});
    const ProxyInfo& p = h.proxyInfo;
    QJsonArray tunnels;
    for (const ProxyTunnel& t : p.tunnels)
        tunnels.append(QJsonObject{
            {QStringLiteral("target"), t.target},
            {QStringLiteral("purpose"), t.purpose},
            {QStringLiteral("status"), orNull(t.status != 0, t.status)},
            {QStringLiteral("statusLine"), text(t.statusLine)},
            {QStringLiteral("error"), text(t.error)},
            {QStringLiteral("tls"), t.tlsOk},
            {QStringLiteral("tlsError"), text(t.tlsError)},
            {QStringLiteral("websocketStatus"), orNull(t.upgradeStatus != 0, t.upgradeStatus)},
            {QStringLiteral("ms"), orNull(t.elapsedMs >= 0, t.elapsedMs)}});
    // `proxy` was the system's answer string before issue 15; it is kept as proxyAnswer.
    json->insert(QStringLiteral("proxyAnswer"), h.proxy);
    json->insert(QStringLiteral("proxy"), QJsonObject{{QStringLiteral("kind"), text(p.kind)},
                                                      {QStringLiteral("address"), text(p.address)},
                                                      {QStringLiteral("pacUrl"), text(p.pacUrl)},
                                                      {QStringLiteral("source"), text(p.source)},
                                                      {QStringLiteral("error"), text(p.error)},
                                                      {QStringLiteral("tunnels"), tunnels}});
    QJsonArray resolvers;
    for (const DnsResolverInfo& r : h.resolvers)
        resolvers.append(
            QJsonObject{{QStringLiteral("server"), r.server},
                        {QStringLiteral("answerMs"), orNull(r.answerMs >= 0, r.answerMs)},
                        {QStringLiteral("addresses"), QJsonArray::fromStringList(r.pbxAddresses)},
                        {QStringLiteral("error"), text(r.error)},
                        // a resolver that gave no answer neither agrees nor differs
                        {QStringLiteral("agrees"),
                         orNull(r.error.isEmpty() && !r.pbxAddresses.isEmpty(), r.agrees)}});
    json->insert(QStringLiteral("resolvers"), resolvers);
}

} // namespace easyuc
