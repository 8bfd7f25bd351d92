#include "udpprobe.h"

#include <QPointer>
#include <QSocketNotifier>
#include <cerrno>
#include <cstring>

#ifdef Q_OS_LINUX
#include <arpa/inet.h>
#include <fcntl.h>
#include <linux/errqueue.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace easyuc {

namespace {
// ICMP (RFC 792 / RFC 4443) numbers this file reasons about.
constexpr int kIcmpDestUnreachable = 3;
constexpr int kIcmpPortUnreachable = 3;
constexpr int kIcmpFragNeeded = 4;
constexpr int kIcmp6DestUnreachable = 1;
constexpr int kIcmp6PacketTooBig = 2;
constexpr int kIcmp6PortUnreachable = 4;
// A bounded number of reads per wake-up, so that a flood cannot hold the event loop.
constexpr int kMaxReadsPerWake = 64;
constexpr int kMaxDatagram = 64 * 1024;

// A closed port answers from the host itself; a firewall's REJECT (whose default is
// port-unreachable too) answers from its own address. Without a sender it proves nothing.
std::optional<PortVerdict> portUnreachable(const KernelError& e, bool fromTarget)
{
    if (e.offender.isNull())
        return std::nullopt;
    return fromTarget ? PortVerdict::PathOpen : PortVerdict::Blocked;
}

#ifdef Q_OS_LINUX
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
#endif
} // namespace

bool KernelError::isFragmentationNeeded() const
{
    return (origin == Origin::Icmp && type == kIcmpDestUnreachable && code == kIcmpFragNeeded) ||
           (origin == Origin::Icmp6 && type == kIcmp6PacketTooBig) ||
           (origin == Origin::Local && errorNumber == EMSGSIZE);
}

QString KernelError::describe() const
{
    switch (origin) {
    case Origin::None:
        return QStringLiteral("none");
    case Origin::Local:
        return QStringLiteral("local error %1 (%2)")
            .arg(errorNumber)
            .arg(QString::fromLocal8Bit(std::strerror(errorNumber)));
    case Origin::Icmp:
    case Origin::Icmp6: {
        QString text =
            QStringLiteral("%1 %2/%3")
                .arg(origin == Origin::Icmp ? QStringLiteral("ICMP") : QStringLiteral("ICMPv6"))
                .arg(type)
                .arg(code);
        if (!offender.isNull())
            text += QStringLiteral(" from %1").arg(offender.toString());
        if (isFragmentationNeeded())
            text += QStringLiteral(" (next-hop MTU %1)").arg(info);
        return text;
    }
    }
    return {};
}

KernelError decodeKernelError(int level, int type, const QByteArray& data, const QByteArray& name)
{
    KernelError e;
#ifdef Q_OS_LINUX
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
#else
    Q_UNUSED(level);
    Q_UNUSED(type);
    Q_UNUSED(data);
    Q_UNUSED(name);
#endif
    return e;
}

QString portVerdictKey(PortVerdict verdict)
{
    switch (verdict) {
    case PortVerdict::Answered:
        return QStringLiteral("answered");
    case PortVerdict::PathOpen:
        return QStringLiteral("path-open");
    case PortVerdict::Blocked:
        return QStringLiteral("blocked");
    case PortVerdict::Silent:
        return QStringLiteral("silent");
    }
    return {};
}

std::optional<PortVerdict> classifyKernelError(const KernelError& e, const QHostAddress& target,
                                               quint16 port)
{
    if (!e.valid())
        return std::nullopt;
    // Somebody else's flow: the error names a different destination than ours.
    if (!e.destination.isNull() &&
        (!e.destination.isEqual(target, QHostAddress::TolerantConversion) ||
         (e.destinationPort != 0 && e.destinationPort != port)))
        return std::nullopt;
    if (e.origin == KernelError::Origin::Local)
        return classifySendError(e.errorNumber);
    const bool fromTarget = e.offender.isEqual(target, QHostAddress::TolerantConversion);
    if (e.origin == KernelError::Origin::Icmp) {
        if (e.type != kIcmpDestUnreachable || e.code < 0 || e.code > 15)
            return std::nullopt; // time exceeded, parameter problem, unknown codes: no verdict
        if (e.code == kIcmpFragNeeded)
            return std::nullopt;
        if (e.code == kIcmpPortUnreachable)
            return portUnreachable(e, fromTarget);
        return PortVerdict::Blocked; // net/host unreachable, prohibited (9, 10, 13), …
    }
    if (e.type != kIcmp6DestUnreachable || e.code < 0 || e.code > 7)
        return std::nullopt;
    if (e.code == kIcmp6PortUnreachable)
        return portUnreachable(e, fromTarget);
    return PortVerdict::Blocked;
}

std::optional<PortVerdict> classifySendError(int errorNumber)
{
    switch (errorNumber) {
    case EPERM: // a local firewall (netfilter OUTPUT DROP) refused the datagram
    case EACCES:
    case ENETUNREACH: // no route from this machine
    case EHOSTUNREACH:
    case ECONNREFUSED:
        return PortVerdict::Blocked;
    default:
        return std::nullopt;
    }
}

UdpProbeSocket::UdpProbeSocket(QObject* parent) : QObject(parent) {}

UdpProbeSocket::~UdpProbeSocket()
{
    close();
}

bool UdpProbeSocket::isSupported()
{
#ifdef Q_OS_LINUX
    return true;
#else
    return false;
#endif
}

bool UdpProbeSocket::open(const QHostAddress& peer, quint16 port, bool dontFragment)
{
    close();
    m_peer = peer;
    m_peerPort = port;
#ifdef Q_OS_LINUX
    sockaddr_storage ss;
    const socklen_t len = toSockaddr(peer, port, &ss);
    const bool v4 = ss.ss_family == AF_INET;
    m_fd = ::socket(ss.ss_family, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (m_fd < 0) {
        m_error = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    const int on = 1;
    const int probe = v4 ? IP_PMTUDISC_PROBE : IPV6_PMTUDISC_PROBE;
    const bool ok = ::setsockopt(m_fd, v4 ? SOL_IP : SOL_IPV6, v4 ? IP_RECVERR : IPV6_RECVERR, &on,
                                 sizeof on) == 0 &&
                    (!dontFragment || ::setsockopt(m_fd, v4 ? SOL_IP : SOL_IPV6,
                                                   v4 ? IP_MTU_DISCOVER : IPV6_MTU_DISCOVER, &probe,
                                                   sizeof probe) == 0) &&
                    ::connect(m_fd, reinterpret_cast<const sockaddr*>(&ss), len) == 0;
    if (!ok) {
        m_error = QString::fromLocal8Bit(std::strerror(errno));
        close();
        return false;
    }
    // Read also wakes on POLLERR, which is how a queued ICMP error announces itself.
    m_notifier = new QSocketNotifier(qintptr(m_fd), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &UdpProbeSocket::onActivated);
    return true;
#else
    Q_UNUSED(dontFragment);
    m_error = QStringLiteral("UDP probing with ICMP error reporting is not supported on this "
                             "platform");
    return false;
#endif
}

void UdpProbeSocket::close()
{
    // close() may run inside the notifier's own activation: let it go later.
    if (m_notifier) {
        m_notifier->setEnabled(false);
        m_notifier->deleteLater();
        m_notifier = nullptr;
    }
#ifdef Q_OS_LINUX
    if (m_fd >= 0)
        ::close(m_fd);
#endif
    m_fd = -1;
}

int UdpProbeSocket::send(const QByteArray& datagram)
{
#ifdef Q_OS_LINUX
    if (m_fd < 0)
        return EBADF;
    // A pending ICMP error is handed back by the next send() instead of sending: read the
    // queue first, and retry once when the error may still have been such a leftover.
    for (int attempt = 0; attempt < 2; ++attempt) {
        onActivated();
        if (m_fd < 0)
            return EBADF;
        if (::send(m_fd, datagram.constData(), size_t(datagram.size()), 0) >= 0)
            return 0;
        const int e = errno;
        if (e == EAGAIN || e == EWOULDBLOCK)
            return e;
        if (attempt == 1 || !mayBePendingError(e))
            return e;
    }
    return EIO;
#else
    Q_UNUSED(datagram);
    return ENOTSUP;
#endif
}

QHostAddress UdpProbeSocket::localAddress() const
{
    QHostAddress address;
#ifdef Q_OS_LINUX
    sockaddr_storage ss{};
    socklen_t len = sizeof ss;
    if (m_fd >= 0 && ::getsockname(m_fd, reinterpret_cast<sockaddr*>(&ss), &len) == 0)
        fromSockaddr(&ss, len, &address, nullptr);
#endif
    return address;
}

int UdpProbeSocket::pathMtu() const
{
#ifdef Q_OS_LINUX
    if (m_fd < 0)
        return -1;
    int mtu = 0;
    socklen_t len = sizeof mtu;
    const bool v4 = m_peer.protocol() == QAbstractSocket::IPv4Protocol;
    if (::getsockopt(m_fd, v4 ? SOL_IP : SOL_IPV6, v4 ? IP_MTU : IPV6_MTU, &mtu, &len) == 0)
        return mtu;
#endif
    return -1;
}

int UdpProbeSocket::headerBytes() const
{
    return m_peer.protocol() == QAbstractSocket::IPv6Protocol ? 48 : 28;
}

void UdpProbeSocket::onActivated()
{
#ifdef Q_OS_LINUX
    QPointer<UdpProbeSocket> self(this);
    QByteArray buffer(kMaxDatagram, Qt::Uninitialized);
    for (int i = 0; i < kMaxReadsPerWake && self && m_fd >= 0; ++i) {
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
        const ssize_t n = ::recvmsg(m_fd, &msg, MSG_ERRQUEUE | MSG_DONTWAIT);
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
    for (int i = 0; i < kMaxReadsPerWake && self && m_fd >= 0; ++i) {
        const ssize_t n = ::recv(m_fd, buffer.data(), size_t(buffer.size()), MSG_DONTWAIT);
        if (n < 0) {
            // The socket error mirrors what the error queue already told; anything else ends
            // this wake-up.
            if (errno == EAGAIN || errno == EWOULDBLOCK || !mayBePendingError(errno))
                break;
            continue;
        }
        Q_EMIT datagramReceived(buffer.left(qsizetype(n)));
    }
#endif
}

} // namespace easyuc
