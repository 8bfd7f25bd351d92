#include "connectionprobe.h"

#include "trustanalysis.h"

#include <QNetworkProxy>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTimer>

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

QString ConnectResult::endpoint(quint16 port) const
{
    if (address.protocol() == QAbstractSocket::IPv6Protocol)
        return QStringLiteral("[%1]:%2").arg(address.toString()).arg(port);
    return QStringLiteral("%1:%2").arg(address.toString()).arg(port);
}

ConnectionProbe::ConnectionProbe(QObject* parent) : QObject(parent)
{
    m_deadline = new QTimer(this);
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, [this] {
        if (m_result.step == ConnectStep::Exchange)
            Q_EMIT exchangeTimedOut();
        if (!m_active)
            return;
        const QString detail = QStringLiteral("no answer within %1 ms").arg(m_request.timeoutMs);
        if (m_result.step == ConnectStep::Dns)
            fail(ConnectError::DnsTimeout, detail);
        else
            fail(ConnectError::Timeout, detail);
    });
}

ConnectionProbe::~ConnectionProbe()
{
    m_active = false;
    if (m_socket) {
        m_socket->disconnect(); // every listener: composed probes too
        m_socket->abort();
    }
}

void ConnectionProbe::start(const ConnectRequest& request)
{
    abort();
    m_request = request;
    m_result = ConnectResult();
    m_active = true;
    m_nextAddress = 0;
    m_clock.start();
    m_deadline->start(request.timeoutMs);
    if (!request.addresses.isEmpty()) {
        m_result.resolved = request.addresses;
        m_result.dnsMs = 0;
        QTimer::singleShot(0, this, &ConnectionProbe::connectNext);
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
            connectNext();
        });
    }
    m_dns->start(request.host, request.timeoutMs);
}

void ConnectionProbe::abort()
{
    m_active = false;
    m_deadline->stop();
    if (m_dns)
        m_dns->abort();
    if (m_socket) {
        m_socket->disconnect(); // every listener: composed probes too
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
}

void ConnectionProbe::connectNext()
{
    if (!m_active)
        return;
    m_result.step = ConnectStep::Connect;
    if (m_socket) {
        m_socket->disconnect(); // every listener: composed probes too
        m_socket->abort();
        m_socket->deleteLater();
    }
    m_result.address = m_result.resolved.value(m_nextAddress++);
    m_socket = new QSslSocket(this);
    // Proxies would hide the very network path being tested.
    m_socket->setProxy(QNetworkProxy::NoProxy);
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setCaCertificates(m_request.trustedRoots.certificates);
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    config.setProtocol(QSsl::TlsV1_2OrLater);
    m_socket->setSslConfiguration(config);
    m_socket->setPeerVerifyName(m_request.host);
    connect(m_socket, &QAbstractSocket::errorOccurred, this, &ConnectionProbe::onSocketError);
    connect(m_socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError>& errors) {
        // Recorded, then ignored so the exchange can show what lies behind. The verdict is the
        // project's own verification of the chain once the handshake is done (onEncrypted).
        m_result.sslErrors = errors;
        m_result.backendSslErrors = errors;
        m_socket->ignoreSslErrors();
    });
    connect(m_socket, &QSslSocket::encrypted, this, &ConnectionProbe::onEncrypted);
    connect(m_socket, &QAbstractSocket::connected, this, [this] {
        m_result.connectMs = m_stepClock.elapsed();
        if (!m_request.tls) {
            m_result.step = ConnectStep::Exchange;
            Q_EMIT established();
            return;
        }
        m_result.step = ConnectStep::Tls;
        m_stepClock.start();
        m_socket->startClientEncryption();
    });
    m_stepClock.start();
    m_socket->connectToHost(m_result.address, m_request.port);
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

void ConnectionProbe::onSocketError()
{
    if (!m_active || !m_socket)
        return;
    const QAbstractSocket::SocketError err = m_socket->error();
    const QString detail = m_socket->errorString();
    if (m_result.step == ConnectStep::Connect) {
        const bool more = m_nextAddress < m_result.resolved.size();
        ConnectError e = ConnectError::NetworkError;
        if (err == QAbstractSocket::ConnectionRefusedError)
            e = ConnectError::Refused;
        else if (err == QAbstractSocket::SocketTimeoutError)
            e = ConnectError::Timeout;
        else if (err == QAbstractSocket::NetworkError || err == QAbstractSocket::HostNotFoundError)
            e = ConnectError::Unreachable;
        if (more) {
            connectNext();
            return;
        }
        fail(e, detail);
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
    m_result.step = ConnectStep::Done;
    m_result.error = ConnectError::None;
    if (m_socket) {
        m_socket->disconnect(); // every listener: composed probes too
        m_socket->abort();
    }
    Q_EMIT finished(m_result);
}

} // namespace easyuc
