#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QStringList>
#include <QTcpServer>

class QTcpSocket;

namespace easyuc::test {

// An HTTP CONNECT proxy on 127.0.0.1 for unit tests: relays CONNECT host:port to a loopback
// port (by the target's port), or answers with a fixed status, garbage, or nothing at all.
class FakeConnectProxy : public QObject
{
    Q_OBJECT
public:
    enum class Mode
    {
        Relay,   // 200, then bytes both ways to 127.0.0.1:relay[port] (403 for other ports)
        Status,  // answer `statusLine` and close
        Silent,  // read the request, never answer
        Garbage, // answer something that is not HTTP
    };
    explicit FakeConnectProxy(Mode mode, QObject* parent = nullptr);

    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    void setStatusLine(const QByteArray& line) { m_statusLine = line; }
    // CONNECT to target port `port` goes to 127.0.0.1:`to`; any other port gets 403.
    void relay(quint16 port, quint16 to) { m_relay.insert(port, to); }
    // The request lines seen ("CONNECT pbx.example.com:443 HTTP/1.1").
    QStringList requests() const { return m_requests; }

private:
    void onReadable(QTcpSocket* socket);

    QTcpServer m_server;
    Mode m_mode;
    QByteArray m_statusLine = "HTTP/1.1 407 Proxy Authentication Required";
    QHash<quint16, quint16> m_relay;
    QHash<QTcpSocket*, QByteArray> m_buffers;
    QStringList m_requests;
};

} // namespace easyuc::test
