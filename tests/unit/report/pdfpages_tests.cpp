// Every page of the PDF, read back with pdftotext -layout: page 1 holds the verdict and what to
// do, no page ends with a heading, none is near-empty, a continued table starts with a whole
// row, and a healthy short report stays within four pages. Input: real lab runs (labreports.h).
#include "engine/i18n.h"
#include "labreports.h"
#include "report/pdfreport.h"
#include "report/reportmodel.h"
#include "report/verdictsummary.h"
#include "reportfixture.h"

#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace easyuc;
using namespace easyuc::test;

namespace {

struct PdfPages
{
    QString name;
    QList<QStringList> pages; // per page, the body's lines (running header and footer removed)
    QString error;            // why the pages could not be read
};

bool havePoppler()
{
    return !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty() &&
           !QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty();
}

// Writes the report's PDF and reads every page back.
PdfPages readPdf(const QString& lab, bool fullDetail)
{
    PdfPages out;
    out.name = QStringLiteral("%1-%2.pdf")
                   .arg(lab, fullDetail ? QStringLiteral("full") : QStringLiteral("summary"));
    Report report = labReport(lab);
    if (report.entries.isEmpty()) {
        out.error = QStringLiteral("no lab report ") + lab;
        return out;
    }
    report.fullDetail = fullDetail;
    QTemporaryDir dir;
    const QString path = dir.filePath(out.name);
    if (!PdfReport::write(report, path, &out.error))
        return out;
    if (const QString keep = qEnvironmentVariable("EASYUC_REPORT_ARTIFACTS"); !keep.isEmpty()) {
        QDir().mkpath(keep);
        QFile::remove(keep + QLatin1Char('/') + out.name);
        QFile::copy(path, keep + QLatin1Char('/') + out.name);
    }
    const QString info = QString::fromUtf8(runTool(QStringLiteral("pdfinfo"), {path}));
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("^Pages:\\s+(\\d+)"), QRegularExpression::MultilineOption)
            .match(info);
    if (!m.hasMatch()) {
        out.error = QStringLiteral("pdfinfo could not read ") + out.name;
        return out;
    }
    const int count = m.captured(1).toInt();
    const QString code = ReportModel::build(report).supportCode;
    for (int n = 1; n <= count; ++n) {
        QStringList lines =
            QString::fromUtf8(
                runTool(QStringLiteral("pdftotext"),
                        {QStringLiteral("-layout"), QStringLiteral("-f"), QString::number(n),
                         QStringLiteral("-l"), QString::number(n), path, QStringLiteral("-")}))
                .split(QLatin1Char('\n'));
        lines.removeIf([](const QString& l) { return l.trimmed().isEmpty(); });
        // The running header (title and code; product and date) and the footer (page n of N).
        const QString footer = reportLabel(ReportLabel::Page).arg(n).arg(count);
        if (lines.size() < 3 || !lines.at(0).contains(code) || !lines.last().contains(footer)) {
            out.error = QStringLiteral("page %1 of %2 has no running header or footer")
                            .arg(n)
                            .arg(out.name);
            return out;
        }
        lines = lines.mid(2, lines.size() - 3);
        out.pages.append(lines);
    }
    return out;
}

// The texts a page must not end with: section headings, requirement heads and table headers.
bool isHeading(const QString& line, const Report& report)
{
    const QString l = line.simplified();
    for (ReportLabel label :
         {ReportLabel::WhatToDo, ReportLabel::Overview, ReportLabel::Machine,
          ReportLabel::Interfaces, ReportLabel::Details, ReportLabel::Appendix, ReportLabel::Items,
          ReportLabel::Evidence, ReportLabel::Certificates, ReportLabel::SipLines,
          ReportLabel::Timings, ReportLabel::ProfileUsed, ReportLabel::LogTail})
        if (l == reportLabel(label) || l.endsWith(QStringLiteral(". ") + reportLabel(label)))
            return true;
    const ReportModel model = ReportModel::build(report);
    // A requirement's head: number, title, status chip.
    for (const RequirementView& r : model.requirements)
        if (l.startsWith(QStringLiteral("%1 %2").arg(r.label, r.title.left(12))) &&
            l.endsWith(r.statusWord))
            return true;
    // A table's header row: only column names.
    QStringList names;
    for (ReportLabel label :
         {ReportLabel::Requirement, ReportLabel::Status, ReportLabel::Summary, ReportLabel::Target,
          ReportLabel::Name, ReportLabel::Addresses, ReportLabel::Mtu, ReportLabel::Depth,
          ReportLabel::Subject, ReportLabel::Issuer, ReportLabel::Sha256, ReportLabel::SeenIn,
          ReportLabel::Key, ReportLabel::Line, ReportLabel::Duration, ReportLabel::Measured})
        names.append(reportLabel(label));
    QString rest = l;
    for (const QString& n : std::as_const(names))
        rest.replace(QRegularExpression(
                         QStringLiteral("(^|\\s)%1(?=\\s|$)").arg(QRegularExpression::escape(n))),
                     QStringLiteral(" "));
    return rest.trimmed().isEmpty();
}

// Whether the words of `text` appear in `page` in their order (pdftotext -layout sets a
// paragraph's wrapped lines beside the text of the column next to it).
bool wordsInOrder(const QString& page, const QString& text)
{
    const QStringList words = page.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    qsizetype at = 0;
    for (const QString& w : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        while (at < words.size() && words.at(at) != w)
            ++at;
        if (at == words.size())
            return false;
        ++at;
    }
    return true;
}

const QStringList kLabs{QStringLiteral("healthy"), QStringLiteral("sip-alg"),
                        QStringLiteral("all-silent")};

class PdfPagesTest : public ::testing::TestWithParam<const char*>
{
protected:
    void SetUp() override
    {
        if (!havePoppler())
            GTEST_SKIP() << "pdftotext/pdfinfo (poppler-utils) not installed: cannot read PDFs";
        installLanguage(QString::fromLatin1(GetParam()));
    }
    void TearDown() override { installLanguage(QStringLiteral("en")); }
    QString lab(const QString& scenario) const
    {
        return scenario + QLatin1Char('-') + QString::fromLatin1(GetParam());
    }
};

} // namespace

TEST_P(PdfPagesTest, AHealthyShortReportFitsInFourPages)
{
    const PdfPages pdf = readPdf(lab(QStringLiteral("healthy")), false);
    ASSERT_TRUE(pdf.error.isEmpty()) << pdf.error.toStdString();
    EXPECT_LE(pdf.pages.size(), 4);
}

TEST_P(PdfPagesTest, PageOneHoldsTheVerdictAndWhatToDo)
{
    for (const QString& scenario : kLabs) {
        const Report report = labReport(lab(scenario));
        const PdfPages pdf = readPdf(lab(scenario), false);
        ASSERT_TRUE(pdf.error.isEmpty()) << pdf.error.toStdString();
        const QString page = pdf.pages.first().join(QLatin1Char(' ')).simplified();
        const ReportModel model = ReportModel::build(report);
        EXPECT_TRUE(wordsInOrder(page, model.verdictSentence))
            << scenario.toStdString() << ": " << page.toStdString();
        for (const QString& action : model.actions)
            EXPECT_TRUE(wordsInOrder(page, action))
                << scenario.toStdString() << ": " << action.toStdString();
        if (!model.actions.isEmpty()) {
            EXPECT_TRUE(page.contains(reportLabel(ReportLabel::WhatToDo)));
        }
        if (const std::optional<RootCause> cause = findRootCause(report)) {
            EXPECT_TRUE(wordsInOrder(page, cause->action)) << scenario.toStdString();
        }
    }
}

TEST_P(PdfPagesTest, NoPageEndsWithAHeading)
{
    for (const QString& scenario : kLabs)
        for (bool full : {false, true}) {
            const PdfPages pdf = readPdf(lab(scenario), full);
            ASSERT_TRUE(pdf.error.isEmpty()) << pdf.error.toStdString();
            const Report report = labReport(lab(scenario));
            for (qsizetype p = 0; p < pdf.pages.size(); ++p) {
                ASSERT_FALSE(pdf.pages.at(p).isEmpty())
                    << pdf.name.toStdString() << " page " << p + 1;
                EXPECT_FALSE(isHeading(pdf.pages.at(p).last(), report))
                    << pdf.name.toStdString() << " page " << p + 1 << " ends with \""
                    << pdf.pages.at(p).last().simplified().toStdString() << "\"";
            }
        }
}

TEST_P(PdfPagesTest, NoPageIsNearlyEmpty)
{
    // A full page holds about 60 lines; a page before the last holds at least a quarter of that,
    // and the last page more than one line.
    for (const QString& scenario : kLabs)
        for (bool full : {false, true}) {
            const PdfPages pdf = readPdf(lab(scenario), full);
            ASSERT_TRUE(pdf.error.isEmpty()) << pdf.error.toStdString();
            for (qsizetype p = 0; p + 1 < pdf.pages.size(); ++p)
                EXPECT_GE(pdf.pages.at(p).size(), 15)
                    << pdf.name.toStdString() << " page " << p + 1 << ":\n"
                    << pdf.pages.at(p).join(QLatin1Char('\n')).toStdString();
            EXPECT_GE(pdf.pages.last().size(), 2) << pdf.name.toStdString() << " last page";
        }
}

// A table that goes on over a page break starts the new page with its header and then a whole
// row: the first line under the header begins with the row's first cell (a status chip or a
// requirement number), not with the rest of a row cut in two.
TEST_P(PdfPagesTest, AContinuedTableStartsWithAWholeRow)
{
    const QRegularExpression rowStart(QStringLiteral("^\\s*(\\S+ (%1|%2|%3|%4)|R\\d+\\s)")
                                          .arg(statusWord(Status::Pass), statusWord(Status::Warn),
                                               statusWord(Status::Fail),
                                               statusWord(Status::Skipped)));
    for (const QString& scenario : kLabs)
        for (bool full : {false, true}) {
            const PdfPages pdf = readPdf(lab(scenario), full);
            ASSERT_TRUE(pdf.error.isEmpty()) << pdf.error.toStdString();
            const Report report = labReport(lab(scenario));
            for (qsizetype p = 1; p < pdf.pages.size(); ++p) {
                const QStringList& lines = pdf.pages.at(p);
                if (lines.size() < 2 || !isHeading(lines.first(), report) ||
                    !lines.first().contains(reportLabel(ReportLabel::Status)))
                    continue;
                EXPECT_TRUE(rowStart.match(lines.at(1)).hasMatch())
                    << pdf.name.toStdString() << " page " << p + 1 << " continues a row: \""
                    << lines.at(1).toStdString() << "\"";
            }
        }
}

INSTANTIATE_TEST_SUITE_P(Languages, PdfPagesTest, ::testing::Values("en", "it"));
