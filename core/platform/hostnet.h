#pragma once

#include "core/engine/hostfacts.h"

#include <QByteArray>
#include <QHostAddress>
#include <QString>
#include <functional>

namespace easyuc::platform {

// Facts about this computer's own network (issue 15): which interface a route leaves through,
// what kind of link or tunnel that is, the Wi-Fi signal, the proxy settings. Read without admin
// rights and without sending a packet. One implementation per OS (hostnet_linux.cpp,
// hostnet_windows.cpp, hostnet_other.cpp); the parsers below are portable and tested everywhere.

// What an interface is: its link type and, for a tunnel or a known VPN client, its kind.
struct InterfaceKind
{
    QString type;   // "ethernet" | "wifi" | "other" | "" (unknown)
    QString tunnel; // "tun" | "tap" | "wireguard" | "ppp" | "gre" | "ipip" | a VPN client… | ""
};

// The system's proxy settings as configured (not yet what a query answers).
struct ProxySettings
{
    QString kind;    // "none" | "manual" | "pac" | "auto" | "" (unknown)
    QString address; // host:port, without credentials
    QString pacUrl;
    QString source; // "environment", "WinHTTP (IE)"…
};

// The interface a packet to `target` would leave through: the kernel's own route choice (a
// connected UDP socket's local address, nothing is sent). Empty with *error when unknown.
QString routeInterface(const QHostAddress& target, QString* error);
// The interface of the default route (IPv4 first, then IPv6); empty when there is none.
QString defaultRouteInterface();
InterfaceKind interfaceKind(const QString& name);
// The Wi-Fi facts of link->interfaceName that the OS gives without admin rights, read once.
void readWifi(LinkInfo* link);
ProxySettings proxySettings();

// ---- portable parsers -------------------------------------------------------------------
// Linux: /sys/class/net/NAME under `sysClassNet` (wireless/ or phy80211 → wifi; type 1 →
// ethernet, or tap with tun_flags; 65534 → tun, or wireguard by DEVTYPE; 512 ppp; 768 ipip;
// 778 gre).
InterfaceKind classifySysfsInterface(const QString& sysClassNet, const QString& name);
// One interface's line of /proc/net/wireless: link quality (of 70) as % and the level in dBm.
bool parseProcNetWireless(const QByteArray& text, const QString& name, int* pct, int* dbm);
// The proxy an environment names for HTTPS (https_proxy, HTTPS_PROXY, all_proxy, ALL_PROXY).
ProxySettings proxyFromEnvironment(const std::function<QString(const char*)>& env);
// "http://user:pw@proxy.example:3128/" → "proxy.example:3128" (never a credential).
QString proxyHostPort(const QString& url);
// The Wi-Fi band of a centre frequency in MHz: "2.4 GHz", "5 GHz", "6 GHz" or "".
QString wifiBand(int mhz);

} // namespace easyuc::platform
