#pragma once

#include "core/platform/kernelerror.h"

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <memory>

namespace easyuc {

// A non-blocking UDP socket connected to one peer, with the operating system's reports about
// our datagrams turned on: answers from the peer and ICMP errors both arrive as signals,
// without admin rights. One implementation file per OS (platform/udpprobesocket_*.cpp):
// - Linux: IP_RECVERR / IPV6_RECVERR error queue: ICMP type, code and the sender's address.
// - Windows: overlapped WSARecvFrom completions: ERROR_PORT_UNREACHABLE & co., no sender.
// - elsewhere: open() fails with "not supported" (the macOS seam).
class UdpProbeSocket : public QObject
{
    Q_OBJECT
public:
    explicit UdpProbeSocket(QObject* parent = nullptr);
    ~UdpProbeSocket() override;

    // Opens and connects. `dontFragment`: DF set on every datagram, and sizes above the
    // system's cached path MTU are still sent where the OS allows it (IP_PMTUDISC_PROBE).
    bool open(const QHostAddress& peer, quint16 port, bool dontFragment = false);
    void close();
    bool isOpen() const;
    // Sends one datagram. None when sent; otherwise what the refusal means (MessageTooBig,
    // LocalRefusal, WouldBlock…), with the raw code in lastError().
    platform::SocketCondition send(const QByteArray& datagram);
    int lastError() const { return m_lastError; }
    // The raw code of the last failure, named ("EMSGSIZE", "WSAEMSGSIZE") with the system's
    // own sentence where it has one.
    QString lastErrorText() const;
    QString errorString() const { return m_error; }
    QHostAddress peer() const { return m_peer; }
    quint16 peerPort() const { return m_peerPort; }
    QHostAddress localAddress() const;
    // The path MTU the system holds for the peer (IP_MTU: the route's, lowered by ICMP), or -1
    // where the system does not say (Wine; Windows before 10 version 1703).
    int pathMtu() const;
    // Bytes of IP and UDP header around a datagram to this peer (28 for IPv4, 48 for IPv6).
    int headerBytes() const;

Q_SIGNALS:
    void datagramReceived(const QByteArray& data);
    void kernelErrorReceived(const easyuc::KernelError& error);

private:
    struct Native; // the OS's socket and its notifier
    void onActivated();

    std::unique_ptr<Native> m_native;
    QHostAddress m_peer;
    quint16 m_peerPort = 0;
    int m_lastError = 0;
    QString m_error;
};

} // namespace easyuc
