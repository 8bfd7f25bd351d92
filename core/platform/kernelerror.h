#pragma once

#include "core/platform/oserror.h"

#include <QByteArray>
#include <QHostAddress>
#include <QMetaType>

namespace easyuc {

// What the operating system reported about a datagram we sent: an ICMP error from the network
// (with the host that sent it, where the OS says), or a local error.
struct KernelError
{
    enum class Origin
    {
        None,
        Local,   // this computer refused or failed the send
        Icmp,    // an ICMPv4 message, type and code known (Linux IP_RECVERR)
        Icmp6,   // an ICMPv6 message, type and code known (Linux IPV6_RECVERR)
        Reported // an ICMP-caused error code without the message (Windows): no type, no sender
    };
    Origin origin = Origin::None;
    int errorNumber = 0; // the raw OS code (errno, or a Win32/Winsock code on Windows)
    platform::OsErrorFamily family = platform::nativeErrorFamily();
    platform::SocketCondition condition = platform::SocketCondition::None; // its meaning
    int type = -1; // ICMP type and code; -1 where unknown
    int code = -1;
    quint32 info = 0;         // fragmentation needed / packet too big: the next-hop MTU
    QHostAddress offender;    // who sent the ICMP error (SO_EE_OFFENDER); null when unknown
    QHostAddress destination; // where the datagram that caused it was going (msg_name)
    quint16 destinationPort = 0;
    QByteArray payload; // the start of our datagram, as quoted back by the error

    bool valid() const { return origin != Origin::None; }
    bool isFragmentationNeeded() const;
    // "ICMP 3/13 from 192.0.2.1", "local error 1 (EPERM)" or
    // "reported 1234 (ERROR_PORT_UNREACHABLE), sender not reported", for evidence.
    QString describe() const;
};

} // namespace easyuc

Q_DECLARE_METATYPE(easyuc::KernelError)
