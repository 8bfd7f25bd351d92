#include "jsonreport.h"

#include "../engine/catalogue.h"
#include "../engine/report.h"
#include "hostfactsjson.h"
#include "reportmodel.h"
#include "supportcode.h"
#include "verdictsummary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>

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

// A measured figure, or null when nothing was measured (negative).
QJsonValue figure(double value, int decimals)
{
    if (value < 0)
        return QJsonValue::Null;
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

// The call test (issue 14; DESIGN §5 callTest), when one was asked for.
QJsonObject callTestJson(const CallTestResult& c)
{
    QJsonArray series;
    for (const CallTestSecond& s : c.series)
        series.append(QJsonObject{{QStringLiteral("t"), s.t},
                                  {QStringLiteral("rttMs"), figure(s.rttMs, 1)},
                                  {QStringLiteral("jitterMs"), figure(s.jitterMs, 2)},
                                  {QStringLiteral("lossPct"), figure(s.lossPct, 1)},
                                  {QStringLiteral("sent"), s.sent},
                                  {QStringLiteral("received"), s.received},
                                  {QStringLiteral("burstLoss"), s.burstLoss},
                                  {QStringLiteral("reordered"), s.reordered},
                                  {QStringLiteral("duplicates"), s.duplicates}});
    const bool measured = c.packetsReceived > 0;
    return QJsonObject{
        {QStringLiteral("ran"), c.ran},
        {QStringLiteral("error"), c.error.isEmpty() ? QJsonValue() : QJsonValue(c.error)},
        {QStringLiteral("durationS"), c.durationS},
        {QStringLiteral("codec"), c.codec},
        {QStringLiteral("target"), c.target},
        {QStringLiteral("targetKind"), c.targetKind},
        {QStringLiteral("packetBytes"), c.packetBytes},
        {QStringLiteral("packetsSent"), c.packetsSent},
        {QStringLiteral("packetsReceived"), c.packetsReceived},
        {QStringLiteral("packetsLost"), c.packetsLost},
        {QStringLiteral("mos"), measured ? figure(c.mos, 2) : QJsonValue()},
        {QStringLiteral("rFactor"), measured ? figure(c.rFactor, 1) : QJsonValue()},
        {QStringLiteral("rttMs"), figure(c.rttMs, 1)},
        {QStringLiteral("jitterMs"), figure(c.jitterMs, 2)},
        {QStringLiteral("meanJitterMs"), figure(c.meanJitterMs, 2)},
        {QStringLiteral("lossPct"), measured ? figure(c.lossPct, 2) : QJsonValue()},
        {QStringLiteral("worstLoss15sPct"), measured ? figure(c.worstLoss15sPct, 1) : QJsonValue()},
        {QStringLiteral("worstBurstLossPct"),
         measured ? figure(c.worstBurstLossPct, 1) : QJsonValue()},
        {QStringLiteral("maxBurstLoss"), c.maxBurstLoss},
        {QStringLiteral("burstRatio"), figure(c.burstRatio, 2)},
        {QStringLiteral("reorderPct"), figure(c.reorderPct, 2)},
        {QStringLiteral("reordered"), c.reordered},
        {QStringLiteral("duplicates"), c.duplicates},
        {QStringLiteral("effectiveLatencyMs"),
         measured ? figure(c.effectiveLatencyMs, 1) : QJsonValue()},
        {QStringLiteral("series"), series}};
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
    QJsonObject root{
        {QStringLiteral("schema"), 1},
        {QStringLiteral("tool"), QJsonObject{{QStringLiteral("name"), report.toolName},
                                             {QStringLiteral("version"), report.toolVersion}}},
        {QStringLiteral("runId"), report.runId},
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
             {QStringLiteral("proxyError"), h.proxyError},
             {QStringLiteral("publicAddresses"), QJsonArray::fromStringList(h.publicAddresses)},
             {QStringLiteral("path"), pathJson(h.path)}}},
        {QStringLiteral("requirements"), requirements},
        {QStringLiteral("appendix"), appendixJson(report)}};
    if (report.callTest.ran || report.callTest.durationS > 0)
        root.insert(QStringLiteral("callTest"), callTestJson(report.callTest));
    QJsonObject host = root.value(QStringLiteral("host")).toObject();
    addHostFactsJson(h, &host); // issue 15: link, vpn, proxy (object), proxyAnswer, resolvers
    root.insert(QStringLiteral("host"), host);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace easyuc
