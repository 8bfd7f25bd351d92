#include "websocketprobe.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QSslSocket>
#include <QtEndian>
#include <algorithm>
#include <utility>

namespace easyuc {

namespace {

enum Opcode
{
    Continuation = 0x0,
    Text = 0x1,
    Binary = 0x2,
    Close = 0x8,
    Ping = 0x9,
    Pong = 0xA
};

// RFC 6455 §1.3: the server proves it read our key by hashing it with this GUID.
const QByteArray kWebSocketGuid = QByteArrayLiteral("258EAFA5-E914-47DA-95CA-C5AB0DC85B11");

// Enough for any sane WebSocket traffic here; a flood cannot grow the socket's buffer past it.
constexpr qint64 kReadBufferBytes = 2 * (WebSocketProbe::kMaxMessageBytes + 14);

QByteArray randomBytes(int n)
{
    QByteArray out(n, '\0');
    for (int i = 0; i < n; ++i)
        out[i] = char(QRandomGenerator::system()->bounded(256));
    return out;
}

bool hasToken(const QString& headerValue, const QString& token)
{
    const QStringList parts = headerValue.split(QLatin1Char(','));
    return std::any_of(parts.begin(), parts.end(), [&token](const QString& p) {
        return p.trimmed().compare(token, Qt::CaseInsensitive) == 0;
    });
}

} // namespace

QString wsSipFailureKey(WsSipFailure failure)
{
    switch (failure) {
    case WsSipFailure::None:
        return QStringLiteral("none");
    case WsSipFailure::Connection:
        return QStringLiteral("connection");
    case WsSipFailure::UpgradeSilent:
        return QStringLiteral("upgrade-silent");
    case WsSipFailure::UpgradeNotHttp:
        return QStringLiteral("upgrade-not-http");
    case WsSipFailure::UpgradeTooLarge:
        return QStringLiteral("upgrade-too-large");
    case WsSipFailure::UpgradeRefused:
        return QStringLiteral("upgrade-refused");
    case WsSipFailure::UpgradeInvalid:
        return QStringLiteral("upgrade-invalid");
    case WsSipFailure::UpgradeNoSubprotocol:
        return QStringLiteral("upgrade-no-subprotocol");
    case WsSipFailure::SipSilent:
        return QStringLiteral("sip-silent");
    case WsSipFailure::SipGarbage:
        return QStringLiteral("sip-garbage");
    }
    return {};
}

WebSocketProbe::WebSocketProbe(QObject* parent) : QObject(parent)
{
    m_connection = new ConnectionProbe(this);
    connect(m_connection, &ConnectionProbe::established, this, &WebSocketProbe::onEstablished);
    connect(m_connection, &ConnectionProbe::finished, this, [this](const ConnectResult& r) {
        const Phase phase = m_phase;
        m_phase = Phase::Done;
        m_result.connection = r;
        if (m_result.failure == WsSipFailure::None && !r.ok()) {
            // A failure the connection saw itself: the phase says what it interrupted.
            const qint64 timeoutMs = m_connection->allowedMs();
            const bool timeout = r.error == ConnectError::Timeout;
            m_result.detail = r.detail;
            if (phase == Phase::Upgrade) {
                m_result.failure = WsSipFailure::UpgradeSilent;
                if (timeout)
                    m_result.detail = QStringLiteral("no complete answer to the WebSocket upgrade "
                                                     "within %1 ms (%2 bytes received)")
                                          .arg(timeoutMs)
                                          .arg(m_head.bytesSeen());
                if (m_head.bytesSeen() > 0)
                    m_result.excerpt = m_head.excerpt();
            } else if (phase == Phase::Frames) {
                m_result.failure = WsSipFailure::SipSilent;
                if (timeout)
                    m_result.detail = QStringLiteral("no SIP answer within %1 ms").arg(timeoutMs);
            } else {
                m_result.failure = WsSipFailure::Connection;
            }
        }
        Q_EMIT finished(m_result);
    });
}

void WebSocketProbe::start(const WebSocketSipRequest& request)
{
    m_request = request;
    m_result = WebSocketSipResult();
    m_phase = Phase::Connecting;
    m_head = HttpResponseHead();
    m_buffer.clear();
    m_message.clear();
    m_messageOpcode = 0;
    m_sip = SipRequest();
    m_connection->start(request.connection);
}

void WebSocketProbe::abort()
{
    m_phase = Phase::Done;
    m_connection->abort();
}

WebSocketSipResult WebSocketProbe::snapshot() const
{
    WebSocketSipResult r = m_result;
    if (m_phase == Phase::Done)
        return r;
    r.connection = m_connection->snapshot();
    switch (m_phase) {
    case Phase::Connecting:
        r.failure = WsSipFailure::Connection;
        break;
    case Phase::Upgrade:
        r.failure = WsSipFailure::UpgradeSilent;
        break;
    case Phase::Frames:
        r.failure = WsSipFailure::SipSilent;
        break;
    case Phase::Done:
        break;
    }
    r.detail = QStringLiteral("still waiting after %1 ms").arg(m_connection->elapsedMs());
    return r;
}

void WebSocketProbe::onEstablished()
{
    QSslSocket* s = m_connection->socket();
    m_phase = Phase::Upgrade;
    s->setReadBufferSize(kReadBufferBytes);
    connect(s, &QIODevice::readyRead, this, &WebSocketProbe::onReadable);
    // Queued: our own abort() of the socket must not be mistaken for the server closing.
    connect(s, &QAbstractSocket::disconnected, this, &WebSocketProbe::onClosed,
            Qt::QueuedConnection);

    const ConnectRequest& req = m_request.connection;
    const bool defaultPort = req.port == (req.tls ? 443 : 80);
    const QString host =
        req.host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(req.host) : req.host;
    const QString hostHeader = defaultPort ? host : QStringLiteral("%1:%2").arg(host).arg(req.port);
    m_key = randomBytes(16).toBase64();
    QByteArray upgrade =
        "GET " + (m_request.path.isEmpty() ? QByteArray("/") : m_request.path.toUtf8()) +
        " HTTP/1.1\r\nHost: " + hostHeader.toUtf8() +
        "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: " + m_key +
        "\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: " +
        m_request.subprotocol.toUtf8() + "\r\n";
    if (!m_request.origin.isEmpty())
        upgrade += "Origin: " + m_request.origin.toUtf8() + "\r\n";
    upgrade += "User-Agent: easyuc-diag/" EASYUC_VERSION "\r\n\r\n";
    s->write(upgrade);
    m_upgradeClock.start();
}

void WebSocketProbe::onReadable()
{
    QSslSocket* s = m_connection->socket();
    if (!s)
        return;
    while ((m_phase == Phase::Upgrade || m_phase == Phase::Frames) && s->bytesAvailable() > 0) {
        const QByteArray bytes = s->read(16 * 1024);
        if (m_phase == Phase::Upgrade) {
            m_head.feed(bytes);
            onUpgradeHead();
        } else {
            m_buffer += bytes;
        }
        FrameOutcome outcome = FrameOutcome::Continue;
        while (m_phase == Phase::Frames && outcome == FrameOutcome::Continue)
            outcome = parseFrame();
    }
}

void WebSocketProbe::onClosed()
{
    if (m_phase != Phase::Upgrade && m_phase != Phase::Frames)
        return;
    onReadable();
    if (m_phase == Phase::Upgrade) {
        if (m_head.bytesSeen() > 0)
            m_result.excerpt = m_head.excerpt();
        failWith(WsSipFailure::UpgradeSilent, ConnectError::Closed,
                 QStringLiteral("connection closed after %1 bytes, before a complete answer to the "
                                "WebSocket upgrade")
                     .arg(m_head.bytesSeen()));
    } else if (m_phase == Phase::Frames) {
        failWith(WsSipFailure::SipSilent, ConnectError::Closed,
                 QStringLiteral("connection closed without a SIP answer"));
    }
}

void WebSocketProbe::onUpgradeHead()
{
    switch (m_head.state()) {
    case HttpResponseHead::State::NeedMore:
        return;
    case HttpResponseHead::State::NotHttp:
        m_result.excerpt = m_head.excerpt();
        failWith(WsSipFailure::UpgradeNotHttp, ConnectError::ProtocolError,
                 QStringLiteral("not an HTTP answer to the WebSocket upgrade"));
        return;
    case HttpResponseHead::State::TooLarge:
        failWith(WsSipFailure::UpgradeTooLarge, ConnectError::TooLarge,
                 QStringLiteral("answer head larger than %1 bytes or with more than %2 headers")
                     .arg(HttpResponseHead::kMaxHeadBytes)
                     .arg(HttpResponseHead::kMaxHeaders));
        return;
    case HttpResponseHead::State::Complete:
        break;
    }
    m_result.upgradeMs = m_upgradeClock.elapsed();
    m_result.upgradeStatus = m_head.statusCode();
    m_result.upgradeStatusLine = m_head.statusLine();
    m_result.upgradeServer = m_head.header("server");
    m_result.upgradeDate = m_head.header("date");
    m_result.upgradeReceivedAt = QDateTime::currentDateTimeUtc();
    m_result.subprotocol = m_head.header("sec-websocket-protocol");
    if (m_head.statusCode() != 101) {
        failWith(WsSipFailure::UpgradeRefused, ConnectError::ProtocolError,
                 QStringLiteral("HTTP status %1 instead of 101").arg(m_head.statusCode()));
        return;
    }
    const QByteArray expectedAccept =
        QCryptographicHash::hash(QByteArray(m_key + kWebSocketGuid), QCryptographicHash::Sha1)
            .toBase64();
    QString invalid;
    if (!hasToken(m_head.header("upgrade"), QStringLiteral("websocket")))
        invalid = QStringLiteral("no \"Upgrade: websocket\" header");
    else if (!hasToken(m_head.header("connection"), QStringLiteral("upgrade")))
        invalid = QStringLiteral("no \"Connection: Upgrade\" header");
    else if (m_head.header("sec-websocket-accept").toLatin1() != expectedAccept)
        invalid = QStringLiteral("Sec-WebSocket-Accept \"%1\" does not match the key")
                      .arg(m_head.header("sec-websocket-accept").left(60));
    else if (!m_head.header("sec-websocket-extensions").isEmpty())
        invalid = QStringLiteral("an extension was imposed without being offered");
    if (!invalid.isEmpty()) {
        failWith(WsSipFailure::UpgradeInvalid, ConnectError::ProtocolError, invalid);
        return;
    }
    if (m_result.subprotocol != m_request.subprotocol) {
        failWith(WsSipFailure::UpgradeNoSubprotocol, ConnectError::ProtocolError,
                 m_result.subprotocol.isEmpty()
                     ? QStringLiteral("no subprotocol chosen; \"%1\" was asked")
                           .arg(m_request.subprotocol)
                     : QStringLiteral("subprotocol \"%1\" chosen; \"%2\" was asked")
                           .arg(m_result.subprotocol.left(60), m_request.subprotocol));
        return;
    }

    m_result.upgraded = true;
    m_phase = Phase::Frames;
    m_buffer = m_head.rest();
    SipOptionsParams params;
    params.target = m_request.connection.host;
    params.transport = m_request.connection.tls ? SipTransport::Wss : SipTransport::Ws;
    m_sip = buildSipOptions(params);
    m_result.sipRequestLine = QString::fromUtf8(m_sip.bytes.left(m_sip.bytes.indexOf('\r')));
    sendFrame(Text, m_sip.bytes);
    m_sipClock.start();
    Q_EMIT upgraded();
}

WebSocketProbe::FrameOutcome WebSocketProbe::parseFrame()
{
    const auto garbage = [this](const QString& detail) {
        failWith(WsSipFailure::SipGarbage, ConnectError::ProtocolError, detail);
        return FrameOutcome::Finished;
    };
    if (m_buffer.size() < 2)
        return FrameOutcome::NeedMore;
    const auto* data = reinterpret_cast<const uchar*>(m_buffer.constData());
    const bool fin = data[0] & 0x80;
    const int opcode = data[0] & 0x0f;
    // No extension was negotiated, so RSV1-3 must be clear (RFC 6455 §5.2).
    if (data[0] & 0x70)
        return garbage(QStringLiteral("WebSocket frame with reserved bits set"));
    if (data[1] & 0x80)
        return garbage(QStringLiteral("masked WebSocket frame from the server"));
    quint64 length = data[1] & 0x7f;
    int headerLength = 2;
    if (length == 126) {
        if (m_buffer.size() < 4)
            return FrameOutcome::NeedMore;
        length = qFromBigEndian<quint16>(data + 2);
        headerLength = 4;
    } else if (length == 127) {
        if (m_buffer.size() < 10)
            return FrameOutcome::NeedMore;
        length = qFromBigEndian<quint64>(data + 2);
        headerLength = 10;
    }
    const bool control = opcode & 0x8;
    if (opcode != Continuation && opcode != Text && opcode != Binary && opcode != Close &&
        opcode != Ping && opcode != Pong)
        return garbage(QStringLiteral("WebSocket frame with reserved opcode %1").arg(opcode));
    if (control && (!fin || length > 125))
        return garbage(QStringLiteral("fragmented or oversized WebSocket control frame"));
    if (length > quint64(kMaxMessageBytes) ||
        (opcode == Continuation &&
         quint64(m_message.size()) + length > quint64(kMaxMessageBytes))) {
        failWith(WsSipFailure::SipGarbage, ConnectError::TooLarge,
                 QStringLiteral("WebSocket message larger than %1 bytes").arg(kMaxMessageBytes));
        return FrameOutcome::Finished;
    }
    if (quint64(m_buffer.size()) < headerLength + length)
        return FrameOutcome::NeedMore;
    const QByteArray payload = m_buffer.mid(headerLength, qsizetype(length));
    m_buffer.remove(0, headerLength + qsizetype(length));

    switch (opcode) {
    case Ping:
        sendFrame(Pong, payload);
        return FrameOutcome::Continue;
    case Pong:
        return FrameOutcome::Continue;
    case Close: {
        m_result.closeCode =
            payload.size() >= 2
                ? qFromBigEndian<quint16>(reinterpret_cast<const uchar*>(payload.constData()))
                : 1005;
        const QString reason = QString::fromUtf8(payload.mid(2)).left(120);
        sendFrame(Close, payload.left(2));
        m_connection->socket()->flush();
        failWith(
            WsSipFailure::SipSilent, ConnectError::Closed,
            reason.isEmpty()
                ? QStringLiteral("the server closed the WebSocket (code %1) without a SIP answer")
                      .arg(m_result.closeCode)
                : QStringLiteral(
                      "the server closed the WebSocket (code %1, \"%2\") without a SIP answer")
                      .arg(m_result.closeCode)
                      .arg(reason));
        return FrameOutcome::Finished;
    }
    case Continuation: {
        if (m_messageOpcode == 0)
            return garbage(QStringLiteral("WebSocket continuation frame outside a message"));
        m_message += payload;
        if (!fin)
            return FrameOutcome::Continue;
        const QByteArray message = std::exchange(m_message, QByteArray());
        m_messageOpcode = 0;
        return onMessage(message);
    }
    default: // Text or Binary: RFC 7118 §5 allows SIP in either.
        if (m_messageOpcode != 0)
            return garbage(QStringLiteral("new WebSocket message inside a fragmented one"));
        if (!fin) {
            m_messageOpcode = opcode;
            m_message = payload;
            return FrameOutcome::Continue;
        }
        return onMessage(payload);
    }
}

WebSocketProbe::FrameOutcome WebSocketProbe::onMessage(const QByteArray& payload)
{
    // The server's own requests (keep-alive OPTIONS, NOTIFY…) are not our answer.
    if (looksLikeSipRequest(payload))
        return FrameOutcome::Continue;
    const SipParseResult parsed = parseSipResponse(payload);
    QString mismatch;
    if (!parsed.ok() || !sipResponseMatches(parsed.response, m_sip, &mismatch)) {
        m_result.excerpt = printableExcerpt(payload);
        if (parsed.ok()) {
            m_result.sipStatusLine = parsed.response.statusLine;
            failWith(WsSipFailure::SipGarbage, ConnectError::ProtocolError,
                     QStringLiteral("a SIP response that does not answer our request: %1")
                         .arg(mismatch));
        } else {
            failWith(WsSipFailure::SipGarbage,
                     parsed.error == SipParseError::TooLarge ? ConnectError::TooLarge
                                                             : ConnectError::ProtocolError,
                     QStringLiteral("not a SIP response (%1: %2)")
                         .arg(sipParseErrorKey(parsed.error), parsed.detail));
        }
        return FrameOutcome::Finished;
    }
    m_result.sipRttMs = m_sipClock.elapsed();
    m_result.sipStatus = parsed.response.statusCode;
    m_result.sipStatusLine = parsed.response.statusLine;
    m_result.sipServer = parsed.response.server();
    QByteArray normalClosure(2, '\0');
    qToBigEndian<quint16>(1000, normalClosure.data());
    sendFrame(Close, normalClosure);
    m_connection->socket()->flush();
    m_connection->succeed();
    return FrameOutcome::Finished;
}

void WebSocketProbe::sendFrame(int opcode, const QByteArray& payload)
{
    QByteArray frame;
    frame.reserve(payload.size() + 14);
    frame.append(char(0x80 | opcode));
    const qsizetype n = payload.size();
    if (n < 126) {
        frame.append(char(0x80 | n));
    } else if (n <= 0xffff) {
        frame.append(char(0x80 | 126));
        char len[2];
        qToBigEndian<quint16>(quint16(n), len);
        frame.append(len, 2);
    } else {
        frame.append(char(0x80 | 127));
        char len[8];
        qToBigEndian<quint64>(quint64(n), len);
        frame.append(len, 8);
    }
    // Client frames are masked with a fresh unpredictable key (RFC 6455 §5.3).
    const QByteArray mask = randomBytes(4);
    frame += mask;
    for (qsizetype i = 0; i < n; ++i)
        frame.append(char(payload.at(i) ^ mask.at(i % 4)));
    m_connection->socket()->write(frame);
}

void WebSocketProbe::failWith(WsSipFailure failure, ConnectError error, const QString& detail)
{
    if (m_phase == Phase::Done)
        return;
    m_result.failure = failure;
    m_result.detail = detail;
    m_connection->fail(error, detail);
}

} // namespace easyuc
