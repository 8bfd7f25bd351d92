#include "loopbackservers.h"

#include <QNetworkDatagram>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpSocket>

namespace easyuc::test {

ScriptedServer::ScriptedServer(Behaviour behaviour, QByteArray reply, QObject* parent)
    : QObject(parent), m_behaviour(behaviour), m_reply(std::move(reply))
{
}

bool ScriptedServer::listen()
{
    if (m_useTls) {
        auto* ssl = new QSslServer(this);
        ssl->setSslConfiguration(m_tls);
        ssl->setHandshakeTimeout(5000);
        connect(ssl, &QSslServer::startedEncryptionHandshake, this, [](QSslSocket*) {});
        connect(ssl, &QSslServer::sslErrors, this,
                [](QSslSocket* s, const QList<QSslError>&) { s->ignoreSslErrors(); });
        m_server = ssl;
    } else {
        m_server = new QTcpServer(this);
    }
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
        while (QTcpSocket* s = m_server->nextPendingConnection())
            onConnection(s);
    });
    return m_server->listen(QHostAddress::LocalHost, 0);
}

quint16 ScriptedServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

void ScriptedServer::onConnection(QTcpSocket* socket)
{
    ++m_connections;
    socket->setParent(this);
    switch (m_behaviour) {
    case Behaviour::CloseAtOnce:
        socket->disconnectFromHost();
        return;
    case Behaviour::Dribble: {
        auto* timer = new QTimer(socket);
        const QByteArray unit = m_reply.isEmpty() ? QByteArray("X") : m_reply;
        int* index = new int(0);
        connect(timer, &QTimer::timeout, socket, [socket, unit, index] {
            socket->write(unit.mid(*index % unit.size(), 1));
            ++*index;
        });
        connect(socket, &QObject::destroyed, [index] { delete index; });
        timer->start(50);
        return;
    }
    default:
        break;
    }
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadable(socket); });
    if (socket->bytesAvailable() > 0)
        onReadable(socket);
}

void ScriptedServer::onReadable(QTcpSocket* socket)
{
    const QByteArray data = socket->readAll();
    m_lastRequest += data;
    if (m_behaviour == Behaviour::Silent)
        return;
    QByteArray reply = m_reply;
    if (m_responder) {
        const QByteArray custom = m_responder(data);
        if (!custom.isEmpty())
            reply = custom;
    }
    if (!reply.isEmpty())
        socket->write(reply);
    if (m_behaviour == Behaviour::ReplyClose)
        socket->disconnectFromHost();
}

quint16 closedPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

quint16 closedUdpPort()
{
    QUdpSocket s;
    s.bind(QHostAddress::LocalHost, 0);
    const quint16 port = s.localPort();
    s.close();
    return port;
}

UdpEchoServer::UdpEchoServer(const QHostAddress& address, quint16 port)
    : m_socket(new QUdpSocket(this))
{
    m_socket->bind(address, port);
    connect(m_socket, &QUdpSocket::readyRead, this, [this] {
        while (m_socket->hasPendingDatagrams()) {
            const QNetworkDatagram dg = m_socket->receiveDatagram();
            m_socket->writeDatagram(m_garbage ? QByteArray("not an echo") : dg.data(),
                                    dg.senderAddress(), quint16(dg.senderPort()));
        }
    });
}

quint16 UdpEchoServer::port() const
{
    return m_socket->localPort();
}

QSslConfiguration serverTlsConfig(const QSslCertificate& leaf, const QSslKey& key,
                                  const QList<QSslCertificate>& chain)
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    QList<QSslCertificate> full{leaf};
    full += chain;
    config.setLocalCertificateChain(full);
    config.setPrivateKey(key);
    config.setPeerVerifyMode(QSslSocket::VerifyNone);
    return config;
}

} // namespace easyuc::test
