#pragma once

#include "result.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QObject>
#include <QStringList>

namespace easyuc {

class RunContext;

// One requirement check. start() only schedules work and returns at once; finished() fires
// exactly once per start(); cancel() is safe at any time and more than once.
class Check : public QObject
{
    Q_OBJECT
public:
    explicit Check(QString id, QObject* parent = nullptr);
    ~Check() override;

    QString id() const { return m_id; }
    Severity severity() const { return m_severity; }
    void setSeverity(Severity severity) { m_severity = severity; }
    // Ids of checks that must pass (or warn) before this one may run.
    QStringList dependencies() const { return m_dependencies; }
    void setDependencies(QStringList ids) { m_dependencies = std::move(ids); }
    // Ids of checks that must have finished, whatever their status, before this one starts: it
    // reads what they learned (the run context), it does not need them to succeed.
    QStringList runsAfter() const { return m_runsAfter; }
    void setRunsAfter(QStringList ids) { m_runsAfter = std::move(ids); }
    // Time this check needs on top of the profile's checkMs (R15 with a call test: its length).
    int extraTimeMs() const { return m_extraTimeMs; }
    void setExtraTimeMs(int ms) { m_extraTimeMs = qMax(0, ms); }

    // `deadline` is the one deadline of this run of the check, made by the runner from the
    // profile's timeouts.checkMs; the check hands it (as probeDeadline()) to its probes.
    void start(RunContext* context, QDeadlineTimer deadline);
    // As above with a deadline of the profile's checkMs from now.
    void start(RunContext* context);
    void cancel();
    // Called by the runner when the check's deadline passes: the check must conclude now from
    // what it has seen so far. Silence is never a pass.
    void expire();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void finished(const easyuc::RequirementResult& result);
    // A short, translated line about what the check is doing now ("Connecting to 203.0.113.10…").
    void progress(const QString& id, const QString& message);

protected:
    // Begin the work; called from the event loop after start() returned.
    virtual void run(RunContext& context) = 0;
    // Stop every probe; no signal from them may reach the check afterwards.
    virtual void abort() {}
    // The result to report when the deadline passed before the check concluded itself.
    virtual RequirementResult resultOnDeadline();

    // Reports the result (once; later calls are ignored) and stops the clock. `timed` false:
    // nothing was measured, so no duration is reported.
    void finish(RequirementResult result, bool timed = true);
    // A result skeleton with this check's id.
    RequirementResult makeResult(Status status, const QString& summary) const;
    void reportProgress(const QString& message) { Q_EMIT progress(m_id, message); }
    qint64 elapsedMs() const { return m_clock.isValid() ? m_clock.elapsed() : 0; }
    RunContext* context() const { return m_context; }
    // The deadline the runner gave this check.
    QDeadlineTimer deadline() const { return m_deadline; }
    // The deadline for the check's probes: the check's own, less the moment the check needs
    // to conclude from their reports before the runner expires it.
    QDeadlineTimer probeDeadline() const;
    // What is left of probeDeadline(), in ms (at least 1), for probes that take a duration.
    int probeRemainingMs() const;

private:
    QString m_id;
    Severity m_severity = Severity::Required;
    QStringList m_dependencies;
    QStringList m_runsAfter;
    int m_extraTimeMs = 0;
    RunContext* m_context = nullptr;
    QElapsedTimer m_clock;
    QDeadlineTimer m_deadline;
    qint64 m_marginMs = 0;
    bool m_running = false;
    bool m_finished = false;
};

} // namespace easyuc
