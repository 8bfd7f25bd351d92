#include "core/platform/oserror.h"
#include "core/platform/platform.h"

#include <QHostAddress>
#include <QList>
#include <winsock2.h>
#include <ws2tcpip.h>
// winsock2.h before windows.h; iphlpapi.h after both.
#include <iphlpapi.h>
#include <windows.h>

namespace easyuc::platform {

namespace {
QHostAddress fromSocketAddress(const SOCKET_ADDRESS& a)
{
    if (!a.lpSockaddr)
        return {};
    if (a.lpSockaddr->sa_family == AF_INET) {
        const auto* in = reinterpret_cast<const sockaddr_in*>(a.lpSockaddr);
        return QHostAddress(ntohl(in->sin_addr.s_addr));
    }
    if (a.lpSockaddr->sa_family == AF_INET6) {
        const auto* in6 = reinterpret_cast<const sockaddr_in6*>(a.lpSockaddr);
        return QHostAddress(reinterpret_cast<const quint8*>(&in6->sin6_addr));
    }
    return {};
}

// The adapters that are up, with their gateways and DNS servers:
// GetAdaptersAddresses(GAA_FLAG_INCLUDE_GATEWAYS) (iphlpapi, Windows Vista+; c-ares
// src/lib/ares_sysconfig_win.c reads DNS servers the same way). Adapters come in the
// system's own order; c-ares re-sorts them by GetBestRoute2 metrics, which Wine lacks.
template <typename Visit> void forEachAdapterUp(Visit visit)
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
    if (rc != NO_ERROR)
        return;
    for (auto* a = reinterpret_cast<IP_ADAPTER_ADDRESSES*>(buffer.data()); a; a = a->Next) {
        if (a->OperStatus == IfOperStatusUp && a->IfType != IF_TYPE_SOFTWARE_LOOPBACK)
            visit(*a);
    }
}

QString adapterName(const IP_ADAPTER_ADDRESSES& a)
{
    return a.FriendlyName ? QString::fromWCharArray(a.FriendlyName) : QString();
}

bool isWine()
{
    // Wine's ntdll exports wine_get_version; Windows' never does.
    const HMODULE ntdll = GetModuleHandleW(L"ntdll.dll");
    return ntdll && GetProcAddress(ntdll, "wine_get_version") != nullptr;
}
} // namespace

OsErrorFamily nativeErrorFamily()
{
    return OsErrorFamily::Windows;
}

const Capabilities& capabilities()
{
    static const Capabilities caps{isWine() ? QStringLiteral("wine") : QStringLiteral("windows"),
                                   true, false, false, false};
    return caps;
}

QStringList defaultGateways()
{
    QStringList gateways;
    forEachAdapterUp([&](const IP_ADAPTER_ADDRESSES& a) {
        for (auto* g = a.FirstGatewayAddress; g; g = g->Next) {
            const QHostAddress address = fromSocketAddress(g->Address);
            if (!address.isNull())
                gateways.append(QStringLiteral("%1 (%2)").arg(address.toString(), adapterName(a)));
        }
    });
    return gateways;
}

QStringList dnsServers()
{
    QStringList servers;
    forEachAdapterUp([&](const IP_ADAPTER_ADDRESSES& a) {
        for (auto* d = a.FirstDnsServerAddress; d; d = d->Next) {
            const QString address = fromSocketAddress(d->Address).toString();
            // Windows lists fec0:0:0:ffff::1-3 on adapters without IPv6 DNS: not real servers.
            if (!address.isEmpty() && !address.startsWith(QStringLiteral("fec0:0:0:ffff::")) &&
                !servers.contains(address))
                servers.append(address);
        }
    });
    return servers;
}

int pendingSocketError(qintptr descriptor)
{
    int error = 0;
    int length = sizeof error;
    if (descriptor >= 0 && ::getsockopt(SOCKET(descriptor), SOL_SOCKET, SO_ERROR,
                                        reinterpret_cast<char*>(&error), &length) == 0)
        return error;
    return 0;
}

int lastSocketError()
{
    return WSAGetLastError();
}

std::filesystem::path nativePath(const QString& path)
{
    return std::filesystem::path(path.toStdWString());
}

void prepareHeadlessRuntime() {}

QString errorText(int code)
{
    wchar_t* text = nullptr;
    const DWORD n = FormatMessageW(
        FORMAT_MESSAGE_ALLOCATE_BUFFER | FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_IGNORE_INSERTS,
        nullptr, DWORD(code), 0, reinterpret_cast<LPWSTR>(&text), 0, nullptr);
    QString message;
    if (n > 0 && text)
        message = QString::fromWCharArray(text, int(n)).trimmed();
    if (text)
        LocalFree(text);
    return message.isEmpty() ? osErrorName(OsErrorFamily::Windows, code) : message;
}

} // namespace easyuc::platform
