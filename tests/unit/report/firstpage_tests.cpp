// Page 1 of every report leads with what the core decided: the one root cause and its action,
// or the named problems and what they mean for calls; the requirements keep their own lights.
#include "engine/catalogue.h"
#include "engine/i18n.h"
#include "report/htmlreport.h"
#include "report/pdfreport.h"
#include "report/textreport.h"
#include "report/verdictsummary.h"
#include "reportfixture.h"

#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace easyuc;
using namespace easyuc::test;

namespace {

// The statuses of the lab's all-drop network (DNS answers, every connection dropped), with a
// summary and advice per requirement as the checks word them.
Report silentReport()
{
    QHash<QString, Status> s{{QStringLiteral("internet.access"), Status::Fail},
                             {QStringLiteral("pbx.dns"), Status::Pass},
                             {QStringLiteral("pbx.https"), Status::Fail},
                             {QStringLiteral("pbx.webrtc"), Status::Fail},
                             {QStringLiteral("pbx.webcti"), Status::Fail},
                             {QStringLiteral("domains.reach"), Status::Fail},
                             {QStringLiteral("stun.binding"), Status::Fail},
                             {QStringLiteral("turn.reach"), Status::Fail}};
    Report report;
    report.toolVersion = QStringLiteral(EASYUC_VERSION);
    report.startedAt = QDateTime::currentDateTime();
    report.profileName = QStringLiteral("Proxima Easy UC");
    report.pbx = QStringLiteral("pbx.example.com");
    for (const RequirementInfo& info : requirementCatalogue()) {
        ReportEntry e;
        e.severity = info.defaultSeverity;
        e.result.id = info.id;
        e.result.status = s.value(info.id, Status::Warn);
        e.result.summary = QStringLiteral("No answer within the time limit.");
        e.result.remediation = QStringLiteral("Allow the port.");
        if (info.id == QStringLiteral("internet.access"))
            e.result.addEvidence(QStringLiteral("namesResolved"), QStringLiteral("7/7"));
        report.entries.append(e);
    }
    report.overall = overallStatus(report.entries);
    return report;
}

Report twoProblems()
{
    Report report = silentReport();
    for (ReportEntry& e : report.entries) {
        e.result.status =
            e.result.id == QStringLiteral("pbx.webrtc") || e.result.id == QStringLiteral("pbx.rtp")
                ? Status::Fail
                : Status::Pass;
        e.result.summary = QStringLiteral("Measured.");
        e.result.addEvidence(QStringLiteral("address"), QStringLiteral("203.0.113.10"));
    }
    report.overall = overallStatus(report.entries);
    return report;
}

// The text of page 1 only.
QString firstPage(const Report& report, QTemporaryDir& dir, const QString& name)
{
    const QString path = dir.filePath(name);
    QString error;
    EXPECT_TRUE(PdfReport::write(report, path, &error)) << error.toStdString();
    if (const QString keep = qEnvironmentVariable("EASYUC_REPORT_ARTIFACTS"); !keep.isEmpty()) {
        QDir().mkpath(keep);
        QFile::remove(keep + QLatin1Char('/') + name);
        QFile::copy(path, keep + QLatin1Char('/') + name);
    }
    return QString::fromUtf8(
               runTool(QStringLiteral("pdftotext"),
                       {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                        QStringLiteral("1"), path, QStringLiteral("-")}))
        .simplified();
}

} // namespace

TEST(FirstPage, LeadsWithTheOneRootCauseInEveryFormat)
{
    installLanguage(QStringLiteral("en"));
    const Report report = silentReport();
    const RootCause cause = *findRootCause(report);
    QTemporaryDir dir;
    const QString page = firstPage(report, dir, QStringLiteral("all-silent.pdf"));
    ASSERT_FALSE(page.isEmpty()) << "pdftotext could not read the PDF";
    const qsizetype causeAt = page.indexOf(cause.summary);
    ASSERT_GE(causeAt, 0) << page.toStdString();
    EXPECT_GE(page.indexOf(QStringLiteral("What to do: ") + cause.action.left(40)), 0)
        << page.toStdString();
    EXPECT_GE(page.indexOf(QStringLiteral("These failed because of it: R3, R4, R6, R7, R8, R9.")),
              0);
    // The cause comes before the table; the table starts on page 1 and keeps every light, each
    // dependent one saying it follows from the cause (the last rows may run onto page 2).
    const qsizetype table = page.indexOf(QStringLiteral("Requirements at a glance"));
    ASSERT_GT(table, causeAt);
    for (int n = 1; n <= 9; ++n)
        EXPECT_TRUE(QRegularExpression(QStringLiteral("\\bR%1\\b").arg(n))
                        .match(page.mid(table))
                        .hasMatch())
            << "R" << n << " not on page 1";
    const QString all = QString::fromUtf8(runTool(QStringLiteral("pdftotext"),
                                                  {dir.filePath(QStringLiteral("all-silent.pdf")),
                                                   QStringLiteral("-")}))
                            .simplified();
    const QString overview = all.left(all.indexOf(QStringLiteral("Requirements in detail")));
    EXPECT_EQ(overview.count(QStringLiteral("This follows from the cause at the top.")),
              cause.failed.size() + cause.unproven.size() + cause.notRun.size());

    const QString html = QString::fromUtf8(HtmlReport::write(report));
    EXPECT_LT(html.indexOf(cause.summary.toHtmlEscaped()),
              html.indexOf(QStringLiteral("Requirements at a glance")));
    EXPECT_TRUE(html.contains(QStringLiteral("What to do: ") + cause.action.toHtmlEscaped()));

    const QString text = TextReport::write(report);
    const qsizetype textResult =
        text.indexOf(QStringLiteral("Result: \u2717 Failed \u2014 ") + cause.summary);
    ASSERT_GE(textResult, 0) << text.left(800).toStdString();
    EXPECT_EQ(text.indexOf(QStringLiteral("  What to do: ")),
              textResult + QStringLiteral("Result: \u2717 Failed \u2014 ").size() +
                  cause.summary.size() + 1);
}

TEST(FirstPage, NamesTheProblemsWithWhatTheyMeanForCalls)
{
    installLanguage(QStringLiteral("en"));
    QTemporaryDir dir;
    const QString page = firstPage(twoProblems(), dir, QStringLiteral("two-problems.pdf"));
    EXPECT_GE(page.indexOf(
                  QStringLiteral("2 problems found: Easy UC will not work fully on this network.")),
              0)
        << page.toStdString();
    EXPECT_GE(page.indexOf(QStringLiteral("R5 Audio and video (RTP, UDP 16384-32768) \u2014 "
                                          "Calls will connect but audio may fail")),
              0)
        << page.toStdString();
    EXPECT_GE(page.indexOf(QStringLiteral("R4 WebRTC signalling (secure WebSocket, TCP 7443) "
                                          "\u2014 The app will not register")),
              0);
    EXPECT_LT(page.indexOf(QStringLiteral("Nothing reaches the Internet")), 0);
    EXPECT_LT(page.indexOf(QStringLiteral("follows from the cause")), 0);
}

// Page 1 says what to do for each problem, in one line each, before the summary table; the
// text report says the same after its verdict.
TEST(FirstPage, SaysWhatToDoPerProblemBeforeTheTable)
{
    installLanguage(QStringLiteral("en"));
    QTemporaryDir dir;
    const QString page = firstPage(twoProblems(), dir, QStringLiteral("actions.pdf"));
    ASSERT_FALSE(page.isEmpty()) << "pdftotext could not read the PDF";
    const qsizetype todo = page.indexOf(QStringLiteral("What to do"));
    const qsizetype table = page.indexOf(QStringLiteral("Requirements at a glance"));
    ASSERT_GE(todo, 0) << page.toStdString();
    EXPECT_TRUE(table < 0 || todo < table) << page.toStdString();
    const QString flat = page.simplified();
    EXPECT_TRUE(flat.contains(QStringLiteral("Allow secure WebSocket traffic")))
        << flat.toStdString();
    EXPECT_TRUE(flat.contains(QStringLiteral("RTP port range"))) << flat.toStdString();
    const QString text = TextReport::write(twoProblems());
    EXPECT_TRUE(text.contains(QStringLiteral("What to do:"))) << text.toStdString();
}

// --report-detail summary: the short report leaves out the raw evidence and the appendix.
TEST(FirstPage, SummaryDetailLeavesOutEvidenceAndAppendix)
{
    installLanguage(QStringLiteral("en"));
    Report report = twoProblems();
    const QString full = QString::fromUtf8(HtmlReport::write(report));
    report.fullDetail = false;
    const QString summary = QString::fromUtf8(HtmlReport::write(report));
    EXPECT_TRUE(full.contains(QStringLiteral("Appendix")));
    EXPECT_FALSE(summary.contains(QStringLiteral("Appendix")));
    EXPECT_TRUE(summary.contains(QStringLiteral("What to do")));
    EXPECT_LT(summary.size(), full.size());
}
