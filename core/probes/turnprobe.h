#pragma once

#include "../profile/profile.h"
#include "connectionprobe.h"
#include "turnmessage.h"

#include <QElapsedTimer>
#include <QObject>
#include <memory>
#include <optional>

class QTimer;
class QUdpSocket;

namespace easyuc {

// One TURN server over one transport, to be probed.
struct TurnProbeRequest
{
    QString host; // for TLS: SNI and certificate name
    QList<QHostAddress> addresses;
    quint16 port = 3478;
    TurnTransport transport = TurnTransport::Udp;
    std::optional<TurnCredentials> credentials; // with them, a full allocation is attempted
    TrustRoots trustedRoots;                    // TLS: roots the certificate is checked against
    int timeoutMs = 4000;
};

// What the TURN server said. The credentials and the nonce's value never appear here.
struct TurnProbeResult
{
    enum class Error
    {
        None,          // it answered as a TURN server (challenge or allocation)
        Timeout,       // no TURN answer in time
        ConnectFailed, // TCP/TLS: see `connection`
        Refused,       // UDP: the network reported the port or host unreachable (ICMP)
        ErrorResponse, // a valid STUN error other than the challenge (errorCode)
        ProtocolError, // the peer sent bytes that are not STUN, or a 401 without REALM/NONCE
        TooLarge,      // the peer sent more than any TURN answer holds
        Closed,        // TCP/TLS: closed before answering
        SocketError
    };
    TurnTransport transport = TurnTransport::Udp;
    QHostAddress address;
    quint16 port = 0;
    ConnectResult connection; // TCP/TLS: how the connection went (address, timings, TLS)
    Error error = Error::Timeout;
    QString detail;          // raw detail for the evidence
    qint64 rttMs = -1;       // first request: from its last transmission to the first answer
    int attempts = 0;        // requests sent, retransmissions included
    int ignoredMessages = 0; // messages that were no valid answer to us (garbage, strangers)
    bool challenged = false; // 401 with REALM and NONCE
    QString realm;
    bool noncePresent = false;
    int errorCode = 0; // the last error response other than the first challenge
    QString errorReason;
    bool authenticated = false; // an Allocate with credentials was sent
    bool allocated = false;     // an Allocate success with XOR-RELAYED-ADDRESS
    QHostAddress relayed;
    quint16 relayedPort = 0;
    QHostAddress mapped;
    quint16 mappedPort = 0;
    quint32 lifetime = 0;
    bool released = false; // the Refresh with LIFETIME 0 was answered
    QString software;

    // A TURN server answered on this path (a challenge or an allocation).
    bool pathProven() const { return challenged || allocated; }
};

QString turnProbeErrorKey(TurnProbeResult::Error error);

// A TURN Allocate (RFC 5766 / RFC 8656) over UDP, TCP or TLS: an unauthenticated request whose
// 401 + REALM + NONCE proves the path; with credentials, an authenticated retry for a relayed
// address, then a Refresh with LIFETIME 0 to free it. UDP retransmits (RFC 5389 §7.2.1); TCP
// and TLS frame STUN over the stream with bounded reads. Everything ends by the deadline.
class TurnProbe : public QObject
{
    Q_OBJECT
public:
    explicit TurnProbe(QObject* parent = nullptr);
    ~TurnProbe() override;

    void start(const TurnProbeRequest& request);
    void abort();
    const TurnProbeResult& result() const { return m_result; }

Q_SIGNALS:
    // Once per start().
    void finished(const easyuc::TurnProbeResult& result);

private:
    enum class Phase
    {
        Idle,
        Unauthenticated,
        Authenticated,
        Release,
        Done
    };
    void sendRequest(Phase phase);
    void transmit();
    void onDatagrams();
    void onStreamData();
    void onMessage(const QByteArray& message);
    void conclude(TurnProbeResult::Error error, const QString& detail = {});
    void writeBytes(const QByteArray& bytes);
    void closeTransport();

    TurnProbeRequest m_request;
    TurnProbeResult m_result;
    std::unique_ptr<TurnCodec> m_codec;
    QUdpSocket* m_udp = nullptr;
    ConnectionProbe* m_stream = nullptr;
    QTimer* m_deadline = nullptr;
    QTimer* m_retransmit = nullptr;
    QElapsedTimer m_clock;
    QElapsedTimer m_sentAt;
    QByteArray m_pending;   // the request in flight
    QByteArray m_pendingId; // its transaction id
    QByteArray m_streamBuffer;
    qint64 m_streamBytes = 0;
    int m_rtoMs = 250;
    int m_staleRetries = 0;
    Phase m_phase = Phase::Idle;
};

} // namespace easyuc
