#pragma once

// The system's socket-address headers (sockaddr_storage, sockaddr_in/in6, htons…), for code
// that exchanges addresses with C libraries such as libnice's STUN codec. The one place that
// knows where they live on each OS.
#ifdef _WIN32
#include <winsock2.h>
#include <ws2tcpip.h>
#else
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#endif

#include <QHostAddress>
#include <cstring>

namespace easyuc {

// Fills `ss` with `address` and `port` (IPv4 or IPv6); returns the length to pass to
// sendto()/connect().
inline int toSockaddr(const QHostAddress& address, quint16 port, sockaddr_storage* ss)
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

} // namespace easyuc
