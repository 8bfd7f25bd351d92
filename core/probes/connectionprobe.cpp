#include "connectionprobe.h"

#include "endpoint.h"
#include "trustanalysis.h"

#include <QNetworkProxy>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTimer>
#include <algorithm>
#include <limits>

namespace easyuc {

QString connectErrorKey(ConnectError error)
{
    switch (error) {
    case ConnectError::None:
        return QStringLiteral("none");
    case ConnectError::NameNotFound:
        return QStringLiteral("dns-not-found");
    case ConnectError::DnsTimeout:
        return QStringLiteral("dns-timeout");
    case ConnectError::DnsFailed:
        return QStringLiteral("dns-failed");
    case ConnectError::Refused:
        return QStringLiteral("refused");
    case ConnectError::Reset:
        return QStringLiteral("reset");
    case ConnectError::Timeout:
        return QStringLiteral("timeout");
    case ConnectError::Unreachable:
        return QStringLiteral("unreachable");
    case ConnectError::NetworkError:
        return QStringLiteral("network-error");
    case ConnectError::TlsFailed:
        return QStringLiteral("tls-failed");
    case ConnectError::ProtocolError:
        return QStringLiteral("protocol-error");
    case ConnectError::TooLarge:
        return QStringLiteral("too-large");
    case ConnectError::Closed:
        return QStringLiteral("closed");
    }
    return {};
}

QString connectStepKey(ConnectStep step)
{
    switch (step) {
    case ConnectStep::Dns:
        return QStringLiteral("dns");
    case ConnectStep::Connect:
        return QStringLiteral("connect");
    case ConnectStep::Tls:
        return QStringLiteral("tls");
    case ConnectStep::Exchange:
        return QStringLiteral("exchange");
    case ConnectStep::Done:
        return QStringLiteral("done");
    }
    return {};
}

QString connectAttemptOutcomeKey(ConnectAttempt::Outcome outcome)
{
    switch (outcome) {
    case ConnectAttempt::Outcome::Silent:
        return QStringLiteral("silent");
    case ConnectAttempt::Outcome::Connected:
        return QStringLiteral("connected");
    case ConnectAttempt::Outcome::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

QList<QHostAddress> happyEyeballsOrder(const QList<QHostAddress>& addresses)
{
    // RFC 8305 §4: "the client SHOULD … interleave address families": with a First Address
    // Family Count of 1, alternate the families, starting with the preferred one. IPv6 is
    // preferred (RFC 6724 default policy) unless only one family exists.
    QList<QHostAddress> v6;
    QList<QHostAddress> v4;
    for (const QHostAddress& a : addresses) {
        bool mapped = false;
        a.toIPv4Address(&mapped);
        (a.protocol() == QAbstractSocket::IPv6Protocol && !mapped ? v6 : v4).append(a);
    }
    QList<QHostAddress> order;
    for (qsizetype i = 0; i < qMax(v6.size(), v4.size()); ++i) {
        if (i < v6.size())
            order.append(v6.at(i));
        if (i < v4.size())
            order.append(v4.at(i));
    }
    return order;
}

QString ConnectResult::endpoint(quint16 port) const
{
    return formatEndpoint(address, port);
}

ConnectionProbe::ConnectionProbe(QObject* parent) : QObject(parent)
{
    m_deadline = new QTimer(this);
    m_deadline->setSingleShot(true);
    m_deadline->setTimerType(Qt::PreciseTimer);
    connect(m_deadline, &QTimer::timeout, this, [this] {
        if (m_result.step == ConnectStep::Exchange)
            Q_EMIT exchangeTimedOut();
        if (!m_active)
            return;
        const QString detail = QStringLiteral("no answer within %1 ms").arg(m_result.allowedMs);
        if (m_result.step == ConnectStep::Dns)
            fail(ConnectError::DnsTimeout, detail);
        else
            fail(ConnectError::Timeout, detail);
    });
    m_stagger = new QTimer(this);
    m_stagger->setSingleShot(true);
    m_stagger->setTimerType(Qt::PreciseTimer);
    connect(m_stagger, &QTimer::timeout, this, &ConnectionProbe::startAttempt);
}

ConnectionProbe::~ConnectionProbe()
{
    m_active = false;
    for (QSslSocket* s : std::as_const(m_racing)) {
        if (s) {
            s->disconnect(); // every listener: composed probes too
            s->abort();
        }
    }
    if (m_socket) {
        m_socket->disconnect();
        m_socket->abort();
    }
}

void ConnectionProbe::start(const ConnectRequest& request)
{
    abort();
    m_racing.clear();
    m_request = request;
    m_result = ConnectResult();
    m_active = true;
    m_nextAddress = 0;
    m_order.clear();
    m_clock.start();
    // One deadline for the whole attempt: the caller's (the check's, handed down by the
    // runner) or, for a probe used on its own, timeoutMs from now.
    const QDeadlineTimer deadline = request.deadline.isForever()
                                        ? QDeadlineTimer(qMax(0, request.timeoutMs))
                                        : request.deadline;
    const qint64 left = qMax<qint64>(0, deadline.remainingTime());
    m_result.allowedMs = left;
    m_deadline->start(int(qMin<qint64>(left, std::numeric_limits<int>::max())));
    if (!request.addresses.isEmpty()) {
        m_result.resolved = request.addresses;
        m_result.dnsMs = 0;
        QTimer::singleShot(0, this, &ConnectionProbe::startRace);
        return;
    }
    if (!m_dns) {
        m_dns = new DnsProbe(this);
        connect(m_dns, &DnsProbe::finished, this, [this](const DnsResult& dns) {
            m_result.dnsMs = dns.elapsedMs;
            if (!dns.ok()) {
                const ConnectError e =
                    dns.error == DnsResult::Error::NotFound  ? ConnectError::NameNotFound
                    : dns.error == DnsResult::Error::Timeout ? ConnectError::DnsTimeout
                                                             : ConnectError::DnsFailed;
                fail(e, dns.detail);
                return;
            }
            m_result.resolved = dns.addresses;
            startRace();
        });
    }
    // RFC 8305 §3 asks for both families: the system resolver (getaddrinfo, AF_UNSPEC) sends
    // the AAAA and A queries together and returns both families' addresses.
    m_dns->start(request.host, int(qMax<qint64>(1, left)));
}

ConnectResult ConnectionProbe::snapshot() const
{
    ConnectResult r = m_result;
    if (!m_active)
        return r;
    const qint64 now = m_clock.elapsed();
    for (ConnectAttempt& a : r.attempts) {
        if (a.lastedMs < 0)
            a.lastedMs = now - a.startedMs;
    }
    r.error = r.step == ConnectStep::Dns ? ConnectError::DnsTimeout : ConnectError::Timeout;
    r.detail = QStringLiteral("no answer within %1 ms").arg(now);
    return r;
}

void ConnectionProbe::abort()
{
    m_active = false;
    m_deadline->stop();
    m_stagger->stop();
    if (m_dns)
        m_dns->abort();
    dropPendingAttempts();
    if (m_socket) {
        m_socket->disconnect(); // every listener: composed probes too
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
}

void ConnectionProbe::startRace()
{
    if (!m_active || m_result.step != ConnectStep::Dns)
        return;
    m_result.step = ConnectStep::Connect;
    m_order = happyEyeballsOrder(m_result.resolved);
    m_nextAddress = 0;
    startAttempt();
}

QSslSocket* ConnectionProbe::newSocket()
{
    auto* s = new QSslSocket(this);
    // Proxies would hide the very network path being tested.
    s->setProxy(QNetworkProxy::NoProxy);
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setCaCertificates(m_request.trustedRoots.certificates);
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    config.setProtocol(QSsl::TlsV1_2OrLater);
    s->setSslConfiguration(config);
    s->setPeerVerifyName(m_request.host);
    connect(s, &QAbstractSocket::errorOccurred, this, [this, s] { onSocketError(s); });
    connect(s, &QSslSocket::sslErrors, this, [this, s](const QList<QSslError>& errors) {
        if (s != m_socket)
            return;
        // Recorded, then ignored so the exchange can show what lies behind. The verdict is the
        // project's own verification of the chain once the handshake is done (onEncrypted).
        m_result.sslErrors = errors;
        m_result.backendSslErrors = errors;
        s->ignoreSslErrors();
    });
    connect(s, &QSslSocket::encrypted, this, [this, s] {
        if (s == m_socket)
            onEncrypted();
    });
    connect(s, &QAbstractSocket::connected, this, [this, s] { onAttemptConnected(s); });
    return s;
}

void ConnectionProbe::startAttempt()
{
    if (!m_active || m_socket || m_nextAddress >= m_order.size())
        return;
    ConnectAttempt attempt;
    attempt.address = m_order.at(m_nextAddress++);
    attempt.startedMs = m_clock.elapsed();
    m_result.attempts.append(attempt);
    // Until one wins, the address shown is the latest one tried.
    m_result.address = attempt.address;
    QSslSocket* socket = newSocket();
    m_racing.append(socket);
    // RFC 8305 §5: the next attempt starts after the Connection Attempt Delay if this one has
    // not connected by then, and earlier attempts keep running meanwhile (no attempt is
    // abandoned, so one silent address never holds the others back).
    if (m_nextAddress < m_order.size())
        m_stagger->start(kConnectionAttemptDelayMs);
    socket->connectToHost(attempt.address, m_request.port);
}

int ConnectionProbe::attemptIndex(const QSslSocket* socket) const
{
    return int(m_racing.indexOf(socket));
}

void ConnectionProbe::onAttemptConnected(QSslSocket* socket)
{
    const int i = attemptIndex(socket);
    if (!m_active || m_socket || i < 0)
        return;
    ConnectAttempt& won = m_result.attempts[i];
    won.outcome = ConnectAttempt::Outcome::Connected;
    won.lastedMs = m_clock.elapsed() - won.startedMs;
    m_racing[i] = nullptr;
    m_socket = socket;
    m_stagger->stop();
    // RFC 8305 §5: once one attempt succeeds, the others are cancelled.
    dropPendingAttempts();
    m_result.address = won.address;
    m_result.connectMs = won.lastedMs;
    // A family is silently broken when each of its attempts got no answer at all while the
    // other family connected (RFC 8305 §1: the very case Happy Eyeballs hides from users).
    const QString winner = addressFamilyName(won.address);
    QString silent;
    bool allSilent = true;
    for (const ConnectAttempt& a : std::as_const(m_result.attempts)) {
        const QString family = addressFamilyName(a.address);
        if (family == winner)
            continue;
        silent = family;
        allSilent = allSilent && a.outcome == ConnectAttempt::Outcome::Silent;
    }
    if (!silent.isEmpty() && allSilent)
        m_result.silentFamily = silent;
    if (!m_request.tls) {
        m_result.step = ConnectStep::Exchange;
        Q_EMIT established();
        return;
    }
    m_result.step = ConnectStep::Tls;
    m_stepClock.start();
    m_socket->startClientEncryption();
}

void ConnectionProbe::dropPendingAttempts()
{
    for (qsizetype i = 0; i < m_racing.size(); ++i) {
        QSslSocket* s = m_racing.at(i);
        if (!s)
            continue;
        m_racing[i] = nullptr;
        ConnectAttempt& a = m_result.attempts[i];
        if (a.lastedMs < 0)
            a.lastedMs = m_clock.elapsed() - a.startedMs;
        s->disconnect(); // every listener: composed probes too
        s->abort();
        s->deleteLater();
    }
}

void ConnectionProbe::onEncrypted()
{
    m_result.tlsMs = m_stepClock.elapsed();
    const QSslCipher cipher = m_socket->sessionCipher();
    m_result.tlsCipher = cipher.name();
    m_result.tlsProtocol = cipher.protocolString();
    m_result.peerChain = m_socket->peerCertificateChain();
    // One verification for every platform: Schannel (Windows) does not use the profile's
    // roots, so the backend's opinion is kept as evidence and ours decides.
    m_result.sslErrors =
        sslErrorsOf(verifyChain(m_result.peerChain, m_request.host, m_request.trustedRoots),
                    m_result.peerChain);
    m_result.step = ConnectStep::Exchange;
    Q_EMIT established();
}

void ConnectionProbe::onSocketError(QSslSocket* socket)
{
    if (!m_active || !socket)
        return;
    const QAbstractSocket::SocketError err = socket->error();
    const QString detail = socket->errorString();
    if (socket != m_socket) {
        const int i = attemptIndex(socket);
        if (i < 0 || m_socket)
            return;
        ConnectError e = ConnectError::NetworkError;
        if (err == QAbstractSocket::ConnectionRefusedError)
            e = ConnectError::Refused;
        else if (err == QAbstractSocket::SocketTimeoutError)
            e = ConnectError::Timeout;
        else if (err == QAbstractSocket::NetworkError || err == QAbstractSocket::HostNotFoundError)
            e = ConnectError::Unreachable;
        ConnectAttempt& a = m_result.attempts[i];
        a.outcome = ConnectAttempt::Outcome::Failed;
        a.error = e;
        a.lastedMs = m_clock.elapsed() - a.startedMs;
        m_racing[i] = nullptr;
        socket->disconnect();
        socket->deleteLater();
        // RFC 8305 §5: a failed attempt lets the next one start at once, without waiting for
        // the rest of the Connection Attempt Delay.
        if (m_nextAddress < m_order.size()) {
            m_stagger->stop();
            QTimer::singleShot(0, this, &ConnectionProbe::startAttempt);
            return;
        }
        const bool racing =
            std::any_of(m_racing.cbegin(), m_racing.cend(), [](QSslSocket* s) { return s; });
        if (racing)
            return;
        // Every address failed: a refusal (a host that answers) says the most about the port.
        ConnectError worst = e;
        for (const ConnectAttempt& other : std::as_const(m_result.attempts)) {
            if (other.error == ConnectError::Refused)
                worst = ConnectError::Refused;
        }
        m_result.address = a.address;
        fail(worst, detail);
        return;
    }
    if (m_result.step == ConnectStep::Tls) {
        fail(err == QAbstractSocket::RemoteHostClosedError ? ConnectError::Closed
                                                           : ConnectError::TlsFailed,
             detail);
        return;
    }
    if (m_result.step == ConnectStep::Exchange) {
        // Composed probes read what arrived before the close and decide themselves.
        if (err == QAbstractSocket::RemoteHostClosedError)
            return;
        fail(err == QAbstractSocket::ConnectionRefusedError ? ConnectError::Reset
                                                            : ConnectError::NetworkError,
             detail);
    }
}

void ConnectionProbe::fail(ConnectError error, const QString& detail)
{
    if (!m_active)
        return;
    m_active = false;
    m_deadline->stop();
    m_stagger->stop();
    dropPendingAttempts();
    m_result.error = error;
    m_result.detail = detail;
    if (m_socket) {
        m_socket->disconnect(); // every listener: composed probes too
        m_socket->abort();
    }
    Q_EMIT finished(m_result);
}

void ConnectionProbe::succeed()
{
    if (!m_active)
        return;
    m_active = false;
    m_deadline->stop();
    m_stagger->stop();
    dropPendingAttempts();
    m_result.step = ConnectStep::Done;
    m_result.error = ConnectError::None;
    if (m_socket) {
        m_socket->disconnect(); // every listener: composed probes too
        m_socket->abort();
    }
    Q_EMIT finished(m_result);
}

} // namespace easyuc
