#include "core/history/monitor.h"
#include "core/history/runcompare.h"
#include "history/historytestdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

using namespace easyuc;
using easyuc::test::sampleReport;

namespace {
const QDateTime kT0 = QDateTime(QDate(2026, 11, 29), QTime(8, 0), Qt::UTC);

int secondsOf(const QString& text, bool* ok)
{
    int s = -1;
    QString error;
    *ok = monitor::parseInterval(text, &s, &error);
    if (!*ok) {
        EXPECT_FALSE(error.isEmpty());
    }
    return s;
}
} // namespace

TEST(MonitorInterval, ParsesUnitsAndKeepsTheFloor)
{
    qunsetenv("EASYUC_TEST_MIN_INTERVAL_S");
    bool ok = false;
    EXPECT_EQ(secondsOf(QStringLiteral("60s"), &ok), 60);
    EXPECT_TRUE(ok);
    EXPECT_EQ(secondsOf(QStringLiteral("5m"), &ok), 300);
    EXPECT_EQ(secondsOf(QStringLiteral("1h"), &ok), 3600);
    EXPECT_EQ(secondsOf(QStringLiteral("90"), &ok), 90);
    EXPECT_EQ(secondsOf(QStringLiteral(" 2M "), &ok), 120);
    for (const char* bad : {"59s", "0", "1m30s", "abc", "", "-60s", "25h", "60 x", "9999999h"}) {
        secondsOf(QString::fromLatin1(bad), &ok);
        EXPECT_FALSE(ok) << bad;
    }
}

TEST(MonitorInterval, TheTestVariableLowersTheFloorNeverBelowOneSecond)
{
    qputenv("EASYUC_TEST_MIN_INTERVAL_S", "2");
    bool ok = false;
    EXPECT_EQ(secondsOf(QStringLiteral("2s"), &ok), 2);
    secondsOf(QStringLiteral("1s"), &ok);
    EXPECT_FALSE(ok);
    qputenv("EASYUC_TEST_MIN_INTERVAL_S", "0");
    EXPECT_EQ(monitor::minimumIntervalS(), 1);
    secondsOf(QStringLiteral("0s"), &ok);
    EXPECT_FALSE(ok);
    qputenv("EASYUC_TEST_MIN_INTERVAL_S", "600"); // cannot raise it either: 60 stays the floor
    EXPECT_EQ(monitor::minimumIntervalS(), 60);
    qunsetenv("EASYUC_TEST_MIN_INTERVAL_S");
    EXPECT_EQ(monitor::minimumIntervalS(), 60);
}

TEST(MonitorInterval, CountIsBounded)
{
    int n = 0;
    QString error;
    EXPECT_TRUE(monitor::parseCount(QStringLiteral("3"), &n, &error));
    EXPECT_EQ(n, 3);
    EXPECT_TRUE(monitor::parseCount(QStringLiteral("1440"), &n, &error));
    for (const char* bad : {"0", "-1", "1441", "x", ""})
        EXPECT_FALSE(monitor::parseCount(QString::fromLatin1(bad), &n, &error)) << bad;
}

TEST(RunCompare, ChangedRowsComeFirst)
{
    const Report a = sampleReport(kT0, {}, 20);
    Report b = sampleReport(kT0.addSecs(60), QStringLiteral("pbx.webcti"), 80);
    b.host.publicAddresses = {QStringLiteral("203.0.113.3")};
    const QList<CompareRow> rows = compareRuns(a, b);
    // 16 requirements + 6 figures
    ASSERT_EQ(rows.size(), 22);
    EXPECT_EQ(rows.at(0).key, QStringLiteral("pbx.webcti"));
    EXPECT_EQ(rows.at(0).statusBefore, Status::Pass);
    EXPECT_EQ(rows.at(0).statusAfter, Status::Fail);
    EXPECT_TRUE(rows.at(0).changed);
    EXPECT_EQ(rows.at(1).key, QStringLiteral("rtt"));
    EXPECT_TRUE(rows.at(1).changed);
    EXPECT_EQ(rows.at(2).key, QStringLiteral("publicAddress"));
    EXPECT_TRUE(rows.at(2).changed);
    for (int i = 3; i < rows.size(); ++i)
        EXPECT_FALSE(rows.at(i).changed) << rows.at(i).key.toStdString();
    EXPECT_EQ(rows.at(3).key, QStringLiteral("internet.access")); // catalogue order after
    // Noise is not a change: 20 → 22 ms.
    const QList<CompareRow> calm = compareRuns(a, sampleReport(kT0, {}, 22));
    for (const CompareRow& r : calm)
        EXPECT_FALSE(r.changed) << r.key.toStdString();
    const QString text = compareText(a, b);
    EXPECT_TRUE(text.contains(QStringLiteral("Changed: 3 row"))) << text.toStdString();
    EXPECT_LT(text.indexOf(QStringLiteral("R6 ")), text.indexOf(QStringLiteral("R1 ")));
}

TEST(MonitorSummary, TimelineChangesAndWorstFigures)
{
    MonitorSummary s(60, 3);
    const Report r1 = sampleReport(kT0, {}, 20);
    const Report r2 = sampleReport(kT0.addSecs(60), QStringLiteral("pbx.https"), 95);
    const Report r3 = sampleReport(kT0.addSecs(120), {}, 30);
    s.add(r1);
    s.add(r2);
    s.add(r3);
    ASSERT_EQ(s.points().size(), 3);
    EXPECT_EQ(s.points().at(1).overall, Status::Fail);
    const QList<MonitorSummary::Change> changes = s.changes();
    ASSERT_EQ(changes.size(), 2);
    EXPECT_EQ(changes.at(0).id, QStringLiteral("pbx.https"));
    EXPECT_EQ(changes.at(0).index, 2);
    EXPECT_EQ(changes.at(0).to, Status::Fail);
    EXPECT_EQ(changes.at(1).index, 3);
    EXPECT_EQ(changes.at(1).to, Status::Pass);
    EXPECT_DOUBLE_EQ(s.worstRtt().value, 95);
    EXPECT_EQ(s.worstRtt().runId, r2.runId);
    QList<int> runs;
    EXPECT_EQ(s.worstOverall(&runs), Status::Fail);
    EXPECT_EQ(runs, QList<int>{2});

    const QJsonObject json = QJsonDocument::fromJson(s.json()).object();
    EXPECT_EQ(json.value(QStringLiteral("kind")).toString(), QStringLiteral("monitorSummary"));
    const QJsonArray points = json.value(QStringLiteral("runs")).toArray();
    ASSERT_EQ(points.size(), 3);
    EXPECT_EQ(points.at(2).toObject().value(QStringLiteral("runId")).toString(), r3.runId);
    EXPECT_DOUBLE_EQ(points.at(0).toObject().value(QStringLiteral("rttMs")).toDouble(), 20);
    EXPECT_EQ(json.value(QStringLiteral("changes")).toArray().size(), 2);
    EXPECT_EQ(json.value(QStringLiteral("worst"))
                  .toObject()
                  .value(QStringLiteral("rttMs"))
                  .toObject()
                  .value(QStringLiteral("runId"))
                  .toString(),
              r2.runId);
    const QString text = s.text();
    EXPECT_TRUE(text.contains(QStringLiteral("R3 changed from OK to Failed at run 2")))
        << text.toStdString();
}
