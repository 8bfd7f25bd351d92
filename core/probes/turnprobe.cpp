#include "turnprobe.h"

#include <QNetworkDatagram>
#include <QNetworkProxy>
#include <QSslSocket>
#include <QTimer>
#include <QUdpSocket>

namespace easyuc {

namespace {
// A stream peer may send at most this much before we stop listening: a few TURN answers.
constexpr qint64 kMaxStreamBytes = 16 * 1024;
// The Refresh that frees the allocation is a courtesy: it may not hold the result up long.
constexpr int kReleaseWaitMs = 1000;
constexpr int kFirstRtoMs = 250;
constexpr int kMaxRtoMs = 1600;
constexpr int kMaxStaleNonceRetries = 2;
} // namespace

QString turnProbeErrorKey(TurnProbeResult::Error error)
{
    switch (error) {
    case TurnProbeResult::Error::None:
        return QStringLiteral("none");
    case TurnProbeResult::Error::Timeout:
        return QStringLiteral("timeout");
    case TurnProbeResult::Error::ConnectFailed:
        return QStringLiteral("connect-failed");
    case TurnProbeResult::Error::Refused:
        return QStringLiteral("refused");
    case TurnProbeResult::Error::ErrorResponse:
        return QStringLiteral("error-response");
    case TurnProbeResult::Error::ProtocolError:
        return QStringLiteral("protocol-error");
    case TurnProbeResult::Error::TooLarge:
        return QStringLiteral("too-large");
    case TurnProbeResult::Error::Closed:
        return QStringLiteral("closed");
    case TurnProbeResult::Error::SocketError:
        return QStringLiteral("socket-error");
    }
    return {};
}

TurnProbe::TurnProbe(QObject* parent) : QObject(parent)
{
    m_deadline = new QTimer(this);
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, [this] {
        conclude(TurnProbeResult::Error::Timeout,
                 QStringLiteral("no TURN answer within %1 ms").arg(m_clock.elapsed()));
    });
    m_retransmit = new QTimer(this);
    m_retransmit->setSingleShot(true);
    connect(m_retransmit, &QTimer::timeout, this, &TurnProbe::transmit);
}

TurnProbe::~TurnProbe()
{
    abort();
}

void TurnProbe::start(const TurnProbeRequest& request)
{
    abort();
    m_request = request;
    m_result = TurnProbeResult();
    m_result.transport = request.transport;
    m_result.port = request.port;
    m_codec = std::make_unique<TurnCodec>();
    if (request.credentials)
        m_codec->setCredentials(request.credentials->username, request.credentials->password);
    m_streamBuffer.clear();
    m_streamBytes = 0;
    m_staleRetries = 0;
    m_phase = Phase::Unauthenticated;
    m_clock.start();

    if (request.addresses.isEmpty()) {
        QTimer::singleShot(0, this, [this] {
            conclude(TurnProbeResult::Error::SocketError, QStringLiteral("no address to probe"));
        });
        return;
    }
    if (request.transport == TurnTransport::Udp) {
        m_deadline->start(request.timeoutMs);
        m_result.address = request.addresses.first();
        for (const QHostAddress& a : request.addresses) {
            if (a.protocol() == QAbstractSocket::IPv4Protocol) {
                m_result.address = a;
                break;
            }
        }
        m_udp = new QUdpSocket(this);
        m_udp->setProxy(QNetworkProxy::NoProxy);
        connect(m_udp, &QUdpSocket::readyRead, this, &TurnProbe::onDatagrams);
        connect(m_udp, &QAbstractSocket::errorOccurred, this, [this] {
            // A connected UDP socket reports ICMP port-unreachable: nothing listens there.
            if (m_udp->error() == QAbstractSocket::ConnectionRefusedError)
                conclude(TurnProbeResult::Error::Refused, m_udp->errorString());
        });
        connect(m_udp, &QAbstractSocket::connected, this,
                [this] { sendRequest(Phase::Unauthenticated); });
        m_udp->connectToHost(m_result.address, request.port);
        return;
    }
    // The connection probe's own deadline reports a connect timeout; ours follows just after.
    m_deadline->start(request.timeoutMs + 50);
    m_stream = new ConnectionProbe(this);
    // Before the connection probe aborts the socket (whose close would read as "closed").
    connect(m_stream, &ConnectionProbe::exchangeTimedOut, this, [this] {
        conclude(TurnProbeResult::Error::Timeout,
                 QStringLiteral("no TURN answer within %1 ms").arg(m_clock.elapsed()));
    });
    connect(m_stream, &ConnectionProbe::established, this, [this] {
        m_result.address = m_stream->result().address;
        QSslSocket* socket = m_stream->socket();
        connect(socket, &QIODevice::readyRead, this, &TurnProbe::onStreamData);
        connect(socket, &QAbstractSocket::disconnected, this, [this] {
            conclude(TurnProbeResult::Error::Closed, QStringLiteral("closed by the server"));
        });
        sendRequest(Phase::Unauthenticated);
    });
    connect(m_stream, &ConnectionProbe::finished, this, [this](const ConnectResult& r) {
        m_result.connection = r;
        m_result.address = r.address;
        if (r.step == ConnectStep::Exchange)
            conclude(r.error == ConnectError::Timeout ? TurnProbeResult::Error::Timeout
                                                      : TurnProbeResult::Error::SocketError,
                     r.detail);
        else
            conclude(TurnProbeResult::Error::ConnectFailed, r.detail);
    });
    ConnectRequest connect;
    connect.host = request.host;
    connect.addresses = request.addresses;
    connect.port = request.port;
    connect.tls = request.transport == TurnTransport::Tls;
    connect.trustedRoots = request.trustedRoots;
    connect.timeoutMs = request.timeoutMs;
    m_stream->start(connect);
}

void TurnProbe::sendRequest(Phase phase)
{
    if (m_phase == Phase::Done)
        return;
    m_phase = phase;
    m_pendingId.clear();
    m_pending = phase == Phase::Release ? m_codec->refresh(&m_pendingId, 0)
                                        : m_codec->allocate(&m_pendingId);
    if (m_pending.isEmpty()) {
        conclude(TurnProbeResult::Error::SocketError,
                 QStringLiteral("could not build the request"));
        return;
    }
    if (phase == Phase::Authenticated)
        m_result.authenticated = true;
    if (phase == Phase::Release)
        m_deadline->start(
            int(qMin<qint64>(kReleaseWaitMs, qMax<qint64>(1, m_deadline->remainingTime()))));
    m_rtoMs = kFirstRtoMs;
    transmit();
}

void TurnProbe::transmit()
{
    if (m_phase == Phase::Done || m_pending.isEmpty())
        return;
    ++m_result.attempts;
    m_sentAt.start();
    writeBytes(m_pending);
    if (m_udp && m_phase != Phase::Done) {
        m_retransmit->start(m_rtoMs);
        m_rtoMs = qMin(m_rtoMs * 2, kMaxRtoMs);
    }
}

void TurnProbe::writeBytes(const QByteArray& bytes)
{
    if (m_udp) {
        // On a connected UDP socket a failed send reports an ICMP error for an earlier
        // datagram (port or host unreachable); Qt names ECONNREFUSED only as "unknown error".
        if (m_udp->write(bytes) < 0)
            conclude(TurnProbeResult::Error::Refused, m_udp->errorString());
        return;
    }
    if (m_stream && m_stream->socket())
        m_stream->socket()->write(bytes);
}

void TurnProbe::onDatagrams()
{
    while (m_udp && m_phase != Phase::Done && m_udp->hasPendingDatagrams()) {
        const QNetworkDatagram dg = m_udp->receiveDatagram(kMaxStreamBytes);
        onMessage(dg.data());
    }
}

void TurnProbe::onStreamData()
{
    QSslSocket* socket = m_stream ? m_stream->socket() : nullptr;
    while (socket && m_phase != Phase::Done && socket->bytesAvailable() > 0) {
        // Bounded: one byte past the limit is enough to know the peer sent too much.
        const QByteArray chunk = socket->read(
            qMin<qint64>(socket->bytesAvailable(), kMaxStreamBytes - m_streamBytes + 1));
        m_streamBytes += chunk.size();
        if (m_streamBytes > kMaxStreamBytes) {
            conclude(TurnProbeResult::Error::TooLarge,
                     QStringLiteral("more than %1 bytes without an answer").arg(kMaxStreamBytes));
            return;
        }
        m_streamBuffer.append(chunk);
        for (;;) {
            const int frame = TurnCodec::frameLength(m_streamBuffer);
            if (frame < 0) {
                conclude(TurnProbeResult::Error::ProtocolError,
                         QStringLiteral("not STUN: %1")
                             .arg(QString::fromLatin1(m_streamBuffer.left(16).toHex(' '))));
                return;
            }
            if (frame == 0)
                break;
            const QByteArray message = m_streamBuffer.left(frame);
            m_streamBuffer.remove(0, frame);
            onMessage(message);
            if (m_phase == Phase::Done)
                return;
        }
    }
}

void TurnProbe::onMessage(const QByteArray& message)
{
    QByteArray id;
    const TurnAnswer answer = m_codec->parse(message, &id);
    const bool valid =
        answer.kind == TurnAnswer::Kind::Success || answer.kind == TurnAnswer::Kind::ErrorResponse;
    if (!valid || id != m_pendingId) {
        ++m_result.ignoredMessages;
        return;
    }
    m_retransmit->stop();
    m_pending.clear();
    if (!answer.software.isEmpty())
        m_result.software = answer.software;
    const bool stale = answer.kind == TurnAnswer::Kind::ErrorResponse && answer.errorCode == 438 &&
                       !answer.nonce.isEmpty() && m_staleRetries < kMaxStaleNonceRetries;
    switch (m_phase) {
    case Phase::Unauthenticated:
        m_result.rttMs = m_sentAt.elapsed();
        if (answer.kind == TurnAnswer::Kind::Success) {
            // A server without authentication allocated at once.
            m_result.allocated = true;
            m_result.relayed = answer.relayed;
            m_result.relayedPort = answer.relayedPort;
            m_result.mapped = answer.mapped;
            m_result.mappedPort = answer.mappedPort;
            m_result.lifetime = answer.lifetime;
            sendRequest(Phase::Release);
            return;
        }
        if (answer.isChallenge()) {
            m_result.challenged = true;
            m_result.realm = answer.realm;
            m_result.noncePresent = true;
            m_codec->setChallenge(answer.realm, answer.nonce);
            if (m_codec->hasCredentials())
                sendRequest(Phase::Authenticated);
            else
                conclude(TurnProbeResult::Error::None);
            return;
        }
        m_result.errorCode = answer.errorCode;
        m_result.errorReason = answer.errorReason;
        if (answer.errorCode == 401)
            conclude(TurnProbeResult::Error::ProtocolError,
                     QStringLiteral("401 without REALM and NONCE"));
        else
            conclude(TurnProbeResult::Error::ErrorResponse);
        return;
    case Phase::Authenticated:
        if (answer.kind == TurnAnswer::Kind::Success) {
            m_result.allocated = true;
            m_result.errorCode = 0;
            m_result.errorReason.clear();
            m_result.relayed = answer.relayed;
            m_result.relayedPort = answer.relayedPort;
            m_result.mapped = answer.mapped;
            m_result.mappedPort = answer.mappedPort;
            m_result.lifetime = answer.lifetime;
            sendRequest(Phase::Release);
            return;
        }
        m_result.errorCode = answer.errorCode;
        m_result.errorReason = answer.errorReason;
        if (stale) {
            ++m_staleRetries;
            m_codec->setChallenge(answer.realm.isEmpty() ? m_result.realm : answer.realm,
                                  answer.nonce);
            sendRequest(Phase::Authenticated);
            return;
        }
        conclude(TurnProbeResult::Error::ErrorResponse);
        return;
    case Phase::Release:
        if (stale) {
            ++m_staleRetries;
            m_codec->setChallenge(answer.realm.isEmpty() ? m_result.realm : answer.realm,
                                  answer.nonce);
            sendRequest(Phase::Release);
            return;
        }
        m_result.released = answer.kind == TurnAnswer::Kind::Success;
        conclude(TurnProbeResult::Error::None,
                 m_result.released ? QString()
                                   : QStringLiteral("refresh answered %1").arg(answer.errorCode));
        return;
    case Phase::Idle:
    case Phase::Done:
        return;
    }
}

void TurnProbe::conclude(TurnProbeResult::Error error, const QString& detail)
{
    if (m_phase == Phase::Done)
        return;
    m_phase = Phase::Done;
    m_deadline->stop();
    m_retransmit->stop();
    // What the path proved stands, whatever failed after it (the allocation, the release).
    m_result.error = m_result.pathProven() ? TurnProbeResult::Error::None : error;
    if (!detail.isEmpty())
        m_result.detail = detail;
    if (m_stream && m_stream->result().step != ConnectStep::Dns)
        m_result.connection = m_stream->result();
    closeTransport();
    Q_EMIT finished(m_result);
}

void TurnProbe::abort()
{
    m_phase = Phase::Done;
    m_deadline->stop();
    m_retransmit->stop();
    closeTransport();
}

void TurnProbe::closeTransport()
{
    if (m_stream) {
        m_stream->disconnect(this);
        if (QSslSocket* socket = m_stream->socket())
            socket->disconnect(this);
        m_stream->abort();
        m_stream->deleteLater();
        m_stream = nullptr;
    }
    if (m_udp) {
        m_udp->disconnect(this);
        m_udp->abort();
        m_udp->deleteLater();
        m_udp = nullptr;
    }
}

} // namespace easyuc
