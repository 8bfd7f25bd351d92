// A report carries this run's log lines only, and the end of a run never waits unbounded on
// the system's proxy answer.
#include "engine/checkrunner.h"
#include "engine/logging.h"
#include "engine/proxyquery.h"
#include "engine/runcontext.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimer>
#include <gtest/gtest.h>

using namespace easyuc;

namespace {

// Logs a line naming itself, then passes.
class LoggingCheck : public Check
{
public:
    explicit LoggingCheck(const QString& id) : Check(id) {}

protected:
    void run(RunContext&) override
    {
        logInfo(QStringLiteral("%1 is checking").arg(id()));
        QTimer::singleShot(5, this, [this] { finish(makeResult(Status::Pass, id())); });
    }
};

std::optional<Report> runOnce(const QString& id, int waitMs = 10000)
{
    CheckRunner runner;
    std::optional<Report> report;
    QObject::connect(&runner, &CheckRunner::runFinished, [&](const Report& r) { report = r; });
    runner.setChecks({new LoggingCheck(id)}, new RunContext(Profile{}));
    runner.start();
    QElapsedTimer t;
    t.start();
    while (!report && t.elapsed() < waitMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    return report;
}

// Restores the real proxy query and its deadline when a test ends.
struct ProxyQueryGuard
{
    ~ProxyQueryGuard()
    {
        ProxyQuery::setQueryForTesting({});
        ProxyQuery::setRunTimeoutMs(3000);
    }
};

} // namespace

TEST(RunLog, LinesSinceAMarkAreOnlyThoseWrittenAfterIt)
{
    initLogging(false);
    logInfo(QStringLiteral("an earlier run failed: marker-old-7781"));
    const LogMark mark = logMark();
    logInfo(QStringLiteral("this run: marker-new-1"));
    logWarn(QStringLiteral("this run: marker-new-2"));
    const QStringList lines = logLinesSince(mark, 50);
    ASSERT_EQ(lines.size(), 2) << lines.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(lines.at(0).endsWith(QStringLiteral("this run: marker-new-1")));
    EXPECT_TRUE(lines.at(1).contains(QStringLiteral("warn")));
    EXPECT_FALSE(lines.join(QLatin1Char('\n')).contains(QStringLiteral("marker-old")));
    // The last lines win when there are more than asked for.
    EXPECT_EQ(logLinesSince(mark, 1).size(), 1);
    EXPECT_TRUE(logLinesSince(mark, 1).first().endsWith(QStringLiteral("marker-new-2")));
    EXPECT_TRUE(logLinesSince(logMark(), 50).isEmpty());
}

TEST(RunLog, TheReportOfARunCarriesItsOwnLinesNotTheEarlierRuns)
{
    initLogging(false);
    ProxyQueryGuard guard;
    ProxyQuery::setQueryForTesting([](const QString&) { return QString(); });
    const std::optional<Report> first = runOnce(QStringLiteral("first.run"));
    ASSERT_TRUE(first.has_value());
    const std::optional<Report> second = runOnce(QStringLiteral("second.run"));
    ASSERT_TRUE(second.has_value());
    const QString firstTail = first->logTail.join(QLatin1Char('\n'));
    const QString secondTail = second->logTail.join(QLatin1Char('\n'));
    EXPECT_TRUE(firstTail.contains(QStringLiteral("first.run is checking")))
        << firstTail.toStdString();
    EXPECT_TRUE(secondTail.contains(QStringLiteral("second.run is checking")));
    EXPECT_FALSE(secondTail.contains(QStringLiteral("first.run"))) << secondTail.toStdString();
    // The rotating file still holds both: the report does not read it.
    const QStringList file = readTailLines(logFilePath(), 200);
    EXPECT_TRUE(file.join(QLatin1Char('\n')).contains(QStringLiteral("first.run is checking")));
}

TEST(ProxyQuery, ASystemThatNeverAnswersCostsOnlyTheDeadline)
{
    ProxyQueryGuard guard;
    auto release = std::make_shared<QSemaphore>();
    ProxyQuery::setQueryForTesting([release](const QString&) {
        release->tryAcquire(1, 20000); // a PAC script that hangs
        return QStringLiteral("http://late.example:3128");
    });
    QElapsedTimer t;
    t.start();
    bool timedOut = false;
    EXPECT_TRUE(ProxyQuery::query(QStringLiteral("pbx.example.com"), 200, &timedOut).isEmpty());
    EXPECT_TRUE(timedOut);
    EXPECT_LT(t.elapsed(), 2000);

    // HostInfo says the proxy is unknown, not "none".
    const HostInfo info = HostInfo::collect(QStringLiteral("pbx.example.com"), 200);
    EXPECT_TRUE(info.proxy.isEmpty());
    EXPECT_FALSE(info.proxyError.isEmpty());

    // A run ends within its deadline too, and says why the proxy is not known.
    ProxyQuery::setRunTimeoutMs(300);
    t.restart();
    const std::optional<Report> report = runOnce(QStringLiteral("proxy.run"), 5000);
    ASSERT_TRUE(report.has_value());
    EXPECT_LT(t.elapsed(), 3000);
    EXPECT_FALSE(report->host.proxyError.isEmpty());
    release->release(2);
}

TEST(ProxyQuery, AnAnswerInTimeIsReported)
{
    ProxyQueryGuard guard;
    ProxyQuery::setQueryForTesting([](const QString& host) {
        return host == QStringLiteral("pbx.example.com") ? QStringLiteral("http://proxy.lan:3128")
                                                         : QString();
    });
    bool timedOut = true;
    EXPECT_EQ(ProxyQuery::query(QStringLiteral("pbx.example.com"), 2000, &timedOut),
              QStringLiteral("http://proxy.lan:3128"));
    EXPECT_FALSE(timedOut);

    ProxyQuery query;
    QSignalSpy spy(&query, &ProxyQuery::finished);
    query.start(QStringLiteral("pbx.example.com"), 2000);
    ASSERT_TRUE(spy.wait(3000));
    EXPECT_EQ(spy.first().at(0).toString(), QStringLiteral("http://proxy.lan:3128"));
    EXPECT_FALSE(spy.first().at(1).toBool());
    EXPECT_FALSE(spy.wait(200)) << "finished() once";
}
