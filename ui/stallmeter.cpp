#include "stallmeter.h"

#include <QTimer>

namespace easyuc {

namespace {
constexpr int kIntervalMs = 5;
}

StallMeter::StallMeter(QObject* parent) : QObject(parent), m_timer(new QTimer(this))
{
    m_timer->setTimerType(Qt::PreciseTimer);
    m_timer->setInterval(kIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &StallMeter::tick);
}

void StallMeter::start()
{
    m_longest = 0;
    m_longestAt = 0;
    m_samples = 0;
    m_clock.start();
    m_last = 0;
    m_timer->start();
}

void StallMeter::stop()
{
    m_timer->stop();
}

void StallMeter::tick()
{
    const qint64 now = m_clock.elapsed();
    const qint64 late = now - m_last - kIntervalMs;
    if (late > m_longest) {
        m_longest = late;
        m_longestAt = now;
    }
    m_last = now;
    ++m_samples;
}

} // namespace easyuc
