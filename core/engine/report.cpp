#include "report.h"

#include "../profile/profile.h"
#include "core/platform/platform.h"
#include "logging.h"

#include <QFile>
#include <QNetworkInterface>
#include <QNetworkProxyFactory>
#include <QSysInfo>
#include <QUrl>

namespace easyuc {

namespace {

// The proxy the system would use for HTTPS to `host`: type and address only, never the
// user name or password a proxy URL may carry.
QString systemProxy(const QString& host)
{
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(host.isEmpty() ? QStringLiteral("example.com") : host);
    const QList<QNetworkProxy> proxies =
        QNetworkProxyFactory::systemProxyForQuery(QNetworkProxyQuery(url));
    QStringList described;
    for (const QNetworkProxy& p : proxies) {
        if (p.type() == QNetworkProxy::NoProxy || p.type() == QNetworkProxy::DefaultProxy ||
            p.hostName().isEmpty())
            continue;
        const QString scheme = p.type() == QNetworkProxy::Socks5Proxy ? QStringLiteral("socks5")
                                                                      : QStringLiteral("http");
        described.append(QStringLiteral("%1://%2:%3").arg(scheme, p.hostName()).arg(p.port()));
    }
    return described.join(QStringLiteral(", "));
}

} // namespace

const ReportEntry* Report::entry(const QString& id) const
{
    for (const ReportEntry& e : entries) {
        if (e.result.id == id)
            return &e;
    }
    return nullptr;
}

void Report::attachAppendix(const Profile& profile, int logLines)
{
    profileJson = ProfileLoader::toRedactedJson(profile);
    logTail = readTailLines(logFilePath(), logLines);
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
        case Status::Error:
            anyWarn = true;
            break;
        case Status::Pass:
            break;
        }
    }
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

HostInfo HostInfo::collect(const QString& probeHost)
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
    info.proxy = systemProxy(probeHost);
    return info;
}

} // namespace easyuc
