#include "sipprobe.h"

#include "core/platform/oserror.h"
#include "core/platform/platform.h"
#include "dnsprobe.h"

#include <QNetworkDatagram>
#include <QTcpSocket>
#include <QTimer>
#include <QUdpSocket>

namespace easyuc {

namespace {
// RFC 3261 §17.1.2.2: a non-INVITE client transaction (OPTIONS) retransmits over UDP at T1,
// doubling up to T2 (timer E, the counterpart of the INVITE's timer A).
constexpr int kT1Ms = 500;
constexpr int kT2Ms = 4000;
// Room the reflector needs for its status line, copied headers and added parameters on top
// of echoing our request head: the request is padded so the answer is never the larger.
constexpr int kEchoOverhead = 400;

QByteArray compactToLong(const QByteArray& lower)
{
    static const QHash<QByteArray, QByteArray> compact = {
        {"v", "via"},     {"f", "from"},           {"t", "to"},           {"i", "call-id"},
        {"m", "contact"}, {"l", "content-length"}, {"c", "content-type"}, {"k", "supported"}};
    return compact.value(lower, lower);
}

// The head (up to the blank line) split into lines, CR removed.
QList<QByteArray> headLines(const QByteArray& message)
{
    qsizetype end = message.indexOf("\r\n\r\n");
    if (end < 0)
        end = message.size();
    QList<QByteArray> lines = message.left(end).split('\n');
    for (QByteArray& l : lines) {
        if (l.endsWith('\r'))
            l.chop(1);
    }
    return lines;
}

struct RawHeader
{
    QByteArray name;  // as written
    QByteArray key;   // lower-case long form
    QByteArray value; // raw, untrimmed after the colon's following blanks
};

QList<RawHeader> rawHeaders(const QList<QByteArray>& lines)
{
    QList<RawHeader> out;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray& l = lines.at(i);
        if ((l.startsWith(' ') || l.startsWith('\t')) && !out.isEmpty()) {
            out.last().value += ' ' + l.trimmed();
            continue;
        }
        const qsizetype colon = l.indexOf(':');
        if (colon <= 0)
            continue;
        RawHeader h;
        h.name = l.left(colon).trimmed();
        h.key = compactToLong(h.name.toLower());
        h.value = l.mid(colon + 1).trimmed();
        out.append(h);
    }
    return out;
}

// The error the system holds for a connected UDP socket (an ICMP report for this flow),
// cleared by reading it. Qt reports such errors only as "unknown" from a later write.
int takePendingError(QAbstractSocket* socket)
{
    return socket ? platform::pendingSocketError(socket->socketDescriptor()) : 0;
}

SipProbeError fromOsError(int error)
{
    using platform::SocketCondition;
    switch (platform::socketCondition(platform::nativeErrorFamily(), error)) {
    case SocketCondition::PortUnreachable:
        return SipProbeError::Refused;
    case SocketCondition::HostUnreachable:
    case SocketCondition::NetworkUnreachable:
    case SocketCondition::NoRoute:
    case SocketCondition::LocalRefusal:
        return SipProbeError::Unreachable;
    default:
        return SipProbeError::SocketError;
    }
}

QHostAddress withoutScope(QHostAddress a)
{
    a.setScopeId(QString());
    return a;
}
} // namespace

QString sipProbeErrorKey(SipProbeError error)
{
    switch (error) {
    case SipProbeError::None:
        return QStringLiteral("none");
    case SipProbeError::Dns:
        return QStringLiteral("dns");
    case SipProbeError::Refused:
        return QStringLiteral("refused");
    case SipProbeError::Unreachable:
        return QStringLiteral("unreachable");
    case SipProbeError::Timeout:
        return QStringLiteral("timeout");
    case SipProbeError::Closed:
        return QStringLiteral("closed");
    case SipProbeError::Garbage:
        return QStringLiteral("not-sip");
    case SipProbeError::TooLarge:
        return QStringLiteral("too-large");
    case SipProbeError::SocketError:
        return QStringLiteral("socket-error");
    }
    return {};
}

SipProbe::SipProbe(QObject* parent) : QObject(parent)
{
    m_deadline = new QTimer(this);
    m_deadline->setSingleShot(true);
    m_deadline->setTimerType(Qt::PreciseTimer);
    connect(m_deadline, &QTimer::timeout, this, [this] {
        if (!m_result.excerpt.isEmpty())
            conclude(SipProbeError::Garbage, QStringLiteral("only unusable answers"));
        else
            conclude(SipProbeError::Timeout, m_result.attempts > 0
                                                 ? QStringLiteral("no SIP answer")
                                                 : QStringLiteral("not connected"));
    });
    m_retransmit = new QTimer(this);
    m_retransmit->setSingleShot(true);
    connect(m_retransmit, &QTimer::timeout, this, &SipProbe::sendUdp);
    m_icmpPoll = new QTimer(this);
    m_icmpPoll->setInterval(50);
    connect(m_icmpPoll, &QTimer::timeout, this, &SipProbe::checkPendingError);
}

SipProbe::~SipProbe()
{
    abort();
}

void SipProbe::start(const SipProbeRequest& request)
{
    abort();
    m_request = request;
    m_result = SipProbeResult{};
    m_result.transport = request.transport;
    m_result.host = request.host;
    m_result.port = request.port;
    m_buffer.clear();
    m_rtoMs = kT1Ms;
    m_active = true;
    m_clock.start();
    m_deadline->start(qMax(1, request.timeoutMs));
    if (!request.addresses.isEmpty()) {
        m_result.server = request.addresses.first();
        QTimer::singleShot(0, this, [this] {
            if (m_active)
                connectSocket();
        });
        return;
    }
    m_dns = new DnsProbe(this);
    connect(m_dns, &DnsProbe::finished, this, &SipProbe::onResolved);
    m_dns->start(request.host, qMax(1, request.timeoutMs / 2));
}

void SipProbe::onResolved(const DnsResult& dns)
{
    if (!m_active)
        return;
    if (!dns.ok()) {
        conclude(SipProbeError::Dns, dns.detail);
        return;
    }
    m_result.server = dns.addresses.first();
    connectSocket();
}

void SipProbe::connectSocket()
{
    if (m_request.transport == SipTransport::Udp)
        m_socket = new QUdpSocket(this);
    else
        m_socket = new QTcpSocket(this);
    connect(m_socket, &QAbstractSocket::connected, this, &SipProbe::onConnected);
    connect(m_socket, &QAbstractSocket::readyRead, this, &SipProbe::onReadable);
    connect(m_socket, &QAbstractSocket::errorOccurred, this, &SipProbe::onSocketError);
    // A connected UDP socket: the kernel picks the source address the route uses (our private
    // address behind a NAT) and reports ICMP errors for this flow.
    m_socket->connectToHost(m_result.server, m_request.port);
}

void SipProbe::onConnected()
{
    if (!m_active)
        return;
    m_result.localAddress = withoutScope(m_socket->localAddress());
    m_result.localPort = m_socket->localPort();
    SipOptionsParams params;
    params.target = m_request.host.isEmpty() ? m_result.server.toString() : m_request.host;
    params.targetPort = m_request.port == 5060 ? 0 : m_request.port;
    params.transport = m_request.transport;
    params.localHost = m_result.localAddress.toString();
    // The real local port: nf_nat_sip steers answers to the Via port when it differs.
    params.localPort = m_result.localPort;
    m_result.request = buildSipOptions(params);
    if (m_request.padForEcho)
        padSipRequest(&m_result.request, 2 * int(m_result.request.bytes.size()) + kEchoOverhead);
    if (m_request.transport == SipTransport::Udp) {
        m_icmpPoll->start();
        sendUdp();
        return;
    }
    m_result.attempts = 1;
    m_sentAt.start();
    m_socket->write(m_result.request.bytes);
}

void SipProbe::sendUdp()
{
    if (!m_active || !m_socket)
        return;
    const qint64 left = m_request.timeoutMs - m_clock.elapsed();
    if (left <= 0)
        return;
    ++m_result.attempts;
    m_sentAt.start();
    if (m_socket->write(m_result.request.bytes) < 0 &&
        m_socket->error() != QAbstractSocket::ConnectionRefusedError) {
        conclude(SipProbeError::SocketError, m_socket->errorString());
        return;
    }
    // No retransmission that could not be answered before the deadline: that ends the wait.
    if (m_rtoMs < left)
        m_retransmit->start(m_rtoMs);
    m_rtoMs = qMin(m_rtoMs * 2, kT2Ms);
}

void SipProbe::checkPendingError()
{
    if (!m_active || !qobject_cast<QUdpSocket*>(m_socket))
        return;
    if (const int error = takePendingError(m_socket))
        conclude(fromOsError(error), platform::errorText(error));
}

void SipProbe::onReadable()
{
    if (!m_active)
        return;
    if (auto* udp = qobject_cast<QUdpSocket*>(m_socket)) {
        while (m_active && udp->hasPendingDatagrams()) {
            const qint64 size = udp->pendingDatagramSize();
            const QNetworkDatagram dg = udp->receiveDatagram(kSipMaxMessageBytes);
            if (size > kSipMaxMessageBytes) {
                ++m_result.ignored;
                m_result.excerpt = dg.data().left(120);
                continue;
            }
            handleMessage(dg.data());
        }
        return;
    }
    // TCP: never hold more than one maximal message; an endless stream ends at that bound.
    if (!m_socket->isOpen())
        return;
    const qint64 room = kSipMaxMessageBytes + 1 - m_buffer.size();
    m_buffer += m_socket->read(qMax<qint64>(0, room));
    while (m_active && !m_buffer.isEmpty()) {
        if (m_buffer.size() >= 8 && !m_buffer.startsWith("SIP/2.0 ")) {
            m_result.excerpt = m_buffer.left(120);
            conclude(SipProbeError::Garbage, QStringLiteral("the stream is not SIP"));
            return;
        }
        const qsizetype length = sipStreamFrameLength(m_buffer);
        if (length < 0) {
            m_result.excerpt = m_buffer.left(120);
            conclude(m_buffer.size() > kSipMaxMessageBytes ? SipProbeError::TooLarge
                                                           : SipProbeError::Garbage,
                     QStringLiteral("a SIP message that cannot be framed"));
            return;
        }
        if (length == 0)
            return;
        const QByteArray message = m_buffer.left(length);
        m_buffer.remove(0, length);
        handleMessage(message);
    }
}

void SipProbe::handleMessage(const QByteArray& message)
{
    const SipParseResult parsed = parseSipResponse(message);
    if (!parsed.ok()) {
        ++m_result.ignored;
        m_result.excerpt = message.left(120);
        m_result.detail = parsed.detail;
        if (m_request.transport != SipTransport::Udp)
            conclude(SipProbeError::Garbage, parsed.detail);
        return;
    }
    QString why;
    if (!sipResponseMatches(parsed.response, m_result.request, &why)) {
        ++m_result.ignored;
        m_result.detail = why;
        return;
    }
    if (parsed.response.statusCode < 200)
        return; // provisional: the final answer follows
    m_result.rttMs = m_sentAt.isValid() ? m_sentAt.elapsed() : -1;
    m_result.response = parsed.response;
    m_result.echo = compareSipEcho(m_result.request, m_result.localAddress, parsed.response);
    m_result.excerpt.clear();
    conclude(SipProbeError::None);
}

void SipProbe::onSocketError()
{
    const int lastErrno = platform::lastSocketError(); // for Qt's "unknown" errors
    if (!m_active || !m_socket)
        return;
    const QString text = m_socket->errorString();
    if (qobject_cast<QUdpSocket*>(m_socket) &&
        m_socket->error() == QAbstractSocket::UnknownSocketError) {
        const int pending = takePendingError(m_socket);
        const int error = pending ? pending : lastErrno;
        conclude(fromOsError(error), platform::errorText(error));
        return;
    }
    switch (m_socket->error()) {
    case QAbstractSocket::ConnectionRefusedError:
        conclude(SipProbeError::Refused, text);
        return;
    case QAbstractSocket::RemoteHostClosedError:
        // Data may still sit in the buffer of a closing stream.
        if (m_socket->bytesAvailable() > 0)
            onReadable();
        if (m_active)
            conclude(m_result.excerpt.isEmpty() ? SipProbeError::Closed : SipProbeError::Garbage,
                     text);
        return;
    case QAbstractSocket::NetworkError:
    case QAbstractSocket::HostNotFoundError:
        conclude(SipProbeError::Unreachable, text);
        return;
    case QAbstractSocket::SocketTimeoutError:
        return; // our own deadline decides
    default:
        conclude(SipProbeError::SocketError, text);
        return;
    }
}

void SipProbe::conclude(SipProbeError error, const QString& detail)
{
    if (!m_active)
        return;
    m_active = false;
    m_deadline->stop();
    m_retransmit->stop();
    m_icmpPoll->stop();
    m_result.error = error;
    if (!detail.isEmpty())
        m_result.detail = detail;
    releaseResources();
    Q_EMIT finished(m_result);
}

void SipProbe::releaseResources()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    if (m_dns) {
        m_dns->disconnect(this);
        m_dns->abort();
        m_dns->deleteLater();
        m_dns = nullptr;
    }
}

void SipProbe::abort()
{
    if (!m_active)
        return;
    m_active = false;
    m_deadline->stop();
    m_retransmit->stop();
    m_icmpPoll->stop();
    releaseResources();
}

QString sipViaWithoutNatParameters(const QString& via)
{
    QStringList kept;
    const QStringList parts = via.split(QLatin1Char(';'));
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString key = parts.at(i).section(QLatin1Char('='), 0, 0).trimmed();
        if (i > 0 && (key.compare(QStringLiteral("received"), Qt::CaseInsensitive) == 0 ||
                      key.compare(QStringLiteral("rport"), Qt::CaseInsensitive) == 0))
            continue;
        kept.append(parts.at(i));
    }
    return kept.join(QLatin1Char(';')).trimmed();
}

QString sipRawHeader(const QByteArray& message, const QByteArray& name)
{
    const QByteArray wanted = compactToLong(name.toLower());
    for (const RawHeader& h : rawHeaders(headLines(message))) {
        if (h.key == wanted)
            return QString::fromUtf8(h.value);
    }
    return {};
}

QStringList sipHeaderDifferences(const QByteArray& sent, const QByteArray& echoed)
{
    QStringList changed;
    const auto add = [&changed](const QByteArray& name) {
        const QString n = QString::fromUtf8(name);
        if (!changed.contains(n))
            changed.append(n);
    };
    const QList<QByteArray> a = headLines(sent);
    const QList<QByteArray> b = headLines(echoed);
    if (a.value(0) != b.value(0))
        add("Request-Line");
    const QList<RawHeader> ha = rawHeaders(a);
    QList<RawHeader> hb = rawHeaders(b);
    // Each sent header against the echoed header of the same name and rank.
    for (const RawHeader& h : ha) {
        const auto it =
            std::find_if(hb.begin(), hb.end(), [&h](const RawHeader& e) { return e.key == h.key; });
        if (it == hb.end()) {
            add(h.name);
            continue;
        }
        if (it->value != h.value)
            add(h.name);
        hb.erase(it);
    }
    for (const RawHeader& extra : hb)
        add(extra.name); // inserted on the way
    return changed;
}

SipEchoComparison compareSipEcho(const SipRequest& sent, const QHostAddress& local,
                                 const SipResponse& response)
{
    SipEchoComparison c;
    c.sentVia = sipRawHeader(sent.bytes, "via");
    const QList<SipVia> vias = response.vias();
    if (!vias.isEmpty()) {
        const SipVia& top = vias.first();
        c.echoedVia = top.raw;
        c.viaMatches = sipViaWithoutNatParameters(c.sentVia) == sipViaWithoutNatParameters(top.raw);
        sipViaParameter(top.raw, QStringLiteral("received"), &c.receivedPresent);
        c.received = top.received;
        c.rport = top.rport;
        const QHostAddress seen(c.received);
        c.receivedIsLocal = !seen.isNull() && withoutScope(seen) == withoutScope(local);
    }
    if (response.header("content-type")
            .trimmed()
            .startsWith(QStringLiteral("message/sipfrag"), Qt::CaseInsensitive) &&
        !response.body.isEmpty()) {
        c.echoPresent = true;
        c.echoedRequest = response.body;
        c.rewrittenHeaders = sipHeaderDifferences(sent.bytes, response.body);
    }
    return c;
}

void padSipRequest(SipRequest* request, int size)
{
    static const QByteArray tail = "Content-Length: 0\r\n\r\n";
    if (request->bytes.size() >= size || !request->bytes.endsWith(tail))
        return;
    const QByteArray head =
        request->bytes.chopped(tail.size()) + QByteArrayLiteral("Content-Type: text/plain\r\n");
    qsizetype body = size - head.size() - 22;
    for (int i = 0; i < 3; ++i) {
        const QByteArray length = "Content-Length: " + QByteArray::number(body) + "\r\n\r\n";
        body = qMax<qsizetype>(0, size - head.size() - length.size());
    }
    request->bytes =
        head + "Content-Length: " + QByteArray::number(body) + "\r\n\r\n" + QByteArray(body, '.');
}

qsizetype sipStreamFrameLength(const QByteArray& buffer, int maxBytes)
{
    const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return buffer.size() > maxBytes ? -1 : 0;
    qint64 length = 0;
    for (const RawHeader& h : rawHeaders(headLines(buffer.left(headEnd + 4)))) {
        if (h.key != "content-length")
            continue;
        bool ok = false;
        length = h.value.toLongLong(&ok);
        if (!ok || length < 0)
            return -1;
        break;
    }
    const qint64 total = headEnd + 4 + length;
    if (total > maxBytes)
        return -1;
    return buffer.size() < total ? 0 : qsizetype(total);
}

} // namespace easyuc
