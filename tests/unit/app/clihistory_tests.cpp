// The history, compare and monitoring commands as scripts see them (issue 16). Each test keeps
// its history in a temporary data folder of its own.
#include "app/clirunner.h"
#include "support/loopbackservers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace easyuc::test;

namespace {

QString profileFor(QTemporaryDir& dir, quint16 webctiPort)
{
    const QString path = dir.filePath(QStringLiteral("p%1.json").arg(webctiPort));
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(QStringLiteral(R"({"schema": 1, "pbx": "localhost", "timeouts": {"checkMs": 1500},
                              "rules": {"webcti": {"port": %1}}})")
                .arg(webctiPort)
                .toUtf8());
    return path;
}

// A run of R6 only (and its dependency R2): it passes against a WebCTI answer, fails when the
// port is closed. Returns the run's JSON report.
QJsonObject runWebCti(QTemporaryDir& dir, quint16 port, int expectedExit)
{
    const CliRun r =
        runCli({QStringLiteral("--profile"), profileFor(dir, port), QStringLiteral("--lang"),
                QStringLiteral("en"), QStringLiteral("--only"), QStringLiteral("R6"),
                QStringLiteral("--json"), QStringLiteral("-")},
               30000, dir.filePath(QStringLiteral("data")));
    EXPECT_EQ(r.exitCode, expectedExit) << r.err.toStdString();
    return QJsonDocument::fromJson(r.out).object();
}

CliRun history(QTemporaryDir& dir, const QStringList& args)
{
    return runCli(QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + args, 30000,
                  dir.filePath(QStringLiteral("data")));
}

} // namespace

TEST(CliHistory, ListsShowsComparesAndClearsPastRuns)
{
    QTemporaryDir dir;
    ScriptedServer webcti(Behaviour::ReplyClose, "HTTP/1.1 200 OK\r\n\r\n");
    ASSERT_TRUE(webcti.listen());
    const QJsonObject healthy = runWebCti(dir, webcti.port(), 0);
    const QJsonObject failing = runWebCti(dir, closedPort(), 2);
    const QString id1 = healthy.value(QStringLiteral("runId")).toString();
    const QString id2 = failing.value(QStringLiteral("runId")).toString();
    ASSERT_EQ(id1.size(), 36) << id1.toStdString();
    ASSERT_EQ(id2.size(), 36);
    ASSERT_NE(id1, id2);

    const CliRun list = history(dir, {QStringLiteral("--history")});
    EXPECT_EQ(list.exitCode, 0);
    const QStringList lines =
        QString::fromUtf8(list.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 2) << list.out.toStdString();
    EXPECT_TRUE(lines.at(0).contains(id2)) << "newest first";
    EXPECT_TRUE(lines.at(0).contains(QStringLiteral("Failed")));
    EXPECT_TRUE(lines.at(0).contains(failing.value(QStringLiteral("supportCode")).toString()));
    EXPECT_TRUE(lines.at(1).contains(id1));
    EXPECT_TRUE(lines.at(1).contains(QStringLiteral("localhost")));

    // The stored JSON, by an 8-character prefix, is the report the run wrote.
    const CliRun show = history(dir, {QStringLiteral("--history-show"), id1.left(8),
                                      QStringLiteral("--json"), QStringLiteral("-")});
    EXPECT_EQ(show.exitCode, 0) << show.err.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(show.out).object(), healthy);
    // Rendered again: HTML to a file, text on stdout.
    const QString html = dir.filePath(QStringLiteral("again.html"));
    EXPECT_EQ(history(dir, {QStringLiteral("--history-show"), id2, QStringLiteral("--html"), html})
                  .exitCode,
              0);
    QFile htmlFile(html);
    ASSERT_TRUE(htmlFile.open(QIODevice::ReadOnly));
    const QByteArray htmlText = htmlFile.readAll();
    EXPECT_TRUE(htmlText.contains(id2.toUtf8()));
    EXPECT_TRUE(
        htmlText.contains(failing.value(QStringLiteral("supportCode")).toString().toUtf8()));
    const QString pdf = dir.filePath(QStringLiteral("again.pdf"));
    EXPECT_EQ(history(dir, {QStringLiteral("--history-show"), id1, QStringLiteral("--pdf"), pdf})
                  .exitCode,
              0);
    QFile pdfFile(pdf);
    ASSERT_TRUE(pdfFile.open(QIODevice::ReadOnly));
    EXPECT_TRUE(pdfFile.read(5) == "%PDF-");
    const CliRun text = history(dir, {QStringLiteral("--history-show"), id2.left(12)});
    EXPECT_EQ(text.exitCode, 0);
    EXPECT_TRUE(text.out.contains(QStringLiteral("Run ID: %1").arg(id2).toUtf8()))
        << text.out.toStdString();

    // Compare: R6 changed, and it leads.
    const CliRun cmp = history(dir, {QStringLiteral("--compare"), id1.left(8), id2.left(8)});
    EXPECT_EQ(cmp.exitCode, 0) << cmp.err.toStdString();
    const QString out = QString::fromUtf8(cmp.out);
    const QRegularExpression r6(QStringLiteral("\\nR6 +Desk phone control.*OK +\u2717 Failed"));
    EXPECT_TRUE(r6.match(out).hasMatch()) << out.toStdString();
    EXPECT_LT(out.indexOf(QStringLiteral("\nR6 ")), out.indexOf(QStringLiteral("Unchanged")));
    EXPECT_GT(out.indexOf(QStringLiteral("\nR2 ")), out.indexOf(QStringLiteral("Unchanged")));

    // Clearing says how many runs went, and only the history goes (the log folder stays).
    const CliRun clear = history(dir, {QStringLiteral("--history-clear")});
    EXPECT_EQ(clear.exitCode, 0);
    EXPECT_TRUE(clear.out.contains("2 run")) << clear.out.toStdString();
    EXPECT_TRUE(QFileInfo::exists(dir.filePath(QStringLiteral("data/easyuc/easyuc-diag/logs"))));
    const CliRun empty = history(dir, {QStringLiteral("--history")});
    EXPECT_EQ(empty.exitCode, 0);
    EXPECT_TRUE(empty.out.contains("No runs")) << empty.out.toStdString();
    EXPECT_EQ(history(dir, {QStringLiteral("--history-show"), id1}).exitCode, 3);
}

TEST(CliHistory, BadRunIdsAndFlagsAreUsageErrors)
{
    QTemporaryDir dir;
    const auto expectUsage = [&](const QStringList& args, const char* words) {
        const CliRun r = history(dir, args);
        EXPECT_EQ(r.exitCode, 3) << args.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(r.err.contains(words)) << r.err.toStdString();
    };
    expectUsage({QStringLiteral("--history-show"), QStringLiteral("abc")}, "at least 8");
    expectUsage({QStringLiteral("--history-show"), QStringLiteral("abcdef012")}, "No run");
    expectUsage({QStringLiteral("--compare"), QStringLiteral("abcdef012")}, "two run IDs");
    expectUsage({QStringLiteral("--history"), QStringLiteral("--history-clear")}, "one at a time");
    expectUsage({QStringLiteral("--history"), QStringLiteral("--json"), QStringLiteral("-")},
                "--history-show");
    expectUsage({QStringLiteral("--history"), QStringLiteral("extra")}, "Unexpected argument");
    expectUsage({QStringLiteral("--compare"), QStringLiteral("abcdef012"),
                 QStringLiteral("abcdef013"), QStringLiteral("abcdef014")},
                "two run IDs");
    expectUsage({QStringLiteral("--repeat"), QStringLiteral("59s"), QStringLiteral("--count"),
                 QStringLiteral("2")},
                "from 60 s");
    expectUsage({QStringLiteral("--repeat"), QStringLiteral("soon"), QStringLiteral("--count"),
                 QStringLiteral("2")},
                "60s, 5m or 1h");
    expectUsage({QStringLiteral("--repeat"), QStringLiteral("5m")}, "--count");
    expectUsage({QStringLiteral("--count"), QStringLiteral("3")}, "--repeat");
    expectUsage({QStringLiteral("--repeat"), QStringLiteral("60s"), QStringLiteral("--count"),
                 QStringLiteral("0")},
                "1 to 1440");
    expectUsage({QStringLiteral("--repeat"), QStringLiteral("60s"), QStringLiteral("--count"),
                 QStringLiteral("2"), QStringLiteral("--pdf"),
                 dir.filePath(QStringLiteral("x.pdf"))},
                "summary");
    const CliRun help = history(dir, {QStringLiteral("--help")});
    for (const char* flag : {"--history", "--history-show", "--compare", "--history-clear",
                             "--repeat", "--count", "EASYUC_TEST_MIN_INTERVAL_S"})
        EXPECT_TRUE(help.out.contains(flag)) << flag;
}

// The floor lowered to 1 s through the test-only variable: three runs, one summary, three runs
// in the history.
TEST(CliHistory, RepeatWritesASummaryOfEveryRun)
{
    QTemporaryDir dir;
    ScriptedServer webcti(Behaviour::ReplyClose, "HTTP/1.1 200 OK\r\n\r\n");
    ASSERT_TRUE(webcti.listen());
    qputenv("EASYUC_TEST_MIN_INTERVAL_S", "1");
    const CliRun r =
        history(dir, {QStringLiteral("--profile"), profileFor(dir, webcti.port()),
                      QStringLiteral("--only"), QStringLiteral("R6"), QStringLiteral("--repeat"),
                      QStringLiteral("1s"), QStringLiteral("--count"), QStringLiteral("3"),
                      QStringLiteral("--json"), QStringLiteral("-")});
    qunsetenv("EASYUC_TEST_MIN_INTERVAL_S");
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonObject summary = QJsonDocument::fromJson(r.out).object();
    EXPECT_EQ(summary.value(QStringLiteral("kind")).toString(), QStringLiteral("monitorSummary"));
    const QJsonArray runs = summary.value(QStringLiteral("runs")).toArray();
    ASSERT_EQ(runs.size(), 3) << r.out.toStdString();
    for (const QJsonValue& v : runs)
        EXPECT_EQ(v.toObject().value(QStringLiteral("overall")).toString(), QStringLiteral("pass"));
    // Start to start, at least the interval apart.
    const QDateTime first = QDateTime::fromString(
        runs.at(0).toObject().value(QStringLiteral("startedAt")).toString(), Qt::ISODateWithMs);
    const QDateTime last = QDateTime::fromString(
        runs.at(2).toObject().value(QStringLiteral("startedAt")).toString(), Qt::ISODateWithMs);
    EXPECT_GE(first.msecsTo(last), 1900);
    EXPECT_TRUE(r.err.contains("Monitoring summary")) << r.err.toStdString();
    const CliRun list = history(dir, {QStringLiteral("--history")});
    EXPECT_EQ(list.out.count('\n'), 3) << list.out.toStdString();
    for (const QJsonValue& v : runs)
        EXPECT_TRUE(
            list.out.contains(v.toObject().value(QStringLiteral("runId")).toString().toUtf8()));
}
