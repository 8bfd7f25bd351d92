#pragma once

#include "core/engine/catalogue.h"
#include "core/engine/report.h"

#include <QUuid>

namespace easyuc::test {

// A finished run as the runner makes it: every requirement of the catalogue passed, R15 and R12
// with their evidence, then `failing` set to fail.
inline Report sampleReport(const QDateTime& startedAt, const QString& failing = {},
                           double rttMs = 20, const QString& runId = {})
{
    Report r;
    r.toolVersion = QStringLiteral("0.1.0");
    r.runId = runId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : runId;
    r.startedAt = startedAt;
    r.durationMs = 1500;
    r.profileName = QStringLiteral("Proxima Easy UC");
    r.pbx = QStringLiteral("pbx.lab.test");
    r.host.os = QStringLiteral("Debian GNU/Linux 12");
    r.host.hostName = QStringLiteral("client");
    r.host.interfaces.append({QStringLiteral("lan0"), 1500, {QStringLiteral("192.168.77.10")}});
    r.host.publicAddresses = {QStringLiteral("203.0.113.2")};
    for (const RequirementInfo& info : requirementCatalogue()) {
        ReportEntry e;
        e.severity = info.defaultSeverity;
        e.result.id = info.id;
        e.result.status = info.id == failing ? Status::Fail : Status::Pass;
        e.result.summary = QStringLiteral("summary of %1").arg(info.id);
        e.result.durationMs = 12;
        e.result.items.append({QStringLiteral("target <b>"), e.result.status, QStringLiteral("x")});
        e.result.addEvidence(QStringLiteral("address"), QStringLiteral("198.51.100.10"));
        e.result.addEvidence(QStringLiteral("address"), QStringLiteral("198.51.100.11"));
        if (info.id == QLatin1String("media.quality")) {
            e.result.addEvidence(QStringLiteral("rttMs"), QString::number(rttMs, 'f', 1));
            e.result.addEvidence(QStringLiteral("jitterMs"), QStringLiteral("1.5"));
            e.result.addEvidence(QStringLiteral("lossPercent"), QStringLiteral("0.0"));
        }
        if (info.id == QLatin1String("firewall.mtu")) {
            e.result.addEvidence(QStringLiteral("interface.mtu"), QStringLiteral("1500"));
            e.result.addEvidence(QStringLiteral("path.largestAnswered"), QStringLiteral("1500"));
        }
        if (e.result.status == Status::Fail)
            e.result.remediation = QStringLiteral("do something");
        r.entries.append(e);
    }
    r.overall = overallStatus(r.entries);
    r.profileJson = QByteArrayLiteral("{\"schema\": 1, \"pbx\": \"pbx.lab.test\"}");
    r.logTail = {QStringLiteral("a log line")};
    return r;
}

} // namespace easyuc::test
