#include "silentlistener.h"

// Linux behaviour (a full accept queue drops SYNs); elsewhere ok() is false and tests skip.
#ifndef _WIN32
#include <arpa/inet.h>
#include <cstring>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace easyuc::test {

#ifndef _WIN32

namespace {
socklen_t fill(const QHostAddress& address, quint16 port, sockaddr_storage* out)
{
    std::memset(out, 0, sizeof(*out));
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        auto* in6 = reinterpret_cast<sockaddr_in6*>(out);
        in6->sin6_family = AF_INET6;
        in6->sin6_port = htons(port);
        const Q_IPV6ADDR a = address.toIPv6Address();
        std::memcpy(&in6->sin6_addr, a.c, sizeof(a.c));
        return sizeof(sockaddr_in6);
    }
    auto* in4 = reinterpret_cast<sockaddr_in*>(out);
    in4->sin_family = AF_INET;
    in4->sin_port = htons(port);
    in4->sin_addr.s_addr = htonl(address.toIPv4Address());
    return sizeof(sockaddr_in);
}
} // namespace

SilentListener::SilentListener(const QHostAddress& address, quint16 port)
{
    const int family = address.protocol() == QAbstractSocket::IPv6Protocol ? AF_INET6 : AF_INET;
    m_listener = ::socket(family, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (m_listener < 0)
        return;
    sockaddr_storage sa;
    socklen_t len = fill(address, port, &sa);
    if (::bind(m_listener, reinterpret_cast<sockaddr*>(&sa), len) != 0 ||
        ::listen(m_listener, 0) != 0 ||
        ::getsockname(m_listener, reinterpret_cast<sockaddr*>(&sa), &len) != 0)
        return;
    m_port = ntohs(family == AF_INET6 ? reinterpret_cast<sockaddr_in6*>(&sa)->sin6_port
                                      : reinterpret_cast<sockaddr_in*>(&sa)->sin_port);
    // The one connection the queue holds (a blocking connect: loopback completes at once).
    const int filler = ::socket(family, SOCK_STREAM | SOCK_CLOEXEC, 0);
    len = fill(address, m_port, &sa);
    if (filler >= 0 && ::connect(filler, reinterpret_cast<sockaddr*>(&sa), len) == 0)
        m_filler = filler;
    else if (filler >= 0)
        ::close(filler);
}

SilentListener::~SilentListener()
{
    if (m_filler >= 0)
        ::close(m_filler);
    if (m_listener >= 0)
        ::close(m_listener);
}

#else
SilentListener::SilentListener(const QHostAddress&, quint16) {}
SilentListener::~SilentListener() = default;
#endif

} // namespace easyuc::test
