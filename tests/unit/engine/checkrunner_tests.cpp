#include "engine/checkrunner.h"
#include "engine/runcontext.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QSignalSpy>
#include <QTimer>
#include <gtest/gtest.h>

using namespace easyuc;

namespace {

// A check that concludes with `status` after `delayMs`, or never when delayMs < 0.
class TimedCheck : public Check
{
public:
    TimedCheck(const QString& id, Status status, int delayMs, int* concurrent, int* peak)
        : Check(id), m_status(status), m_delayMs(delayMs), m_concurrent(concurrent), m_peak(peak)
    {
    }
    int runs = 0;
    int aborts = 0;
    qint64 deadlineLeftMs = -2; // what was left of the runner's deadline when run() began
    qint64 probeLeftMs = -2;    // and of the probes' share of it

protected:
    void run(RunContext&) override
    {
        ++runs;
        deadlineLeftMs = deadline().remainingTime();
        probeLeftMs = probeDeadline().remainingTime();
        ++*m_concurrent;
        *m_peak = std::max(*m_peak, *m_concurrent);
        if (m_delayMs >= 0)
            QTimer::singleShot(m_delayMs, this, [this] {
                --*m_concurrent;
                finish(makeResult(m_status, QStringLiteral("done")));
            });
    }
    void abort() override
    {
        ++aborts;
        --*m_concurrent;
    }

private:
    Status m_status;
    int m_delayMs;
    int* m_concurrent;
    int* m_peak;
};

struct Harness
{
    CheckRunner runner;
    int concurrent = 0;
    int peak = 0;
    QList<RequirementResult> finished;
    std::optional<Report> report;
    int runFinishedCount = 0;

    Harness()
    {
        QObject::connect(&runner, &CheckRunner::finished,
                         [this](const RequirementResult& r) { finished.append(r); });
        QObject::connect(&runner, &CheckRunner::runFinished, [this](const Report& r) {
            report = r;
            ++runFinishedCount;
        });
    }

    TimedCheck* add(QList<Check*>& list, const QString& id, Status s, int delay)
    {
        auto* c = new TimedCheck(id, s, delay, &concurrent, &peak);
        list.append(c);
        return c;
    }

    void run(QList<Check*> checks, int timeoutMs = 5000)
    {
        Profile p;
        p.checkTimeoutMs = timeoutMs;
        runner.setChecks(checks, new RunContext(p));
        runner.start();
    }

    bool waitDone(int ms = 10000)
    {
        QElapsedTimer t;
        t.start();
        while (!report && t.elapsed() < ms)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        // Let any stray signal arrive, so "exactly once" is really checked.
        QEventLoop loop;
        QTimer::singleShot(50, &loop, &QEventLoop::quit);
        loop.exec();
        return report.has_value();
    }

    int countFor(const QString& id) const
    {
        return int(std::count_if(finished.begin(), finished.end(),
                                 [&](const RequirementResult& r) { return r.id == id; }));
    }
};

} // namespace

TEST(CheckRunner, HonoursParallelLimit)
{
    Harness h;
    QList<Check*> checks;
    for (int i = 0; i < 10; ++i)
        h.add(checks, QStringLiteral("c%1").arg(i), Status::Pass, 30);
    h.runner.setParallelLimit(3);
    h.run(checks);
    ASSERT_TRUE(h.waitDone());
    EXPECT_EQ(h.peak, 3);
    EXPECT_EQ(h.finished.size(), 10);
    EXPECT_EQ(h.runFinishedCount, 1);
}

TEST(CheckRunner, DeadlineConcludesASilentCheckAsNotPass)
{
    Harness h;
    QList<Check*> checks;
    TimedCheck* silent = h.add(checks, QStringLiteral("silent"), Status::Pass, -1);
    h.add(checks, QStringLiteral("quick"), Status::Pass, 10);
    QElapsedTimer t;
    t.start();
    h.run(checks, 600);
    ASSERT_TRUE(h.waitDone());
    EXPECT_GE(t.elapsed(), 550);
    EXPECT_LT(t.elapsed(), 3000);
    ASSERT_NE(h.report->entry(QStringLiteral("silent")), nullptr);
    EXPECT_EQ(h.report->entry(QStringLiteral("silent"))->result.status, Status::Warn);
    EXPECT_EQ(silent->aborts, 1);
    EXPECT_EQ(h.countFor(QStringLiteral("silent")), 1);
}

TEST(CheckRunner, HandsEachCheckOneDeadlineFromCheckMs)
{
    Harness h;
    QList<Check*> checks;
    TimedCheck* c = h.add(checks, QStringLiteral("c"), Status::Pass, 10);
    h.run(checks, 2000);
    ASSERT_TRUE(h.waitDone());
    EXPECT_GT(c->deadlineLeftMs, 1800);
    EXPECT_LE(c->deadlineLeftMs, 2000);
    // The probes end a tenth (100-500 ms) earlier so that the check can conclude from them.
    EXPECT_NEAR(double(c->deadlineLeftMs - c->probeLeftMs), 200.0, 5.0);
}

TEST(CheckRunner, DependencyFailureSkipsDependentsWithReason)
{
    Harness h;
    QList<Check*> checks;
    h.add(checks, QStringLiteral("pbx.dns"), Status::Fail, 10);
    TimedCheck* https = h.add(checks, QStringLiteral("pbx.https"), Status::Pass, 10);
    https->setDependencies({QStringLiteral("pbx.dns")});
    TimedCheck* chained = h.add(checks, QStringLiteral("third"), Status::Pass, 10);
    chained->setDependencies({QStringLiteral("pbx.https")});
    h.run(checks);
    ASSERT_TRUE(h.waitDone());
    EXPECT_EQ(https->runs, 0);
    EXPECT_EQ(chained->runs, 0);
    const RequirementResult& r = h.report->entry(QStringLiteral("pbx.https"))->result;
    EXPECT_EQ(r.status, Status::Skipped);
    EXPECT_TRUE(r.summary.contains(QStringLiteral("R2"))) << r.summary.toStdString();
    EXPECT_EQ(h.report->entry(QStringLiteral("third"))->result.status, Status::Skipped);
    EXPECT_EQ(h.report->overall, Status::Fail);
}

TEST(CheckRunner, DependentWaitsForItsDependency)
{
    Harness h;
    QList<Check*> checks;
    h.add(checks, QStringLiteral("pbx.dns"), Status::Pass, 80);
    TimedCheck* https = h.add(checks, QStringLiteral("pbx.https"), Status::Pass, 10);
    https->setDependencies({QStringLiteral("pbx.dns")});
    h.run(checks);
    ASSERT_TRUE(h.waitDone());
    EXPECT_EQ(https->runs, 1);
    ASSERT_EQ(h.finished.size(), 2);
    EXPECT_EQ(h.finished.at(0).id, QStringLiteral("pbx.dns"));
    EXPECT_EQ(h.report->overall, Status::Pass);
}

TEST(CheckRunner, CancelMidRunFinishesEveryCheckExactlyOnce)
{
    Harness h;
    QList<Check*> checks;
    for (int i = 0; i < 6; ++i)
        h.add(checks, QStringLiteral("c%1").arg(i), Status::Pass, i == 0 ? 10 : 5000);
    h.runner.setParallelLimit(2);
    h.run(checks, 20000);
    QTimer::singleShot(100, &h.runner, &CheckRunner::cancel);
    QTimer::singleShot(120, &h.runner, &CheckRunner::cancel); // twice is harmless
    QElapsedTimer t;
    t.start();
    ASSERT_TRUE(h.waitDone());
    EXPECT_LT(t.elapsed(), 2000);
    EXPECT_EQ(h.runFinishedCount, 1);
    for (int i = 0; i < 6; ++i)
        EXPECT_EQ(h.countFor(QStringLiteral("c%1").arg(i)), 1);
    EXPECT_EQ(h.report->entry(QStringLiteral("c0"))->result.status, Status::Pass);
    EXPECT_EQ(h.report->entry(QStringLiteral("c1"))->result.status, Status::Skipped);
    EXPECT_EQ(h.report->entry(QStringLiteral("c5"))->result.status, Status::Skipped);
    EXPECT_EQ(h.report->overall, Status::Warn);
}

TEST(CheckRunner, CheckCancelAfterFinishIsHarmless)
{
    int concurrent = 0;
    int peak = 0;
    TimedCheck check(QStringLiteral("x"), Status::Pass, 0, &concurrent, &peak);
    QSignalSpy spy(&check, &Check::finished);
    Profile p;
    RunContext ctx(p);
    check.start(&ctx);
    EXPECT_TRUE(spy.wait(1000));
    check.cancel();
    check.cancel();
    check.expire();
    QCoreApplication::processEvents();
    EXPECT_EQ(spy.count(), 1);
}

TEST(Verdict, FollowsDesignRule)
{
    auto entry = [](Status s, Severity sev) {
        ReportEntry e;
        e.result.status = s;
        e.severity = sev;
        return e;
    };
    const Severity R = Severity::Required;
    const Severity A = Severity::Advisory;
    EXPECT_EQ(overallStatus({entry(Status::Pass, R), entry(Status::Pass, A)}), Status::Pass);
    EXPECT_EQ(overallStatus({entry(Status::Pass, R), entry(Status::Fail, A)}), Status::Warn);
    EXPECT_EQ(overallStatus({entry(Status::Warn, R), entry(Status::Fail, R)}), Status::Fail);
    EXPECT_EQ(overallStatus({entry(Status::Pass, R), entry(Status::Skipped, R)}), Status::Warn);
    EXPECT_EQ(overallStatus({entry(Status::Pass, R), entry(Status::Error, A)}), Status::Warn);
    EXPECT_EQ(overallStatus({}), Status::Warn);
}

TEST(CheckRunner, RunsAfterWaitsForTheOtherEvenWhenItFails)
{
    Harness h;
    QList<Check*> checks;
    TimedCheck* reader = h.add(checks, QStringLiteral("reader"), Status::Pass, 0);
    h.add(checks, QStringLiteral("source"), Status::Fail, 80);
    reader->setRunsAfter({QStringLiteral("source"), QStringLiteral("not-in-this-run")});
    h.run(checks);
    ASSERT_TRUE(h.waitDone());
    // The source failed, yet the reader ran (a dependency would have skipped it), and only after.
    EXPECT_EQ(reader->runs, 1);
    EXPECT_EQ(h.report->entry(QStringLiteral("reader"))->result.status, Status::Pass);
    ASSERT_EQ(h.finished.size(), 2);
    EXPECT_EQ(h.finished.at(0).id, QStringLiteral("source"));
    EXPECT_EQ(h.finished.at(1).id, QStringLiteral("reader"));
}
