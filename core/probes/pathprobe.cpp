#include "core/probes/pathprobe.h"

#include <QTimer>

namespace easyuc {

namespace {
// Linux's per-peer ICMP limit (inet_peer_xrlim_allow): a burst of 6, then one a second. Most
// home routers and many PBXs run Linux; RunContext::bookIcmp models the same for the checks.
constexpr double kBurst = 6;
constexpr double kPerSecond = 1;
} // namespace

PathProbe::PathProbe(QObject* parent) : QObject(parent)
{
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &PathProbe::tick);
}

PathProbe::~PathProbe()
{
    abort();
}

void PathProbe::start(const QHostAddress& target, const QDeadlineTimer& deadline)
{
    start(target, deadline, Settings{});
}

void PathProbe::start(const QHostAddress& target, const QDeadlineTimer& deadline,
                      const Settings& settings)
{
    abort();
    m_settings = settings;
    m_target = target;
    m_deadline = deadline;
    m_samples.clear();
    m_sentNs.clear();
    m_booked.clear();
    m_buckets.clear();
    m_hopAddress.clear();
    m_error.clear();
    m_round = 0;
    m_nextTtl = 1;
    m_targetTtl = 0;
    m_blockedTtl = 0;
    m_roundStartMs = 0;
    m_lastSendMs = 0;
    m_maxRttMs = 0;
    m_sending = true;
    m_finished = false;
    m_clock.start();
    m_socket = new TtlProbeSocket(this);
    connect(m_socket, &TtlProbeSocket::hopReported, this, &PathProbe::onReport);
    if (!m_socket->open(target, m_settings.rounds * m_settings.maxTtl)) {
        m_error = m_socket->errorString();
        m_sending = false;
    }
    m_timer->start(0);
}

void PathProbe::abort()
{
    if (m_finished)
        return;
    m_finished = true;
    m_sending = false;
    m_timer->stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->close();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
}

int PathProbe::limitTtl() const
{
    if (m_targetTtl > 0)
        return m_targetTtl;
    if (m_blockedTtl > 0)
        return m_blockedTtl;
    return m_settings.maxTtl;
}

QHostAddress PathProbe::expectedResponder(int ttl) const
{
    if (m_targetTtl > 0 && ttl >= m_targetTtl)
        return m_target;
    return m_hopAddress.value(ttl);
}

bool PathProbe::takeToken(const QHostAddress& host, bool onlyIfFree)
{
    const qint64 now = m_clock.elapsed();
    const QString key = host.toString();
    Bucket b = m_buckets.value(key, Bucket{now, kBurst});
    double tokens = qMin(kBurst, b.tokens + double(now - b.atMs) * kPerSecond / 1000.0);
    if (tokens < 1 && onlyIfFree)
        return false;
    // An answer that came anyway proves the host had one to give.
    tokens = qMax(0.0, tokens - 1);
    m_buckets.insert(key, Bucket{now, tokens});
    return true;
}

int PathProbe::outstanding() const
{
    int n = 0;
    for (const PathSample& s : m_samples)
        n += s.answered ? 0 : 1;
    return n;
}

void PathProbe::sendProbe(int ttl)
{
    const QHostAddress responder = expectedResponder(ttl);
    const bool booked = !responder.isNull();
    // A host whose ICMP budget is spent would stay silent: that is its limit, not loss.
    if (booked && !takeToken(responder, true))
        return;
    PathSample s;
    s.round = m_round;
    s.ttl = ttl;
    const quint16 tag = quint16(m_samples.size());
    m_samples.append(s);
    m_sentNs.append(m_clock.nsecsElapsed());
    m_booked.append(booked);
    m_lastSendMs = m_clock.elapsed();
    if (!m_socket->send(tag, ttl)) {
        // Nothing left: a probe the system refused was never on the network.
        m_samples.removeLast();
        m_sentNs.removeLast();
        m_booked.removeLast();
        m_error = m_socket->errorString();
        m_sending = false;
    }
}

void PathProbe::wakeIn(qint64 ms)
{
    // A deadline that never expires has no remaining time (-1).
    if (!m_deadline.isForever())
        ms = qMin(ms, m_deadline.remainingTime());
    m_timer->start(int(qBound(qint64(0), ms, qint64(60000))));
}

void PathProbe::tick()
{
    if (m_finished)
        return;
    const qint64 now = m_clock.elapsed();
    if (m_deadline.hasExpired()) {
        finish();
        return;
    }
    while (m_sending) {
        const bool climbing = m_round == 0;
        const int limit = limitTtl();
        if (m_nextTtl > limit) {
            ++m_round;
            m_nextTtl = 1;
            m_roundStartMs = qMax(m_roundStartMs + m_settings.roundIntervalMs, now);
            if (m_round >= m_settings.rounds)
                m_sending = false;
            continue;
        }
        qint64 due = m_roundStartMs + qint64(m_nextTtl - 1) * m_settings.ttlSpacingMs;
        if (climbing && !m_samples.isEmpty()) {
            // One TTL at a time, so that few probes beyond the target are sent before it
            // answers; the next goes at once when the last one was answered.
            due = m_samples.constLast().answered ? now : m_lastSendMs + m_settings.climbSpacingMs;
        }
        if (due > now) {
            wakeIn(due - now);
            return;
        }
        sendProbe(m_nextTtl);
        ++m_nextTtl;
    }
    if (!m_error.isEmpty() && m_samples.isEmpty()) {
        finish();
        return;
    }
    const qint64 wait =
        qBound(qint64(m_settings.minWaitMs), qint64(4 * m_maxRttMs), qint64(m_settings.maxWaitMs));
    const qint64 end = m_lastSendMs + wait;
    if (outstanding() == 0 || now >= end) {
        finish();
        return;
    }
    wakeIn(end - now);
}

void PathProbe::onReport(const HopReport& report)
{
    const int index = int(report.tag);
    if (m_finished || index >= m_samples.size() || m_samples.at(index).answered)
        return;
    PathSample& s = m_samples[index];
    s.answered = true;
    s.kind = report.kind;
    s.from = report.from.isNull() && report.kind == HopReport::Kind::TargetReached ? m_target
                                                                                   : report.from;
    s.rttMs = report.rttMs >= 0 ? double(report.rttMs)
                                : double(m_clock.nsecsElapsed() - m_sentNs.at(index)) / 1e6;
    m_maxRttMs = qMax(m_maxRttMs, s.rttMs);
    if (!m_booked.at(index) && !s.from.isNull())
        takeToken(s.from, false);
    bool firstSeen = false;
    if (report.kind == HopReport::Kind::TargetReached) {
        firstSeen = m_targetTtl == 0;
        if (m_targetTtl == 0 || s.ttl < m_targetTtl)
            m_targetTtl = s.ttl;
    } else if (!s.from.isNull()) {
        firstSeen = !m_hopAddress.contains(s.ttl);
        m_hopAddress.insert(s.ttl, s.from);
        // Turned away on the way: nothing beyond this hop can answer.
        if (report.kind == HopReport::Kind::Unreachable &&
            (m_blockedTtl == 0 || s.ttl < m_blockedTtl))
            m_blockedTtl = s.ttl;
    }
    if (firstSeen && !s.from.isNull())
        Q_EMIT hopSeen(s.from);
    // Climbing, or waiting for the last answers: decide again on the event loop.
    if (!m_finished)
        m_timer->start(0);
}

void PathProbe::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_sending = false;
    m_timer->stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->close();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    Q_EMIT finished();
}

} // namespace easyuc
