#include "check.h"

#include <QCoreApplication>
#include <QTimer>

namespace easyuc {

Check::Check(QString id, QObject* parent) : QObject(parent), m_id(std::move(id)) {}

Check::~Check() = default;

void Check::start(RunContext* context)
{
    m_context = context;
    m_running = true;
    m_finished = false;
    m_clock.start();
    // Queued so that start() never runs network code on the caller's stack.
    QTimer::singleShot(0, this, [this] {
        if (m_running && !m_finished)
            run(*m_context);
    });
}

void Check::cancel()
{
    if (!m_running || m_finished)
        return;
    abort();
    finish(makeResult(Status::Skipped,
                      QCoreApplication::translate("Check", "Stopped before it finished.")));
}

void Check::expire()
{
    if (!m_running || m_finished)
        return;
    RequirementResult result = resultOnDeadline();
    abort();
    finish(std::move(result));
}

RequirementResult Check::resultOnDeadline()
{
    return makeResult(Status::Warn,
                      QCoreApplication::translate("Check", "No conclusive answer within %1 s.")
                          .arg(double(elapsedMs()) / 1000.0, 0, 'f', 1));
}

void Check::finish(RequirementResult result, bool timed)
{
    if (m_finished)
        return;
    m_finished = true;
    m_running = false;
    result.id = m_id;
    result.durationMs = timed ? elapsedMs() : 0;
    Q_EMIT finished(result);
}

RequirementResult Check::makeResult(Status status, const QString& summary) const
{
    RequirementResult r;
    r.id = m_id;
    r.status = status;
    r.summary = summary;
    return r;
}

} // namespace easyuc
