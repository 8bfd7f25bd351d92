#pragma once

#include <QHostAddress>
#include <QObject>

class QUdpSocket;

namespace easyuc::test {

// A STUN server on 127.0.0.1 built with libnice's STUN library. It answers Binding requests
// with XOR-MAPPED-ADDRESS (and optionally a MAPPED-ADDRESS that differs, as a payload-rewriting
// device would leave it), or misbehaves on purpose.
class LoopbackStunServer : public QObject
{
    Q_OBJECT
public:
    enum class Mode
    {
        Answer,
        Silent,
        Garbage,
        WrongCookie,
        Truncated,
        RewrittenMapped,
        ErrorResponse
    };
    explicit LoopbackStunServer(Mode mode = Mode::Answer, QObject* parent = nullptr);
    ~LoopbackStunServer() override;
    bool listen();
    quint16 port() const;
    int requests() const { return m_requests; }
    int lastRequestSize() const { return m_lastSize; }
    // Answers only requests at or below this datagram size (a path-MTU black hole).
    void setMaxRequestSize(int bytes) { m_maxSize = bytes; }

private:
    void onReadable();
    QByteArray answer(const QByteArray& request, const QHostAddress& from, quint16 port);

    Mode m_mode;
    QUdpSocket* m_socket = nullptr;
    int m_requests = 0;
    int m_lastSize = 0;
    int m_maxSize = 1 << 16;
};

} // namespace easyuc::test
