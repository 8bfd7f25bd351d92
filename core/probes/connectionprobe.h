#pragma once

#include "dnsprobe.h"
#include "truststore.h"

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
    int timeoutMs = 5000;    // for the whole attempt, exchange included
};

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
    bool ok() const { return error == ConnectError::None; }
    bool chainValid() const { return sslErrors.isEmpty(); }
    // "203.0.113.10:443"
    QString endpoint(quint16 port) const;
};

// Resolves, connects over TCP and optionally completes a TLS handshake, all within one
// deadline. Certificate problems are recorded, not fatal: the caller decides what they mean.
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
    const ConnectRequest& request() const { return m_request; }
    qint64 elapsedMs() const { return m_clock.elapsed(); }
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
    void connectNext();
    void onSocketError();
    void onEncrypted();

    ConnectRequest m_request;
    ConnectResult m_result;
    DnsProbe* m_dns = nullptr;
    QSslSocket* m_socket = nullptr;
    QTimer* m_deadline = nullptr;
    QElapsedTimer m_clock;
    QElapsedTimer m_stepClock;
    int m_nextAddress = 0;
    bool m_active = false;
};

} // namespace easyuc
