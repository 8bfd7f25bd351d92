#pragma once

#include <QNetworkDatagram>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUdpSocket>

namespace easyuc::test {

// A SIP server on 127.0.0.1 answering OPTIONS over UDP and TCP on one port, scripted to behave
// like a PBX, a PBX behind a rewriting ALG, or a hostile peer. Unit tests only.
class SipResponder
{
public:
    enum class Mode
    {
        Answer,          // 200 OK, top Via with received=<sender> and rport=<port>
        NoReceived,      // 200 OK echoing Via untouched (no received=)
        RewriteVia,      // 200 OK whose Via names another host, as after an ALG
        ReceivedPrivate, // 200 OK with received=192.168.77.10 (what nf_nat_sip leaves)
        Garbage,         // a datagram / stream that is not SIP
        Silent,          // reads, never answers
        Huge,            // UDP: a 60000-byte datagram with a lying Content-Length;
                         // TCP: an endless stream of header lines
        Malformed        // a SIP status line followed by nonsense headers
    };

    explicit SipResponder(Mode mode) : m_mode(mode)
    {
        for (int i = 0; i < 20 && !m_tcp.isListening(); ++i) {
            m_udp.close();
            if (m_udp.bind(QHostAddress::LocalHost, 0))
                m_tcp.listen(QHostAddress::LocalHost, m_udp.localPort());
        }
        QObject::connect(&m_udp, &QUdpSocket::readyRead, [this] {
            while (m_udp.hasPendingDatagrams()) {
                const QNetworkDatagram dg = m_udp.receiveDatagram();
                ++m_requests;
                const QByteArray reply =
                    answer(dg.data(), dg.senderAddress(), quint16(dg.senderPort()));
                if (!reply.isEmpty())
                    m_udp.writeDatagram(reply.left(65000), dg.senderAddress(),
                                        quint16(dg.senderPort()));
            }
        });
        QObject::connect(&m_tcp, &QTcpServer::newConnection, [this] {
            while (QTcpSocket* s = m_tcp.nextPendingConnection()) {
                QObject::connect(s, &QTcpSocket::readyRead, s, [this, s] {
                    m_buffer += s->readAll();
                    if (!m_buffer.contains("\r\n\r\n"))
                        return;
                    ++m_requests;
                    if (m_mode == Mode::Huge) {
                        streamForever(s);
                        return;
                    }
                    const QByteArray reply = answer(m_buffer, s->peerAddress(), s->peerPort());
                    m_buffer.clear();
                    if (!reply.isEmpty())
                        s->write(reply);
                });
            }
        });
    }

    bool ok() const { return m_tcp.isListening(); }
    // Take one transport away (the port then refuses it), to test each transport alone.
    void closeUdp() { m_udp.close(); }
    void closeTcp() { m_tcp.close(); }
    quint16 port() const { return m_udp.localPort(); }
    int requests() const { return m_requests; }
    qint64 streamed() const { return m_streamed; }

    // The header value of `name` in a request (first occurrence).
    static QByteArray header(const QByteArray& request, const QByteArray& name)
    {
        for (const QByteArray& line : request.split('\n')) {
            if (line.toLower().startsWith(QByteArray(name.toLower() + ':')))
                return line.mid(name.size() + 1).trimmed();
        }
        return {};
    }

private:
    QByteArray answer(const QByteArray& request, const QHostAddress& from, quint16 port) const
    {
        switch (m_mode) {
        case Mode::Silent:
            return {};
        case Mode::Garbage:
            return QByteArrayLiteral("HTTP/1.1 400 Bad Request\r\n\r\n");
        case Mode::Malformed:
            return QByteArrayLiteral("SIP/2.0 200 OK\r\n::::\r\n\x01\x02\r\n\r\n");
        case Mode::Huge:
            return "SIP/2.0 200 OK\r\nContent-Length: 99999999\r\n\r\n" + QByteArray(60000, 'x');
        default:
            break;
        }
        QByteArray via = header(request, "Via");
        if (m_mode == Mode::RewriteVia)
            via.replace("127.0.0.1", "203.0.113.2");
        if (m_mode == Mode::Answer || m_mode == Mode::RewriteVia)
            via.replace(";rport", QByteArray(";rport=" + QByteArray::number(port) +
                                             ";received=" + from.toString().toLatin1()));
        if (m_mode == Mode::ReceivedPrivate)
            via.replace(";rport", QByteArray(";rport=" + QByteArray::number(port) +
                                             ";received=192.168.77.10"));
        return "SIP/2.0 200 OK\r\nVia: " + via + "\r\nFrom: " + header(request, "From") +
               "\r\nTo: " + header(request, "To") +
               ";tag=pbx\r\nCall-ID: " + header(request, "Call-ID") +
               "\r\nCSeq: " + header(request, "CSeq") +
               "\r\nServer: test PBX\r\nContent-Length: 0\r\n\r\n";
    }

    void streamForever(QTcpSocket* s)
    {
        s->write("SIP/2.0 200 OK\r\n");
        auto* timer = new QTimer(s);
        QObject::connect(timer, &QTimer::timeout, s, [this, s] {
            const QByteArray line = "X-Filler: " + QByteArray(1000, 'y') + "\r\n";
            m_streamed += s->write(line);
        });
        timer->start(1);
    }

    Mode m_mode;
    QUdpSocket m_udp;
    QTcpServer m_tcp;
    QByteArray m_buffer;
    int m_requests = 0;
    qint64 m_streamed = 0;
};

} // namespace easyuc::test
