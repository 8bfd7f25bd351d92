#pragma once

#include "connectionprobe.h"
#include "httpparser.h"
#include "sipmessage.h"

#include <QDateTime>

namespace easyuc {

// Where a SIP-over-WebSocket exchange stopped; Connection means DNS/TCP/TLS (see the
// ConnectResult for which).
enum class WsSipFailure
{
    None,
    Connection,
    UpgradeSilent,        // no complete answer to the upgrade request (timeout or close)
    UpgradeNotHttp,       // the answer to the upgrade was not HTTP
    UpgradeTooLarge,      // the answer's head was larger than any sane one
    UpgradeRefused,       // an HTTP status other than 101
    UpgradeInvalid,       // 101, but the handshake is wrong (accept key, Upgrade header…)
    UpgradeNoSubprotocol, // 101 without the requested subprotocol
    SipSilent,            // WebSocket up, no SIP response (timeout or the server closed)
    SipGarbage            // WebSocket up, answered with bad frames or not a SIP response
};

QString wsSipFailureKey(WsSipFailure failure);

// What to open and what to ask once it is open.
struct WebSocketSipRequest
{
    ConnectRequest connection; // tls true for wss://
    QString path = QStringLiteral("/");
    QString subprotocol = QStringLiteral("sip");
    QString origin; // sent as Origin when not empty
};

// Everything learned: the connection, the upgrade and the SIP answer. Raw values only.
struct WebSocketSipResult
{
    ConnectResult connection;
    WsSipFailure failure = WsSipFailure::None;
    QString detail; // raw: what went wrong
    bool upgraded = false;
    int upgradeStatus = 0;
    QString upgradeStatusLine;
    QString upgradeServer;       // the HTTP Server header of the upgrade answer
    QString upgradeDate;         // its Date header, raw (many servers send none here)
    QDateTime upgradeReceivedAt; // this computer's clock (UTC) when that answer arrived
    QString subprotocol;         // the one the server chose
    qint64 upgradeMs = -1;       // upgrade request sent → 101 received
    QString sipRequestLine;
    int sipStatus = 0;
    QString sipStatusLine;
    QString sipServer;    // Server or User-Agent of the SIP answer
    qint64 sipRttMs = -1; // OPTIONS sent → response received
    int closeCode = -1;   // the server's close frame, when one came
    QString excerpt;      // printable start of what arrived when it was not what we wanted
    bool ok() const { return failure == WsSipFailure::None && sipStatus > 0; }
};

// Opens a WebSocket (RFC 6455) over ConnectionProbe's socket, asks for a subprotocol, sends
// one SIP OPTIONS (RFC 7118) and reads the answer. One deadline bounds it all; every buffer is
// bounded. A SIP request from the server is ignored; the first SIP response decides.
class WebSocketProbe : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxMessageBytes = kSipMaxMessageBytes;

    explicit WebSocketProbe(QObject* parent = nullptr);

    void start(const WebSocketSipRequest& request);
    void abort();
    // What has been learned so far (for a caller whose own deadline came first).
    WebSocketSipResult snapshot() const;

Q_SIGNALS:
    // The upgrade succeeded; the SIP request is on its way.
    void upgraded();
    // Once per start().
    void finished(const easyuc::WebSocketSipResult& result);

private:
    enum class Phase
    {
        Connecting,
        Upgrade,
        Frames,
        Done
    };
    // What one frame-parsing pass concluded.
    enum class FrameOutcome
    {
        NeedMore,
        Continue,
        Finished
    };

    void onEstablished();
    void onReadable();
    void onClosed();
    void onUpgradeHead();
    FrameOutcome parseFrame();
    FrameOutcome onMessage(const QByteArray& payload);
    void sendFrame(int opcode, const QByteArray& payload);
    // Ends with a failure of our own making (the probe's view, not the socket's).
    void failWith(WsSipFailure failure, ConnectError error, const QString& detail);

    ConnectionProbe* m_connection = nullptr;
    WebSocketSipRequest m_request;
    WebSocketSipResult m_result;
    Phase m_phase = Phase::Connecting;
    HttpResponseHead m_head;
    QByteArray m_key;
    QByteArray m_buffer;  // received, not yet parsed frame bytes
    QByteArray m_message; // payload of a fragmented message being assembled
    int m_messageOpcode = 0;
    SipRequest m_sip;
    QElapsedTimer m_upgradeClock;
    QElapsedTimer m_sipClock;
};

} // namespace easyuc
