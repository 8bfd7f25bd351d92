// The UDP probe socket on Linux: the socket error queue (IP_RECVERR, ip(7)) hands over every
// ICMP error about our datagrams with its type, code and sender, without admin rights.
#include "core/platform/linuxerrqueue.h"
#include "core/platform/platform.h"
#include "core/platform/udpprobesocket.h"

#include <QPointer>
#include <QSocketNotifier>
#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <linux/errqueue.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace easyuc {

// oserror.cpp names Linux errno values by number so that it compiles everywhere.
static_assert(EPERM == 1 && EAGAIN == 11 && EACCES == 13 && EPROTO == 71 && EMSGSIZE == 90 &&
              ENETUNREACH == 101 && ECONNREFUSED == 111 && EHOSTUNREACH == 113);

namespace {
// A bounded number of reads per wake-up, so that a flood cannot hold the event loop.
constexpr int kMaxReadsPerWake = 64;
constexpr int kMaxDatagram = 64 * 1024;

bool fromSockaddr(const void* data, size_t len, QHostAddress* addr, quint16* port)
{
    if (len < sizeof(sa_family_t))
        return false;
    sa_family_t family;
    std::memcpy(&family, data, sizeof family);
    if (family == AF_INET && len >= sizeof(sockaddr_in)) {
        sockaddr_in in;
        std::memcpy(&in, data, sizeof in);
        addr->setAddress(ntohl(in.sin_addr.s_addr));
        if (port)
            *port = ntohs(in.sin_port);
        return true;
    }
    if (family == AF_INET6 && len >= sizeof(sockaddr_in6)) {
        sockaddr_in6 in6;
        std::memcpy(&in6, data, sizeof in6);
        addr->setAddress(in6.sin6_addr.s6_addr);
        if (port)
            *port = ntohs(in6.sin6_port);
        return true;
    }
    return false;
}

socklen_t toSockaddr(const QHostAddress& address, quint16 port, sockaddr_storage* ss)
{
    std::memset(ss, 0, sizeof *ss);
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    if (isV4) {
        auto* in = reinterpret_cast<sockaddr_in*>(ss);
        in->sin_family = AF_INET;
        in->sin_port = htons(port);
        in->sin_addr.s_addr = htonl(v4);
        return sizeof(sockaddr_in);
    }
    auto* in6 = reinterpret_cast<sockaddr_in6*>(ss);
    in6->sin6_family = AF_INET6;
    in6->sin6_port = htons(port);
    const Q_IPV6ADDR a = address.toIPv6Address();
    std::memcpy(in6->sin6_addr.s6_addr, a.c, 16);
    return sizeof(sockaddr_in6);
}

// errno values with which send() hands back an ICMP error still pending on the socket.
bool mayBePendingError(int e)
{
    return e == ECONNREFUSED || e == EHOSTUNREACH || e == ENETUNREACH || e == EACCES || e == EPROTO;
}
} // namespace

KernelError decodeKernelError(int level, int type, const QByteArray& data, const QByteArray& name)
{
    KernelError e;
    const bool v4 = level == SOL_IP && type == IP_RECVERR;
    const bool v6 = level == SOL_IPV6 && type == IPV6_RECVERR;
    if ((!v4 && !v6) || size_t(data.size()) < sizeof(sock_extended_err))
        return e;
    sock_extended_err ee;
    std::memcpy(&ee, data.constData(), sizeof ee);
    switch (ee.ee_origin) {
    case SO_EE_ORIGIN_LOCAL:
        e.origin = KernelError::Origin::Local;
        break;
    case SO_EE_ORIGIN_ICMP:
        e.origin = KernelError::Origin::Icmp;
        break;
    case SO_EE_ORIGIN_ICMP6:
        e.origin = KernelError::Origin::Icmp6;
        break;
    default:
        return e; // timestamping, zero-copy notifications and the like: not an error
    }
    e.errorNumber = int(ee.ee_errno);
    e.family = platform::OsErrorFamily::LinuxErrno;
    e.condition = platform::socketCondition(e.family, e.errorNumber);
    if (e.origin != KernelError::Origin::Local) {
        e.type = ee.ee_type;
        e.code = ee.ee_code;
    }
    e.info = ee.ee_info;
    const qsizetype rest = data.size() - qsizetype(sizeof ee);
    if (rest > 0)
        fromSockaddr(data.constData() + sizeof ee, size_t(rest), &e.offender, nullptr);
    if (!name.isEmpty())
        fromSockaddr(name.constData(), size_t(name.size()), &e.destination, &e.destinationPort);
    return e;
}

struct UdpProbeSocket::Native
{
    int fd = -1;
    QSocketNotifier* notifier = nullptr;
};

UdpProbeSocket::UdpProbeSocket(QObject* parent) : QObject(parent), m_native(new Native) {}

UdpProbeSocket::~UdpProbeSocket()
{
    close();
}

bool UdpProbeSocket::isOpen() const
{
    return m_native->fd >= 0;
}

bool UdpProbeSocket::open(const QHostAddress& peer, quint16 port, bool dontFragment)
{
    close();
    m_peer = peer;
    m_peerPort = port;
    sockaddr_storage ss;
    const socklen_t len = toSockaddr(peer, port, &ss);
    const bool v4 = ss.ss_family == AF_INET;
    int& fd = m_native->fd;
    fd = ::socket(ss.ss_family, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        m_error = platform::errorText(errno);
        return false;
    }
    const int on = 1;
    const int probe = v4 ? IP_PMTUDISC_PROBE : IPV6_PMTUDISC_PROBE;
    const bool ok = ::setsockopt(fd, v4 ? SOL_IP : SOL_IPV6, v4 ? IP_RECVERR : IPV6_RECVERR, &on,
                                 sizeof on) == 0 &&
                    (!dontFragment || ::setsockopt(fd, v4 ? SOL_IP : SOL_IPV6,
                                                   v4 ? IP_MTU_DISCOVER : IPV6_MTU_DISCOVER, &probe,
                                                   sizeof probe) == 0) &&
                    ::connect(fd, reinterpret_cast<const sockaddr*>(&ss), len) == 0;
    if (!ok) {
        m_error = platform::errorText(errno);
        close();
        return false;
    }
    // Read also wakes on POLLERR, which is how a queued ICMP error announces itself.
    m_native->notifier = new QSocketNotifier(qintptr(fd), QSocketNotifier::Read, this);
    connect(m_native->notifier, &QSocketNotifier::activated, this, &UdpProbeSocket::onActivated);
    return true;
}

void UdpProbeSocket::close()
{
    // close() may run inside the notifier's own activation: let it go later.
    if (m_native->notifier) {
        m_native->notifier->setEnabled(false);
        m_native->notifier->deleteLater();
        m_native->notifier = nullptr;
    }
    if (m_native->fd >= 0)
        ::close(m_native->fd);
    m_native->fd = -1;
}

platform::SocketCondition UdpProbeSocket::send(const QByteArray& datagram)
{
    using platform::SocketCondition;
    const auto failed = [this](int e) {
        m_lastError = e;
        return platform::socketCondition(platform::OsErrorFamily::LinuxErrno, e);
    };
    if (m_native->fd < 0)
        return failed(EBADF);
    // A pending ICMP error is handed back by the next send() instead of sending: read the
    // queue first, and retry once when the error may still have been such a leftover.
    for (int attempt = 0; attempt < 2; ++attempt) {
        onActivated();
        if (m_native->fd < 0)
            return failed(EBADF);
        if (::send(m_native->fd, datagram.constData(), size_t(datagram.size()), 0) >= 0)
            return SocketCondition::None;
        const int e = errno;
        if (e == EAGAIN || e == EWOULDBLOCK)
            return failed(e);
        if (attempt == 1 || !mayBePendingError(e))
            return failed(e);
    }
    return failed(EIO);
}

QString UdpProbeSocket::lastErrorText() const
{
    return QStringLiteral("%1 (%2)").arg(
        platform::osErrorName(platform::OsErrorFamily::LinuxErrno, m_lastError),
        platform::errorText(m_lastError));
}

QHostAddress UdpProbeSocket::localAddress() const
{
    QHostAddress address;
    sockaddr_storage ss{};
    socklen_t len = sizeof ss;
    if (m_native->fd >= 0 &&
        ::getsockname(m_native->fd, reinterpret_cast<sockaddr*>(&ss), &len) == 0)
        fromSockaddr(&ss, len, &address, nullptr);
    return address;
}

int UdpProbeSocket::pathMtu() const
{
    if (m_native->fd < 0)
        return -1;
    int mtu = 0;
    socklen_t len = sizeof mtu;
    const bool v4 = m_peer.protocol() == QAbstractSocket::IPv4Protocol;
    if (::getsockopt(m_native->fd, v4 ? SOL_IP : SOL_IPV6, v4 ? IP_MTU : IPV6_MTU, &mtu, &len) == 0)
        return mtu;
    return -1;
}

int UdpProbeSocket::headerBytes() const
{
    return m_peer.protocol() == QAbstractSocket::IPv6Protocol ? 48 : 28;
}

void UdpProbeSocket::onActivated()
{
    QPointer<UdpProbeSocket> self(this);
    QByteArray buffer(kMaxDatagram, Qt::Uninitialized);
    for (int i = 0; i < kMaxReadsPerWake && self && m_native->fd >= 0; ++i) {
        sockaddr_storage name{};
        alignas(cmsghdr) char control[512];
        iovec iov{buffer.data(), size_t(buffer.size())};
        msghdr msg{};
        msg.msg_name = &name;
        msg.msg_namelen = sizeof name;
        msg.msg_iov = &iov;
        msg.msg_iovlen = 1;
        msg.msg_control = control;
        msg.msg_controllen = sizeof control;
        const ssize_t n = ::recvmsg(m_native->fd, &msg, MSG_ERRQUEUE | MSG_DONTWAIT);
        if (n < 0)
            break;
        const QByteArray nameBytes(reinterpret_cast<const char*>(&name),
                                   qsizetype(qMin<size_t>(msg.msg_namelen, sizeof name)));
        for (cmsghdr* c = CMSG_FIRSTHDR(&msg); c; c = CMSG_NXTHDR(&msg, c)) {
            const size_t dataLen = c->cmsg_len > CMSG_LEN(0) ? c->cmsg_len - CMSG_LEN(0) : 0;
            const QByteArray data(reinterpret_cast<const char*>(CMSG_DATA(c)), qsizetype(dataLen));
            KernelError e = decodeKernelError(c->cmsg_level, c->cmsg_type, data, nameBytes);
            if (!e.valid())
                continue;
            e.payload = buffer.left(qsizetype(qMin<ssize_t>(n, 256)));
            Q_EMIT kernelErrorReceived(e);
            if (!self)
                return;
        }
    }
    for (int i = 0; i < kMaxReadsPerWake && self && m_native->fd >= 0; ++i) {
        const ssize_t n = ::recv(m_native->fd, buffer.data(), size_t(buffer.size()), MSG_DONTWAIT);
        if (n < 0) {
            // The socket error mirrors what the error queue already told; anything else ends
            // this wake-up.
            if (errno == EAGAIN || errno == EWOULDBLOCK || !mayBePendingError(errno))
                break;
            continue;
        }
        Q_EMIT datagramReceived(buffer.left(qsizetype(n)));
    }
}

} // namespace easyuc
