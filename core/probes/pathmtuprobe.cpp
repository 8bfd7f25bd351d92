#include "pathmtuprobe.h"

#include <QTimer>

namespace easyuc {

namespace {
constexpr int kRetransmitMs = 250; // a size unanswered this long is sent once more
constexpr int kLossMs = 700;       // and counts as lost after this long
constexpr int kAttempts = 2;
constexpr int kPerRound = 5; // sizes probed at once while narrowing
constexpr int kMaxRounds = 6;
constexpr int kStep = 4; // STUN messages grow in 4-byte steps
constexpr int kTickMs = 25;
constexpr int kTransactionIdOffset = 8;
constexpr int kTransactionIdSize = 12;

int floorStep(int size)
{
    return size / kStep * kStep;
}
} // namespace

bool PathMtuResult::exact() const
{
    return answered() && (smallestLost == 0 || smallestLost - largestAnswered <= kStep ||
                          floorStep(icmpMtu) == largestAnswered);
}

PathMtuProbe::PathMtuProbe(QObject* parent) : QObject(parent)
{
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &PathMtuProbe::tick);
}

PathMtuProbe::~PathMtuProbe()
{
    abort();
}

void PathMtuProbe::start(const QHostAddress& server, quint16 port, int low, int high, int timeoutMs)
{
    abort();
    m_result = PathMtuResult{};
    m_result.server = server;
    m_result.port = port;
    m_round.clear();
    m_tried.clear();
    m_rounds = 0;
    m_timeoutMs = timeoutMs;
    m_running = true;
    m_clock.start();
    m_socket = new UdpProbeSocket(this);
    if (!m_socket->open(server, port, true)) {
        m_result.detail = m_socket->errorString();
        QTimer::singleShot(0, this, &PathMtuProbe::finish);
        return;
    }
    connect(m_socket, &UdpProbeSocket::datagramReceived, this, &PathMtuProbe::onDatagram);
    connect(m_socket, &UdpProbeSocket::kernelErrorReceived, this, &PathMtuProbe::onKernelError);
    m_result.routeMtu = m_socket->pathMtu();
    m_high = floorStep(high);
    // Beyond the route's MTU the kernel refuses to send at all: that is the upper bound.
    if (m_result.routeMtu > 0 && m_result.routeMtu < m_high) {
        m_high = floorStep(m_result.routeMtu);
        m_result.localLimit = true;
    }
    m_low = qMin(floorStep(low), m_high);
    startRound(m_low == m_high ? QList<int>{m_low} : QList<int>{m_low, m_high});
}

void PathMtuProbe::startRound(const QList<int>& sizes)
{
    ++m_rounds;
    m_round.clear();
    for (int size : sizes) {
        Probe p;
        p.size = size;
        m_tried.append(size);
        m_round.append(p);
    }
    for (Probe& p : m_round)
        send(p);
    m_timer->start(kTickMs);
}

void PathMtuProbe::send(Probe& p)
{
    const int header = m_socket->headerBytes();
    if (p.datagram.isEmpty()) {
        p.datagram = m_codec.bindingRequest(&p.id, false, false, p.size - header);
        p.size = int(p.datagram.size()) + header;
        p.sentMs = m_clock.elapsed();
    }
    ++p.attempts;
    ++m_result.probes;
    const platform::SocketCondition sent = m_socket->send(p.datagram);
    if (sent == platform::SocketCondition::MessageTooBig) {
        m_result.localLimit = true;
        p.state = Probe::State::Lost;
    } else if (sent != platform::SocketCondition::None &&
               sent != platform::SocketCondition::WouldBlock) {
        m_result.detail = m_socket->lastErrorText();
        p.state = Probe::State::Lost;
    }
}

void PathMtuProbe::tick()
{
    if (!m_running)
        return;
    const qint64 now = m_clock.elapsed();
    bool pending = false;
    for (Probe& p : m_round) {
        if (p.state != Probe::State::Pending)
            continue;
        const qint64 age = now - p.sentMs;
        if (age >= kLossMs || now >= m_timeoutMs) {
            p.state = Probe::State::Lost;
            continue;
        }
        if (p.attempts < kAttempts && age >= kRetransmitMs * p.attempts)
            send(p);
        pending = pending || p.state == Probe::State::Pending;
    }
    if (pending) {
        m_timer->start(kTickMs);
        return;
    }
    endRound();
}

void PathMtuProbe::onDatagram(const QByteArray& data)
{
    QByteArray id;
    const StunBindingAnswer answer = m_codec.parse(data, &id);
    if (answer.kind != StunBindingAnswer::Kind::Success &&
        answer.kind != StunBindingAnswer::Kind::ErrorResponse)
        return;
    // An error response (a server that does not know PADDING) proves the size arrived too.
    for (Probe& p : m_round) {
        if (p.id == id && p.state != Probe::State::Answered) {
            p.state = Probe::State::Answered;
            m_timer->start(0);
        }
    }
}

void PathMtuProbe::onKernelError(const KernelError& e)
{
    if (!e.isFragmentationNeeded())
        return;
    const int mtu = int(e.info);
    if (e.origin != KernelError::Origin::Local && mtu >= 68 &&
        (m_result.icmpMtu == 0 || mtu < m_result.icmpMtu)) {
        m_result.icmpMtu = mtu;
        m_result.icmpFrom = e.offender;
    }
    const QByteArray quotedId = e.payload.mid(kTransactionIdOffset, kTransactionIdSize);
    for (Probe& p : m_round) {
        if (p.state != Probe::State::Pending)
            continue;
        if ((quotedId.size() == kTransactionIdSize && p.id == quotedId) ||
            (mtu >= 68 && p.size > mtu))
            p.state = Probe::State::Lost;
    }
    m_timer->start(0);
}

void PathMtuProbe::endRound()
{
    for (const Probe& p : m_round) {
        const bool ok = p.state == Probe::State::Answered;
        m_result.trail.append({p.size, ok});
        if (ok)
            m_result.largestAnswered = qMax(m_result.largestAnswered, p.size);
    }
    m_result.smallestLost = 0;
    for (const auto& [size, ok] : m_result.trail) {
        if (!ok && size > m_result.largestAnswered &&
            (m_result.smallestLost == 0 || size < m_result.smallestLost))
            m_result.smallestLost = size;
    }
    const QList<int> sizes = nextSizes();
    const qint64 left = m_timeoutMs - m_clock.elapsed();
    if (sizes.isEmpty() || m_rounds >= kMaxRounds || left < kLossMs) {
        finish();
        return;
    }
    startRound(sizes);
}

QList<int> PathMtuProbe::nextSizes() const
{
    const int lo = m_result.largestAnswered;
    const int hi = m_result.smallestLost;
    if (lo == 0 || lo >= m_high || hi == 0)
        return {}; // nothing answers, or the wanted size does
    const int fromIcmp = floorStep(m_result.icmpMtu);
    if (fromIcmp > 0 && fromIcmp == lo)
        return {}; // the router named the MTU and a packet of that size was answered
    if (fromIcmp > lo && fromIcmp < hi && !m_tried.contains(fromIcmp))
        return {fromIcmp};
    QList<int> sizes;
    for (int j = 1; j <= kPerRound; ++j) {
        const int s = floorStep(lo + (hi - lo) * j / (kPerRound + 1));
        if (s > lo && s < hi && !sizes.contains(s) && !m_tried.contains(s))
            sizes.append(s);
    }
    return sizes;
}

void PathMtuProbe::finish()
{
    if (!m_running)
        return;
    m_running = false;
    m_timer->stop();
    if (m_socket) {
        m_result.kernelMtu = m_socket->pathMtu();
        m_socket->close();
    }
    Q_EMIT finished();
}

void PathMtuProbe::abort()
{
    m_running = false;
    if (m_timer)
        m_timer->stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->close();
    }
}

} // namespace easyuc
