// Redirect mode on Linux: recvmsg() with the packet mark (SO_RCVMARK, Linux 5.19) and the
// destination address (IP_PKTINFO), sendmsg() from that same address.
#include "redirectecho.h"

#include <QCoreApplication>
#include <QSocketNotifier>
#include <QtEndian>
#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#ifndef SO_RCVMARK
#define SO_RCVMARK 75 // <asm-generic/socket.h> of Linux 5.19
#endif

namespace easyuc::reflector {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Reflector)
};

constexpr int kDatagramsPerWakeUp = 64; // then back to the event loop (SIP and TCP wait too)
} // namespace

RedirectEcho::RedirectEcho(Handler handler, int maxDatagram, QObject* parent)
    : QObject(parent), m_handler(std::move(handler)), m_maxDatagram(maxDatagram)
{
}

RedirectEcho::~RedirectEcho()
{
    delete m_notifier;
    if (m_fd >= 0)
        ::close(m_fd);
}

bool RedirectEcho::open(const QHostAddress& address, quint16 port, QString* error)
{
    const auto fail = [this, error](const QString& what) {
        *error = Tr::tr("Redirect mode: %1: %2").arg(what, QString::fromLocal8Bit(strerror(errno)));
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = -1;
        return false;
    };
    m_fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (m_fd < 0)
        return fail(Tr::tr("cannot open a UDP socket"));
    const int on = 1;
    if (::setsockopt(m_fd, SOL_SOCKET, SO_RCVMARK, &on, sizeof on) != 0)
        return fail(Tr::tr("this kernel cannot hand packet marks to a socket (SO_RCVMARK needs "
                           "Linux 5.19 or later; use udp-mode = sockets)"));
    if (::setsockopt(m_fd, IPPROTO_IP, IP_PKTINFO, &on, sizeof on) != 0)
        return fail(Tr::tr("cannot ask for IP_PKTINFO"));
    sockaddr_in sin{};
    sin.sin_family = AF_INET;
    sin.sin_port = htons(port);
    sin.sin_addr.s_addr = htonl(address.toIPv4Address());
    if (::bind(m_fd, reinterpret_cast<const sockaddr*>(&sin), sizeof sin) != 0)
        return fail(Tr::tr("cannot listen on UDP %1 port %2").arg(address.toString()).arg(port));
    m_port = port;
    m_notifier = new QSocketNotifier(qintptr(m_fd), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &RedirectEcho::onReadable);
    return true;
}

void RedirectEcho::onReadable()
{
    QByteArray buffer(m_maxDatagram + 1, Qt::Uninitialized);
    for (int n = 0; n < kDatagramsPerWakeUp; ++n) {
        sockaddr_in from{};
        iovec iov{buffer.data(), size_t(buffer.size())};
        alignas(cmsghdr) char control[CMSG_SPACE(sizeof(quint32)) + CMSG_SPACE(sizeof(in_pktinfo))];
        msghdr msg{};
        msg.msg_name = &from;
        msg.msg_namelen = sizeof from;
        msg.msg_iov = &iov;
        msg.msg_iovlen = 1;
        msg.msg_control = control;
        msg.msg_controllen = sizeof control;
        const ssize_t got = ::recvmsg(m_fd, &msg, MSG_DONTWAIT | MSG_TRUNC);
        if (got < 0)
            return; // EAGAIN: drained (anything else: nothing useful to do with it here)
        RedirectedDatagram d;
        d.size = got;
        d.data = buffer.left(qMin<qsizetype>(got, buffer.size()));
        d.sender = QHostAddress(ntohl(from.sin_addr.s_addr));
        d.senderPort = ntohs(from.sin_port);
        in_pktinfo info{};
        bool haveInfo = false;
        for (cmsghdr* c = CMSG_FIRSTHDR(&msg); c; c = CMSG_NXTHDR(&msg, c)) {
            if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SO_MARK) {
                quint32 mark = 0;
                std::memcpy(&mark, CMSG_DATA(c), sizeof mark);
                d.originalPort = originalPortFromMark(mark);
            } else if (c->cmsg_level == IPPROTO_IP && c->cmsg_type == IP_PKTINFO) {
                std::memcpy(&info, CMSG_DATA(c), sizeof info);
                haveInfo = true;
            }
        }
        const QByteArray reply = m_handler(d);
        if (reply.isEmpty())
            continue;
        iovec out{const_cast<char*>(reply.constData()), size_t(reply.size())};
        alignas(cmsghdr) char outControl[CMSG_SPACE(sizeof(in_pktinfo))] = {};
        msghdr answer{};
        answer.msg_name = &from;
        answer.msg_namelen = sizeof from;
        answer.msg_iov = &out;
        answer.msg_iovlen = 1;
        if (haveInfo) {
            // From the address the datagram was addressed to after the redirect: the tuple
            // conntrack expects of a reply, whatever address routing would pick.
            answer.msg_control = outControl;
            answer.msg_controllen = sizeof outControl;
            cmsghdr* c = CMSG_FIRSTHDR(&answer);
            c->cmsg_level = IPPROTO_IP;
            c->cmsg_type = IP_PKTINFO;
            c->cmsg_len = CMSG_LEN(sizeof(in_pktinfo));
            in_pktinfo src{};
            src.ipi_spec_dst = info.ipi_addr;
            std::memcpy(CMSG_DATA(c), &src, sizeof src);
        }
        ::sendmsg(m_fd, &answer, MSG_DONTWAIT);
    }
}

} // namespace easyuc::reflector
