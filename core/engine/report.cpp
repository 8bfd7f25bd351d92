#include "report.h"

#include <QNetworkInterface>
#include <QSysInfo>

namespace easyuc {

const ReportEntry* Report::entry(const QString& id) const
{
    for (const ReportEntry& e : entries) {
        if (e.result.id == id)
            return &e;
    }
    return nullptr;
}

Status overallStatus(const QList<ReportEntry>& entries)
{
    if (entries.isEmpty())
        return Status::Warn;
    bool anyWarn = false;
    for (const ReportEntry& e : entries) {
        switch (e.result.status) {
        case Status::Fail:
            if (e.severity == Severity::Required)
                return Status::Fail;
            anyWarn = true;
            break;
        case Status::Warn:
        case Status::Skipped:
        case Status::Error: anyWarn = true; break;
        case Status::Pass: break;
        }
    }
    return anyWarn ? Status::Warn : Status::Pass;
}

HostInfo HostInfo::collect()
{
    HostInfo info;
    info.os = QSysInfo::prettyProductName() + QStringLiteral(" (") + QSysInfo::kernelType() +
              QLatin1Char(' ') + QSysInfo::kernelVersion() + QLatin1Char(')');
    const auto all = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface& nif : all) {
        if (!(nif.flags() & QNetworkInterface::IsUp))
            continue;
        InterfaceInfo i;
        i.name = nif.humanReadableName();
        i.mtu = nif.maximumTransmissionUnit();
        for (const QNetworkAddressEntry& entry : nif.addressEntries())
            i.addresses.append(entry.ip().toString() + QLatin1Char('/') +
                               QString::number(entry.prefixLength()));
        info.interfaces.append(i);
    }
    return info;
}

} // namespace easyuc
