#include "stunclient.h"

#include <QNetworkDatagram>
#include <QTimer>
#include <QUdpSocket>

namespace easyuc {

StunClient::StunClient(QObject* parent) : QObject(parent)
{
    m_socket = new QUdpSocket(this);
    connect(m_socket, &QUdpSocket::readyRead, this, &StunClient::onReadable);
}

StunClient::~StunClient()
{
    abort();
}

bool StunClient::bind(quint16 port)
{
    return m_socket->bind(QHostAddress::AnyIPv4, port);
}

quint16 StunClient::localPort() const
{
    return m_socket->localPort();
}

void StunClient::query(const QString& label, const QHostAddress& server, quint16 port,
                       int timeoutMs, const Options& options)
{
    if (m_socket->state() != QAbstractSocket::BoundState)
        bind();
    Transaction t;
    t.result.label = label;
    t.result.server = server;
    t.result.serverPort = port;
    t.result.localPort = localPort();
    t.timeoutMs = timeoutMs;
    t.rtoMs = options.firstRtoMs;
    t.maxAttempts = options.maxAttempts;
    QByteArray id;
    t.request = m_codec.bindingRequest(&id, options.changeIp, options.changePort, options.padTo);
    if (t.request.isEmpty()) {
        StunBindingResult r = t.result;
        r.error = StunBindingResult::Error::SocketError;
        QTimer::singleShot(0, this, [this, r] { Q_EMIT finished(r); });
        return;
    }
    t.retransmit = new QTimer(this);
    t.retransmit->setSingleShot(true);
    connect(t.retransmit, &QTimer::timeout, this, [this, id] { send(id); });
    t.started.start();
    m_transactions.insert(id, t);
    send(id);
}

void StunClient::send(const QByteArray& id)
{
    auto it = m_transactions.find(id);
    if (it == m_transactions.end())
        return;
    Transaction& t = *it;
    const qint64 left = t.timeoutMs - t.started.elapsed();
    if (left <= 0 || t.result.attempts >= t.maxAttempts) {
        // After the last transmission, wait out the rest of the deadline for a late answer.
        if (left > 0) {
            t.retransmit->start(int(left));
            t.maxAttempts = t.result.attempts; // next expiry concludes
            t.timeoutMs = int(t.started.elapsed() + left);
            return;
        }
        complete(id, StunBindingResult::Error::Timeout);
        return;
    }
    ++t.result.attempts;
    t.sentAt.start();
    if (m_socket->writeDatagram(t.request, t.result.server, t.result.serverPort) < 0 &&
        m_socket->error() != QAbstractSocket::ConnectionRefusedError) {
        complete(id, StunBindingResult::Error::SocketError);
        return;
    }
    t.retransmit->start(int(qMin<qint64>(t.rtoMs, left)));
    t.rtoMs *= 2;
}

void StunClient::onReadable()
{
    // The socket is not connected, so anyone may send to it: read a bounded batch per wake-up
    // and let the event loop (and the deadlines) run between batches of a flood.
    constexpr int kMaxReadsPerWake = 64;
    for (int reads = 0; m_socket->hasPendingDatagrams(); ++reads) {
        if (reads == kMaxReadsPerWake) {
            QMetaObject::invokeMethod(this, &StunClient::onReadable, Qt::QueuedConnection);
            return;
        }
        const QNetworkDatagram dg = m_socket->receiveDatagram(64 * 1024);
        QByteArray id;
        const StunBindingAnswer answer = m_codec.parse(dg.data(), &id);
        auto it = m_transactions.find(id);
        const bool known = !id.isEmpty() && it != m_transactions.end();
        if (!known || (answer.kind != StunBindingAnswer::Kind::Success &&
                       answer.kind != StunBindingAnswer::Kind::ErrorResponse)) {
            for (Transaction& t : m_transactions)
                ++t.result.ignoredDatagrams;
            continue;
        }
        it->result.answer = answer;
        it->result.rttMs = it->sentAt.elapsed();
        complete(id, answer.kind == StunBindingAnswer::Kind::Success
                         ? StunBindingResult::Error::None
                         : StunBindingResult::Error::ErrorResponse);
    }
}

void StunClient::complete(const QByteArray& id, StunBindingResult::Error error)
{
    auto it = m_transactions.find(id);
    if (it == m_transactions.end())
        return;
    StunBindingResult result = it->result;
    result.error = error;
    delete it->retransmit;
    m_transactions.erase(it);
    Q_EMIT finished(result);
}

void StunClient::abort()
{
    for (Transaction& t : m_transactions)
        delete t.retransmit;
    m_transactions.clear();
}

} // namespace easyuc
