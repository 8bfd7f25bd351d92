#include "profile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// Writing a profile back out, for reports: the same schema as the loader reads, with the TURN
// credentials replaced so that a report can be shared without leaking them.
namespace easyuc {

QByteArray ProfileLoader::toRedactedJson(const Profile& p)
{
    auto endpointString = [](const Endpoint& e) {
        return e.host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]:%2").arg(e.host).arg(e.port)
                                                 : QStringLiteral("%1:%2").arg(e.host).arg(e.port);
    };
    auto optionalEndpoint = [&](const std::optional<Endpoint>& e) {
        return e ? QJsonValue(endpointString(*e)) : QJsonValue(QJsonValue::Null);
    };
    QJsonObject rules{
        {QStringLiteral("https"), QJsonObject{{QStringLiteral("port"), p.httpsPort}}},
        {QStringLiteral("webrtc"),
         QJsonObject{{QStringLiteral("port"), p.webrtcPort},
                     {QStringLiteral("path"), p.webrtcPath},
                     {QStringLiteral("subprotocol"), p.webrtcSubprotocol}}},
        {QStringLiteral("rtp"),
         QJsonObject{{QStringLiteral("first"), p.rtpFirst},
                     {QStringLiteral("last"), p.rtpLast},
                     {QStringLiteral("samples"), p.rtpSamples},
                     {QStringLiteral("reflector"), optionalEndpoint(p.rtpReflector)}}},
        {QStringLiteral("webcti"), QJsonObject{{QStringLiteral("port"), p.webctiPort}}}};
    QJsonArray stun;
    for (const Endpoint& e : p.stun)
        stun.append(endpointString(e));
    QJsonArray turn;
    for (const TurnServer& t : p.turn)
        turn.append(QJsonObject{{QStringLiteral("host"), t.host},
                                {QStringLiteral("port"), t.port},
                                {QStringLiteral("transport"), turnTransportKey(t.transport)}});
    QJsonObject severity;
    for (auto it = p.severity.begin(); it != p.severity.end(); ++it)
        severity.insert(it.key(), severityKey(it.value()));
    const QJsonValue credentials =
        p.turnCredentials
            ? QJsonValue(QJsonObject{{QStringLiteral("username"), QStringLiteral("<redacted>")},
                                     {QStringLiteral("password"), QStringLiteral("<redacted>")}})
            : QJsonValue(QJsonValue::Null);
    const QJsonObject root{
        {QStringLiteral("schema"), p.schema},
        {QStringLiteral("name"), p.name},
        {QStringLiteral("pbx"), p.pbx},
        {QStringLiteral("timeouts"), QJsonObject{{QStringLiteral("checkMs"), p.checkTimeoutMs}}},
        {QStringLiteral("rules"), rules},
        {QStringLiteral("domains"), QJsonArray::fromStringList(p.domains)},
        {QStringLiteral("stun"), stun},
        {QStringLiteral("turn"), turn},
        {QStringLiteral("turnCredentials"), credentials},
        {QStringLiteral("sip"),
         QJsonObject{{QStringLiteral("port"), p.sipPort},
                     {QStringLiteral("reflector"), optionalEndpoint(p.sipReflector)}}},
        {QStringLiteral("mtu"), QJsonObject{{QStringLiteral("expected"), p.mtuExpected}}},
        {QStringLiteral("trust"), QJsonObject{{QStringLiteral("reference"), p.trustReference},
                                              {QStringLiteral("system"), p.trustSystem},
                                              {QStringLiteral("requireSct"), p.requireSct}}},
        {QStringLiteral("severity"), severity}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace easyuc
