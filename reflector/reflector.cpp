#include "reflector.h"

#include "probes/sipframing.h"
#include "redirectecho.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QNetworkDatagram>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUdpSocket>

namespace easyuc::reflector {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Reflector)
};

constexpr quint32 kMagicCookie = 0x2112A442;
constexpr int kTcpBufferBytes = 16 * 1024;

void put16(QByteArray& b, quint16 v)
{
    b.append(char(v >> 8)).append(char(v & 0xff));
}

void put32(QByteArray& b, quint32 v)
{
    put16(b, quint16(v >> 16));
    put16(b, quint16(v & 0xffff));
}

quint16 get16(const QByteArray& b, int at)
{
    return quint16((quint8(b.at(at)) << 8) | quint8(b.at(at + 1)));
}

quint32 get32(const QByteArray& b, int at)
{
    return (quint32(get16(b, at)) << 16) | get16(b, at + 2);
}

// CRC-32 (ISO 3309), as the STUN FINGERPRINT attribute uses it (RFC 5389 §15.5).
quint32 crc32(const QByteArray& data)
{
    quint32 crc = 0xffffffffu;
    for (char c : data) {
        crc ^= quint8(c);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

// The top Via with the source address and port the reflector saw (RFC 3261 §18.2.1, RFC 3581).
QByteArray stampVia(const QByteArray& value, const QHostAddress& from, quint16 port)
{
    const qsizetype comma = value.indexOf(',');
    QByteArray top = comma < 0 ? value : value.left(comma);
    const QByteArray rest = comma < 0 ? QByteArray() : value.mid(comma);
    QList<QByteArray> params = top.split(';');
    for (qsizetype i = 1; i < params.size(); ++i) {
        const QByteArray key = params.at(i).trimmed().toLower();
        if (key == "rport")
            params[i] = "rport=" + QByteArray::number(port);
        else if (key.startsWith("received="))
            params.removeAt(i--);
    }
    bool v4 = false;
    const quint32 ip4 = from.toIPv4Address(&v4);
    params.append("received=" + (v4 ? QHostAddress(ip4) : from).toString().toLatin1());
    return params.join(';') + rest;
}
} // namespace

RateLimiter::RateLimiter(double rate, int burst, int maxSources)
    : m_rate(rate), m_burst(qMax(1, burst)), m_maxSources(qMax(1, maxSources))
{
}

bool RateLimiter::allow(const QHostAddress& source, qint64 nowMs)
{
    auto it = m_buckets.find(source);
    if (it == m_buckets.end()) {
        if (m_buckets.size() >= m_maxSources) {
            // Forget sources whose bucket has refilled: they would start full anyway.
            for (auto i = m_buckets.begin(); i != m_buckets.end();) {
                const double refilled = i->tokens + double(nowMs - i->lastMs) * m_rate / 1000.0;
                i = refilled >= m_burst ? m_buckets.erase(i) : std::next(i);
            }
            if (m_buckets.size() >= m_maxSources)
                return false;
        }
        it = m_buckets.insert(source, Bucket{double(m_burst), nowMs});
    }
    Bucket& b = *it;
    b.tokens = qMin<double>(m_burst, b.tokens + double(nowMs - b.lastMs) * m_rate / 1000.0);
    b.lastMs = nowMs;
    if (b.tokens < 1.0)
        return false;
    b.tokens -= 1.0;
    return true;
}

QByteArray stunBindingResponse(const QByteArray& request, const QHostAddress& from, quint16 port)
{
    if (request.size() < 20 || (quint8(request.at(0)) & 0xc0) != 0 || get16(request, 0) != 0x0001 ||
        get32(request, 4) != kMagicCookie || get16(request, 2) + 20 != request.size() ||
        get16(request, 2) % 4 != 0)
        return {};
    const QByteArray transaction = request.mid(8, 12);
    bool v4 = false;
    const quint32 ip4 = from.toIPv4Address(&v4);
    QByteArray attr;
    put16(attr, 0x0020); // XOR-MAPPED-ADDRESS
    put16(attr, v4 ? 8 : 20);
    put16(attr, v4 ? 0x0001 : 0x0002);
    put16(attr, port ^ quint16(kMagicCookie >> 16));
    if (v4) {
        put32(attr, ip4 ^ kMagicCookie);
    } else {
        const Q_IPV6ADDR a = from.toIPv6Address();
        QByteArray key;
        put32(key, kMagicCookie);
        key += transaction;
        for (int i = 0; i < 16; ++i)
            attr.append(char(a[i] ^ quint8(key.at(i))));
    }
    QByteArray out;
    put16(out, 0x0101);
    put16(out, quint16(attr.size() + 8)); // the FINGERPRINT is counted in the length
    put32(out, kMagicCookie);
    out += transaction;
    out += attr;
    const quint32 fingerprint = crc32(out) ^ 0x5354554e;
    put16(out, 0x8028);
    put16(out, 4);
    put32(out, fingerprint);
    return out;
}

QByteArray sipOptionsResponse(const QByteArray& request, const QHostAddress& from, quint16 port)
{
    const qsizetype headEnd = request.indexOf("\r\n\r\n");
    if (headEnd < 0 || !request.startsWith("OPTIONS "))
        return {};
    const QByteArray head = request.left(headEnd + 4);
    const QList<QByteArray> lines = request.left(headEnd).split('\n');
    if (!lines.first().trimmed().endsWith(" SIP/2.0"))
        return {};
    QList<QByteArray> vias;
    QByteArray from_, to, callId, cseq;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "via" || name == "v")
            vias.append(value);
        else if ((name == "from" || name == "f") && from_.isEmpty())
            from_ = value;
        else if ((name == "to" || name == "t") && to.isEmpty())
            to = value;
        else if ((name == "call-id" || name == "i") && callId.isEmpty())
            callId = value;
        else if (name == "cseq" && cseq.isEmpty())
            cseq = value;
    }
    if (vias.isEmpty() || from_.isEmpty() || to.isEmpty() || callId.isEmpty() || cseq.isEmpty())
        return {};
    vias[0] = stampVia(vias.first(), from, port);
    if (!to.contains(";tag="))
        to += ";tag=refl" + QByteArray::number(QRandomGenerator::global()->generate(), 16);
    QByteArray common;
    for (const QByteArray& v : vias)
        common += "Via: " + v + "\r\n";
    common += "From: " + from_ + "\r\nTo: " + to + "\r\nCall-ID: " + callId + "\r\nCSeq: " + cseq +
              "\r\nServer: easyuc-reflector/" EASYUC_VERSION "\r\n";
    const QByteArray ok =
        "SIP/2.0 200 OK\r\n" + common +
        "Content-Type: message/sipfrag\r\nContent-Length: " + QByteArray::number(head.size()) +
        "\r\n\r\n" + head;
    if (ok.size() <= request.size())
        return ok;
    const QByteArray pad =
        "SIP/2.0 400 Too Small To Echo, Pad The Request\r\n" + common + "Content-Length: 0\r\n\r\n";
    return pad.size() <= request.size() ? pad : QByteArray();
}

QByteArray udpReply(const QByteArray& datagram, const QHostAddress& from, quint16 port,
                    bool sipPort, bool echoPort)
{
    QByteArray reply;
    if (sipPort && datagram.startsWith("OPTIONS "))
        reply = sipOptionsResponse(datagram, from, port);
    else if (echoPort) {
        reply = stunBindingResponse(datagram, from, port);
        // A Binding too small to hold the answer is echoed as it came: still proof of the path.
        if (reply.isEmpty() || reply.size() > datagram.size())
            reply = datagram;
    }
    return reply.size() <= datagram.size() ? reply : QByteArray();
}

Reflector::Reflector(const ReflectorConfig& config, QObject* parent)
    : QObject(parent), m_config(config), m_limiter(config.rate, config.burst, config.maxSources)
{
}

Reflector::~Reflector()
{
    stop();
}

bool Reflector::start(QString* error)
{
    stop();
    m_clock.start();
    const auto bindUdp = [this, error](quint16 port, bool sip, bool echo) -> QUdpSocket* {
        auto* s = new QUdpSocket(this);
        if (!s->bind(m_config.address, port)) {
            *error = Tr::tr("Cannot listen on UDP %1 port %2: %3")
                         .arg(m_config.address.toString())
                         .arg(port)
                         .arg(s->errorString());
            delete s;
            return nullptr;
        }
        connect(s, &QUdpSocket::readyRead, this,
                [this, s, sip, echo] { onDatagrams(s, sip, echo); });
        m_udp.append(s);
        return s;
    };
    const bool inRange = m_config.echo && m_config.sipPort >= m_config.firstEchoPort &&
                         m_config.sipPort <= m_config.lastEchoPort && m_config.sipPort != 0;
    if (m_config.sip) {
        // SIP listens on one port number for UDP and TCP. With port 0 the system picks the UDP
        // port, and that number may be taken for TCP (a connection's own port): pick again, a
        // bounded number of times; a port that was asked for is tried once.
        const int attempts = m_config.sipPort == 0 ? 20 : 1;
        for (int attempt = 1; attempt <= attempts; ++attempt) {
            m_sipUdp = bindUdp(m_config.sipPort, true, inRange);
            if (!m_sipUdp)
                return false;
            m_tcp = new QTcpServer(this);
            m_tcp->setMaxPendingConnections(m_config.maxTcpConnections);
            if (m_tcp->listen(m_config.address, m_sipUdp->localPort()))
                break;
            *error = Tr::tr("Cannot listen on TCP port %1: %2")
                         .arg(m_sipUdp->localPort())
                         .arg(m_tcp->errorString());
            delete m_tcp;
            m_tcp = nullptr;
            m_udp.removeOne(m_sipUdp);
            delete m_sipUdp;
            m_sipUdp = nullptr;
            if (attempt == attempts)
                return false;
        }
        error->clear();
        connect(m_tcp, &QTcpServer::newConnection, this, &Reflector::onTcpConnection);
    }
    if (m_config.echo && m_config.echoMode == ReflectorConfig::EchoMode::Redirect) {
        m_redirect = new RedirectEcho(
            [this](const RedirectedDatagram& d) {
                // Only datagrams whose original port lies in the range are echoes for us; an
                // unmarked one cannot say which port it proves, so it gets no answer.
                if (d.originalPort < m_config.firstEchoPort ||
                    d.originalPort > m_config.lastEchoPort) {
                    ++m_stats.received;
                    m_stats.bytesIn += quint64(qMax<qint64>(0, d.size));
                    // Said once (then per datagram with --verbose): the usual cause is a
                    // missing nftables table, which an administrator needs to hear about.
                    if (m_stats.unknownPort++ == 0 || m_config.verbose)
                        qWarning("udp %s:%u: not answered, its packet mark names no port of "
                                 "%u-%u (port %u; 0 = no mark: are the rules of --nft-rules "
                                 "installed?)",
                                 qPrintable(d.sender.toString()), d.senderPort,
                                 m_config.firstEchoPort, m_config.lastEchoPort, d.originalPort);
                    return QByteArray();
                }
                return answer(d.data, d.size, d.sender, d.senderPort, d.originalPort, false, true);
            },
            m_config.maxDatagram, this);
        return m_redirect->open(m_config.address, m_config.firstEchoPort, error);
    }
    if (m_config.echo) {
        const int first = m_config.firstEchoPort;
        const int last = first == 0 ? 0 : m_config.lastEchoPort;
        for (int port = first; port <= last; ++port) {
            if (inRange && port == m_config.sipPort)
                continue;
            if (!bindUdp(quint16(port), false, true))
                return false;
        }
    }
    return true;
}

void Reflector::stop()
{
    qDeleteAll(m_udp);
    m_udp.clear();
    m_sipUdp = nullptr;
    delete m_redirect;
    m_redirect = nullptr;
    for (auto it = m_connections.begin(); it != m_connections.end(); ++it) {
        it.key()->disconnect(this);
        it.key()->abort();
        it.key()->deleteLater();
    }
    m_connections.clear();
    delete m_tcp;
    m_tcp = nullptr;
}

quint16 Reflector::sipPort() const
{
    return m_sipUdp ? m_sipUdp->localPort() : 0;
}

QList<quint16> Reflector::echoPorts() const
{
    QList<quint16> ports;
    for (const QUdpSocket* s : m_udp) {
        if (s != m_sipUdp)
            ports.append(s->localPort());
    }
    if (m_redirect)
        ports.append(m_redirect->localPort());
    return ports;
}

bool Reflector::admit(const QHostAddress& source, quint16 port)
{
    // Privileged source ports are services (echo, chargen, DNS, NTP), never a diagnostic
    // client: answering them could start a loop between two reflecting services.
    if (port < 1024) {
        ++m_stats.dropped;
        return false;
    }
    if (!m_limiter.allow(source, m_clock.elapsed())) {
        ++m_stats.rateLimited;
        return false;
    }
    return true;
}

void Reflector::onDatagrams(QUdpSocket* socket, bool sipPort, bool echoPort)
{
    while (socket->hasPendingDatagrams()) {
        const qint64 size = socket->pendingDatagramSize();
        const QNetworkDatagram dg = socket->receiveDatagram(m_config.maxDatagram);
        if (!dg.isValid()) {
            ++m_stats.received;
            ++m_stats.dropped;
            continue;
        }
        const quint16 port = quint16(dg.senderPort());
        const QByteArray reply = answer(dg.data(), size, dg.senderAddress(), port,
                                        socket->localPort(), sipPort, echoPort);
        if (!reply.isEmpty())
            socket->writeDatagram(reply, dg.senderAddress(), port);
    }
}

QByteArray Reflector::answer(const QByteArray& data, qint64 size, const QHostAddress& from,
                             quint16 port, quint16 localPort, bool sipPort, bool echoPort)
{
    ++m_stats.received;
    m_stats.bytesIn += quint64(qMax<qint64>(0, size));
    if (size > m_config.maxDatagram) {
        ++m_stats.dropped;
        return {};
    }
    if (!admit(from, port))
        return {};
    const QByteArray reply = udpReply(data, from, port, sipPort, echoPort);
    if (reply.isEmpty()) {
        ++m_stats.dropped;
        return {};
    }
    ++m_stats.answered;
    m_stats.bytesOut += quint64(reply.size());
    if (m_config.verbose)
        qInfo("udp %s:%u -> port %u: %lld bytes in, %lld out", qPrintable(from.toString()), port,
              localPort, size, qint64(reply.size()));
    return reply;
}

void Reflector::onTcpConnection()
{
    while (QTcpSocket* s = m_tcp->nextPendingConnection()) {
        int fromSource = 0;
        for (auto it = m_connections.cbegin(); it != m_connections.cend(); ++it)
            fromSource += it.key()->peerAddress() == s->peerAddress() ? 1 : 0;
        if (m_connections.size() >= m_config.maxTcpConnections ||
            fromSource >= m_config.maxTcpPerSource) {
            ++m_stats.dropped;
            s->abort();
            s->deleteLater();
            continue;
        }
        m_connections.insert(s, Connection{});
        auto* idle = new QTimer(s);
        idle->setSingleShot(true);
        connect(idle, &QTimer::timeout, s, &QTcpSocket::disconnectFromHost);
        idle->start(m_config.tcpIdleMs);
        connect(s, &QTcpSocket::readyRead, this, [this, s, idle] {
            idle->start(m_config.tcpIdleMs);
            onTcpReadable(s);
        });
        connect(s, &QTcpSocket::disconnected, this, [this, s] {
            m_connections.remove(s);
            s->deleteLater();
        });
    }
}

void Reflector::onTcpReadable(QTcpSocket* socket)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end())
        return;
    const QByteArray bytes = socket->read(kTcpBufferBytes + 1 - it->buffer.size());
    it->buffer += bytes;
    it->credit += bytes.size();
    m_stats.bytesIn += quint64(bytes.size());
    while (!it->buffer.isEmpty()) {
        const qsizetype length = sipStreamFrameLength(it->buffer, kTcpBufferBytes);
        if (length < 0 || (length == 0 && it->buffer.size() > kTcpBufferBytes)) {
            ++m_stats.dropped;
            socket->abort(); // unframeable or endless: the connection is not a SIP client
            return;
        }
        if (length == 0)
            return;
        const QByteArray message = it->buffer.left(length);
        it->buffer.remove(0, length);
        ++m_stats.received;
        if (!admit(socket->peerAddress(), socket->peerPort()))
            continue;
        const QByteArray reply =
            sipOptionsResponse(message, socket->peerAddress(), socket->peerPort());
        if (reply.isEmpty() || reply.size() > it->credit) {
            ++m_stats.dropped;
            continue;
        }
        it->credit -= reply.size();
        socket->write(reply);
        ++m_stats.answered;
        m_stats.bytesOut += quint64(reply.size());
        if (m_config.verbose)
            qInfo("tcp %s:%u: %lld bytes in, %lld out",
                  qPrintable(socket->peerAddress().toString()), socket->peerPort(),
                  qint64(message.size()), qint64(reply.size()));
    }
}

} // namespace easyuc::reflector
