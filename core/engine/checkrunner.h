#pragma once

#include "check.h"
#include "hostprobe.h"
#include "report.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

class QTimer;

namespace easyuc {

class HostProbe;
class PathTracer;
class RunContext;

// Runs a set of checks: at most parallelLimit at once, each within the profile's deadline,
// each only after its dependencies passed (or warned) and the checks it runs after finished.
// Emits one runFinished() per start().
class CheckRunner : public QObject
{
    Q_OBJECT
public:
    explicit CheckRunner(QObject* parent = nullptr);
    ~CheckRunner() override;

    // Takes ownership of the checks and the context. Replaces a previous, finished run.
    void setChecks(QList<Check*> checks, RunContext* context);
    void setParallelLimit(int limit) { m_parallelLimit = qMax(1, limit); }
    int parallelLimit() const { return m_parallelLimit; }
    int checkCount() const { return int(m_checks.size()); }

    void start();
    // Stops every running check and skips the rest; runFinished() still follows.
    void cancel();
    bool isRunning() const { return m_running; }
    const Report& report() const { return m_report; }

Q_SIGNALS:
    void started(const QString& id);
    void progress(const QString& id, const QString& message);
    // Once per check; once more, at the run's end, for a result the host facts changed (issue
    // 15: a proxy, a VPN or a weak Wi-Fi adds advice, or the proxied path decides a status).
    void finished(const easyuc::RequirementResult& result);
    // Counts for a progress bar: checks done out of the total.
    void countChanged(int done, int total);
    void runFinished(const easyuc::Report& report);
    // The call test so far (issue 14): once a second while R15 streams, once at its end.
    void callTestUpdated(const easyuc::CallTestResult& result);

private:
    struct Slot
    {
        Check* check = nullptr;
        QTimer* deadline = nullptr;
        bool started = false;
        bool done = false;
    };

    void schedule();
    void onCheckFinished(Check* check, const RequirementResult& result);
    void skipWithoutRunning(Slot& slot, const QString& reason);
    // Empty when every dependency is done and usable; otherwise why this one cannot run.
    QString blockedBy(const Slot& slot, bool* waiting) const;
    void finishRun();
    // The last step of a run, once the host facts are in (the system proxy query answered or
    // missed its deadline).
    void completeRun();

    QList<Slot> m_checks;
    QHash<QString, RequirementResult> m_results;
    QPointer<RunContext> m_context;
    Report m_report;
    qint64 m_startMs = 0;
    LogMark m_logMark = 0; // the log lines from here on are this run's
    HostProbe* m_hostProbe = nullptr;
    HostFacts m_hostFacts;
    bool m_hostDone = false;
    bool m_finishing = false;     // waiting for the host facts
    PathTracer* m_path = nullptr; // the path to the PBX, traced beside the checks (issue 15)
    // Every check waits on the network, not the CPU; 16 lets the whole catalogue run at once so a
    // silent network costs one deadline, not two (DESIGN §1 said 8; see README).
    int m_parallelLimit = 16;
    int m_active = 0;
    int m_done = 0;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace easyuc
