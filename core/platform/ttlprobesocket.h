#pragma once

#include "core/platform/kernelerror.h"

#include <QHostAddress>
#include <QObject>
#include <QString>
#include <memory>
#include <optional>

namespace easyuc {

// What came back for one TTL-limited probe of the path to a target.
struct HopReport
{
    enum class Kind
    {
        TimeExceeded,  // a router on the way: its TTL ran out there (ICMP 11 / ICMPv6 3)
        TargetReached, // the target itself answered (port unreachable from it, an echo reply
                       // or any datagram from it)
        Unreachable    // an unreachable from someone else (a firewall, a router without route)
    };
    Kind kind = Kind::TimeExceeded;
    quint16 tag = 0;   // which probe: the tag given to TtlProbeSocket::send()
    QHostAddress from; // who answered; null when the system does not say
    int rttMs = -1;    // measured by the system itself (Windows' echo API); -1: the caller times
    QString raw;       // the report as the system gave it, for evidence
};

// The meaning of a Linux error-queue report for a probe sent to `target` on UDP port
// firstPort + tag: empty when it is about another flow or says nothing about the path. Pure,
// so that recorded reports can be tested on every platform.
std::optional<HopReport> hopReportFromKernelError(const KernelError& error,
                                                  const QHostAddress& target, quint16 firstPort,
                                                  int tagCount);

// Sends TTL-limited probes towards one target and reports which hop answered each, without
// admin rights. One implementation file per OS (platform/ttlprobesocket_*.cpp):
// - Linux: UDP datagrams to ports firstPort + tag with IP_TTL / IPV6_UNICAST_HOPS; ICMP
//   time-exceeded and unreachable come from the socket's error queue (IP_RECVERR), with the
//   router's address (SO_EE_OFFENDER) and the original destination port naming the probe.
// - Windows: ICMP echo requests with IP_OPTION_INFORMATION.Ttl (IcmpSendEcho2; IPv4 only).
// - elsewhere: open() fails with "not available on this system".
class TtlProbeSocket : public QObject
{
    Q_OBJECT
public:
    // The first UDP destination port (traceroute's): a port nothing listens on.
    static constexpr quint16 kFirstPort = 33434;

    explicit TtlProbeSocket(QObject* parent = nullptr);
    ~TtlProbeSocket() override;

    // Opens for probes towards `target`; `tagCount` probes at most (tags 0..tagCount-1).
    bool open(const QHostAddress& target, int tagCount);
    void close();
    bool isOpen() const;
    // Sends probe `tag` with the given TTL (hop limit). False with errorString() when the
    // system refused it.
    bool send(quint16 tag, int ttl);
    QString errorString() const { return m_error; }
    QHostAddress target() const { return m_target; }

Q_SIGNALS:
    void hopReported(const easyuc::HopReport& report);

private:
    struct Native;
    void onActivated();

    std::unique_ptr<Native> m_native;
    QHostAddress m_target;
    int m_tagCount = 0;
    QString m_error;
};

} // namespace easyuc

Q_DECLARE_METATYPE(easyuc::HopReport)
