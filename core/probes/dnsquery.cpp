#include "dnsquery.h"

#include <QDateTime>
#include <QNetworkProxy>
#include <QRandomGenerator>
#include <QTimer>
#include <QUdpSocket>
#include <QUrl>
#include <QtEndian>

namespace easyuc {

namespace {
constexpr quint16 kTypeA = 1;
constexpr quint16 kTypeAaaa = 28;

QString rcodeName(int rcode)
{
    switch (rcode) {
    case 1:
        return QStringLiteral("FORMERR");
    case 2:
        return QStringLiteral("SERVFAIL");
    case 3:
        return QStringLiteral("NXDOMAIN");
    case 4:
        return QStringLiteral("NOTIMP");
    case 5:
        return QStringLiteral("REFUSED");
    default:
        return QStringLiteral("RCODE %1").arg(rcode);
    }
}

// Skips a possibly compressed name; false when it runs past the packet.
bool skipName(const QByteArray& p, int* pos)
{
    for (int guard = 0; guard < 128; ++guard) {
        if (*pos >= p.size())
            return false;
        const quint8 len = quint8(p.at(*pos));
        if ((len & 0xC0) == 0xC0) {
            *pos += 2;
            return *pos <= p.size();
        }
        if (len & 0xC0)
            return false;
        *pos += 1 + len;
        if (len == 0)
            return *pos <= p.size();
    }
    return false;
}

quint16 read16(const QByteArray& p, int pos)
{
    return qFromBigEndian<quint16>(reinterpret_cast<const uchar*>(p.constData()) + pos);
}
} // namespace

QByteArray DnsServerQuery::encodeQuery(quint16 id, const QString& name, quint16 type)
{
    QByteArray q;
    const uchar header[12] = {uchar(id >> 8), uchar(id & 0xff), 0x01, 0x00, 0, 1, 0, 0, 0, 0, 0, 0};
    q.append(reinterpret_cast<const char*>(header), 12);
    const QByteArray ace = QUrl::toAce(name);
    if (ace.isEmpty() || ace.size() > 253)
        return {};
    for (const QByteArray& label : ace.split('.')) {
        if (label.isEmpty())
            continue;
        if (label.size() > 63)
            return {};
        q.append(char(label.size()));
        q.append(label);
    }
    q.append('\0');
    q.append(char(type >> 8));
    q.append(char(type & 0xff));
    q.append('\0');
    q.append('\1'); // class IN
    return q;
}

bool DnsServerQuery::parseAnswer(const QByteArray& p, quint16 id, int* rcode,
                                 QList<QHostAddress>* addresses, QString* error)
{
    if (p.size() < 12) {
        *error = QStringLiteral("answer too short (%1 bytes)").arg(p.size());
        return false;
    }
    if (read16(p, 0) != id)
        return false; // another query's answer (or a stray packet): not an error of this one
    const quint16 flags = read16(p, 2);
    if (!(flags & 0x8000)) {
        *error = QStringLiteral("a query, not an answer");
        return false;
    }
    *rcode = flags & 0x000f;
    const int qd = read16(p, 4);
    const int an = read16(p, 6);
    int pos = 12;
    for (int i = 0; i < qd; ++i) {
        if (!skipName(p, &pos) || pos + 4 > p.size()) {
            *error = QStringLiteral("malformed question section");
            return false;
        }
        pos += 4;
    }
    for (int i = 0; i < an; ++i) {
        if (!skipName(p, &pos) || pos + 10 > p.size()) {
            // A truncated answer (TC) keeps what it holds so far.
            break;
        }
        const quint16 type = read16(p, pos);
        const quint16 length = read16(p, pos + 8);
        pos += 10;
        if (pos + length > p.size())
            break;
        if (type == kTypeA && length == 4)
            addresses->append(QHostAddress(
                qFromBigEndian<quint32>(reinterpret_cast<const uchar*>(p.constData()) + pos)));
        else if (type == kTypeAaaa && length == 16)
            addresses->append(QHostAddress(reinterpret_cast<const quint8*>(p.constData()) + pos));
        pos += length;
    }
    return true;
}

DnsServerQuery::DnsServerQuery(QObject* parent)
    : QObject(parent), m_socket(new QUdpSocket(this)), m_timer(new QTimer(this))
{
    m_socket->setProxy(QNetworkProxy::NoProxy);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (!m_answered[0] && !m_answered[1])
            m_answer.error = QStringLiteral("no answer within %1 ms").arg(m_timeoutMs);
        conclude();
    });
    connect(m_socket, &QUdpSocket::readyRead, this, &DnsServerQuery::onReadyRead);
}

DnsServerQuery::~DnsServerQuery() = default;

void DnsServerQuery::start(const QHostAddress& server, quint16 port, const QString& name,
                           int timeoutMs)
{
    abort();
    m_active = true;
    m_server = server;
    m_port = port;
    m_timeoutMs = timeoutMs;
    m_answer = DnsServerAnswer();
    m_answer.server =
        port == 53 ? server.toString() : QStringLiteral("%1:%2").arg(server.toString()).arg(port);
    m_v4.clear();
    m_v6.clear();
    m_parseError.clear();
    m_answered[0] = m_answered[1] = false;
    m_rcode[0] = m_rcode[1] = -1;
    m_startMs = QDateTime::currentMSecsSinceEpoch();
    const quint16 first = quint16(QRandomGenerator::global()->generate());
    m_ids[0] = first;
    m_ids[1] = quint16(first + 1);
    const QByteArray a = encodeQuery(m_ids[0], name, kTypeA);
    const QByteArray aaaa = encodeQuery(m_ids[1], name, kTypeAaaa);
    if (a.isEmpty() || server.isNull()) {
        m_answer.error = a.isEmpty() ? QStringLiteral("not a name a DNS server can be asked for")
                                     : QStringLiteral("not a DNS server address");
        QTimer::singleShot(0, this, &DnsServerQuery::conclude);
        return;
    }
    m_socket->close();
    const bool bound = m_socket->bind(server.protocol() == QAbstractSocket::IPv6Protocol
                                          ? QHostAddress(QHostAddress::AnyIPv6)
                                          : QHostAddress(QHostAddress::AnyIPv4),
                                      0);
    if (!bound || m_socket->writeDatagram(a, server, port) < 0 ||
        m_socket->writeDatagram(aaaa, server, port) < 0) {
        m_answer.error = m_socket->errorString();
        QTimer::singleShot(0, this, &DnsServerQuery::conclude);
        return;
    }
    m_timer->start(qMax(1, timeoutMs));
}

void DnsServerQuery::abort()
{
    m_timer->stop();
    m_socket->close();
    m_active = false;
}

void DnsServerQuery::onReadyRead()
{
    while (m_socket->hasPendingDatagrams()) {
        QHostAddress from;
        quint16 fromPort = 0;
        QByteArray packet(int(qMax<qint64>(0, m_socket->pendingDatagramSize())), Qt::Uninitialized);
        const qint64 n = m_socket->readDatagram(packet.data(), packet.size(), &from, &fromPort);
        if (n < 0 || !m_active)
            continue;
        packet.truncate(int(n));
        // Only the server asked may answer (an off-path packet with a guessed id is ignored).
        if (fromPort != m_port || !(from.isEqual(m_server, QHostAddress::ConvertV4MappedToIPv4)))
            continue;
        for (int i = 0; i < 2; ++i) {
            if (m_answered[i])
                continue;
            int rcode = -1;
            QList<QHostAddress> found;
            QString error;
            if (!DnsServerQuery::parseAnswer(packet, m_ids[i], &rcode, &found, &error)) {
                if (!error.isEmpty())
                    m_parseError = error;
                continue;
            }
            m_answered[i] = true;
            m_rcode[i] = rcode;
            if (m_answer.answerMs < 0)
                m_answer.answerMs = QDateTime::currentMSecsSinceEpoch() - m_startMs;
            for (const QHostAddress& a : found)
                (a.protocol() == QAbstractSocket::IPv4Protocol ? m_v4 : m_v6).append(a);
        }
    }
    if (m_answered[0] && m_answered[1])
        conclude();
}

void DnsServerQuery::conclude()
{
    if (!m_active)
        return;
    abort();
    m_answer.addresses = m_v4 + m_v6;
    if (m_answer.error.isEmpty() && m_answer.addresses.isEmpty()) {
        // NXDOMAIN/SERVFAIL/REFUSED is the server's word on the name when no query found an
        // address (some servers answer NXDOMAIN for the AAAA of a name that has only an A).
        for (int rcode : m_rcode)
            if (rcode > 0) {
                m_answer.error = rcodeName(rcode);
                break;
            }
        if (m_answer.error.isEmpty() && !m_answered[0] && !m_answered[1])
            m_answer.error = m_parseError.isEmpty() ? QStringLiteral("no answer") : m_parseError;
    }
    Q_EMIT finished(m_answer);
}

} // namespace easyuc
