#include "report.h"

#include "../profile/profile.h"
#include "logging.h"
#include "proxyquery.h"

#include <QFile>
#include <QNetworkInterface>
#include <QSysInfo>

namespace easyuc {

namespace {

#ifdef Q_OS_LINUX
// /proc/net/route holds IPv4 addresses as host-order hex of the network-order bytes.
QString ipv4FromProcHex(const QString& hex)
{
    bool ok = false;
    const quint32 raw = hex.toUInt(&ok, 16);
    if (!ok)
        return {};
    return QStringLiteral("%1.%2.%3.%4")
        .arg(raw & 0xff)
        .arg((raw >> 8) & 0xff)
        .arg((raw >> 16) & 0xff)
        .arg((raw >> 24) & 0xff);
}

QStringList linuxGateways()
{
    QStringList gateways;
    QFile v4(QStringLiteral("/proc/net/route"));
    if (v4.open(QIODevice::ReadOnly | QIODevice::Text)) {
        const QList<QByteArray> lines = v4.readAll().split('\n');
        for (const QByteArray& line : lines.mid(1)) {
            const QStringList f =
                QString::fromLatin1(line).split(QLatin1Char('\t'), Qt::SkipEmptyParts);
            // Iface Destination Gateway Flags RefCnt Use Metric Mask …
            if (f.size() < 8 || f.at(1) != QStringLiteral("00000000") ||
                f.at(7).trimmed() != QStringLiteral("00000000"))
                continue;
            const QString gw = ipv4FromProcHex(f.at(2));
            if (!gw.isEmpty() && gw != QStringLiteral("0.0.0.0"))
                gateways.append(QStringLiteral("%1 (%2)").arg(gw, f.at(0)));
        }
    }
    QFile v6(QStringLiteral("/proc/net/ipv6_route"));
    if (v6.open(QIODevice::ReadOnly | QIODevice::Text)) {
        const QString zero(32, QLatin1Char('0'));
        for (const QByteArray& line : v6.readAll().split('\n')) {
            const QStringList f =
                QString::fromLatin1(line).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            // dest plen src slen nexthop metric refcnt use flags iface
            if (f.size() < 10 || f.at(0) != zero || f.at(1) != QStringLiteral("00") ||
                f.at(4) == zero)
                continue;
            QString hex = f.at(4);
            for (int i = 28; i > 0; i -= 4)
                hex.insert(i, QLatin1Char(':'));
            const QHostAddress gw(hex);
            if (!gw.isNull())
                gateways.append(QStringLiteral("%1 (%2)").arg(gw.toString(), f.at(9)));
        }
    }
    return gateways;
}
#endif

#ifdef Q_OS_UNIX
QStringList resolvConfServers(const QString& path)
{
    QStringList servers;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return servers;
    for (const QByteArray& raw : f.readAll().split('\n')) {
        const QStringList f2 = QString::fromUtf8(raw).simplified().split(QLatin1Char(' '));
        if (f2.size() >= 2 && f2.at(0) == QStringLiteral("nameserver"))
            servers.append(f2.at(1));
    }
    return servers;
}
#endif

QStringList readDnsServers()
{
#ifdef Q_OS_UNIX
    QStringList servers = resolvConfServers(QStringLiteral("/etc/resolv.conf"));
    // systemd-resolved's stub hides the real resolvers; its own file names them.
    if (servers.contains(QStringLiteral("127.0.0.53"))) {
        const QStringList upstream =
            resolvConfServers(QStringLiteral("/run/systemd/resolve/resolv.conf"));
        for (const QString& s : upstream)
            servers.append(QStringLiteral("%1 (systemd-resolved)").arg(s));
    }
    return servers;
#else
    return {}; // Windows and others: not read yet (GetAdaptersAddresses would give them)
#endif
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
#ifdef Q_OS_LINUX
    info.gateways = linuxGateways();
#endif
    info.dnsServers = readDnsServers();
    if (proxyTimeoutMs >= 0) {
        bool timedOut = false;
        const QString answer = ProxyQuery::query(probeHost, proxyTimeoutMs, &timedOut);
        info.setProxy(answer, timedOut, proxyTimeoutMs);
    }
    return info;
}

} // namespace easyuc
