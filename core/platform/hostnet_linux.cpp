#include "core/platform/hostnet.h"

#include <QFile>
#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <ifaddrs.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace easyuc::platform {

namespace {
const QString kSysClassNet = QStringLiteral("/sys/class/net");

bool sameAddress(const sockaddr* a, const sockaddr_storage& b)
{
    if (!a || a->sa_family != b.ss_family)
        return false;
    if (a->sa_family == AF_INET)
        return reinterpret_cast<const sockaddr_in*>(a)->sin_addr.s_addr ==
               reinterpret_cast<const sockaddr_in*>(&b)->sin_addr.s_addr;
    if (a->sa_family == AF_INET6)
        return std::memcmp(&reinterpret_cast<const sockaddr_in6*>(a)->sin6_addr,
                           &reinterpret_cast<const sockaddr_in6*>(&b)->sin6_addr,
                           sizeof(in6_addr)) == 0;
    return false;
}

// The interface of the default route with the lowest metric in /proc/net/route.
QString defaultIpv4Interface()
{
    QFile f(QStringLiteral("/proc/net/route"));
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    QString best;
    int bestMetric = INT_MAX;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray& line : lines.mid(1)) {
        const QStringList c =
            QString::fromLatin1(line).split(QLatin1Char('\t'), Qt::SkipEmptyParts);
        if (c.size() < 8 || c.at(1) != QStringLiteral("00000000") ||
            c.at(7).trimmed() != QStringLiteral("00000000"))
            continue;
        const int metric = c.at(6).toInt();
        if (metric < bestMetric) {
            bestMetric = metric;
            best = c.at(0);
        }
    }
    return best;
}

QString defaultIpv6Interface()
{
    QFile f(QStringLiteral("/proc/net/ipv6_route"));
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    const QString zero(32, QLatin1Char('0'));
    for (const QByteArray& line : f.readAll().split('\n')) {
        const QStringList c = QString::fromLatin1(line).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (c.size() >= 10 && c.at(0) == zero && c.at(1) == QStringLiteral("00") &&
            c.at(9) != QStringLiteral("lo"))
            return c.at(9);
    }
    return {};
}
} // namespace

QString routeInterface(const QHostAddress& target, QString* error)
{
    sockaddr_storage peer{};
    socklen_t peerLength = 0;
    if (target.protocol() == QAbstractSocket::IPv4Protocol) {
        auto* in = reinterpret_cast<sockaddr_in*>(&peer);
        in->sin_family = AF_INET;
        in->sin_port = htons(9);
        in->sin_addr.s_addr = htonl(target.toIPv4Address());
        peerLength = sizeof(sockaddr_in);
    } else if (target.protocol() == QAbstractSocket::IPv6Protocol) {
        auto* in6 = reinterpret_cast<sockaddr_in6*>(&peer);
        in6->sin6_family = AF_INET6;
        in6->sin6_port = htons(9);
        const Q_IPV6ADDR a = target.toIPv6Address();
        std::memcpy(&in6->sin6_addr, a.c, sizeof a.c);
        peerLength = sizeof(sockaddr_in6);
    } else {
        *error = QStringLiteral("no address to look a route up for");
        return {};
    }
    const int fd = ::socket(peer.ss_family, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        *error = QStringLiteral("socket: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
        return {};
    }
    // connect() on a UDP socket picks the route and the source address; nothing is sent.
    sockaddr_storage local{};
    socklen_t localLength = sizeof local;
    const bool routed = ::connect(fd, reinterpret_cast<sockaddr*>(&peer), peerLength) == 0 &&
                        ::getsockname(fd, reinterpret_cast<sockaddr*>(&local), &localLength) == 0;
    const int code = errno;
    ::close(fd);
    if (!routed) {
        *error = QStringLiteral("no route to %1: %2")
                     .arg(target.toString(), QString::fromLocal8Bit(std::strerror(code)));
        return {};
    }
    ifaddrs* list = nullptr;
    if (::getifaddrs(&list) != 0) {
        *error = QStringLiteral("getifaddrs: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
        return {};
    }
    QString name;
    for (ifaddrs* i = list; i; i = i->ifa_next) {
        if (sameAddress(i->ifa_addr, local)) {
            name = QString::fromLocal8Bit(i->ifa_name);
            break;
        }
    }
    ::freeifaddrs(list);
    if (name.isEmpty())
        *error = QStringLiteral("no interface holds the route's source address");
    return name;
}

QString defaultRouteInterface()
{
    const QString v4 = defaultIpv4Interface();
    return v4.isEmpty() ? defaultIpv6Interface() : v4;
}

InterfaceKind interfaceKind(const QString& name)
{
    return classifySysfsInterface(kSysClassNet, name);
}

void readWifi(LinkInfo* link)
{
    // Without NetworkManager's D-Bus API (not linked) or nl80211 (a netlink client of its own):
    // the wireless extensions' table, readable by anyone. It gives no band and no rate.
    QFile f(QStringLiteral("/proc/net/wireless"));
    if (!f.open(QIODevice::ReadOnly))
        return;
    int pct = -1;
    int dbm = 0;
    if (parseProcNetWireless(f.read(64 * 1024), link->interfaceName, &pct, &dbm)) {
        link->wifiSignalPct = pct;
        link->wifiSignalDbm = dbm;
        link->source = QStringLiteral("/proc/net/wireless");
    }
}

ProxySettings proxySettings()
{
    // Qt on Linux (with libproxy, as Debian builds it) reads these variables first; desktop
    // settings (GNOME, KDE) and PAC are libproxy's and show only in the query's answer.
    return proxyFromEnvironment([](const char* name) { return qEnvironmentVariable(name); });
}

} // namespace easyuc::platform
