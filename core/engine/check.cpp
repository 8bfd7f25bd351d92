#include "check.h"

#include "runcontext.h"

#include <QCoreApplication>
#include <QTimer>
#include <algorithm>
#include <limits>

namespace easyuc {

Check::Check(QString id, QObject* parent) : QObject(parent), m_id(std::move(id)) {}

Check::~Check() = default;

void Check::start(RunContext* context)
{
    start(context, QDeadlineTimer(context->checkTimeoutMs(), Qt::PreciseTimer));
}

void Check::start(RunContext* context, QDeadlineTimer deadline)
{
    m_context = context;
    m_deadline = deadline;
    // The probes stop a tenth earlier (100-500 ms) so that their own reports, with the details
    // they saw, reach the check before the runner's expire() does.
    const qint64 total = qMax<qint64>(0, deadline.remainingTime());
    m_marginMs = std::clamp<qint64>(total / 10, 100, 500);
    m_running = true;
    m_finished = false;
    m_clock.start();
    // Queued so that start() never runs network code on the caller's stack.
    QTimer::singleShot(0, this, [this] {
        if (m_running && !m_finished)
            run(*m_context);
    });
}

QDeadlineTimer Check::probeDeadline() const
{
    if (m_deadline.isForever())
        return m_deadline;
    return QDeadlineTimer::addNSecs(m_deadline, -m_marginMs * 1000 * 1000);
}

int Check::probeRemainingMs() const
{
    const qint64 left = probeDeadline().remainingTime(); // -1: forever
    constexpr qint64 most = std::numeric_limits<int>::max();
    return int(left < 0 ? most : std::clamp<qint64>(left, 1, most));
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
