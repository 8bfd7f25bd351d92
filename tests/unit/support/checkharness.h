#pragma once

#include "engine/check.h"
#include "engine/runcontext.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>
#include <optional>

namespace easyuc::test {

// Runs one check the way the runner does (start, deadline from the profile, expire) and
// returns its result, plus how long it took. Fails the calling test when nothing comes back.
struct CheckRun
{
    RequirementResult result;
    qint64 wallMs = 0;
    int finishedCount = 0;
};

inline CheckRun runCheck(Check& check, const Profile& profile,
                         const std::function<void(RunContext&)>& prepare = {})
{
    RunContext context(profile);
    if (prepare)
        prepare(context);
    CheckRun run;
    std::optional<RequirementResult> result;
    QObject::connect(&check, &Check::finished, [&](const RequirementResult& r) {
        result = r;
        ++run.finishedCount;
    });
    QTimer deadline;
    deadline.setSingleShot(true);
    deadline.setTimerType(Qt::PreciseTimer);
    QObject::connect(&deadline, &QTimer::timeout, &check, &Check::expire);
    QElapsedTimer clock;
    clock.start();
    const QDeadlineTimer checkDeadline(profile.checkTimeoutMs, Qt::PreciseTimer);
    deadline.start(int(checkDeadline.remainingTime()));
    check.start(&context, checkDeadline);
    while (!result && clock.elapsed() < profile.checkTimeoutMs + 5000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    run.wallMs = clock.elapsed();
    // Give a late duplicate signal the chance to show itself.
    const qint64 settle = clock.elapsed() + 50;
    while (clock.elapsed() < settle)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    if (result)
        run.result = *result;
    else
        run.result.status = Status::Error;
    return run;
}

// Spins the event loop until `done` or the timeout; returns done().
inline bool waitFor(const std::function<bool()>& done, int timeoutMs = 5000)
{
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    return done();
}

} // namespace easyuc::test
