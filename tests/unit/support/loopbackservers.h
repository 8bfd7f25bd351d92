#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTimer>
#include <QUdpSocket>
#include <functional>

class QTcpSocket;

namespace easyuc::test {

// What a scripted loopback server does with each connection.
enum class Behaviour
{
    Reply,      // wait for a request (a blank line or any bytes), then send `reply`
    ReplyClose, // as Reply, then close
    Silent,     // accept, read, never answer
    Dribble,    // send one byte of `reply` (repeated) every 50 ms, forever
    CloseAtOnce // close right after accepting (or after the TLS handshake)
};

// A TCP or TLS server on 127.0.0.1 with a scripted behaviour, for unit tests only.
class ScriptedServer : public QObject
{
    Q_OBJECT
public:
    explicit ScriptedServer(Behaviour behaviour, QByteArray reply = {}, QObject* parent = nullptr);
    // Serve TLS with this configuration (certificate chain and key set).
    void setTls(const QSslConfiguration& config)
    {
        m_tls = config;
        m_useTls = true;
    }
    // Called with each request's bytes; its return value (when not empty) replaces `reply`.
    void setResponder(std::function<QByteArray(const QByteArray&)> responder)
    {
        m_responder = std::move(responder);
    }
    bool listen();
    quint16 port() const;
    QByteArray lastRequest() const { return m_lastRequest; }
    int connectionCount() const { return m_connections; }

private:
    void onConnection(QTcpSocket* socket);
    void onReadable(QTcpSocket* socket);

    Behaviour m_behaviour;
    QByteArray m_reply;
    QByteArray m_lastRequest;
    std::function<QByteArray(const QByteArray&)> m_responder;
    QSslConfiguration m_tls;
    bool m_useTls = false;
    QTcpServer* m_server = nullptr;
    int m_connections = 0;
};

// A port on 127.0.0.1 with nothing listening (connections are refused).
quint16 closedPort();
// A UDP port on 127.0.0.1 with nothing bound to it (the kernel answers port-unreachable).
quint16 closedUdpPort();

// Echoes every UDP datagram back, as the reflector does; or answers junk when told to.
class UdpEchoServer : public QObject
{
public:
    explicit UdpEchoServer(const QHostAddress& address = QHostAddress(QHostAddress::LocalHost),
                           quint16 port = 0);
    quint16 port() const;
    void setGarbage(bool on) { m_garbage = on; }

private:
    QUdpSocket* m_socket = nullptr;
    bool m_garbage = false;
};

// TLS server configuration with this leaf certificate and key (plus optional chain).
QSslConfiguration serverTlsConfig(const QSslCertificate& leaf, const QSslKey& key,
                                  const QList<QSslCertificate>& chain = {});

} // namespace easyuc::test
