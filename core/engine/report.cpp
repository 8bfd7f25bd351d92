#include "report.h"

#include "../profile/profile.h"
#include "core/platform/platform.h"
#include "logging.h"
#include "proxyquery.h"

#include <QFile>
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

void Report::attachAppendix(const Profile& profile, LogMark runStart, int logLines)
{
    profileJson = ProfileLoader::toRedactedJson(profile);
    logTail = logLinesSince(runStart, logLines);
}

Status overallStatus(const QList<ReportEntry>& entries)
{
    if (entries.isEmpty())
        return Status::Warn;
    bool anyWarn = false;
    bool anySelected = false;
    for (const ReportEntry& e : entries) {
        // Left out by --only: neither a warning nor a pass.
        if (!e.result.selected)
            continue;
        anySelected = true;
        switch (e.result.status) {
        case Status::Fail:
            if (e.severity == Severity::Required)
                return Status::Fail;
            anyWarn = true;
            break;
        case Status::Warn:
        case Status::Skipped:
        case Status::Error:
            anyWarn = true;
            break;
        case Status::Pass:
            break;
        }
    }
    if (!anySelected)
        return Status::Warn;
    return anyWarn ? Status::Warn : Status::Pass;
}

QStringList readTailLines(const QString& path, int maxLines)
{
    QFile f(path);
    if (maxLines <= 0 || !f.open(QIODevice::ReadOnly))
        return {};
    // Lines are short; the last 64 KiB hold far more than a report shows.
    constexpr qint64 kWindow = 64 * 1024;
    const bool cut = f.size() > kWindow;
    if (cut)
        f.seek(f.size() - kWindow);
    QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
    if (cut && !lines.isEmpty())
        lines.removeFirst(); // a partial line
    while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
        lines.removeLast();
    return lines.mid(qMax(qsizetype(0), lines.size() - maxLines));
}

void HostInfo::setProxy(const QString& answer, bool timedOut, int timeoutMs)
{
    proxy = timedOut ? QString() : answer;
    proxyError = timedOut ? QStringLiteral("no answer from the system within %1 ms").arg(timeoutMs)
                          : QString();
}

HostInfo HostInfo::collect(const QString& probeHost, int proxyTimeoutMs)
{
    HostInfo info;
    info.osName = QSysInfo::prettyProductName();
    info.osVersion = QSysInfo::productVersion();
    info.kernel = QSysInfo::kernelType() + QLatin1Char(' ') + QSysInfo::kernelVersion();
    info.os = info.osName + QStringLiteral(" (") + info.kernel + QLatin1Char(')');
    info.hostName = QSysInfo::machineHostName();
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
    info.gateways = platform::defaultGateways();
    info.dnsServers = platform::dnsServers();
    if (proxyTimeoutMs >= 0) {
        bool timedOut = false;
        const QString answer = ProxyQuery::query(probeHost, proxyTimeoutMs, &timedOut);
        info.setProxy(answer, timedOut, proxyTimeoutMs);
    }
    return info;
}

} // namespace easyuc
