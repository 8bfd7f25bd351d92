#include "core/platform/hostnet.h"

#include <QDir>
#include <QFile>
#include <QUrl>

namespace easyuc::platform {

namespace {
QString readTrimmed(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.read(4096)).trimmed();
}
} // namespace

InterfaceKind classifySysfsInterface(const QString& sysClassNet, const QString& name)
{
    InterfaceKind kind;
    const QString dir = sysClassNet + QLatin1Char('/') + name;
    if (name.isEmpty() || !QFileInfo::exists(dir))
        return kind;
    if (QFileInfo::exists(dir + QStringLiteral("/wireless")) ||
        QFileInfo::exists(dir + QStringLiteral("/phy80211"))) {
        kind.type = QStringLiteral("wifi");
        return kind;
    }
    bool ok = false;
    const int arphrd = readTrimmed(dir + QStringLiteral("/type")).toInt(&ok);
    const QString uevent = readTrimmed(dir + QStringLiteral("/uevent"));
    const bool hasTunFlags = QFileInfo::exists(dir + QStringLiteral("/tun_flags"));
    kind.type = QStringLiteral("other");
    if (uevent.contains(QStringLiteral("DEVTYPE=wireguard"))) {
        kind.tunnel = QStringLiteral("wireguard");
        return kind;
    }
    if (!ok)
        return kind;
    switch (arphrd) {
    case 1: // ARPHRD_ETHER
        if (hasTunFlags)
            kind.tunnel = QStringLiteral("tap");
        else if (uevent.contains(QStringLiteral("DEVTYPE=gretap")))
            kind.tunnel = QStringLiteral("gre");
        else
            kind.type = QStringLiteral("ethernet");
        break;
    case 65534: // ARPHRD_NONE: TUN devices (OpenVPN tun, many VPN clients)
        kind.tunnel = QStringLiteral("tun");
        break;
    case 512: // ARPHRD_PPP
        kind.tunnel = QStringLiteral("ppp");
        break;
    case 768: // ARPHRD_TUNNEL (ipip)
    case 769: // ARPHRD_TUNNEL6
        kind.tunnel = QStringLiteral("ipip");
        break;
    case 776: // ARPHRD_SIT
        kind.tunnel = QStringLiteral("sit");
        break;
    case 778: // ARPHRD_IPGRE
    case 823: // ARPHRD_IP6GRE
        kind.tunnel = QStringLiteral("gre");
        break;
    default:
        break;
    }
    return kind;
}

bool parseProcNetWireless(const QByteArray& text, const QString& name, int* pct, int* dbm)
{
    // Inter-| sta-|   Quality        |   Discarded packets …
    //  face | tus | link level noise |  nwid  crypt …
    //  wlan0: 0000   54.  -56.  -256        0 …
    for (const QByteArray& raw : text.split('\n')) {
        const QString line = QString::fromLatin1(raw).trimmed();
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        if (colon <= 0 || line.left(colon).trimmed() != name)
            continue;
        const QStringList f = line.mid(colon + 1).simplified().split(QLatin1Char(' '));
        if (f.size() < 3)
            return false;
        auto number = [](QString s, bool* ok) {
            s.remove(QLatin1Char('.'));
            return s.toInt(ok);
        };
        bool okLink = false;
        bool okLevel = false;
        const int link = number(f.at(1), &okLink);
        const int level = number(f.at(2), &okLevel);
        if (!okLink)
            return false;
        // Drivers scale link quality to 70 (iwlwifi, ath9k, mac80211's cfg80211_wext).
        *pct = qBound(0, link * 100 / 70, 100);
        // Older drivers give the level as an unsigned byte (256 - dBm).
        *dbm = okLevel ? (level > 0 && level <= 255 ? level - 256 : level) : 0;
        if (*dbm < -120 || *dbm >= 0)
            *dbm = 0;
        return true;
    }
    return false;
}

QString proxyHostPort(const QString& url)
{
    QString text = url.trimmed();
    if (text.isEmpty())
        return {};
    if (!text.contains(QStringLiteral("://")))
        text.prepend(QStringLiteral("http://"));
    const QUrl parsed(text);
    if (!parsed.isValid() || parsed.host().isEmpty())
        return {};
    const QString host = parsed.host().contains(QLatin1Char(':'))
                             ? QStringLiteral("[%1]").arg(parsed.host())
                             : parsed.host();
    const bool socks = parsed.scheme().startsWith(QStringLiteral("socks"));
    return QStringLiteral("%1:%2").arg(host).arg(parsed.port(socks ? 1080 : 8080));
}

ProxySettings proxyFromEnvironment(const std::function<QString(const char*)>& env)
{
    ProxySettings s;
    s.kind = QStringLiteral("none");
    for (const char* name : {"https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"}) {
        const QString value = env(name).trimmed();
        if (value.isEmpty())
            continue;
        s.kind = QStringLiteral("manual");
        s.address = proxyHostPort(value);
        s.source = QStringLiteral("the %1 variable").arg(QLatin1String(name));
        break;
    }
    return s;
}

QString wifiBand(int mhz)
{
    if (mhz >= 2400 && mhz < 2500)
        return QStringLiteral("2.4 GHz");
    if (mhz >= 5150 && mhz < 5925)
        return QStringLiteral("5 GHz");
    if (mhz >= 5925 && mhz <= 7125)
        return QStringLiteral("6 GHz");
    return {};
}

} // namespace easyuc::platform
