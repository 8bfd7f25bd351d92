#pragma once

#include <QString>

namespace easyuc::platform {

// What an operating-system error code says about a datagram, in one vocabulary for every OS.
// Linux hands ICMP errors over with the ICMP message itself (IP_RECVERR); Windows only as an
// error code on a later receive or send, so several conditions say "sender unknown".
enum class SocketCondition
{
    None,
    WouldBlock,          // nothing to read / the send buffer is full: retry later
    MessageTooBig,       // larger than this computer may send with don't-fragment
    LocalRefusal,        // this computer refused to send it (a local firewall, no permission)
    NoRoute,             // this computer has no route to the destination
    PortUnreachable,     // an ICMP port unreachable came back (sender not named)
    HostUnreachable,     // an ICMP host unreachable (or an administrative prohibition) came back
    NetworkUnreachable,  // an ICMP network unreachable came back
    ProtocolUnreachable, // an ICMP protocol unreachable came back
    TimeExceeded,        // the datagram's TTL ran out on the way
    Other                // anything else: no meaning for a probe
};

// Which family a raw code belongs to.
enum class OsErrorFamily
{
    LinuxErrno, // <errno.h> on Linux (x86-64 and every Linux ABI share these numbers)
    Windows     // Win32 ERROR_* codes and Winsock WSAE* codes (disjoint ranges)
};

// The meaning of a raw code. Pure and table-driven so that both mappings are unit-tested on
// every platform, whichever the build runs on.
SocketCondition socketCondition(OsErrorFamily family, int code);
// The symbolic name of a code ("EPERM", "ERROR_PORT_UNREACHABLE", "WSAECONNRESET"), or its
// number when unknown. Winsock codes are not errno values: strerror cannot name them.
QString osErrorName(OsErrorFamily family, int code);
// "port-unreachable", "local-refusal"… for evidence.
QString socketConditionKey(SocketCondition condition);

// The family of the OS this binary runs on.
OsErrorFamily nativeErrorFamily();

} // namespace easyuc::platform
