#include "catalogue.h"

#include <QCoreApplication>

namespace easyuc {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Catalogue)
};

const QString kPbxDns = QStringLiteral("pbx.dns");

QList<RequirementInfo> build()
{
    using G = RequirementGroup;
    const Severity req = Severity::Required;
    // One entry; `runsAfter` is optional (most requirements have none).
    const auto r = [](const QString& id, int number, G group, Severity severity,
                      const QString& seedRef, const QStringList& dependsOn,
                      const QStringList& runsAfter = {}) {
        RequirementInfo info;
        info.id = id;
        info.number = number;
        info.group = group;
        info.defaultSeverity = severity;
        info.seedRef = seedRef;
        info.dependsOn = dependsOn;
        info.runsAfter = runsAfter;
        return info;
    };
    return {
        r(QStringLiteral("internet.access"), 1, G::InternetAccess, req, QStringLiteral("A"), {}),
        r(kPbxDns, 2, G::InternetAccess, req, QStringLiteral("A"), {}),
        r(QStringLiteral("pbx.https"), 3, G::InternetAccess, req, QStringLiteral("A #1"),
          {kPbxDns}),
        r(QStringLiteral("pbx.webrtc"), 4, G::InternetAccess, req, QStringLiteral("A #2"),
          {kPbxDns}),
        r(QStringLiteral("pbx.rtp"), 5, G::InternetAccess, req, QStringLiteral("A #3"), {kPbxDns}),
        r(QStringLiteral("pbx.webcti"), 6, G::InternetAccess, req, QStringLiteral("A #4"),
          {kPbxDns}),
        r(QStringLiteral("domains.reach"), 7, G::InternetAccess, req, QStringLiteral("A.5"), {}),
        r(QStringLiteral("stun.binding"), 8, G::InternetAccess, req, QStringLiteral("A.6"), {}),
        r(QStringLiteral("turn.reach"), 9, G::InternetAccess, req, QStringLiteral("A.6"), {}),
        r(QStringLiteral("firewall.sip-alg"), 10, G::FirewallRouter, req, QStringLiteral("B.1"),
          {kPbxDns}),
        r(QStringLiteral("firewall.nat"), 11, G::FirewallRouter, req, QStringLiteral("B.1"), {}),
        r(QStringLiteral("firewall.mtu"), 12, G::FirewallRouter, req, QStringLiteral("B.2"),
          {kPbxDns}),
        r(QStringLiteral("firewall.public-ip"), 13, G::FirewallRouter, req, QStringLiteral("B.2"),
          {}),
        r(QStringLiteral("tls.interception"), 14, G::TlsFiltering, req, QStringLiteral("C"), {}),
        r(QStringLiteral("media.quality"), 15, G::InternetAccess, Severity::Advisory,
          QStringLiteral("A #3"), {}),
        r(QStringLiteral("system.clock"), 16, G::TlsFiltering, req, QStringLiteral("A #1, C"), {},
          // The servers' Date headers arrive with the HTTP answers of these checks.
          {QStringLiteral("internet.access"), QStringLiteral("pbx.https"),
           QStringLiteral("pbx.webcti"), QStringLiteral("domains.reach")}),
    };
}
} // namespace

QString RequirementInfo::title() const
{
    switch (number) {
    case 1:
        return Tr::tr("Internet access");
    case 2:
        return Tr::tr("PBX address (DNS)");
    case 3:
        return Tr::tr("PBX web access (HTTPS, TCP %1)").arg(443);
    case 4:
        return Tr::tr("WebRTC signalling (secure WebSocket, TCP %1)").arg(7443);
    case 5:
        return Tr::tr("Audio and video (RTP, UDP %1-%2)").arg(16384).arg(32768);
    case 6:
        return Tr::tr("Desk phone control (WebCTI, TCP %1)").arg(8000);
    case 7:
        return Tr::tr("Proxima service domains");
    case 8:
        return Tr::tr("STUN (public address discovery)");
    case 9:
        return Tr::tr("TURN relay servers");
    case 10:
        return Tr::tr("No SIP ALG or packet inspection");
    case 11:
        return Tr::tr("NAT behaviour");
    case 12:
        return Tr::tr("MTU (packet size)");
    case 13:
        return Tr::tr("One stable public IP address");
    case 14:
        return Tr::tr("No TLS/SSL interception");
    case 15:
        return Tr::tr("Media quality (delay, jitter, loss)");
    case 16:
        return Tr::tr("Date and time of this computer");
    }
    return id;
}

QString RequirementInfo::description() const
{
    switch (number) {
    case 1:
        return Tr::tr("Names resolve and at least one Proxima server answers over HTTPS.");
    case 2:
        return Tr::tr("The PBX name resolves to an address.");
    case 3:
        return Tr::tr("The PBX answers on HTTPS with a valid certificate for its name.");
    case 4:
        return Tr::tr("The PBX accepts a secure WebSocket for SIP and answers a SIP request.");
    case 5:
        return Tr::tr("UDP packets reach the PBX across the RTP port range.");
    case 6:
        return Tr::tr("The PBX answers HTTP on the WebCTI port.");
    case 7:
        return Tr::tr("Each Proxima domain resolves and answers over HTTPS.");
    case 8:
        return Tr::tr("The STUN servers answer and report the public address.");
    case 9:
        return Tr::tr("The TURN servers answer over UDP, TCP and TLS.");
    case 10:
        return Tr::tr("No device on the way rewrites SIP messages.");
    case 11:
        return Tr::tr("The router keeps the same public port for a local port.");
    case 12:
        return Tr::tr("Full-size packets (1500 bytes) pass without fragmentation.");
    case 13:
        return Tr::tr("All connections leave from the same public IP address.");
    case 14:
        return Tr::tr("Secure connections reach Proxima without being decrypted on the way.");
    case 15:
        return Tr::tr("Round-trip time, jitter and packet loss suit voice calls.");
    case 16:
        return Tr::tr("This computer's clock agrees with the servers' time, so certificates "
                      "can be checked.");
    }
    return {};
}

const QList<RequirementInfo>& requirementCatalogue()
{
    static const QList<RequirementInfo> catalogue = build();
    return catalogue;
}

const RequirementInfo* findRequirement(const QString& id)
{
    for (const RequirementInfo& info : requirementCatalogue()) {
        if (info.id == id)
            return &info;
    }
    return nullptr;
}

QStringList knownRequirementIds()
{
    QStringList ids;
    for (const RequirementInfo& info : requirementCatalogue())
        ids.append(info.id);
    return ids;
}

QStringList unknownRequirementIds(const QStringList& ids)
{
    QStringList unknown;
    for (const QString& id : ids) {
        if (!findRequirement(id))
            unknown.append(id);
    }
    return unknown;
}

QString requirementIdFor(const QString& typed)
{
    const QString t = typed.trimmed();
    if (findRequirement(t))
        return t;
    if (t.size() > 1 && (t.at(0) == QLatin1Char('R') || t.at(0) == QLatin1Char('r'))) {
        bool ok = false;
        const int number = t.mid(1).toInt(&ok);
        for (const RequirementInfo& info : requirementCatalogue()) {
            if (ok && info.number == number)
                return info.id;
        }
    }
    return {};
}

QString groupTitle(RequirementGroup group)
{
    switch (group) {
    case RequirementGroup::InternetAccess:
        return Tr::tr("Internet access");
    case RequirementGroup::FirewallRouter:
        return Tr::tr("Firewall and router");
    case RequirementGroup::TlsFiltering:
        return Tr::tr("TLS filtering");
    }
    return {};
}

} // namespace easyuc
