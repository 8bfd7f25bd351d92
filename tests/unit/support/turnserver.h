#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QSslConfiguration>

class QTcpServer;
class QTcpSocket;
class QUdpSocket;

namespace easyuc::test {

// A TURN server on 127.0.0.1 built with libnice's STUN library, over UDP, TCP or TLS. It
// challenges an unauthenticated Allocate with 401 + REALM + NONCE, allocates (XOR-RELAYED-ADDRESS
// and XOR-MAPPED-ADDRESS, MESSAGE-INTEGRITY with the long-term key) for the right credentials,
// answers Refresh and Binding, or misbehaves on purpose.
class LoopbackTurnServer : public QObject
{
    Q_OBJECT
public:
    enum class Transport
    {
        Udp,
        Tcp,
        Tls
    };
    enum class Mode
    {
        Answer,
        Silent,
        Garbage,               // bytes that are not STUN
        WrongCookie,           // the right answer with its magic cookie altered
        Truncated,             // the right answer cut short
        OversizedAttribute,    // an attribute whose length runs past the message
        ChallengeWithoutNonce, // 401 with neither REALM nor NONCE
        ErrorResponse,         // 403 Forbidden to everything
        StaleNonceOnce,        // the first authenticated Allocate gets 438 with a new nonce
        BadIntegrity,          // the allocation success signed with the wrong key
        Endless                // streams: bytes without end; UDP: a flood of garbage datagrams
    };
    static constexpr const char* kUser = "turnuser";
    static constexpr const char* kPassword = "s3cret-turn-pass";
    static constexpr const char* kRealm = "loopback.test";

    explicit LoopbackTurnServer(Transport transport, Mode mode = Mode::Answer,
                                QObject* parent = nullptr);
    ~LoopbackTurnServer() override;
    // TLS: the server's certificate and key.
    void setTls(const QSslConfiguration& config) { m_tls = config; }
    bool listen();
    quint16 port() const;

    int requests() const { return m_requests; }
    int allocations() const { return m_allocations; }
    int releases() const { return m_releases; }         // Refresh with LIFETIME 0
    int authFailures() const { return m_authFailures; } // wrong user or password
    int bindings() const { return m_bindings; }

private:
    void onDatagrams();
    void onConnection(QTcpSocket* socket);
    void onStream(QTcpSocket* socket);
    QByteArray answer(const QByteArray& request, const QHostAddress& from, quint16 port);
    QByteArray answerClassicBinding(const QByteArray& request, const QHostAddress& from,
                                    quint16 port);
    QByteArray challenge(void* request, int code, const QByteArray& nonce);
    QByteArray spoil(QByteArray reply) const;

    Transport m_transport;
    Mode m_mode;
    QSslConfiguration m_tls;
    QUdpSocket* m_udp = nullptr;
    QTcpServer* m_server = nullptr;
    QByteArray m_nonce = QByteArrayLiteral("nonce-0001");
    bool m_staleSent = false;
    int m_requests = 0;
    int m_allocations = 0;
    int m_releases = 0;
    int m_authFailures = 0;
    int m_bindings = 0;
};

} // namespace easyuc::test
