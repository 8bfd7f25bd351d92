#include "proxytunnelprobe.h"

#include <QNetworkProxy>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTimer>

namespace easyuc {

namespace {
constexpr int kMaxHeader = 16 * 1024;

QString printable(const QByteArray& raw)
{
    QString s = QString::fromLatin1(raw.left(160));
    for (QChar& c : s)
        if (c.unicode() < 0x20 || c.unicode() >= 0x7f)
            c = QLatin1Char('?');
    return s;
}

QString authority(const QString& host, quint16 port)
{
    return host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]:%2").arg(host).arg(port)
                                           : QStringLiteral("%1:%2").arg(host).arg(port);
}
} // namespace

int ProxyTunnelProbe::statusOf(const QByteArray& statusLine)
{
    // HTTP/1.x SP 3DIGIT [SP reason]
    const QList<QByteArray> parts = statusLine.trimmed().split(' ');
    if (parts.size() < 2 || !parts.at(0).startsWith("HTTP/1.") || parts.at(1).size() != 3)
        return 0;
    bool ok = false;
    const int code = parts.at(1).toInt(&ok);
    return ok && code >= 100 && code <= 599 ? code : 0;
}

ProxyTunnelProbe::ProxyTunnelProbe(QObject* parent)
    : QObject(parent), m_socket(new QSslSocket(this)), m_timer(new QTimer(this))
{
    m_socket->setProxy(QNetworkProxy::NoProxy);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &ProxyTunnelProbe::onTimeout);
    connect(m_socket, &QSslSocket::connected, this, &ProxyTunnelProbe::onConnected);
    connect(m_socket, &QSslSocket::readyRead, this, &ProxyTunnelProbe::onReadyRead);
    connect(m_socket, &QSslSocket::encrypted, this, &ProxyTunnelProbe::onEncrypted);
    connect(m_socket, &QSslSocket::errorOccurred, this, &ProxyTunnelProbe::onError);
    // Certificate errors do not stop the handshake: only its completion is measured here.
    connect(m_socket, &QSslSocket::sslErrors, this, [this] { m_socket->ignoreSslErrors(); });
}

ProxyTunnelProbe::~ProxyTunnelProbe()
{
    m_step = Step::Idle;
    m_socket->disconnect(this);
    m_socket->abort();
}

void ProxyTunnelProbe::start(const ProxyTunnelRequest& request, int timeoutMs)
{
    abort();
    m_request = request;
    m_result = ProxyTunnel();
    m_result.target = authority(request.targetHost, request.targetPort);
    m_result.purpose = request.purpose;
    m_buffer.clear();
    m_timeoutMs = timeoutMs;
    m_step = Step::Connecting;
    m_clock.start();
    m_timer->start(qMax(1, timeoutMs));
    // From the event loop: a refusal reported inside connectToHost() (Windows, Wine) must not
    // finish the probe before start() returns.
    QTimer::singleShot(0, this, [this] {
        if (m_step == Step::Connecting)
            m_socket->connectToHost(m_request.proxyHost, m_request.proxyPort);
    });
}

void ProxyTunnelProbe::abort()
{
    m_timer->stop();
    m_step = Step::Idle;
    m_socket->abort();
}

void ProxyTunnelProbe::onConnected()
{
    if (m_step != Step::Connecting)
        return;
    m_step = Step::Connect;
    const QByteArray target = authority(m_request.targetHost, m_request.targetPort).toUtf8();
    m_socket->write("CONNECT " + target + " HTTP/1.1\r\nHost: " + target +
                    "\r\nUser-Agent: easyuc-diag\r\nProxy-Connection: keep-alive\r\n\r\n");
}

void ProxyTunnelProbe::onReadyRead()
{
    if (m_step != Step::Connect && m_step != Step::Upgrade)
        return;
    m_buffer += m_socket->readAll();
    const qsizetype end = m_buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        if (m_buffer.size() > kMaxHeader) {
            (m_step == Step::Connect ? m_result.error : m_result.tlsError) =
                QStringLiteral("no end of the HTTP header within %1 bytes").arg(kMaxHeader);
            conclude();
        }
        return;
    }
    const QByteArray statusLine = m_buffer.left(m_buffer.indexOf("\r\n"));
    const int status = statusOf(statusLine);
    if (m_step == Step::Upgrade) {
        m_result.upgradeStatus = status;
        if (status != 101)
            m_result.tlsError = status == 0
                                    ? QStringLiteral("not an HTTP answer to the WebSocket upgrade: "
                                                     "\u201c%1\u201d")
                                          .arg(printable(statusLine))
                                    : QString();
        conclude();
        return;
    }
    m_result.elapsedMs = double(m_clock.elapsed());
    m_result.statusLine = printable(statusLine);
    m_result.status = status;
    if (status == 0) {
        m_result.error = QStringLiteral("not an HTTP answer to CONNECT: \u201c%1\u201d")
                             .arg(printable(statusLine));
        conclude();
        return;
    }
    if (status != 200 || !m_request.tls) {
        conclude();
        return;
    }
    m_buffer.clear();
    m_step = Step::Tls;
    QSslConfiguration config = m_socket->sslConfiguration();
    config.setPeerVerifyMode(QSslSocket::VerifyNone);
    m_socket->setSslConfiguration(config);
    m_socket->setPeerVerifyName(m_request.targetHost);
    m_socket->startClientEncryption();
}

void ProxyTunnelProbe::onEncrypted()
{
    if (m_step != Step::Tls)
        return;
    m_result.tlsOk = true;
    if (!m_request.websocket) {
        conclude();
        return;
    }
    m_step = Step::Upgrade;
    QByteArray key(16, Qt::Uninitialized);
    for (char& c : key)
        c = char(QRandomGenerator::global()->bounded(256));
    const QByteArray host = authority(m_request.targetHost, m_request.targetPort).toUtf8();
    m_socket->write("GET " + m_request.websocketPath.toUtf8() + " HTTP/1.1\r\nHost: " + host +
                    "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: " +
                    key.toBase64() + "\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: " +
                    m_request.websocketProtocol.toUtf8() + "\r\nOrigin: https://" +
                    m_request.targetHost.toUtf8() + "\r\n\r\n");
}

void ProxyTunnelProbe::onError()
{
    if (m_step == Step::Idle)
        return;
    const QString error = m_socket->errorString();
    switch (m_step) {
    case Step::Connecting:
        m_result.error = QStringLiteral("proxy %1: %2")
                             .arg(authority(m_request.proxyHost, m_request.proxyPort), error);
        break;
    case Step::Connect:
        m_result.error = QStringLiteral("the proxy closed the connection without answering "
                                        "CONNECT (%1)")
                             .arg(error);
        break;
    case Step::Tls:
        m_result.tlsError = error;
        break;
    case Step::Upgrade:
        m_result.tlsError =
            QStringLiteral("connection closed during the WebSocket upgrade (%1)").arg(error);
        break;
    case Step::Idle:
        break;
    }
    conclude();
}

void ProxyTunnelProbe::onTimeout()
{
    const QString within = QStringLiteral("within %1 ms").arg(m_timeoutMs);
    switch (m_step) {
    case Step::Connecting:
        m_result.error = QStringLiteral("no connection to the proxy %1").arg(within);
        break;
    case Step::Connect:
        m_result.error = QStringLiteral("no answer from the proxy to CONNECT %1").arg(within);
        break;
    case Step::Tls:
        m_result.tlsError =
            QStringLiteral("TLS through the tunnel did not complete %1").arg(within);
        break;
    case Step::Upgrade:
        m_result.tlsError = QStringLiteral("no answer to the WebSocket upgrade %1").arg(within);
        break;
    case Step::Idle:
        return;
    }
    conclude();
}

void ProxyTunnelProbe::conclude()
{
    if (m_step == Step::Idle)
        return;
    m_step = Step::Idle;
    m_timer->stop();
    m_socket->abort();
    if (m_result.elapsedMs < 0 && m_result.status == 0)
        m_result.elapsedMs = double(m_clock.elapsed());
    Q_EMIT finished(m_result);
}

} // namespace easyuc
