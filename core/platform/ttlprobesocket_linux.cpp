// TTL-limited probes on Linux: one unconnected UDP socket with IP_RECVERR. Every ICMP error
// about our datagrams (time exceeded from each router, port unreachable from the target) is
// queued on the socket's error queue with its sender, without admin rights (ip(7)); the
// original destination port, quoted back by the router, names the probe.
#include "core/platform/linuxerrqueue.h"
#include "core/platform/platform.h"
#include "core/platform/sockaddr.h"
#include "core/platform/ttlprobesocket.h"

#include <QPointer>
#include <QSocketNotifier>
#include <cerrno>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace easyuc {

namespace {
constexpr int kMaxReadsPerWake = 64;
constexpr int kMaxDatagram = 2048;
} // namespace

struct TtlProbeSocket::Native
{
    int fd = -1;
    QSocketNotifier* notifier = nullptr;
};

TtlProbeSocket::TtlProbeSocket(QObject* parent) : QObject(parent), m_native(new Native)
{
    qRegisterMetaType<easyuc::HopReport>();
}

TtlProbeSocket::~TtlProbeSocket()
{
    close();
}

bool TtlProbeSocket::isOpen() const
{
    return m_native->fd >= 0;
}

bool TtlProbeSocket::open(const QHostAddress& target, int tagCount)
{
    close();
    m_target = target;
    m_tagCount = qBound(0, tagCount, 65535 - kFirstPort);
    sockaddr_storage ss;
    toSockaddr(target, kFirstPort, &ss);
    const bool v4 = ss.ss_family == AF_INET;
    int& fd = m_native->fd;
    fd = ::socket(ss.ss_family, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        m_error = platform::errorText(errno);
        return false;
    }
    const int on = 1;
    if (::setsockopt(fd, v4 ? SOL_IP : SOL_IPV6, v4 ? IP_RECVERR : IPV6_RECVERR, &on, sizeof on) !=
        0) {
        m_error = platform::errorText(errno);
        close();
        return false;
    }
    // Read also wakes on POLLERR, which is how a queued ICMP error announces itself.
    m_native->notifier = new QSocketNotifier(qintptr(fd), QSocketNotifier::Read, this);
    connect(m_native->notifier, &QSocketNotifier::activated, this, &TtlProbeSocket::onActivated);
    return true;
}

void TtlProbeSocket::close()
{
    if (m_native->notifier) {
        m_native->notifier->setEnabled(false);
        m_native->notifier->deleteLater();
        m_native->notifier = nullptr;
    }
    if (m_native->fd >= 0)
        ::close(m_native->fd);
    m_native->fd = -1;
}

bool TtlProbeSocket::send(quint16 tag, int ttl)
{
    if (m_native->fd < 0 || int(tag) >= m_tagCount) {
        m_error = platform::errorText(EBADF);
        return false;
    }
    sockaddr_storage ss;
    const auto len = socklen_t(toSockaddr(m_target, quint16(kFirstPort + tag), &ss));
    const bool v4 = ss.ss_family == AF_INET;
    const int hops = qBound(1, ttl, 255);
    if (::setsockopt(m_native->fd, v4 ? SOL_IP : SOL_IPV6, v4 ? IP_TTL : IPV6_UNICAST_HOPS, &hops,
                     sizeof hops) != 0) {
        m_error = platform::errorText(errno);
        return false;
    }
    // A few bytes that say what this is to anyone who captures it.
    static const QByteArray payload("easyuc-diag path probe");
    // An error still queued is handed back by sendto() instead of sending: read the queue
    // first, and retry once.
    for (int attempt = 0; attempt < 2; ++attempt) {
        onActivated();
        if (m_native->fd < 0)
            return false;
        if (::sendto(m_native->fd, payload.constData(), size_t(payload.size()), 0,
                     reinterpret_cast<const sockaddr*>(&ss), len) >= 0)
            return true;
        if (errno == EAGAIN || errno == EWOULDBLOCK)
            break;
    }
    m_error = platform::errorText(errno);
    return false;
}

void TtlProbeSocket::onActivated()
{
    QPointer<TtlProbeSocket> self(this);
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
        if (::recvmsg(m_native->fd, &msg, MSG_ERRQUEUE | MSG_DONTWAIT) < 0)
            break;
        const QByteArray nameBytes(reinterpret_cast<const char*>(&name),
                                   qsizetype(qMin<size_t>(msg.msg_namelen, sizeof name)));
        for (cmsghdr* c = CMSG_FIRSTHDR(&msg); c; c = CMSG_NXTHDR(&msg, c)) {
            const size_t dataLen = c->cmsg_len > CMSG_LEN(0) ? c->cmsg_len - CMSG_LEN(0) : 0;
            const QByteArray data(reinterpret_cast<const char*>(CMSG_DATA(c)), qsizetype(dataLen));
            const KernelError e = decodeKernelError(c->cmsg_level, c->cmsg_type, data, nameBytes);
            if (const auto hop = hopReportFromKernelError(e, m_target, kFirstPort, m_tagCount)) {
                Q_EMIT hopReported(*hop);
                if (!self)
                    return;
            }
        }
    }
    // A datagram from the target itself, on one of our probe ports: it answered.
    for (int i = 0; i < kMaxReadsPerWake && self && m_native->fd >= 0; ++i) {
        sockaddr_storage from{};
        socklen_t fromLen = sizeof from;
        const ssize_t n = ::recvfrom(m_native->fd, buffer.data(), size_t(buffer.size()),
                                     MSG_DONTWAIT, reinterpret_cast<sockaddr*>(&from), &fromLen);
        if (n < 0) {
            if (errno == EAGAIN || errno == EWOULDBLOCK)
                break;
            continue; // the socket error mirrors what the error queue already told
        }
        QHostAddress sender;
        quint16 port = 0;
        if (from.ss_family == AF_INET) {
            const auto* in = reinterpret_cast<const sockaddr_in*>(&from);
            sender.setAddress(ntohl(in->sin_addr.s_addr));
            port = ntohs(in->sin_port);
        } else if (from.ss_family == AF_INET6) {
            const auto* in6 = reinterpret_cast<const sockaddr_in6*>(&from);
            sender.setAddress(in6->sin6_addr.s6_addr);
            port = ntohs(in6->sin6_port);
        }
        if (!sender.isEqual(m_target, QHostAddress::ConvertV4MappedToIPv4) || port < kFirstPort ||
            int(port - kFirstPort) >= m_tagCount)
            continue;
        HopReport r;
        r.kind = HopReport::Kind::TargetReached;
        r.tag = quint16(port - kFirstPort);
        r.from = sender;
        r.raw = QStringLiteral("UDP answer of %1 bytes").arg(n);
        Q_EMIT hopReported(r);
    }
}

} // namespace easyuc
