#include "fakeconnectproxy.h"

#include <QPointer>
#include <QTcpSocket>

namespace easyuc::test {

FakeConnectProxy::FakeConnectProxy(Mode mode, QObject* parent) : QObject(parent), m_mode(mode)
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket* s = m_server.nextPendingConnection()) {
            s->setParent(this);
            connect(s, &QTcpSocket::readyRead, this, [this, s] { onReadable(s); });
            connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
        }
    });
}

bool FakeConnectProxy::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

void FakeConnectProxy::onReadable(QTcpSocket* socket)
{
    QByteArray& buffer = m_buffers[socket];
    buffer += socket->readAll();
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return;
    const QByteArray line = buffer.left(buffer.indexOf("\r\n"));
    m_requests.append(QString::fromLatin1(line));
    m_buffers.remove(socket);
    disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
    switch (m_mode) {
    case Mode::Silent:
        return;
    case Mode::Garbage:
        socket->write("SSH-2.0-OpenSSH_9.2\r\n\r\n");
        return;
    case Mode::Status:
        socket->write(m_statusLine + "\r\nProxy-Authenticate: Basic realm=\"test\"\r\n"
                                     "Content-Length: 0\r\n\r\n");
        socket->disconnectFromHost();
        return;
    case Mode::Relay:
        break;
    }
    // CONNECT host:port HTTP/1.1
    const QByteArray target = line.split(' ').value(1);
    const quint16 port = quint16(target.mid(target.lastIndexOf(':') + 1).toUInt());
    if (!m_relay.contains(port)) {
        socket->write("HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n");
        socket->disconnectFromHost();
        return;
    }
    auto* upstream = new QTcpSocket(socket);
    QPointer<QTcpSocket> client(socket);
    connect(upstream, &QTcpSocket::connected, socket,
            [socket] { socket->write("HTTP/1.1 200 Connection established\r\n\r\n"); });
    connect(upstream, &QTcpSocket::readyRead, socket,
            [socket, upstream] { socket->write(upstream->readAll()); });
    connect(socket, &QTcpSocket::readyRead, upstream,
            [socket, upstream] { upstream->write(socket->readAll()); });
    connect(upstream, &QTcpSocket::disconnected, socket, [client] {
        if (client)
            client->disconnectFromHost();
    });
    upstream->connectToHost(QHostAddress::LocalHost, m_relay.value(port));
}

} // namespace easyuc::test
