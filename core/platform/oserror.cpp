#include "core/platform/oserror.h"

#include <array>

namespace easyuc::platform {

namespace {
struct Entry
{
    int code;
    const char* name;
    SocketCondition condition;
};

// Linux errno numbers (include/uapi/asm-generic/errno-base.h and errno.h), written as numbers
// so that the table means the same when this file is compiled for Windows.
// udpprobesocket_linux.cpp static_asserts each against <cerrno>.
constexpr std::array kLinux{
    Entry{1, "EPERM", SocketCondition::LocalRefusal}, // netfilter OUTPUT DROP
    Entry{11, "EAGAIN", SocketCondition::WouldBlock},
    Entry{13, "EACCES", SocketCondition::LocalRefusal},
    Entry{71, "EPROTO", SocketCondition::ProtocolUnreachable},
    Entry{90, "EMSGSIZE", SocketCondition::MessageTooBig},
    Entry{101, "ENETUNREACH", SocketCondition::NetworkUnreachable},
    Entry{111, "ECONNREFUSED", SocketCondition::PortUnreachable},
    Entry{113, "EHOSTUNREACH", SocketCondition::HostUnreachable},
};

// Windows codes: winerror.h (ERROR_*, 1231-1234 "…_UNREACHABLE", documented in "System Error
// Codes (1000-1299)") and winsock2.h (WSAE*, "Windows Sockets Error Codes").
// - Overlapped receives complete with ERROR_PORT_UNREACHABLE / ERROR_HOST_UNREACHABLE /
//   ERROR_NETWORK_UNREACHABLE / ERROR_PROTOCOL_UNREACHABLE after an ICMP error (msquic
//   src/platform/datapath_winuser.c handles exactly these four on its receive completions;
//   the Windows RPC datagram transport reads ERROR_PORT_UNREACHABLE from GetOverlappedResult).
// - Synchronous recv()/recvfrom() collapse them: WSAECONNRESET ("on a UDP-datagram socket …
//   a previous send operation resulted in an ICMP Port Unreachable message", recvfrom docs)
//   and WSAENETRESET ("for a datagram socket, … the time to live has expired"); libuv
//   src/win/winsock.c maps the NTSTATUS codes the same way.
// - Wine turns a Linux ECONNREFUSED into ERROR_CONNECTION_REFUSED / WSAECONNREFUSED.
constexpr std::array kWindows{
    Entry{5, "ERROR_ACCESS_DENIED", SocketCondition::LocalRefusal},
    Entry{1225, "ERROR_CONNECTION_REFUSED", SocketCondition::PortUnreachable},
    Entry{1231, "ERROR_NETWORK_UNREACHABLE", SocketCondition::NetworkUnreachable},
    Entry{1232, "ERROR_HOST_UNREACHABLE", SocketCondition::HostUnreachable},
    Entry{1233, "ERROR_PROTOCOL_UNREACHABLE", SocketCondition::ProtocolUnreachable},
    Entry{1234, "ERROR_PORT_UNREACHABLE", SocketCondition::PortUnreachable},
    Entry{10013, "WSAEACCES", SocketCondition::LocalRefusal},
    Entry{10035, "WSAEWOULDBLOCK", SocketCondition::WouldBlock},
    Entry{10040, "WSAEMSGSIZE", SocketCondition::MessageTooBig},
    Entry{10050, "WSAENETDOWN", SocketCondition::NoRoute},
    Entry{10051, "WSAENETUNREACH", SocketCondition::NoRoute},
    Entry{10052, "WSAENETRESET", SocketCondition::TimeExceeded},
    Entry{10054, "WSAECONNRESET", SocketCondition::PortUnreachable},
    Entry{10061, "WSAECONNREFUSED", SocketCondition::PortUnreachable},
    Entry{10065, "WSAEHOSTUNREACH", SocketCondition::NoRoute},
    Entry{997, "ERROR_IO_PENDING", SocketCondition::WouldBlock},
};

template <typename Table> const Entry* find(const Table& table, int code)
{
    for (const Entry& e : table) {
        if (e.code == code)
            return &e;
    }
    return nullptr;
}

const Entry* lookup(OsErrorFamily family, int code)
{
    return family == OsErrorFamily::LinuxErrno ? find(kLinux, code) : find(kWindows, code);
}
} // namespace

SocketCondition socketCondition(OsErrorFamily family, int code)
{
    if (code == 0)
        return SocketCondition::None;
    const Entry* e = lookup(family, code);
    if (!e)
        return SocketCondition::Other;
    // A send()/sendto() on Linux failing with ENETUNREACH / EHOSTUNREACH without an ICMP
    // message is this machine's own routing table; the caller tells the two apart (origin).
    return e->condition;
}

QString osErrorName(OsErrorFamily family, int code)
{
    if (const Entry* e = lookup(family, code))
        return QString::fromLatin1(e->name);
    return QString::number(code);
}

QString socketConditionKey(SocketCondition condition)
{
    switch (condition) {
    case SocketCondition::None:
        return QStringLiteral("none");
    case SocketCondition::WouldBlock:
        return QStringLiteral("would-block");
    case SocketCondition::MessageTooBig:
        return QStringLiteral("message-too-big");
    case SocketCondition::LocalRefusal:
        return QStringLiteral("local-refusal");
    case SocketCondition::NoRoute:
        return QStringLiteral("no-route");
    case SocketCondition::PortUnreachable:
        return QStringLiteral("port-unreachable");
    case SocketCondition::HostUnreachable:
        return QStringLiteral("host-unreachable");
    case SocketCondition::NetworkUnreachable:
        return QStringLiteral("network-unreachable");
    case SocketCondition::ProtocolUnreachable:
        return QStringLiteral("protocol-unreachable");
    case SocketCondition::TimeExceeded:
        return QStringLiteral("time-exceeded");
    case SocketCondition::Other:
        return QStringLiteral("other");
    }
    return {};
}

} // namespace easyuc::platform
