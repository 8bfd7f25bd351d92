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
    m_longest = qMax(m_longest, now - m_last - kIntervalMs);
    m_last = now;
    ++m_samples;
}

} // namespace easyuc
