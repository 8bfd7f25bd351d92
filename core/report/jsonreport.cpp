#include "jsonreport.h"

#include "../engine/catalogue.h"
#include "../engine/report.h"
#include "reportmodel.h"
#include "supportcode.h"
#include "verdictsummary.h"

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
                       {QStringLiteral("durationMs"), r.durationMs},
                       {QStringLiteral("selected"), r.selected}};
}

// The one cause behind the whole run, or null when there is none.
QJsonValue rootCauseJson(const Report& report)
{
    const std::optional<RootCause> cause = findRootCause(report);
    if (!cause)
        return QJsonValue(QJsonValue::Null);
    return QJsonObject{{QStringLiteral("id"), cause->id},
                       {QStringLiteral("summary"), cause->summary},
                       {QStringLiteral("action"), cause->action},
                       {QStringLiteral("failed"), QJsonArray::fromStringList(cause->failed)},
                       {QStringLiteral("unproven"), QJsonArray::fromStringList(cause->unproven)},
                       {QStringLiteral("notRun"), QJsonArray::fromStringList(cause->notRun)}};
}

// The appendix of the other formats, as data (certificate "seenIn" is the requirement label).
QJsonObject appendixJson(const Report& report)
{
    const ReportModel model = ReportModel::build(report);
    QJsonArray certificates;
    for (const CertificateView& c : model.certificates)
        certificates.append(QJsonObject{{QStringLiteral("seenIn"), c.source},
                                        {QStringLiteral("target"), c.target},
                                        {QStringLiteral("depth"), c.depth},
                                        {QStringLiteral("subject"), c.subject},
                                        {QStringLiteral("issuer"), c.issuer},
                                        {QStringLiteral("sha256"), c.sha256}});
    QJsonArray sip;
    for (const SipLineView& l : model.sipLines)
        sip.append(QJsonObject{{QStringLiteral("seenIn"), l.source},
                               {QStringLiteral("key"), l.key},
                               {QStringLiteral("line"), l.line}});
    const QJsonDocument profile = QJsonDocument::fromJson(report.profileJson);
    return QJsonObject{{QStringLiteral("profile"), profile.isObject()
                                                       ? QJsonValue(profile.object())
                                                       : QJsonValue(QJsonValue::Null)},
                       {QStringLiteral("certificates"), certificates},
                       {QStringLiteral("sipLines"), sip},
                       {QStringLiteral("logTail"), QJsonArray::fromStringList(report.logTail)}};
}
// DESIGN §5 host.path: the hops of the MTR-style path; null when it was not traced.
QJsonValue pathJson(const PathInfo& path)
{
    if (!path.ran)
        return QJsonValue(QJsonValue::Null);
    const auto number = [](double v) {
        return v < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(v);
    };
    QJsonArray hops;
    for (const PathHop& h : path.hops)
        hops.append(QJsonObject{
            {QStringLiteral("ttl"), h.ttl},
            {QStringLiteral("address"),
             h.address.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(h.address)},
            {QStringLiteral("name"),
             h.name.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(h.name)},
            {QStringLiteral("zone"), h.zone},
            {QStringLiteral("rttMs"), number(h.rttMs < 0 ? -1 : qRound(h.rttMs * 100) / 100.0)},
            {QStringLiteral("lossPct"), qRound(h.lossPct * 10) / 10.0},
            {QStringLiteral("sent"), h.sent},
            {QStringLiteral("received"), h.received}});
    return QJsonObject{{QStringLiteral("target"), path.target},
                       {QStringLiteral("reached"), path.reached},
                       {QStringLiteral("lossFromTtl"), path.lossFromTtl > 0
                                                           ? QJsonValue(path.lossFromTtl)
                                                           : QJsonValue(QJsonValue::Null)},
                       {QStringLiteral("rounds"), path.rounds},
                       {QStringLiteral("durationMs"), path.durationMs},
                       {QStringLiteral("error"), path.error.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                      : QJsonValue(path.error)},
                       {QStringLiteral("hops"), hops}};
}
} // namespace

QByteArray JsonReport::write(const Report& report)
{
    QJsonArray interfaces;
    for (const InterfaceInfo& i : report.host.interfaces)
        interfaces.append(
            QJsonObject{{QStringLiteral("name"), i.name},
                        {QStringLiteral("mtu"), i.mtu},
                        {QStringLiteral("addresses"), QJsonArray::fromStringList(i.addresses)}});
    QJsonArray requirements;
    for (const ReportEntry& e : report.entries)
        requirements.append(requirementJson(e));
    const HostInfo& h = report.host;
    const QJsonObject root{
        {QStringLiteral("schema"), 1},
        {QStringLiteral("tool"), QJsonObject{{QStringLiteral("name"), report.toolName},
                                             {QStringLiteral("version"), report.toolVersion}}},
        {QStringLiteral("startedAt"),
         report.startedAt.toOffsetFromUtc(report.startedAt.offsetFromUtc())
             .toString(Qt::ISODateWithMs)},
        {QStringLiteral("durationMs"), report.durationMs},
        {QStringLiteral("profile"), QJsonObject{{QStringLiteral("name"), report.profileName},
                                                {QStringLiteral("pbx"), report.pbx}}},
        {QStringLiteral("overall"), statusKey(report.overall)},
        {QStringLiteral("supportCode"), SupportCode::encode(report)},
        {QStringLiteral("rootCause"), rootCauseJson(report)},
        {QStringLiteral("host"),
         QJsonObject{
             {QStringLiteral("os"), h.os},
             {QStringLiteral("osName"), h.osName},
             {QStringLiteral("osVersion"), h.osVersion},
             {QStringLiteral("kernel"), h.kernel},
             {QStringLiteral("hostName"), h.hostName},
             {QStringLiteral("interfaces"), interfaces},
             {QStringLiteral("gateways"), QJsonArray::fromStringList(h.gateways)},
             {QStringLiteral("dnsServers"), QJsonArray::fromStringList(h.dnsServers)},
             {QStringLiteral("proxy"), h.proxy},
             {QStringLiteral("proxyError"), h.proxyError},
             {QStringLiteral("publicAddresses"), QJsonArray::fromStringList(h.publicAddresses)},
             {QStringLiteral("path"), pathJson(h.path)}}},
        {QStringLiteral("requirements"), requirements},
        {QStringLiteral("appendix"), appendixJson(report)}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace easyuc
