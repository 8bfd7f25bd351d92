#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QMetaType>
#include <QObject>
#include <optional>

class QSocketNotifier;

namespace easyuc {

// What the kernel reported about a datagram we sent: an ICMP error from the network (with the
// host that sent it) or a local error, as read from the socket's error queue.
struct KernelError
{
    enum class Origin
    {
        None,
        Local,
        Icmp,
        Icmp6
    };
    Origin origin = Origin::None;
    int errorNumber = 0; // the errno the kernel attached (ECONNREFUSED, EMSGSIZE…)
    int type = -1;       // ICMP type and code; -1 for local errors
    int code = -1;
    quint32 info = 0;         // fragmentation needed / packet too big: the next-hop MTU
    QHostAddress offender;    // who sent the ICMP error (SO_EE_OFFENDER); null when unknown
    QHostAddress destination; // where the datagram that caused it was going (msg_name)
    quint16 destinationPort = 0;
    QByteArray payload; // the start of our datagram, as quoted back by the error

    bool valid() const { return origin != Origin::None; }
    bool isFragmentationNeeded() const;
    // "ICMP 3/13 from 192.0.2.1" or "local EPERM", for evidence.
    QString describe() const;
};

// Decodes one IP_RECVERR / IPV6_RECVERR control message: the cmsg level and type, its data
// (sock_extended_err + offender) and the msg_name returned with it. Anything truncated,
// foreign or unknown yields an invalid report rather than a guess.
KernelError decodeKernelError(int level, int type, const QByteArray& data, const QByteArray& name);

// What probing one UDP port found.
enum class PortVerdict
{
    Answered, // a datagram answering ours came back
    PathOpen, // ICMP port-unreachable from the target itself: the path to it is open
    Blocked,  // ICMP prohibited / unreachable from the way, or a local refusal
    Silent    // nothing: dropped on the way, lost, or an ICMP error rate-limited away
};
QString portVerdictKey(PortVerdict verdict);

// The meaning of a kernel error for a probe of target:port. Empty when the error is about
// another flow, says nothing about reachability (fragmentation needed, time exceeded) or is of
// a kind we do not know.
std::optional<PortVerdict> classifyKernelError(const KernelError& error, const QHostAddress& target,
                                               quint16 port);
// The meaning of an errno returned by send() itself (a local firewall: EPERM), if any.
std::optional<PortVerdict> classifySendError(int errorNumber);

// A non-blocking UDP socket connected to one peer with the kernel's error reporting on (Linux
// IP_RECVERR): answers from the peer and ICMP errors about our datagrams both arrive as
// signals, without admin rights. Other platforms: open() fails with "not supported".
class UdpProbeSocket : public QObject
{
    Q_OBJECT
public:
    explicit UdpProbeSocket(QObject* parent = nullptr);
    ~UdpProbeSocket() override;

    static bool isSupported();
    // Opens and connects. `dontFragment`: DF set on every datagram, and sizes above the
    // kernel's cached path MTU are still sent (IP_PMTUDISC_PROBE) so that they can be probed.
    bool open(const QHostAddress& peer, quint16 port, bool dontFragment = false);
    void close();
    bool isOpen() const { return m_fd >= 0; }
    // Sends one datagram; 0 or the errno the kernel refused it with (EMSGSIZE, EPERM…).
    int send(const QByteArray& datagram);
    QString errorString() const { return m_error; }
    QHostAddress peer() const { return m_peer; }
    quint16 peerPort() const { return m_peerPort; }
    QHostAddress localAddress() const;
    // The path MTU the kernel holds for the peer (IP_MTU: the route's, lowered by ICMP), or -1.
    int pathMtu() const;
    // Bytes of IP and UDP header around a datagram to this peer (28 for IPv4, 48 for IPv6).
    int headerBytes() const;

Q_SIGNALS:
    void datagramReceived(const QByteArray& data);
    void kernelErrorReceived(const easyuc::KernelError& error);

private:
    void onActivated();

    int m_fd = -1;
    QSocketNotifier* m_notifier = nullptr;
    QHostAddress m_peer;
    quint16 m_peerPort = 0;
    QString m_error;
};

} // namespace easyuc

Q_DECLARE_METATYPE(easyuc::KernelError)
