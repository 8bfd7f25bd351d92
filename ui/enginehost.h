#pragma once

#include "engine/report.h"
#include "profile/profile.h"

#include <QObject>
#include <QThread>

namespace easyuc {

class CheckRunner;

// Runs the checks on a thread of their own, so that nothing the engine does (loading trust
// stores, a slow resolver, a blocking system call) can freeze the window. The window sees the
// runner's signals, queued, and nothing else of the engine.
class EngineHost : public QObject
{
    Q_OBJECT
public:
    explicit EngineHost(QObject* parent = nullptr);
    ~EngineHost() override;

    // Starts a run of this profile's checks; false when one is still running.
    bool start(const Profile& profile, const QStringList& only);
    // Stops every running check; runFinished() still follows.
    void cancel();
    bool isRunning() const { return m_running; }
    // Whether finished runs are kept in the history (HistoryStore); on by default.
    void setKeepHistory(bool keep) { m_keepHistory = keep; }
    // How long the destructor waits for the engine thread before leaving it behind (a thread
    // stuck in a system call must not keep the window from closing).
    static constexpr int kShutdownWaitMs = 2000;

Q_SIGNALS:
    void started(const QString& id);
    void progress(const QString& id, const QString& message);
    void finished(const easyuc::RequirementResult& result);
    void countChanged(int done, int total);
    void runFinished(const easyuc::Report& report);
    // The call test so far: once a second while it runs, once at its end (issue 14).
    void callTestUpdated(const easyuc::CallTestResult& result);

private:
    void dropRunner();

    QThread* m_thread = nullptr;
    CheckRunner* m_runner = nullptr;
    bool m_running = false;
    bool m_keepHistory = true;
};

} // namespace easyuc
