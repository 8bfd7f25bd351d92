#include "core/platform/hostnet.h"

#include <QStringList>
#include <winsock2.h>
#include <ws2tcpip.h>
// winsock2.h before windows.h; iphlpapi.h, wlanapi.h and winhttp.h after both.
#include <cstring>
#include <iphlpapi.h>
#include <memory>
#include <windows.h>
#include <winhttp.h>
#include <wlanapi.h>

namespace easyuc::platform {

namespace {
// GetAdaptersAddresses (iphlpapi, Vista+): every adapter, including those that are down.
QByteArray adapterTable()
{
    ULONG size = 16 * 1024;
    QByteArray buffer;
    ULONG rc = ERROR_BUFFER_OVERFLOW;
    for (int attempt = 0; attempt < 3 && rc == ERROR_BUFFER_OVERFLOW; ++attempt) {
        buffer.resize(qsizetype(size));
        rc = GetAdaptersAddresses(
            AF_UNSPEC, GAA_FLAG_INCLUDE_GATEWAYS | GAA_FLAG_SKIP_ANYCAST | GAA_FLAG_SKIP_MULTICAST,
            nullptr, reinterpret_cast<IP_ADAPTER_ADDRESSES*>(buffer.data()), &size);
    }
    return rc == NO_ERROR ? buffer : QByteArray();
}

template <typename Match>
const IP_ADAPTER_ADDRESSES* findAdapter(const QByteArray& table, Match match)
{
    if (table.isEmpty())
        return nullptr;
    for (auto* a = reinterpret_cast<const IP_ADAPTER_ADDRESSES*>(table.constData()); a; a = a->Next)
        if (match(*a))
            return a;
    return nullptr;
}

QString friendlyName(const IP_ADAPTER_ADDRESSES& a)
{
    return a.FriendlyName ? QString::fromWCharArray(a.FriendlyName) : QString();
}

// VPN clients whose adapters look like Ethernet (TAP-Windows, Wintun, vendor drivers): named by
// the adapter's description.
QString vpnClientOf(const QString& description)
{
    static const QList<QPair<QString, QString>> known = {
        {QStringLiteral("WireGuard"), QStringLiteral("wireguard")},
        {QStringLiteral("Wintun"), QStringLiteral("wireguard")},
        {QStringLiteral("TAP-Windows"), QStringLiteral("tap")},
        {QStringLiteral("OpenVPN"), QStringLiteral("OpenVPN")},
        {QStringLiteral("AnyConnect"), QStringLiteral("Cisco AnyConnect")},
        {QStringLiteral("Cisco Secure Client"), QStringLiteral("Cisco Secure Client")},
        {QStringLiteral("Fortinet"), QStringLiteral("FortiClient")},
        {QStringLiteral("PANGP"), QStringLiteral("GlobalProtect")},
        {QStringLiteral("GlobalProtect"), QStringLiteral("GlobalProtect")},
        {QStringLiteral("Juniper"), QStringLiteral("Pulse/Juniper")},
        {QStringLiteral("Pulse Secure"), QStringLiteral("Pulse Secure")},
        {QStringLiteral("SonicWall"), QStringLiteral("SonicWall")},
        {QStringLiteral("Check Point"), QStringLiteral("Check Point")},
        {QStringLiteral("ZeroTier"), QStringLiteral("ZeroTier")},
        {QStringLiteral("Tailscale"), QStringLiteral("Tailscale")},
        {QStringLiteral("NordLynx"), QStringLiteral("NordVPN")},
        {QStringLiteral("VPN"), QStringLiteral("vpn")},
    };
    for (const auto& k : known)
        if (description.contains(k.first, Qt::CaseInsensitive))
            return k.second;
    return {};
}

bool toSockaddr(const QHostAddress& target, sockaddr_storage* out)
{
    std::memset(out, 0, sizeof *out);
    if (target.protocol() == QAbstractSocket::IPv4Protocol) {
        auto* in = reinterpret_cast<sockaddr_in*>(out);
        in->sin_family = AF_INET;
        in->sin_addr.s_addr = htonl(target.toIPv4Address());
        return true;
    }
    if (target.protocol() == QAbstractSocket::IPv6Protocol) {
        auto* in6 = reinterpret_cast<sockaddr_in6*>(out);
        in6->sin6_family = AF_INET6;
        const Q_IPV6ADDR a = target.toIPv6Address();
        std::memcpy(&in6->sin6_addr, a.c, sizeof a.c);
        return true;
    }
    return false;
}

QString guidString(const GUID& g)
{
    wchar_t text[64] = {};
    StringFromGUID2(g, text, 64);
    return QString::fromWCharArray(text);
}
} // namespace

QString routeInterface(const QHostAddress& target, QString* error)
{
    sockaddr_storage peer;
    if (!toSockaddr(target, &peer)) {
        *error = QStringLiteral("no address to look a route up for");
        return {};
    }
    DWORD index = 0;
    const DWORD rc = GetBestInterfaceEx(reinterpret_cast<sockaddr*>(&peer), &index);
    if (rc != NO_ERROR) {
        *error = QStringLiteral("GetBestInterfaceEx: error %1").arg(rc);
        return {};
    }
    const QByteArray table = adapterTable();
    const IP_ADAPTER_ADDRESSES* a = findAdapter(table, [index](const IP_ADAPTER_ADDRESSES& x) {
        return x.IfIndex == index || x.Ipv6IfIndex == index;
    });
    if (!a) {
        *error = QStringLiteral("no adapter with interface index %1").arg(index);
        return {};
    }
    return friendlyName(*a);
}

QString defaultRouteInterface()
{
    const QByteArray table = adapterTable();
    QString best;
    ULONG bestMetric = ULONG_MAX;
    findAdapter(table, [&](const IP_ADAPTER_ADDRESSES& a) {
        if (a.OperStatus == IfOperStatusUp && a.FirstGatewayAddress && a.Ipv4Metric < bestMetric) {
            bestMetric = a.Ipv4Metric;
            best = friendlyName(a);
        }
        return false;
    });
    return best;
}

InterfaceKind interfaceKind(const QString& name)
{
    InterfaceKind kind;
    const QByteArray table = adapterTable();
    const IP_ADAPTER_ADDRESSES* a =
        findAdapter(table, [&](const IP_ADAPTER_ADDRESSES& x) { return friendlyName(x) == name; });
    if (!a)
        return kind;
    const QString description =
        a->Description ? QString::fromWCharArray(a->Description) : QString();
    switch (a->IfType) {
    case IF_TYPE_IEEE80211:
        kind.type = QStringLiteral("wifi");
        break;
    case IF_TYPE_ETHERNET_CSMACD:
        kind.type = QStringLiteral("ethernet");
        break;
    case IF_TYPE_TUNNEL:
        kind.type = QStringLiteral("other");
        kind.tunnel = QStringLiteral("tunnel");
        break;
    case IF_TYPE_PPP:
        kind.type = QStringLiteral("other");
        kind.tunnel = QStringLiteral("ppp");
        break;
    default:
        kind.type = QStringLiteral("other");
        break;
    }
    const QString client = vpnClientOf(description);
    if (!client.isEmpty()) {
        kind.tunnel = client;
        if (kind.type == QStringLiteral("ethernet"))
            kind.type = QStringLiteral("other");
    }
    return kind;
}

void readWifi(LinkInfo* link)
{
    const QByteArray table = adapterTable();
    const IP_ADAPTER_ADDRESSES* adapter = findAdapter(table, [&](const IP_ADAPTER_ADDRESSES& x) {
        return friendlyName(x) == link->interfaceName;
    });
    if (!adapter || !adapter->AdapterName)
        return;
    const QString adapterGuid = QString::fromLatin1(adapter->AdapterName);
    // Read once per run: the WLAN API's queries are cheap, but scans (which this never asks
    // for) and frequent polling disturb the link.
    DWORD version = 0;
    HANDLE handle = nullptr;
    if (WlanOpenHandle(2, nullptr, &version, &handle) != ERROR_SUCCESS)
        return;
    WLAN_INTERFACE_INFO_LIST* interfaces = nullptr;
    if (WlanEnumInterfaces(handle, nullptr, &interfaces) == ERROR_SUCCESS && interfaces) {
        for (DWORD i = 0; i < interfaces->dwNumberOfItems; ++i) {
            const WLAN_INTERFACE_INFO& info = interfaces->InterfaceInfo[i];
            if (guidString(info.InterfaceGuid).compare(adapterGuid, Qt::CaseInsensitive) != 0)
                continue;
            DWORD size = 0;
            void* data = nullptr;
            if (WlanQueryInterface(handle, &info.InterfaceGuid, wlan_intf_opcode_current_connection,
                                   nullptr, &size, &data, nullptr) != ERROR_SUCCESS ||
                !data)
                break;
            const auto* connection = static_cast<const WLAN_CONNECTION_ATTRIBUTES*>(data);
            const WLAN_ASSOCIATION_ATTRIBUTES& assoc = connection->wlanAssociationAttributes;
            link->wifiSignalPct = int(assoc.wlanSignalQuality);
            link->linkRateMbps = double(qMax(assoc.ulRxRate, assoc.ulTxRate)) / 1000.0;
            link->source = QStringLiteral("WLAN API");
            // The BSS list is the driver's cached scan: RSSI and centre frequency of the access
            // point we are associated with (no scan is started).
            WLAN_BSS_LIST* bss = nullptr;
            DOT11_SSID ssid = assoc.dot11Ssid;
            if (WlanGetNetworkBssList(handle, &info.InterfaceGuid, &ssid, assoc.dot11BssType,
                                      connection->wlanSecurityAttributes.bSecurityEnabled, nullptr,
                                      &bss) == ERROR_SUCCESS &&
                bss) {
                for (DWORD b = 0; b < bss->dwNumberOfItems; ++b) {
                    const WLAN_BSS_ENTRY& e = bss->wlanBssEntries[b];
                    if (std::memcmp(e.dot11Bssid, assoc.dot11Bssid, sizeof e.dot11Bssid) != 0)
                        continue;
                    link->wifiSignalDbm = int(e.lRssi);
                    link->wifiBand = wifiBand(int(e.ulChCenterFrequency / 1000));
                    break;
                }
                WlanFreeMemory(bss);
            }
            WlanFreeMemory(data);
            break;
        }
        WlanFreeMemory(interfaces);
    }
    WlanCloseHandle(handle, nullptr);
}

ProxySettings proxySettings()
{
    ProxySettings s;
    WINHTTP_CURRENT_USER_IE_PROXY_CONFIG ie{};
    if (!WinHttpGetIEProxyConfigForCurrentUser(&ie)) {
        s = proxyFromEnvironment([](const char* name) { return qEnvironmentVariable(name); });
        return s;
    }
    s.source = QStringLiteral("WinHTTP (Internet Options)");
    const QString autoConfig =
        ie.lpszAutoConfigUrl ? QString::fromWCharArray(ie.lpszAutoConfigUrl) : QString();
    const QString manual = ie.lpszProxy ? QString::fromWCharArray(ie.lpszProxy) : QString();
    // "host:port", or per scheme "http=host:port;https=host:port".
    QString address;
    for (const QString& part : manual.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString p = part.trimmed();
        if (!p.contains(QLatin1Char('='))) {
            address = proxyHostPort(p);
            break;
        }
        if (p.startsWith(QStringLiteral("https="), Qt::CaseInsensitive))
            address = proxyHostPort(p.mid(6));
        else if (address.isEmpty() && p.startsWith(QStringLiteral("http="), Qt::CaseInsensitive))
            address = proxyHostPort(p.mid(5));
    }
    // The order Windows itself tries: auto-detection (WPAD), the PAC script, the manual proxy.
    if (!autoConfig.isEmpty()) {
        s.kind = QStringLiteral("pac");
        s.pacUrl = autoConfig;
    } else if (ie.fAutoDetect) {
        s.kind = QStringLiteral("auto");
    } else if (!address.isEmpty()) {
        s.kind = QStringLiteral("manual");
    } else {
        s.kind = QStringLiteral("none");
    }
    s.address = address;
    if (ie.lpszAutoConfigUrl)
        GlobalFree(ie.lpszAutoConfigUrl);
    if (ie.lpszProxy)
        GlobalFree(ie.lpszProxy);
    if (ie.lpszProxyBypass)
        GlobalFree(ie.lpszProxyBypass);
    return s;
}

} // namespace easyuc::platform
