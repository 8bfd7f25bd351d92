#pragma once

#include "result.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace easyuc {

// A network interface of the machine the diagnosis ran on.
struct InterfaceInfo
{
    QString name;
    int mtu = 0;
    QStringList addresses;
};

// What the machine looked like during the run.
struct HostInfo
{
    QString os;
    QList<InterfaceInfo> interfaces;
    QStringList publicAddresses;

    static HostInfo collect();
};

// One requirement in a finished run: its result plus how much it weighed.
struct ReportEntry
{
    RequirementResult result;
    Severity severity = Severity::Required;
};

// Everything a finished run produced; the input of every report writer.
struct Report
{
    QString toolName = QStringLiteral("easyuc-diag");
    QString toolVersion;
    QDateTime startedAt;
    qint64 durationMs = 0;
    QString profileName;
    QString pbx;
    Status overall = Status::Skipped;
    HostInfo host;
    QList<ReportEntry> entries; // in catalogue order

    const ReportEntry* entry(const QString& id) const;
};

// DESIGN §2: fail if a required requirement fails; warn if anything warns, is skipped or
// errored, or an advisory one fails; otherwise pass. An empty run is not a pass.
Status overallStatus(const QList<ReportEntry>& entries);

} // namespace easyuc

Q_DECLARE_METATYPE(easyuc::Report)
