#include "core/platform/oserror.h"
#include "core/platform/platform.h"

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <cerrno>
#include <cstring>
#include <sys/socket.h>
#include <unistd.h>

namespace easyuc::platform {

namespace {
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
} // namespace

OsErrorFamily nativeErrorFamily()
{
    return OsErrorFamily::LinuxErrno;
}

const Capabilities& capabilities()
{
    static const Capabilities caps{QStringLiteral("linux"), true, true, true, true};
    return caps;
}

QStringList defaultGateways()
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

QStringList dnsServers()
{
    QStringList servers = resolvConfServers(QStringLiteral("/etc/resolv.conf"));
    // systemd-resolved's stub hides the real resolvers; its own file names them.
    if (servers.contains(QStringLiteral("127.0.0.53"))) {
        const QStringList upstream =
            resolvConfServers(QStringLiteral("/run/systemd/resolve/resolv.conf"));
        for (const QString& s : upstream)
            servers.append(QStringLiteral("%1 (systemd-resolved)").arg(s));
    }
    return servers;
}

int pendingSocketError(qintptr descriptor)
{
    int error = 0;
    socklen_t length = sizeof error;
    if (descriptor >= 0 &&
        ::getsockopt(int(descriptor), SOL_SOCKET, SO_ERROR, &error, &length) == 0)
        return error;
    return 0;
}

int lastSocketError()
{
    return errno;
}

std::filesystem::path nativePath(const QString& path)
{
    return std::filesystem::path(QFile::encodeName(path).toStdString());
}

void prepareHeadlessRuntime()
{
    if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        return;
    const QString runtime =
        QDir::tempPath() + QStringLiteral("/runtime-") + QString::number(::getuid());
    if (QDir().mkpath(runtime))
        QFile::setPermissions(runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                           QFileDevice::ExeOwner);
    qputenv("XDG_RUNTIME_DIR", runtime.toLocal8Bit());
}

QString errorText(int code)
{
    return QString::fromLocal8Bit(std::strerror(code));
}

} // namespace easyuc::platform
