#pragma once

#include "core/platform/ttlprobesocket.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>

class QTimer;

namespace easyuc {

// One TTL-limited probe and what came back for it.
struct PathSample
{
    int round = 0;
    int ttl = 0;
    bool answered = false;
    HopReport::Kind kind = HopReport::Kind::TimeExceeded;
    QHostAddress from;
    double rttMs = -1;
};

// MTR-style probing of the path to one address: rounds of TTL-limited probes, 1..the TTL at
// which the target itself answers. Round 1 climbs one TTL at a time and stops at the target;
// later rounds repeat the hops found. Each answering host's ICMP budget is respected as Linux
// limits it (a burst of 6, then one a second): a probe its host could not answer is not sent,
// so a router's rate limit is not counted as loss. finished() once, at the latest at the
// deadline.
class PathProbe : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        int rounds = 10;
        int maxTtl = 30;
        int roundIntervalMs = 150; // between the starts of two rounds
        int ttlSpacingMs = 3;      // between two TTLs of one round
        int climbSpacingMs = 10;   // round 1: the next TTL at the latest this long after one
        int minWaitMs = 300;       // after the last send, how long answers are awaited at least
        int maxWaitMs = 2000;      //   and at most (4x the slowest answer seen in between)
    };

    explicit PathProbe(QObject* parent = nullptr);
    ~PathProbe() override;

    void start(const QHostAddress& target, const QDeadlineTimer& deadline);
    void start(const QHostAddress& target, const QDeadlineTimer& deadline,
               const Settings& settings);
    void abort();
    bool isFinished() const { return m_finished; }
    QHostAddress target() const { return m_target; }
    // Every probe sent, in sending order.
    const QList<PathSample>& samples() const { return m_samples; }
    // Raw: why probing could not run or stopped early (the system's words).
    QString error() const { return m_error; }
    qint64 elapsedMs() const { return m_clock.isValid() ? m_clock.elapsed() : 0; }
    // Rounds begun (round 1 being the climb).
    int roundsBegun() const { return qMin(m_round + (m_sending ? 1 : 0), m_settings.rounds); }

Q_SIGNALS:
    // A hop answered for the first time from this address (for a reverse lookup meanwhile).
    void hopSeen(const QHostAddress& address);
    void finished();

private:
    struct Bucket
    {
        qint64 atMs = 0;
        double tokens = 6;
    };
    void tick();
    void wakeIn(qint64 ms);
    void sendProbe(int ttl);
    void onReport(const HopReport& report);
    bool takeToken(const QHostAddress& host, bool onlyIfFree);
    int limitTtl() const;
    QHostAddress expectedResponder(int ttl) const;
    int outstanding() const;
    void finish();

    Settings m_settings;
    QHostAddress m_target;
    QDeadlineTimer m_deadline;
    TtlProbeSocket* m_socket = nullptr;
    QTimer* m_timer = nullptr;
    QElapsedTimer m_clock;
    QList<PathSample> m_samples;
    QList<qint64> m_sentNs;                // per sample: when it was sent (ns on m_clock)
    QList<bool> m_booked;                  // per sample: its answer was booked before sending
    QHash<QString, Bucket> m_buckets;      // per answering host
    QHash<int, QHostAddress> m_hopAddress; // TTL -> the host that answered it last
    QString m_error;
    int m_round = 0;
    int m_nextTtl = 1;
    int m_targetTtl = 0;  // the lowest TTL at which the target answered (0: not yet)
    int m_blockedTtl = 0; // the lowest TTL turned away by an unreachable (0: none)
    qint64 m_roundStartMs = 0;
    qint64 m_lastSendMs = 0;
    double m_maxRttMs = 0;
    bool m_sending = false; // rounds still to send
    bool m_finished = true;
};

} // namespace easyuc
