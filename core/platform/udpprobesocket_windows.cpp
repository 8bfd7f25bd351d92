// The UDP probe socket on Windows. User-mode Winsock has no documented counterpart of Linux's
// error queue (IP_RECVERR exists in the SDK headers but is not documented for user mode), so:
// - an overlapped WSARecvFrom is kept posted; when an ICMP error comes back for our flow it
//   completes with ERROR_PORT_UNREACHABLE, ERROR_HOST_UNREACHABLE, ERROR_NETWORK_UNREACHABLE or
//   ERROR_PROTOCOL_UNREACHABLE (msquic src/platform/datapath_winuser.c handles these four on
//   its receive completions), read here with GetOverlappedResult and a QWinEventNotifier on
//   the overlapped event. Neither the ICMP type/code nor its sender is reported: a port
//   unreachable from the PBX itself and one from a firewall's REJECT look the same.
// - synchronous calls collapse them into WSAECONNRESET / WSAENETRESET (recvfrom docs; libuv
//   src/win/winsock.c) — seen here only from send(). SIO_UDP_CONNRESET stays on (its default):
//   GLib and Qt turn it off to hide exactly these reports.
// - don't-fragment: IP_DONTFRAGMENT / IPV6_DONTFRAG; IP_MTU_DISCOVER=IP_PMTUDISC_PROBE and
//   IP_MTU (connected sockets only) exist from Windows 10 version 1703 (ws2ipdef.h); Wine 8
//   implements neither, so pathMtu() is -1 there. An ICMP fragmentation-needed never reaches
//   user mode with its MTU (IcmpSendEcho2 with IP_FLAG_DF only answers IP_PACKET_TOO_BIG).
#include "core/platform/platform.h"
#include "core/platform/udpprobesocket.h"

#include <QPointer>
#include <QWinEventNotifier>
#include <cstring>
#include <winsock2.h>
#include <ws2tcpip.h>
// winsock2.h first.
#include <windows.h>

namespace easyuc {

namespace {
constexpr int kMaxDatagram = 64 * 1024;
// ws2ipdef.h values, for SDKs (mingw-w64 10) that do not define them yet.
constexpr int kIpDontFragment = 14; // IP_DONTFRAGMENT
constexpr int kIpv6DontFrag = 14;   // IPV6_DONTFRAG
constexpr int kIpMtuDiscover = 71;  // IP_MTU_DISCOVER
constexpr int kIpv6MtuDiscover = 71;
constexpr int kPmtuDiscProbe = 3; // IP_PMTUDISC_PROBE
constexpr int kIpMtu = 73;        // IP_MTU
constexpr int kIpv6Mtu = 72;      // IPV6_MTU

bool startWinsock()
{
    static const bool started = [] {
        WSADATA data;
        return WSAStartup(MAKEWORD(2, 2), &data) == 0;
    }();
    return started;
}

int toSockaddr(const QHostAddress& address, quint16 port, sockaddr_storage* ss)
{
    std::memset(ss, 0, sizeof *ss);
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4) {
        auto* in = reinterpret_cast<sockaddr_in*>(ss);
        in->sin_family = AF_INET;
        in->sin_port = htons(port);
        in->sin_addr.s_addr = htonl(v4);
        return int(sizeof(sockaddr_in));
    }
    auto* in6 = reinterpret_cast<sockaddr_in6*>(ss);
    in6->sin6_family = AF_INET6;
    in6->sin6_port = htons(port);
    const Q_IPV6ADDR a = address.toIPv6Address();
    std::memcpy(&in6->sin6_addr, a.c, 16);
    return int(sizeof(sockaddr_in6));
}

QHostAddress fromSockaddr(const sockaddr_storage& ss)
{
    if (ss.ss_family == AF_INET) {
        const auto* in = reinterpret_cast<const sockaddr_in*>(&ss);
        return QHostAddress(ntohl(in->sin_addr.s_addr));
    }
    if (ss.ss_family == AF_INET6) {
        const auto* in6 = reinterpret_cast<const sockaddr_in6*>(&ss);
        return QHostAddress(reinterpret_cast<const quint8*>(&in6->sin6_addr));
    }
    return {};
}

// A report carried by an error code alone (no ICMP message, no sender). A connected socket
// has one flow: the report is about our peer, whoever sent the ICMP.
KernelError reported(int error, platform::SocketCondition condition, const QHostAddress& peer,
                     quint16 port)
{
    KernelError e;
    e.origin = KernelError::Origin::Reported;
    e.family = platform::OsErrorFamily::Windows;
    e.errorNumber = error;
    e.condition = condition;
    e.destination = peer;
    e.destinationPort = port;
    return e;
}

bool isIcmpReport(platform::SocketCondition c)
{
    using platform::SocketCondition;
    return c == SocketCondition::PortUnreachable || c == SocketCondition::HostUnreachable ||
           c == SocketCondition::NetworkUnreachable || c == SocketCondition::ProtocolUnreachable ||
           c == SocketCondition::TimeExceeded;
}
} // namespace

struct UdpProbeSocket::Native
{
    SOCKET socket = INVALID_SOCKET;
    WSAOVERLAPPED overlapped{};
    QWinEventNotifier* notifier = nullptr;
    QByteArray buffer;
    WSABUF wsaBuffer{};
    sockaddr_storage from{};
    int fromLength = 0;
    DWORD flags = 0;
    bool posted = false;
};

UdpProbeSocket::UdpProbeSocket(QObject* parent) : QObject(parent), m_native(new Native) {}

UdpProbeSocket::~UdpProbeSocket()
{
    close();
}

bool UdpProbeSocket::isOpen() const
{
    return m_native->socket != INVALID_SOCKET;
}

bool UdpProbeSocket::open(const QHostAddress& peer, quint16 port, bool dontFragment)
{
    close();
    m_peer = peer;
    m_peerPort = port;
    if (!startWinsock()) {
        m_error = platform::errorText(WSAGetLastError());
        return false;
    }
    sockaddr_storage ss;
    const int len = toSockaddr(peer, port, &ss);
    const bool v4 = ss.ss_family == AF_INET;
    Native& n = *m_native;
    n.socket = WSASocketW(ss.ss_family, SOCK_DGRAM, IPPROTO_UDP, nullptr, 0,
                          WSA_FLAG_OVERLAPPED | WSA_FLAG_NO_HANDLE_INHERIT);
    if (n.socket == INVALID_SOCKET) {
        m_error = platform::errorText(WSAGetLastError());
        return false;
    }
    if (dontFragment) {
        const DWORD on = 1;
        if (::setsockopt(n.socket, v4 ? IPPROTO_IP : IPPROTO_IPV6,
                         v4 ? kIpDontFragment : kIpv6DontFrag, reinterpret_cast<const char*>(&on),
                         sizeof on) != 0) {
            m_error = platform::errorText(WSAGetLastError());
            close();
            return false;
        }
        // Sizes above the cached path MTU still go out (Windows 10 1703+); older systems and
        // Wine refuse the option, and DF alone still proves every answered size.
        const DWORD probe = kPmtuDiscProbe;
        ::setsockopt(n.socket, v4 ? IPPROTO_IP : IPPROTO_IPV6,
                     v4 ? kIpMtuDiscover : kIpv6MtuDiscover, reinterpret_cast<const char*>(&probe),
                     sizeof probe);
    }
    u_long nonBlocking = 1;
    if (::ioctlsocket(n.socket, FIONBIO, &nonBlocking) != 0 ||
        ::connect(n.socket, reinterpret_cast<const sockaddr*>(&ss), len) != 0) {
        m_error = platform::errorText(WSAGetLastError());
        close();
        return false;
    }
    n.overlapped.hEvent = WSACreateEvent();
    if (n.overlapped.hEvent == WSA_INVALID_EVENT) {
        m_error = platform::errorText(WSAGetLastError());
        close();
        return false;
    }
    n.buffer.resize(kMaxDatagram);
    n.notifier = new QWinEventNotifier(n.overlapped.hEvent, this);
    connect(n.notifier, &QWinEventNotifier::activated, this, &UdpProbeSocket::onActivated);
    onActivated(); // posts the first receive
    return true;
}

void UdpProbeSocket::close()
{
    Native& n = *m_native;
    if (n.notifier) {
        n.notifier->setEnabled(false);
        n.notifier->deleteLater();
        n.notifier = nullptr;
    }
    if (n.socket != INVALID_SOCKET) {
        if (n.posted) {
            // The buffer and OVERLAPPED must outlive the receive: cancel and wait for it.
            DWORD bytes = 0;
            CancelIoEx(reinterpret_cast<HANDLE>(n.socket), &n.overlapped);
            GetOverlappedResult(reinterpret_cast<HANDLE>(n.socket), &n.overlapped, &bytes, TRUE);
            n.posted = false;
        }
        ::closesocket(n.socket);
        n.socket = INVALID_SOCKET;
    }
    if (n.overlapped.hEvent && n.overlapped.hEvent != WSA_INVALID_EVENT)
        WSACloseEvent(n.overlapped.hEvent);
    n.overlapped = WSAOVERLAPPED{};
}

platform::SocketCondition UdpProbeSocket::send(const QByteArray& datagram)
{
    using platform::OsErrorFamily;
    using platform::SocketCondition;
    if (m_native->socket == INVALID_SOCKET) {
        m_lastError = WSAENOTSOCK;
        return SocketCondition::Other;
    }
    // A collapsed ICMP report (WSAECONNRESET) refuses this send for an earlier datagram's
    // sake: hand it on as a report, then send once more.
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (::send(m_native->socket, datagram.constData(), int(datagram.size()), 0) != SOCKET_ERROR)
            return SocketCondition::None;
        m_lastError = WSAGetLastError();
        const SocketCondition c = platform::socketCondition(OsErrorFamily::Windows, m_lastError);
        if (!isIcmpReport(c))
            return c;
        QPointer<UdpProbeSocket> self(this);
        Q_EMIT kernelErrorReceived(reported(m_lastError, c, m_peer, m_peerPort));
        if (!self || m_native->socket == INVALID_SOCKET)
            break;
    }
    // Reported, not refused here: this datagram did not go out, a later one may.
    return SocketCondition::WouldBlock;
}

QString UdpProbeSocket::lastErrorText() const
{
    return QStringLiteral("%1 (%2)").arg(
        platform::osErrorName(platform::OsErrorFamily::Windows, m_lastError),
        platform::errorText(m_lastError));
}

QHostAddress UdpProbeSocket::localAddress() const
{
    sockaddr_storage ss{};
    int len = sizeof ss;
    if (m_native->socket == INVALID_SOCKET ||
        ::getsockname(m_native->socket, reinterpret_cast<sockaddr*>(&ss), &len) != 0)
        return {};
    return fromSockaddr(ss);
}

int UdpProbeSocket::pathMtu() const
{
    if (m_native->socket == INVALID_SOCKET)
        return -1;
    DWORD mtu = 0;
    int len = sizeof mtu;
    const bool v4 = m_peer.protocol() == QAbstractSocket::IPv4Protocol;
    if (::getsockopt(m_native->socket, v4 ? IPPROTO_IP : IPPROTO_IPV6, v4 ? kIpMtu : kIpv6Mtu,
                     reinterpret_cast<char*>(&mtu), &len) == 0 &&
        mtu > 0)
        return int(mtu);
    return -1;
}

int UdpProbeSocket::headerBytes() const
{
    return m_peer.protocol() == QAbstractSocket::IPv6Protocol ? 48 : 28;
}

void UdpProbeSocket::onActivated()
{
    using platform::OsErrorFamily;
    QPointer<UdpProbeSocket> self(this);
    Native& n = *m_native;
    // One completion per wake-up at most, then a new receive: a flood cannot hold the loop.
    if (n.posted) {
        DWORD bytes = 0;
        if (!GetOverlappedResult(reinterpret_cast<HANDLE>(n.socket), &n.overlapped, &bytes,
                                 FALSE)) {
            const int error = int(GetLastError());
            if (error == ERROR_IO_INCOMPLETE)
                return;
            n.posted = false;
            const auto c = platform::socketCondition(OsErrorFamily::Windows, error);
            if (isIcmpReport(c)) {
                Q_EMIT kernelErrorReceived(reported(error, c, m_peer, m_peerPort));
                if (!self)
                    return;
            }
        } else {
            n.posted = false;
            Q_EMIT datagramReceived(n.buffer.left(qsizetype(bytes)));
            if (!self)
                return;
        }
    }
    if (n.socket == INVALID_SOCKET || n.posted)
        return;
    WSAResetEvent(n.overlapped.hEvent);
    n.wsaBuffer.buf = n.buffer.data();
    n.wsaBuffer.len = ULONG(n.buffer.size());
    n.flags = 0;
    n.fromLength = sizeof n.from;
    DWORD received = 0;
    const int rc =
        WSARecvFrom(n.socket, &n.wsaBuffer, 1, &received, &n.flags,
                    reinterpret_cast<sockaddr*>(&n.from), &n.fromLength, &n.overlapped, nullptr);
    // Completed at once or pending: either way the event is signalled and we come back here.
    if (rc == 0 || WSAGetLastError() == WSA_IO_PENDING) {
        n.posted = true;
        return;
    }
    // Failed to post (a synchronous collapsed report): the notifier will not fire for it.
    const int error = WSAGetLastError();
    const auto c = platform::socketCondition(OsErrorFamily::Windows, error);
    if (isIcmpReport(c)) {
        Q_EMIT kernelErrorReceived(reported(error, c, m_peer, m_peerPort));
        if (self && n.socket != INVALID_SOCKET)
            WSASetEvent(n.overlapped.hEvent); // try posting again from the event loop
    }
}

} // namespace easyuc
