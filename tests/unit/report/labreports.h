#pragma once
// Reports as real lab runs produced them (tests/lab: healthy, sip-alg, all-silent), read back
// from the JSON the CLI wrote there, so the PDF tests page through realistic content without
// any network. Evidence comes back in key order (the JSON object sorts keys), which groups the
// same facts the same way.

#include "engine/report.h"
#include "engine/status.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace easyuc::test {

inline QStringList jsonStrings(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& s : v.toArray())
        out.append(s.toString());
    return out;
}

// The report in data/lab-NAME.json ("healthy-en", "sip-alg-it" …); an empty report (no
// entries) when the file cannot be read.
inline Report labReport(const QString& name)
{
    QFile file(QStringLiteral(EASYUC_REPORT_DATA_DIR "/lab-%1.json").arg(name));
    Report report;
    if (!file.open(QIODevice::ReadOnly))
        return report;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    report.toolVersion =
        root.value(QStringLiteral("tool")).toObject().value(QStringLiteral("version")).toString();
    report.startedAt = QDateTime::fromString(root.value(QStringLiteral("startedAt")).toString(),
                                             Qt::ISODateWithMs);
    report.durationMs = root.value(QStringLiteral("durationMs")).toInteger();
    const QJsonObject profile = root.value(QStringLiteral("profile")).toObject();
    report.profileName = profile.value(QStringLiteral("name")).toString();
    report.pbx = profile.value(QStringLiteral("pbx")).toString();
    statusFromKey(root.value(QStringLiteral("overall")).toString(), &report.overall);

    const QJsonObject host = root.value(QStringLiteral("host")).toObject();
    HostInfo& h = report.host;
    h.os = host.value(QStringLiteral("os")).toString();
    h.osName = host.value(QStringLiteral("osName")).toString();
    h.osVersion = host.value(QStringLiteral("osVersion")).toString();
    h.kernel = host.value(QStringLiteral("kernel")).toString();
    h.hostName = host.value(QStringLiteral("hostName")).toString();
    h.gateways = jsonStrings(host.value(QStringLiteral("gateways")));
    h.dnsServers = jsonStrings(host.value(QStringLiteral("dnsServers")));
    h.proxy = host.value(QStringLiteral("proxy")).toString();
    h.proxyError = host.value(QStringLiteral("proxyError")).toString();
    h.publicAddresses = jsonStrings(host.value(QStringLiteral("publicAddresses")));
    for (const QJsonValue& v : host.value(QStringLiteral("interfaces")).toArray()) {
        const QJsonObject i = v.toObject();
        h.interfaces.append(InterfaceInfo{i.value(QStringLiteral("name")).toString(),
                                          i.value(QStringLiteral("mtu")).toInt(),
                                          jsonStrings(i.value(QStringLiteral("addresses")))});
    }

    for (const QJsonValue& v : root.value(QStringLiteral("requirements")).toArray()) {
        const QJsonObject r = v.toObject();
        ReportEntry e;
        e.severity = r.value(QStringLiteral("severity")).toString() == QStringLiteral("advisory")
                         ? Severity::Advisory
                         : Severity::Required;
        RequirementResult& res = e.result;
        res.id = r.value(QStringLiteral("id")).toString();
        statusFromKey(r.value(QStringLiteral("status")).toString(), &res.status);
        res.summary = r.value(QStringLiteral("summary")).toString();
        res.remediation = r.value(QStringLiteral("remediation")).toString();
        res.durationMs = r.value(QStringLiteral("durationMs")).toInteger();
        res.selected = r.value(QStringLiteral("selected")).toBool(true);
        for (const QJsonValue& iv : r.value(QStringLiteral("items")).toArray()) {
            const QJsonObject i = iv.toObject();
            ResultItem item{i.value(QStringLiteral("target")).toString(), Status::Skipped,
                            i.value(QStringLiteral("summary")).toString()};
            statusFromKey(i.value(QStringLiteral("status")).toString(), &item.status);
            res.items.append(item);
        }
        const QJsonObject evidence = r.value(QStringLiteral("evidence")).toObject();
        for (auto it = evidence.begin(); it != evidence.end(); ++it) {
            if (it.value().isArray()) {
                for (const QString& s : jsonStrings(it.value()))
                    res.addEvidence(it.key(), s);
            } else {
                res.addEvidence(it.key(), it.value().toString());
            }
        }
        report.entries.append(e);
    }
    const QJsonObject appendix = root.value(QStringLiteral("appendix")).toObject();
    report.profileJson =
        QJsonDocument(appendix.value(QStringLiteral("profile")).toObject()).toJson();
    report.logTail = jsonStrings(appendix.value(QStringLiteral("logTail")));
    return report;
}

} // namespace easyuc::test
