#pragma once

#include "dnsprobe.h"
#include "truststore.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslError>

class QSslSocket;
class QTimer;

namespace easyuc {

// Where a connection attempt stopped.
enum class ConnectStep
{
    Dns,
    Connect,
    Tls,
    Exchange,
    Done
};

// Why it stopped, as a stable code (the raw detail and people's words are kept apart).
enum class ConnectError
{
    None,
    NameNotFound,
    DnsTimeout,
    DnsFailed,
    Refused,
    Reset,
    Timeout,
    Unreachable,
    NetworkError,
    TlsFailed,
    ProtocolError, // the peer answered something that is not the expected protocol
    TooLarge,      // the peer sent more than any sane answer holds
    Closed         // the peer closed before answering
};

QString connectErrorKey(ConnectError error);
QString connectStepKey(ConnectStep step);

// What to connect to, and how.
struct ConnectRequest
{
    QString host;                  // name used for DNS, SNI and certificate checks
    QList<QHostAddress> addresses; // when set, DNS is skipped
    quint16 port = 0;
    bool tls = false;
    TrustRoots trustedRoots; // roots the certificate is verified against
    // When the whole attempt (exchange included) must be over: the check's deadline, handed
    // down by the runner. Forever: timeoutMs from start() instead (probes used on their own).
    QDeadlineTimer deadline{QDeadlineTimer::Forever};
    int timeoutMs = 5000;
};

// One TCP connection attempt of a Happy Eyeballs race (RFC 8305 §5).
struct ConnectAttempt
{
    enum class Outcome
    {
        Silent,    // no answer at all before the race ended (won elsewhere, or the deadline)
        Connected, // the TCP handshake completed: this attempt won
        Failed     // refused, reset, unreachable… (error says which)
    };
    QHostAddress address;
    Outcome outcome = Outcome::Silent;
    ConnectError error = ConnectError::None;
    qint64 startedMs = 0; // since the probe started
    qint64 lastedMs = -1; // from its start to its end (connected, failed or given up)
};

QString connectAttemptOutcomeKey(ConnectAttempt::Outcome outcome);

// RFC 8305 §4: the order in which to try addresses: the families interleaved, IPv6 first when
// there is any (each family keeps the resolver's order).
QList<QHostAddress> happyEyeballsOrder(const QList<QHostAddress>& addresses);

// Everything learned while connecting (and, for the composed probes, exchanging).
struct ConnectResult
{
    ConnectStep step = ConnectStep::Dns; // the step reached (Done when all went well)
    ConnectError error = ConnectError::None;
    QString detail; // raw: socket / TLS library text
    QHostAddress address;
    QList<QHostAddress> resolved;
    qint64 dnsMs = -1;
    qint64 connectMs = -1;
    qint64 tlsMs = -1;
    QString tlsProtocol;
    QString tlsCipher;
    QList<QSslCertificate> peerChain;
    QList<QSslError> sslErrors;        // empty: the chain verified against trustedRoots for host
                                       // (the project's own verification, trustanalysis.h)
    QList<QSslError> backendSslErrors; // what the TLS backend said: evidence, not the verdict
    // Every TCP attempt made, in start order (one per address tried).
    QList<ConnectAttempt> attempts;
    // "IPv6" (or "IPv4") when every attempt of that family stayed silent while the other
    // family connected: that family is silently broken on this path. Empty otherwise.
    QString silentFamily;
    qint64 allowedMs = 0; // the time the attempt was given
    bool ok() const { return error == ConnectError::None; }
    bool chainValid() const { return sslErrors.isEmpty(); }
    // "203.0.113.10:443", "[2001:db8::10]:443" (formatEndpoint)
    QString endpoint(quint16 port) const;
};

// Resolves, connects over TCP and optionally completes a TLS handshake, all within one
// deadline. With several addresses it races them the Happy Eyeballs way (RFC 8305): families
// interleaved, a new attempt every 250 ms (or at once when one fails), the first to connect
// wins. Certificate problems are recorded, not fatal: the caller decides what they mean.
// After established(), socket() is ready for an exchange; the deadline still runs.
class ConnectionProbe : public QObject
{
    Q_OBJECT
public:
    explicit ConnectionProbe(QObject* parent = nullptr);
    ~ConnectionProbe() override;

    void start(const ConnectRequest& request);
    void abort();
    QSslSocket* socket() const { return m_socket; }
    const ConnectResult& result() const { return m_result; }
    // What has been learned so far, for a caller whose own deadline came first: while the
    // attempt still runs, it reads as a timeout at the step reached (attempts still racing
    // stay Silent). Once finished, the result itself.
    ConnectResult snapshot() const;
    const ConnectRequest& request() const { return m_request; }
    qint64 elapsedMs() const { return m_clock.elapsed(); }
    // The time this attempt was given in all (from the deadline or timeoutMs).
    qint64 allowedMs() const { return m_result.allowedMs; }
    // RFC 8305 §5 "Connection Attempt Delay": 250 ms is the recommended default.
    static constexpr int kConnectionAttemptDelayMs = 250;
    // Ends the attempt with an error at the current step (used by composed probes too).
    void fail(ConnectError error, const QString& detail);
    // Ends the attempt successfully.
    void succeed();

Q_SIGNALS:
    void established();
    // Once per start(): success or the first failure.
    void finished(const easyuc::ConnectResult& result);
    // The deadline passed during the exchange phase (after established()).
    void exchangeTimedOut();

private:
    void startRace();
    void startAttempt();
    QSslSocket* newSocket();
    void onAttemptConnected(QSslSocket* socket);
    void onSocketError(QSslSocket* socket);
    void onEncrypted();
    // Ends every attempt still running (their outcome stays Silent) and forgets its socket.
    void dropPendingAttempts();
    int attemptIndex(const QSslSocket* socket) const;

    ConnectRequest m_request;
    ConnectResult m_result;
    DnsProbe* m_dns = nullptr;
    QSslSocket* m_socket = nullptr; // the winner, once one connected
    QList<QSslSocket*> m_racing;    // parallel to m_result.attempts; null once ended
    QList<QHostAddress> m_order;
    QTimer* m_deadline = nullptr;
    QTimer* m_stagger = nullptr;
    QElapsedTimer m_clock;
    QElapsedTimer m_stepClock;
    int m_nextAddress = 0;
    bool m_active = false;
};

} // namespace easyuc
