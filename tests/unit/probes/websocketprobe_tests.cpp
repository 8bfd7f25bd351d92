#include "probes/websocketprobe.h"
#include "support/checkharness.h"

#include <QCryptographicHash>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtEndian>
#include <gtest/gtest.h>
#include <optional>

using namespace easyuc;
using namespace easyuc::test;

namespace {

// What the hand-made server does once the WebSocket is open.
enum class After
{
    Answer,           // a matching SIP 200 in one text frame
    AnswerBinary,     // the same in a binary frame
    AnswerFragmented, // split over three frames with a ping in between
    PingThenAnswer,   // a ping first; the answer only after our pong
    RequestFirst,     // a SIP request of its own, then the answer
    Silent,
    Close,    // a close frame with code 1001
    Mismatch, // a SIP response with someone else's Call-ID
    NotSip,   // a text frame with prose
    Masked,   // a masked frame (servers must not mask)
    ReservedBits,
    ReservedOpcode,
    Huge, // announces a 1 MiB frame
    OrphanContinuation,
    Dribble // announces a frame, then sends one byte of it every 50 ms
};

QByteArray frame(int firstByte, const QByteArray& payload, bool masked = false)
{
    QByteArray f;
    f.append(char(firstByte));
    const char maskBit = masked ? char(0x80) : char(0);
    if (payload.size() < 126) {
        f.append(char(maskBit | char(payload.size())));
    } else {
        f.append(char(maskBit | 126));
        char len[2];
        qToBigEndian<quint16>(quint16(payload.size()), len);
        f.append(len, 2);
    }
    if (!masked)
        return f + payload;
    const QByteArray mask("\x01\x02\x03\x04", 4);
    f += mask;
    for (qsizetype i = 0; i < payload.size(); ++i)
        f.append(char(payload.at(i) ^ mask.at(i % 4)));
    return f;
}

QString header(const QString& message, const QString& name)
{
    for (const QString& l : message.split(QStringLiteral("\r\n"))) {
        if (l.startsWith(name + QLatin1Char(':'), Qt::CaseInsensitive))
            return l.mid(name.size() + 1).trimmed();
    }
    return {};
}

// The answer a PBX gives to an OPTIONS request.
QByteArray sipAnswer(const QByteArray& request, const QString& callId = {})
{
    const QString r = QString::fromUtf8(request);
    return QStringLiteral("SIP/2.0 200 OK\r\nVia: %1\r\nFrom: %2\r\nTo: %3;tag=x\r\nCall-ID: %4\r\n"
                          "CSeq: %5\r\nServer: TestPBX/1.0\r\nContent-Length: 0\r\n\r\n")
        .arg(header(r, QStringLiteral("Via")), header(r, QStringLiteral("From")),
             header(r, QStringLiteral("To")),
             callId.isEmpty() ? header(r, QStringLiteral("Call-ID")) : callId,
             header(r, QStringLiteral("CSeq")))
        .toUtf8();
}

// A WebSocket server written from RFC 6455 by hand, so that tests control every byte.
class HandServer : public QObject
{
public:
    explicit HandServer(After after) : m_after(after)
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* s = m_server.nextPendingConnection()) {
                s->setParent(this);
                m_socket = s;
                QObject::connect(s, &QTcpSocket::readyRead, this, [this] { onReadable(); });
            }
        });
        EXPECT_TRUE(m_server.listen(QHostAddress::LocalHost, 0));
    }
    quint16 port() const { return m_server.serverPort(); }

    QByteArray handshake; // when set, sent instead of a correct 101
    QString subprotocol = QStringLiteral("sip");
    QByteArray upgradeRequest;
    QByteArray sipRequest;
    QList<QByteArray> pongs;
    bool clientMasked = true;

private:
    void onReadable()
    {
        m_in += m_socket->readAll();
        if (!m_upgraded) {
            const qsizetype end = m_in.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            upgradeRequest = m_in.left(end + 4);
            m_in.remove(0, end + 4);
            m_upgraded = true;
            if (!handshake.isEmpty()) {
                m_socket->write(handshake);
                return;
            }
            const QByteArray key =
                header(QString::fromUtf8(upgradeRequest), QStringLiteral("Sec-WebSocket-Key"))
                    .toLatin1();
            const QByteArray accept =
                QCryptographicHash::hash(QByteArray(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"),
                                         QCryptographicHash::Sha1)
                    .toBase64();
            QByteArray reply =
                "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                "Sec-WebSocket-Accept: " +
                accept + "\r\n";
            if (!subprotocol.isEmpty())
                reply += "Sec-WebSocket-Protocol: " + subprotocol.toUtf8() + "\r\n";
            m_socket->write(reply + "\r\n");
        }
        while (m_in.size() >= 2) {
            const auto* d = reinterpret_cast<const uchar*>(m_in.constData());
            clientMasked = clientMasked && (d[1] & 0x80);
            qsizetype len = d[1] & 0x7f;
            qsizetype head = 2;
            if (len == 126) {
                if (m_in.size() < 4)
                    return;
                len = qFromBigEndian<quint16>(d + 2);
                head = 4;
            }
            if (m_in.size() < head + 4 + len)
                return;
            const QByteArray mask = m_in.mid(head, 4);
            QByteArray payload = m_in.mid(head + 4, len);
            for (qsizetype i = 0; i < payload.size(); ++i)
                payload[i] = char(payload.at(i) ^ mask.at(i % 4));
            const int opcode = d[0] & 0x0f;
            m_in.remove(0, head + 4 + len);
            if (opcode == 0xA) {
                pongs.append(payload);
                if (m_after == After::PingThenAnswer)
                    m_socket->write(frame(0x81, sipAnswer(sipRequest)));
            } else if (opcode == 0x1) {
                sipRequest = payload;
                onSip();
            }
        }
    }

    void onSip()
    {
        const QByteArray answer = sipAnswer(sipRequest);
        switch (m_after) {
        case After::Answer:
            m_socket->write(frame(0x81, answer));
            break;
        case After::AnswerBinary:
            m_socket->write(frame(0x82, answer));
            break;
        case After::AnswerFragmented:
            m_socket->write(frame(0x01, answer.left(10)));
            m_socket->write(frame(0x89, "keepalive"));
            m_socket->write(frame(0x00, answer.mid(10, 20)));
            m_socket->write(frame(0x80, answer.mid(30)));
            break;
        case After::PingThenAnswer:
            m_socket->write(frame(0x89, "are you there"));
            break;
        case After::RequestFirst:
            m_socket->write(frame(
                0x81, "OPTIONS sip:client.invalid;transport=ws SIP/2.0\r\nCall-ID: srv\r\n\r\n"));
            m_socket->write(frame(0x81, answer));
            break;
        case After::Silent:
            break;
        case After::Close:
            m_socket->write(frame(0x88, QByteArray("\x03\xe9going away", 12)));
            break;
        case After::Mismatch:
            m_socket->write(frame(0x81, sipAnswer(sipRequest, QStringLiteral("someone-else"))));
            break;
        case After::NotSip:
            m_socket->write(frame(0x81, "hello, this is not SIP"));
            break;
        case After::Masked:
            m_socket->write(frame(0x81, answer, true));
            break;
        case After::ReservedBits:
            m_socket->write(frame(0xC1, answer));
            break;
        case After::ReservedOpcode:
            m_socket->write(frame(0x83, answer));
            break;
        case After::Huge:
            m_socket->write(QByteArray("\x81\x7f\x00\x00\x00\x00\x00\x10\x00\x00", 10) +
                            QByteArray(4096, 'A'));
            break;
        case After::OrphanContinuation:
            m_socket->write(frame(0x80, answer));
            break;
        case After::Dribble: {
            m_socket->write(QByteArray("\x81\x7e\x03\xe8", 4));
            auto* timer = new QTimer(m_socket);
            QObject::connect(timer, &QTimer::timeout, m_socket, [this] { m_socket->write("A"); });
            timer->start(50);
            break;
        }
        }
    }

    After m_after;
    QTcpServer m_server;
    QTcpSocket* m_socket = nullptr;
    QByteArray m_in;
    bool m_upgraded = false;
};

WebSocketSipResult runProbe(quint16 port, int timeoutMs = 3000)
{
    WebSocketProbe probe;
    std::optional<WebSocketSipResult> result;
    int count = 0;
    QObject::connect(&probe, &WebSocketProbe::finished, [&](const WebSocketSipResult& r) {
        result = r;
        ++count;
    });
    WebSocketSipRequest req;
    req.connection.host = QStringLiteral("localhost");
    req.connection.addresses = {QHostAddress(QHostAddress::LocalHost)};
    req.connection.port = port;
    req.connection.tls = false;
    req.connection.timeoutMs = timeoutMs;
    req.origin = QStringLiteral("https://app.example");
    probe.start(req);
    EXPECT_TRUE(waitFor([&] { return result.has_value(); }, timeoutMs + 2000));
    waitFor([] { return false; }, 50);
    EXPECT_EQ(count, 1);
    return result.value_or(WebSocketSipResult());
}

} // namespace

TEST(WebSocketProbe, UpgradesAndReadsTheSipAnswer)
{
    HandServer server(After::Answer);
    const WebSocketSipResult r = runProbe(server.port());
    EXPECT_TRUE(r.ok()) << r.detail.toStdString();
    EXPECT_EQ(r.failure, WsSipFailure::None);
    EXPECT_EQ(r.connection.step, ConnectStep::Done);
    EXPECT_EQ(r.upgradeStatus, 101);
    EXPECT_EQ(r.subprotocol, QStringLiteral("sip"));
    EXPECT_EQ(r.sipStatus, 200);
    EXPECT_EQ(r.sipStatusLine, QStringLiteral("SIP/2.0 200 OK"));
    EXPECT_EQ(r.sipServer, QStringLiteral("TestPBX/1.0"));
    EXPECT_GE(r.sipRttMs, 0);
    EXPECT_GE(r.upgradeMs, 0);

    const QString up = QString::fromUtf8(server.upgradeRequest);
    EXPECT_TRUE(up.startsWith(QStringLiteral("GET / HTTP/1.1\r\n")));
    EXPECT_EQ(header(up, QStringLiteral("Host")),
              QStringLiteral("localhost:%1").arg(server.port()));
    EXPECT_EQ(header(up, QStringLiteral("Upgrade")), QStringLiteral("websocket"));
    EXPECT_EQ(header(up, QStringLiteral("Connection")), QStringLiteral("Upgrade"));
    EXPECT_EQ(header(up, QStringLiteral("Sec-WebSocket-Version")), QStringLiteral("13"));
    EXPECT_EQ(header(up, QStringLiteral("Sec-WebSocket-Protocol")), QStringLiteral("sip"));
    EXPECT_EQ(header(up, QStringLiteral("Origin")), QStringLiteral("https://app.example"));
    EXPECT_EQ(
        QByteArray::fromBase64(header(up, QStringLiteral("Sec-WebSocket-Key")).toLatin1()).size(),
        16);
    EXPECT_TRUE(server.clientMasked);
    EXPECT_TRUE(server.sipRequest.startsWith("OPTIONS sip:localhost SIP/2.0\r\nVia: SIP/2.0/WS "));
}

TEST(WebSocketProbe, AcceptsBinaryFragmentedAndInterleavedTraffic)
{
    for (After after : {After::AnswerBinary, After::AnswerFragmented, After::RequestFirst}) {
        HandServer server(after);
        const WebSocketSipResult r = runProbe(server.port());
        EXPECT_TRUE(r.ok()) << int(after) << " " << r.detail.toStdString();
        EXPECT_EQ(r.sipStatus, 200) << int(after);
    }
}

TEST(WebSocketProbe, AnswersPingWithPong)
{
    HandServer server(After::PingThenAnswer);
    const WebSocketSipResult r = runProbe(server.port());
    EXPECT_TRUE(r.ok()) << r.detail.toStdString();
    ASSERT_EQ(server.pongs.size(), 1);
    EXPECT_EQ(server.pongs.first(), QByteArray("are you there"));
}

TEST(WebSocketProbe, SilenceAfterUpgradeIsSipSilentWithinTheDeadline)
{
    HandServer server(After::Silent);
    QElapsedTimer clock;
    clock.start();
    const WebSocketSipResult r = runProbe(server.port(), 800);
    EXPECT_LT(clock.elapsed(), 800 + 1000);
    EXPECT_TRUE(r.upgraded);
    EXPECT_EQ(r.failure, WsSipFailure::SipSilent);
    EXPECT_EQ(r.connection.error, ConnectError::Timeout);
}

TEST(WebSocketProbe, DribbledFrameIsBoundedByTheDeadline)
{
    HandServer server(After::Dribble);
    QElapsedTimer clock;
    clock.start();
    const WebSocketSipResult r = runProbe(server.port(), 800);
    EXPECT_LT(clock.elapsed(), 800 + 1000);
    EXPECT_EQ(r.failure, WsSipFailure::SipSilent);
    EXPECT_EQ(r.connection.error, ConnectError::Timeout);
}

TEST(WebSocketProbe, CloseFrameIsSipSilentWithTheCode)
{
    HandServer server(After::Close);
    const WebSocketSipResult r = runProbe(server.port());
    EXPECT_EQ(r.failure, WsSipFailure::SipSilent);
    EXPECT_EQ(r.closeCode, 1001);
    EXPECT_TRUE(r.detail.contains(QStringLiteral("going away"))) << r.detail.toStdString();
}

TEST(WebSocketProbe, BadFramesAndNonSipAreGarbage)
{
    for (After after : {After::Mismatch, After::NotSip, After::Masked, After::ReservedBits,
                        After::ReservedOpcode, After::Huge, After::OrphanContinuation}) {
        HandServer server(after);
        const WebSocketSipResult r = runProbe(server.port());
        EXPECT_TRUE(r.upgraded) << int(after);
        EXPECT_EQ(r.failure, WsSipFailure::SipGarbage)
            << int(after) << " " << r.detail.toStdString();
        EXPECT_EQ(r.sipStatus, 0) << int(after);
        EXPECT_EQ(r.connection.error,
                  after == After::Huge ? ConnectError::TooLarge : ConnectError::ProtocolError)
            << int(after);
    }
}

TEST(WebSocketProbe, RefusedUpgradeNamesTheStatus)
{
    HandServer server(After::Answer);
    server.handshake = "HTTP/1.1 403 Forbidden\r\nServer: nginx\r\nContent-Length: 0\r\n\r\n";
    const WebSocketSipResult r = runProbe(server.port());
    EXPECT_EQ(r.failure, WsSipFailure::UpgradeRefused);
    EXPECT_EQ(r.upgradeStatus, 403);
    EXPECT_EQ(r.upgradeServer, QStringLiteral("nginx"));
    EXPECT_FALSE(r.upgraded);
}

TEST(WebSocketProbe, WrongAcceptKeyIsAnInvalidHandshake)
{
    HandServer server(After::Answer);
    server.handshake =
        "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
        "Sec-WebSocket-Accept: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Protocol: sip\r\n\r\n";
    const WebSocketSipResult r = runProbe(server.port());
    EXPECT_EQ(r.failure, WsSipFailure::UpgradeInvalid);
    EXPECT_TRUE(r.detail.contains(QStringLiteral("Sec-WebSocket-Accept")))
        << r.detail.toStdString();
}

TEST(WebSocketProbe, MissingOrWrongSubprotocolIsReported)
{
    for (const QString& sub : {QString(), QStringLiteral("chat")}) {
        HandServer server(After::Answer);
        server.subprotocol = sub;
        const WebSocketSipResult r = runProbe(server.port());
        EXPECT_EQ(r.failure, WsSipFailure::UpgradeNoSubprotocol) << sub.toStdString();
        EXPECT_EQ(r.subprotocol, sub);
    }
}

TEST(WebSocketProbe, NonHttpAnswerToTheUpgrade)
{
    HandServer server(After::Answer);
    server.handshake = "SSH-2.0-OpenSSH_9.2\r\n";
    const WebSocketSipResult r = runProbe(server.port());
    EXPECT_EQ(r.failure, WsSipFailure::UpgradeNotHttp);
    EXPECT_TRUE(r.excerpt.startsWith(QStringLiteral("SSH-2.0"))) << r.excerpt.toStdString();
}
