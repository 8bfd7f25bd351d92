#include "portprobe.h"

#include <QTimer>

namespace easyuc {

namespace {
// After the last attempt, how long a port may still answer before it counts as silent.
constexpr int kLastWaitMs = 1000;
} // namespace

UdpPortProbe::UdpPortProbe(QObject* parent) : QObject(parent)
{
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &UdpPortProbe::tick);
}

UdpPortProbe::~UdpPortProbe()
{
    abort();
}

void UdpPortProbe::setRetry(int waitMs, int maxAttempts)
{
    m_retryWaitMs = qMax(10, waitMs);
    m_maxAttempts = qMax(1, maxAttempts);
}

void UdpPortProbe::start(const QList<PortTarget>& targets, int timeoutMs)
{
    abort();
    m_results.clear();
    m_slots.clear();
    m_finished = false;
    m_timeoutMs = timeoutMs;
    m_clock.start();
    for (int i = 0; i < targets.size(); ++i) {
        PortProbeResult r;
        r.target = targets.at(i);
        m_results.append(r);
        Slot slot;
        slot.socket = new UdpProbeSocket(this);
        if (!slot.socket->open(r.target.address, r.target.port)) {
            m_results[i].detail = slot.socket->errorString();
            slot.done = true;
        } else {
            connect(slot.socket, &UdpProbeSocket::datagramReceived, this,
                    [this, i](const QByteArray& data) { onDatagram(i, data); });
            connect(slot.socket, &UdpProbeSocket::kernelErrorReceived, this,
                    [this, i](const KernelError& e) { onKernelError(i, e); });
            // The first round goes out at once: an error the host suppresses costs it nothing,
            // and the port is sent again later, at a time the budget allows.
            if (m_pacer)
                m_pacer(r.target.address, true);
        }
        m_slots.append(slot);
    }
    m_timer->start(0);
}

void UdpPortProbe::tick()
{
    if (m_finished)
        return;
    const qint64 now = m_clock.elapsed();
    for (int i = 0; i < m_slots.size(); ++i) {
        Slot& s = m_slots[i];
        if (s.done || s.nextSendMs < 0 || s.nextSendMs > now)
            continue;
        sendTo(i);
    }
    schedule();
}

void UdpPortProbe::sendTo(int index)
{
    Slot& s = m_slots[index];
    PortProbeResult& r = m_results[index];
    const qint64 now = m_clock.elapsed();
    if (r.attempts > 0 && m_pacer && !s.booked) {
        // A retry draws one more ICMP error from the host: wait for the budget to allow it.
        s.booked = true;
        const int delay = m_pacer(r.target.address, false);
        if (delay > 0) {
            s.nextSendMs = now + delay;
            return;
        }
    }
    s.booked = false;
    QByteArray id;
    const QByteArray datagram = m_codec.bindingRequest(&id);
    ++r.attempts;
    s.sent.append(datagram);
    s.ids.append(id);
    s.sentAt.start();
    const platform::SocketCondition sent = s.socket->send(datagram);
    if (sent != platform::SocketCondition::None && sent != platform::SocketCondition::WouldBlock) {
        r.sendError = s.socket->lastError();
        if (const auto v = classifySendError(sent)) {
            r.error.origin = KernelError::Origin::Local;
            r.error.errorNumber = r.sendError;
            r.error.condition = sent;
            r.error.destination = r.target.address;
            r.error.destinationPort = r.target.port;
            conclude(index, *v);
            return;
        }
        r.detail = s.socket->lastErrorText();
    }
    s.nextSendMs = r.attempts < m_maxAttempts ? now + m_retryWaitMs : -1;
    s.lastSendMs = now;
}

void UdpPortProbe::schedule()
{
    const qint64 now = m_clock.elapsed();
    qint64 next = m_timeoutMs;
    bool pending = false;
    for (int i = 0; i < m_slots.size(); ++i) {
        Slot& s = m_slots[i];
        if (s.done)
            continue;
        // A send whose answer could not arrive before the deadline is not made.
        if (s.nextSendMs >= 0 && s.nextSendMs + m_retryWaitMs > m_timeoutMs)
            s.nextSendMs = -1;
        const qint64 due = s.nextSendMs >= 0 ? s.nextSendMs : s.lastSendMs + kLastWaitMs;
        if (due <= now && s.nextSendMs < 0) {
            s.done = true; // silent after its last attempt
            continue;
        }
        pending = true;
        next = qMin(next, due);
    }
    if (!pending || now >= m_timeoutMs) {
        finishAll();
        return;
    }
    m_timer->start(int(qBound<qint64>(0, next - now, qint64(m_timeoutMs))));
}

void UdpPortProbe::onDatagram(int index, const QByteArray& data)
{
    Slot& s = m_slots[index];
    PortProbeResult& r = m_results[index];
    if (s.done)
        return;
    if (s.sent.contains(data)) {
        r.answer = QStringLiteral("echo");
        conclude(index, PortVerdict::Answered);
        return;
    }
    QByteArray id;
    const StunBindingAnswer answer = m_codec.parse(data, &id);
    if (s.ids.contains(id) && (answer.kind == StunBindingAnswer::Kind::Success ||
                               answer.kind == StunBindingAnswer::Kind::ErrorResponse)) {
        r.answer = QStringLiteral("stun");
        conclude(index, PortVerdict::Answered);
        return;
    }
    ++r.ignored;
}

void UdpPortProbe::onKernelError(int index, const KernelError& error)
{
    PortProbeResult& r = m_results[index];
    if (m_slots.at(index).done)
        return;
    const auto verdict = classifyKernelError(error, r.target.address, r.target.port);
    if (!verdict) {
        ++r.ignored;
        return;
    }
    r.error = error;
    conclude(index, *verdict);
}

void UdpPortProbe::conclude(int index, PortVerdict verdict)
{
    Slot& s = m_slots[index];
    if (s.done)
        return;
    s.done = true;
    m_results[index].verdict = verdict;
    m_results[index].rttMs = s.sentAt.isValid() ? s.sentAt.elapsed() : -1;
    // Conclude on the event loop, not inside the socket's signal.
    if (!m_finished)
        m_timer->start(0);
}

void UdpPortProbe::finishAll()
{
    if (m_finished)
        return;
    m_finished = true;
    m_timer->stop();
    for (Slot& s : m_slots)
        s.socket->close();
    Q_EMIT finished();
}

void UdpPortProbe::abort()
{
    m_finished = true;
    if (m_timer)
        m_timer->stop();
    for (Slot& s : m_slots) {
        if (s.socket) {
            s.socket->disconnect(this);
            s.socket->close();
        }
    }
}

} // namespace easyuc
