#include "enginehost.h"

#include "checks/registry.h"
#include "core/history/historystore.h"
#include "engine/checkrunner.h"
#include "engine/logging.h"
#include "engine/runcontext.h"

#include <QDeadlineTimer>

namespace easyuc {

EngineHost::EngineHost(QObject* parent) : QObject(parent), m_thread(new QThread)
{
    qRegisterMetaType<easyuc::RequirementResult>();
    qRegisterMetaType<easyuc::Report>();
    qRegisterMetaType<easyuc::CallTestResult>();
    m_thread->setObjectName(QStringLiteral("easyuc-engine"));
    m_thread->start();
}

EngineHost::~EngineHost()
{
    // The runner is deleted on its own thread, where its sockets and timers live, and that
    // thread then ends; nothing here waits for it longer than kShutdownWaitMs.
    QThread* thread = m_thread;
    if (m_runner) {
        CheckRunner* runner = m_runner;
        m_runner = nullptr;
        runner->disconnect(this);
        QMetaObject::invokeMethod(
            runner,
            [runner, thread] {
                delete runner;
                thread->quit();
            },
            Qt::QueuedConnection);
    } else {
        thread->quit();
    }
    if (thread->wait(QDeadlineTimer(kShutdownWaitMs))) {
        delete thread;
        return;
    }
    // Destroying a running QThread aborts the program: leave it to the end of the process.
    logWarn(QStringLiteral("engine thread did not stop within %1 ms; left behind")
                .arg(kShutdownWaitMs));
}

bool EngineHost::start(const Profile& profile, const QStringList& only)
{
    if (m_running)
        return false;
    dropRunner();
    m_running = true;
    m_runner = new CheckRunner;
    m_runner->moveToThread(m_thread);
    connect(m_runner, &CheckRunner::started, this, &EngineHost::started);
    connect(m_runner, &CheckRunner::progress, this, &EngineHost::progress);
    connect(m_runner, &CheckRunner::finished, this, &EngineHost::finished);
    connect(m_runner, &CheckRunner::countChanged, this, &EngineHost::countChanged);
    connect(m_runner, &CheckRunner::callTestUpdated, this, &EngineHost::callTestUpdated);
    // Every finished run is kept in the history, written on the engine thread before the
    // window hears of the run's end (so a history view refreshed then already lists it).
    if (m_keepHistory)
        connect(
            m_runner, &CheckRunner::runFinished, m_runner,
            [](const Report& report) {
                QString error;
                if (!HistoryStore().record(report, &error))
                    logWarn(
                        QStringLiteral("history: run %1 not kept: %2").arg(report.runId, error));
            },
            Qt::DirectConnection);
    connect(m_runner, &CheckRunner::runFinished, this, [this](const Report& report) {
        m_running = false;
        Q_EMIT runFinished(report);
    });
    // The checks and their context are made on the engine thread, so every socket and timer
    // they create belongs to it.
    CheckRunner* runner = m_runner;
    QMetaObject::invokeMethod(
        runner,
        [runner, profile, only] {
            runner->setChecks(CheckRegistry::createChecks(profile, only), new RunContext(profile));
            runner->start();
        },
        Qt::QueuedConnection);
    return true;
}

void EngineHost::cancel()
{
    if (m_running && m_runner)
        QMetaObject::invokeMethod(m_runner, &CheckRunner::cancel, Qt::QueuedConnection);
}

void EngineHost::dropRunner()
{
    if (!m_runner)
        return;
    m_runner->disconnect(this);
    m_runner->deleteLater();
    m_runner = nullptr;
}

} // namespace easyuc
