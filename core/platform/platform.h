#pragma once

#include <QString>
#include <QStringList>
#include <QtGlobal>
#include <filesystem>

namespace easyuc::platform {

// What differs per operating system, behind one small interface (DESIGN §7). One
// implementation file per OS, chosen in core/CMakeLists.txt: platform_linux.cpp,
// platform_windows.cpp, platform_other.cpp (the macOS seam). Checks call these and never
// test the OS themselves. The UDP probe socket is its own class (udpprobesocket.h).

// What this system's probing can tell apart: wording and tests follow it, so a verdict never
// claims more than the OS reported.
struct Capabilities
{
    QString system;              // "linux", "windows", "wine" or "other"
    bool udpProbing = false;     // UdpProbeSocket works at all
    bool icmpSender = false;     // ICMP errors name the host that sent them (Linux IP_RECVERR)
    bool icmpTypeCode = false;   // the ICMP type and code are known
    bool icmpNextHopMtu = false; // an ICMP fragmentation-needed names the next-hop MTU
};
const Capabilities& capabilities();

// The default routes' next hops, "192.168.1.1 (eth0)"; empty where the OS gives no cheap
// answer.
QStringList defaultGateways();
// The resolvers this machine asks, in the order it asks them.
QStringList dnsServers();
// The error a socket holds (SO_ERROR: an ICMP report for a connected UDP socket's flow),
// cleared by reading it; 0 when none. Qt reports such errors only as "unknown".
int pendingSocketError(qintptr descriptor);
// The code the last failed socket call left (errno; WSAGetLastError on Windows).
int lastSocketError();
// The system's own sentence for a raw error code of nativeErrorFamily() (strerror on Linux,
// FormatMessage on Windows: Winsock codes are not errno values).
QString errorText(int code);

// A file name for C++ and C libraries (spdlog's file sinks): UTF-16 on Windows, where the
// narrow form would lose every character outside the ANSI code page (a user folder named
// "Zoë" or in Cyrillic); the local 8-bit encoding elsewhere.
std::filesystem::path nativePath(const QString& path);

// Before a headless (offscreen) Qt application starts: Linux run from cron, ssh or a root
// shell often has no XDG_RUNTIME_DIR, and Qt then warns on every run; name its fallback
// (/tmp/runtime-UID) ourselves. Nothing to do elsewhere.
void prepareHeadlessRuntime();

} // namespace easyuc::platform
