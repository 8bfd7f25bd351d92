#pragma once

#include <QElapsedTimer>
#include <QObject>

class QTimer;

namespace easyuc {

// Measures how responsive the event loop is: a 5 ms timer whose lateness is the time the loop
// spent busy elsewhere. The longest lateness is the longest stall a user could have felt.
class StallMeter : public QObject
{
    Q_OBJECT
public:
    explicit StallMeter(QObject* parent = nullptr);
    void start();
    void stop();
    qint64 longestStallMs() const { return m_longest; }
    // When the longest stall ended, in ms since start().
    qint64 longestStallEndMs() const { return m_longestAt; }
    int samples() const { return m_samples; }

private:
    void tick();

    QTimer* m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
    qint64 m_longestAt = 0;
    int m_samples = 0;
};

} // namespace easyuc
