#include "wsframing.h"

#include <QCryptographicHash>
#include <QStringList>
#include <QtEndian>
#include <algorithm>

namespace easyuc {

namespace {

// RFC 6455 §1.3: the server proves it read our key by hashing it with this GUID.
const QByteArray kWebSocketGuid = QByteArrayLiteral("258EAFA5-E914-47DA-95CA-C5AB0DC85B11");

bool hasToken(const QString& headerValue, const QString& token)
{
    const QStringList parts = headerValue.split(QLatin1Char(','));
    return std::any_of(parts.begin(), parts.end(), [&token](const QString& p) {
        return p.trimmed().compare(token, Qt::CaseInsensitive) == 0;
    });
}

} // namespace

WsFrameHeader readWsFrameHeader(const QByteArray& buffer, qsizetype assembled, int maxMessageBytes)
{
    WsFrameHeader frame;
    const auto invalid = [&frame](const QString& problem) {
        frame.status = WsFrameHeader::Status::Invalid;
        frame.problem = problem;
        return frame;
    };
    if (buffer.size() < 2)
        return frame;
    const auto* data = reinterpret_cast<const uchar*>(buffer.constData());
    frame.fin = data[0] & 0x80;
    frame.opcode = data[0] & 0x0f;
    // No extension was negotiated, so RSV1-3 must be clear (RFC 6455 §5.2).
    if (data[0] & 0x70)
        return invalid(QStringLiteral("WebSocket frame with reserved bits set"));
    if (data[1] & 0x80)
        return invalid(QStringLiteral("masked WebSocket frame from the server"));
    quint64 length = data[1] & 0x7f;
    frame.headerLength = 2;
    if (length == 126) {
        if (buffer.size() < 4)
            return frame;
        length = qFromBigEndian<quint16>(data + 2);
        frame.headerLength = 4;
    } else if (length == 127) {
        if (buffer.size() < 10)
            return frame;
        length = qFromBigEndian<quint64>(data + 2);
        frame.headerLength = 10;
    }
    const int op = frame.opcode;
    if (op != WsContinuation && op != WsText && op != WsBinary && op != WsClose && op != WsPing &&
        op != WsPong)
        return invalid(QStringLiteral("WebSocket frame with reserved opcode %1").arg(op));
    const bool control = op & 0x8;
    if (control && (!frame.fin || length > 125))
        return invalid(QStringLiteral("fragmented or oversized WebSocket control frame"));
    if (length > quint64(maxMessageBytes) ||
        (op == WsContinuation && quint64(assembled) + length > quint64(maxMessageBytes))) {
        frame.status = WsFrameHeader::Status::TooLarge;
        frame.problem =
            QStringLiteral("WebSocket message larger than %1 bytes").arg(maxMessageBytes);
        return frame;
    }
    frame.payloadLength = qsizetype(length);
    if (buffer.size() >= frame.headerLength + frame.payloadLength)
        frame.status = WsFrameHeader::Status::Complete;
    return frame;
}

QByteArray wsAcceptFor(const QByteArray& key)
{
    return QCryptographicHash::hash(QByteArray(key + kWebSocketGuid), QCryptographicHash::Sha1)
        .toBase64();
}

QString wsUpgradeProblem(const HttpResponseHead& head, const QByteArray& key)
{
    if (!hasToken(head.header("upgrade"), QStringLiteral("websocket")))
        return QStringLiteral("no \"Upgrade: websocket\" header");
    if (!hasToken(head.header("connection"), QStringLiteral("upgrade")))
        return QStringLiteral("no \"Connection: Upgrade\" header");
    if (head.header("sec-websocket-accept").toLatin1() != wsAcceptFor(key))
        return QStringLiteral("Sec-WebSocket-Accept \"%1\" does not match the key")
            .arg(head.header("sec-websocket-accept").left(60));
    if (!head.header("sec-websocket-extensions").isEmpty())
        return QStringLiteral("an extension was imposed without being offered");
    return {};
}

} // namespace easyuc
