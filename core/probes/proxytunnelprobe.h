#pragma once

#include "core/engine/hostfacts.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QString>

class QSslSocket;
class QTimer;

namespace easyuc {

// What to open through an HTTP proxy: CONNECT target:port, then (optionally) TLS through the
// tunnel and a WebSocket upgrade over that TLS (the way the app opens SIP over WSS).
struct ProxyTunnelRequest
{
    QString proxyHost;
    quint16 proxyPort = 0;
    QString targetHost;
    quint16 targetPort = 443;
    QString purpose; // copied to the result: "pbx.https", "pbx.webrtc", "domain"
    bool tls = true;
    bool websocket = false;
    QString websocketPath = QStringLiteral("/");
    QString websocketProtocol = QStringLiteral("sip");
};

// A small HTTP CONNECT client (RFC 9110 §9.3.6) with one deadline for all its steps. It reports
// what the proxy said (the status line: 200, 403, 407…) and whether TLS and the WebSocket upgrade
// worked through the tunnel; it judges nothing. The certificate is not verified here (R14 does
// that on the direct path): the handshake's completion is what the tunnel proves.
class ProxyTunnelProbe : public QObject
{
    Q_OBJECT
public:
    explicit ProxyTunnelProbe(QObject* parent = nullptr);
    ~ProxyTunnelProbe() override;

    void start(const ProxyTunnelRequest& request, int timeoutMs);
    void abort();

    // "HTTP/1.1 407 Proxy Authentication Required" → 407; 0 for anything else.
    static int statusOf(const QByteArray& statusLine);

Q_SIGNALS:
    void finished(const easyuc::ProxyTunnel& result);

private:
    enum class Step
    {
        Idle,
        Connecting,
        Connect, // CONNECT sent, waiting for the proxy's answer
        Tls,     // TLS handshake through the tunnel
        Upgrade, // WebSocket upgrade sent
    };
    void onConnected();
    void onReadyRead();
    void onEncrypted();
    void onError();
    void onTimeout();
    void conclude();

    QSslSocket* m_socket = nullptr;
    QTimer* m_timer = nullptr;
    QElapsedTimer m_clock;
    ProxyTunnelRequest m_request;
    ProxyTunnel m_result;
    QByteArray m_buffer;
    Step m_step = Step::Idle;
    int m_timeoutMs = 0;
};

} // namespace easyuc
