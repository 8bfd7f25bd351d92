#include "jsonreport.h"

#include "../engine/catalogue.h"
#include "../engine/report.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace easyuc {

namespace {
QJsonObject requirementJson(const ReportEntry& entry)
{
    const RequirementResult& r = entry.result;
    const RequirementInfo* info = findRequirement(r.id);
    QJsonArray items;
    for (const ResultItem& item : r.items)
        items.append(QJsonObject{{QStringLiteral("target"), item.target},
                                 {QStringLiteral("status"), statusKey(item.status)},
                                 {QStringLiteral("summary"), item.summary}});
    // Evidence keys may repeat (one per certificate, per address); repeated keys become lists.
    QJsonObject evidence;
    for (const Evidence& e : r.evidence) {
        const QJsonValue existing = evidence.value(e.key);
        if (existing.isUndefined()) {
            evidence.insert(e.key, e.value);
        } else {
            QJsonArray list = existing.isArray() ? existing.toArray() : QJsonArray{existing};
            list.append(e.value);
            evidence.insert(e.key, list);
        }
    }
    return QJsonObject{{QStringLiteral("id"), r.id},
                       {QStringLiteral("number"), info ? info->number : 0},
                       {QStringLiteral("title"), info ? info->title() : r.id},
                       {QStringLiteral("severity"), severityKey(entry.severity)},
                       {QStringLiteral("status"), statusKey(r.status)},
                       {QStringLiteral("summary"), r.summary},
                       {QStringLiteral("items"), items},
                       {QStringLiteral("evidence"), evidence},
                       {QStringLiteral("remediation"), r.remediation},
                       {QStringLiteral("durationMs"), r.durationMs}};
}
} // namespace

QByteArray JsonReport::write(const Report& report)
{
    QJsonArray interfaces;
    for (const InterfaceInfo& i : report.host.interfaces)
        interfaces.append(QJsonObject{{QStringLiteral("name"), i.name},
                                      {QStringLiteral("mtu"), i.mtu},
                                      {QStringLiteral("addresses"),
                                       QJsonArray::fromStringList(i.addresses)}});
    QJsonArray requirements;
    for (const ReportEntry& e : report.entries)
        requirements.append(requirementJson(e));
    const QJsonObject root{
        {QStringLiteral("schema"), 1},
        {QStringLiteral("tool"), QJsonObject{{QStringLiteral("name"), report.toolName},
                                             {QStringLiteral("version"), report.toolVersion}}},
        {QStringLiteral("startedAt"), report.startedAt.toOffsetFromUtc(
                                          report.startedAt.offsetFromUtc()).toString(Qt::ISODateWithMs)},
        {QStringLiteral("durationMs"), report.durationMs},
        {QStringLiteral("profile"), QJsonObject{{QStringLiteral("name"), report.profileName},
                                                {QStringLiteral("pbx"), report.pbx}}},
        {QStringLiteral("overall"), statusKey(report.overall)},
        {QStringLiteral("host"),
         QJsonObject{{QStringLiteral("os"), report.host.os},
                     {QStringLiteral("interfaces"), interfaces},
                     {QStringLiteral("publicAddresses"),
                      QJsonArray::fromStringList(report.host.publicAddresses)}}},
        {QStringLiteral("requirements"), requirements}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace easyuc
