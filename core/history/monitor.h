#pragma once

#include "core/engine/status.h"
#include "runfigures.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace easyuc {

struct Report;

// The rules of monitoring (--repeat INTERVAL --count N, the GUI's Monitor mode).
namespace monitor {
constexpr int kFloorS = 60; // never more often than once a minute (issue 16)
constexpr int kMaxIntervalS = 24 * 3600;
constexpr int kMaxCount = 1440; // a day of runs at the floor
// The shortest interval allowed: kFloorS, or (tests only) EASYUC_TEST_MIN_INTERVAL_S, which
// can lower it to no less than 1 s.
int minimumIntervalS();
// "90", "90s", "5m", "1h" → seconds; false with a translated sentence when malformed or
// outside minimumIntervalS() … kMaxIntervalS.
bool parseInterval(const QString& text, int* seconds, QString* error);
// 1 … kMaxCount.
bool parseCount(const QString& text, int* count, QString* error);
// The requirements a reachability-only monitor runs (--only): Internet, the PBX's services,
// STUN, TURN and the media quality train. The call test (issue 14) is added to these runs
// where it exists.
QStringList reachabilityIds();
} // namespace monitor

// What a monitoring period saw: one point per run, when each requirement changed, the worst
// figures and the runs behind them. Text for the terminal, JSON for tools.
class MonitorSummary
{
public:
    struct Point
    {
        int index = 0; // 1-based
        QString runId;
        QDateTime startedAt;
        Status overall = Status::Skipped;
        QString supportCode;
        RunFigures figures;
        QMap<QString, Status> statuses; // selected requirements only
    };
    struct Change
    {
        QString id;
        int index = 0; // the run where the new status was first seen
        QString runId;
        QDateTime at;
        Status from = Status::Skipped;
        Status to = Status::Skipped;
    };
    // The worst value of a figure and the run that had it (index 0: never measured).
    struct Worst
    {
        double value = -1;
        int index = 0;
        QString runId;
        QDateTime at;
    };

    MonitorSummary(int intervalS, int plannedCount)
        : m_intervalS(intervalS), m_planned(plannedCount)
    {
    }
    void add(const Report& report);

    const QList<Point>& points() const { return m_points; }
    QList<Change> changes() const;
    Worst worstRtt() const;
    Worst worstJitter() const;
    Worst worstLoss() const;
    // The worst overall verdict of the period (fail > warn > pass) and the runs that had it.
    Status worstOverall(QList<int>* indexes = nullptr) const;

    QString text() const;
    QByteArray json() const;

private:
    Worst worstOf(double RunFigures::*field) const;

    int m_intervalS = 0;
    int m_planned = 0;
    QString m_pbx;
    QString m_profile;
    QList<Point> m_points;
};

} // namespace easyuc
