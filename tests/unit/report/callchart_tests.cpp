// The call test chart (issue 14): the SVG for the HTML report, the painter for the PDF, the
// figures and the words for screen readers, on fabricated series (drawing data only).
#include "callchartfixture.h"
#include "report/callchart.h"
#include "report/callchartobject.h"
#include "report/htmlreport.h"
#include "report/pdfreport.h"

#include <QAbstractTextDocumentLayout>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QXmlStreamReader>
#include <gtest/gtest.h>
#include <limits>

using namespace easyuc;
using namespace easyuc::test;

namespace {

// What an SVG holds: element counts by class, the path data by class, and all its text.
struct SvgContent
{
    bool wellFormed = false;
    QString error;
    QHash<QString, int> elements; // "path.rtt" → 1
    QHash<QString, QString> pathData;
    QStringList texts;
    QString title;
    QString desc;
};

SvgContent parseSvg(const QString& svg)
{
    SvgContent c;
    QXmlStreamReader xml(svg);
    QString inText;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const QString name = xml.name().toString();
            const QString cls = xml.attributes().value(QStringLiteral("class")).toString();
            ++c.elements[name + QLatin1Char('.') + cls];
            if (name == QStringLiteral("path"))
                c.pathData[cls] = xml.attributes().value(QStringLiteral("d")).toString();
            if (name == QStringLiteral("text"))
                c.texts.append(xml.readElementText());
            else if (name == QStringLiteral("title"))
                c.title = xml.readElementText();
            else if (name == QStringLiteral("desc"))
                c.desc = xml.readElementText();
        }
    }
    c.wellFormed = !xml.hasError();
    c.error = xml.errorString();
    return c;
}

Report reportWith(const CallTestResult& call)
{
    Report r;
    r.toolName = QStringLiteral("easyuc-diag");
    r.toolVersion = QStringLiteral("0.0-test");
    r.startedAt = QDateTime::currentDateTime();
    r.profileName = QStringLiteral("chart test");
    r.callTest = call;
    return r;
}

// Copies an output where a person can look at it: EASYUC_REPORT_ARTIFACTS=/some/dir.
void keep(const QString& path)
{
    const QString dir = qEnvironmentVariable("EASYUC_REPORT_ARTIFACTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    const QString target = dir + QLatin1Char('/') + QFileInfo(path).fileName();
    QFile::remove(target);
    QFile::copy(path, target);
}

QImage paintToImage(const CallTestResult& r, QSize size = {720, 300})
{
    QImage image(size, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    QPainter p(&image);
    paintCallChart(p, QRectF(QPointF(0, 0), size), r, CallChartStyle::print());
    p.end();
    return image;
}

int pixelsOf(const QImage& image, const QColor& colour)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (image.pixelColor(x, y).rgb() == colour.rgb())
                ++n;
    return n;
}

} // namespace

TEST(CallChartSvg, IsWellFormedWithOnePathPerLineAndTheLimits)
{
    const SvgContent svg = parseSvg(callChartSvg(fabricatedCall(30)));
    ASSERT_TRUE(svg.wellFormed) << svg.error.toStdString();
    EXPECT_EQ(svg.elements.value(QStringLiteral("svg.callchart")), 1);
    EXPECT_EQ(svg.elements.value(QStringLiteral("path.rtt")), 1);
    EXPECT_EQ(svg.elements.value(QStringLiteral("path.jitter")), 1);
    EXPECT_EQ(svg.elements.value(QStringLiteral("line.limit-rtt")), 1);
    EXPECT_EQ(svg.elements.value(QStringLiteral("line.limit-jitter")), 1);
    EXPECT_TRUE(svg.texts.contains(QStringLiteral("RTT limit 100 ms")));
    EXPECT_TRUE(svg.texts.contains(QStringLiteral("Jitter limit 30 ms")));
    EXPECT_TRUE(svg.texts.contains(QStringLiteral("MOS 3.85 \u00b7 fair")));
    EXPECT_TRUE(svg.texts.contains(QStringLiteral("30 s"))) << "the time axis ends at 30 s";
    // Seconds 3, 10, 17, 24 lose 4 %, 12-16 lose 2 %, 20 loses everything: 10 loss bars.
    EXPECT_EQ(svg.elements.value(QStringLiteral("rect.loss")), 10);
    EXPECT_EQ(svg.elements.value(QStringLiteral("rect.noanswer")), 1);
    EXPECT_EQ(svg.title, QStringLiteral("Call test chart"));
    EXPECT_TRUE(svg.desc.contains(QStringLiteral("MOS 3.85 (fair)"))) << svg.desc.toStdString();
}

TEST(CallChartSvg, SecondsWithoutAnswerAreGapsNotZeros)
{
    // Second 20 got nothing back: each line is two runs (two "M"), and no point sits on the
    // zero line.
    const SvgContent svg = parseSvg(callChartSvg(fabricatedCall(30)));
    ASSERT_TRUE(svg.wellFormed);
    for (const QString& cls : {QStringLiteral("rtt"), QStringLiteral("jitter")}) {
        const QString d = svg.pathData.value(cls);
        EXPECT_EQ(d.count(QLatin1Char('M')), 2) << cls.toStdString() << ": " << d.toStdString();
        EXPECT_EQ(d.count(QLatin1Char('L')), 30 - 1 - 2) << cls.toStdString();
    }

    const SvgContent silent = parseSvg(callChartSvg(fabricatedSilentCall(10)));
    ASSERT_TRUE(silent.wellFormed);
    EXPECT_TRUE(silent.pathData.value(QStringLiteral("rtt")).isEmpty());
    EXPECT_TRUE(silent.pathData.value(QStringLiteral("jitter")).isEmpty());
    EXPECT_EQ(silent.elements.value(QStringLiteral("circle.point")), 0);
    EXPECT_EQ(silent.elements.value(QStringLiteral("rect.noanswer")), 10);
    EXPECT_TRUE(silent.texts.contains(QStringLiteral("MOS \u2014")));
    EXPECT_TRUE(silent.desc.contains(QStringLiteral("Seconds without any answer: 10.")))
        << silent.desc.toStdString();
}

TEST(CallChartSvg, ALonePointIsADot)
{
    const SvgContent svg = parseSvg(callChartSvg(fabricatedLiveCall(1, 30)));
    ASSERT_TRUE(svg.wellFormed);
    EXPECT_EQ(svg.elements.value(QStringLiteral("circle.point")), 2) << "RTT and jitter";
    EXPECT_TRUE(svg.texts.contains(QStringLiteral("Second 1 of 30")));
    EXPECT_TRUE(svg.texts.contains(QStringLiteral("MOS so far 3.85 \u00b7 fair")));
}

TEST(CallChartSvg, EscapesHostileStrings)
{
    CallTestResult r = fabricatedCall(12);
    r.target = QStringLiteral("<script>alert(1)</script>\"&\x01\xef\xbf\xbe");
    r.targetKind = QStringLiteral("<b>kind</b>");
    const QString text = callChartSvg(r);
    EXPECT_FALSE(text.contains(QStringLiteral("<script>")));
    EXPECT_FALSE(text.contains(QStringLiteral("<b>")));
    EXPECT_TRUE(text.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;")));
    const SvgContent svg = parseSvg(text);
    ASSERT_TRUE(svg.wellFormed) << svg.error.toStdString();
    EXPECT_TRUE(svg.desc.contains(QStringLiteral("<script>alert(1)</script>\"&")))
        << "read back as the text it was";

    CallTestResult failed;
    failed.error = QStringLiteral("sendto: <img src=x onerror=alert(2)>");
    const QString errorSvg = callChartSvg(failed);
    EXPECT_FALSE(errorSvg.contains(QStringLiteral("<img")));
    EXPECT_TRUE(parseSvg(errorSvg).wellFormed);
}

TEST(CallChartSvg, NumbersUseADotWhateverTheLocale)
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Italian, QLocale::Italy));
    const QString svg = callChartSvg(fabricatedCall(30));
    QLocale::setDefault(before);
    static const QRegularExpression commaInAttribute(QStringLiteral("=\"[-0-9.]*,[0-9]"));
    EXPECT_FALSE(commaInAttribute.match(svg).hasMatch());
    EXPECT_TRUE(svg.contains(QStringLiteral("3,85"))) << "the MOS text follows the locale";
    EXPECT_TRUE(parseSvg(svg).wellFormed);
}

TEST(CallChartSvg, TheTimeAxisCoversTheWholeCallWhileItRuns)
{
    const SvgContent svg = parseSvg(callChartSvg(fabricatedLiveCall(5, 300)));
    ASSERT_TRUE(svg.wellFormed);
    EXPECT_TRUE(svg.texts.contains(QStringLiteral("300 s")));
    EXPECT_TRUE(svg.texts.contains(QStringLiteral("Second 5 of 300")));
}

TEST(CallChartPainter, PaintsEveryShapeOfSeries)
{
    const QColor rtt = CallChartStyle::print().rtt;
    const QColor jitter = CallChartStyle::print().jitter;
    struct Case
    {
        const char* name;
        CallTestResult result;
    };
    CallTestResult empty;
    CallTestResult failed;
    failed.error = QStringLiteral("no route to host");
    const Case cases[] = {{"empty", empty},
                          {"failed", failed},
                          {"one point", fabricatedLiveCall(1, 30)},
                          {"300 points", fabricatedCall(300, {40, 41, 42, 250})},
                          {"all lost", fabricatedSilentCall(30)}};
    for (const Case& c : cases) {
        for (const QSize size : {QSize(720, 300), QSize(200, 90), QSize(1, 1)}) {
            const QImage image = paintToImage(c.result, size);
            EXPECT_FALSE(image.isNull()) << c.name;
        }
    }
    // The lines are drawn: a long run of the line colour where the series has values, only the
    // legend's and the limit's where it has none.
    const QImage full = paintToImage(fabricatedCall(30));
    const QImage silent = paintToImage(fabricatedSilentCall(30));
    EXPECT_GT(pixelsOf(full, rtt), pixelsOf(silent, rtt) + 200);
    EXPECT_GT(pixelsOf(full, jitter), pixelsOf(silent, jitter) + 200);
}

TEST(CallChartSvg, SurvivesValuesOutOfRange)
{
    CallTestResult r = fabricatedCall(30);
    r.series[3].rttMs = std::numeric_limits<double>::quiet_NaN();
    r.series[4].jitterMs = std::numeric_limits<double>::infinity();
    r.series[5].rttMs = 1e12;
    r.series[6].lossPct = -5;
    r.series[7].lossPct = 250;
    r.series[8].t = std::numeric_limits<int>::max();
    r.mos = std::numeric_limits<double>::quiet_NaN();
    const QString text = callChartSvg(r);
    const SvgContent svg = parseSvg(text);
    ASSERT_TRUE(svg.wellFormed) << svg.error.toStdString();
    EXPECT_FALSE(text.contains(QStringLiteral("nan"), Qt::CaseInsensitive));
    EXPECT_FALSE(text.contains(QStringLiteral("\"inf")));
    EXPECT_TRUE(svg.texts.contains(QStringLiteral("MOS \u2014")));
    EXPECT_FALSE(paintToImage(r).isNull());
}

TEST(CallChartObject, TurnsTheMarkerIntoAVectorObject)
{
    QTextDocument doc;
    doc.setHtml(QStringLiteral("<p>before</p>%1<p>after</p>").arg(callChartObjectMarkup()));
    doc.setTextWidth(600);
    EXPECT_EQ(installCallChart(&doc, fabricatedCall(30)), 1);
    EXPECT_GT(doc.size().height(), 600 * 0.3) << "the object takes its room in the layout";

    // On pages, the chart is never cut by a page break: it moves to the next page whole.
    for (int lines = 0; lines < 60; lines += 3) {
        QTextDocument paged;
        QString html;
        for (int i = 0; i < lines; ++i)
            html += QStringLiteral("<p>line %1</p>").arg(i);
        paged.setHtml(html + callChartObjectMarkup());
        paged.setPageSize(QSizeF(600, 500));
        ASSERT_EQ(installCallChart(&paged, fabricatedCall(30)), 1);
        const QTextBlock chart = paged.lastBlock();
        ASSERT_EQ(chart.layout()->lineCount(), 1);
        const QRectF box = chart.layout()->lineAt(0).rect().translated(chart.layout()->position());
        const int firstPage = int(box.top() / 500);
        const int lastPage = int((box.bottom() - 1) / 500);
        EXPECT_EQ(firstPage, lastPage) << lines << " lines: " << box.top() << "-" << box.bottom();
    }

    QTextDocument none;
    none.setHtml(QStringLiteral("<p>no chart</p>"));
    EXPECT_EQ(installCallChart(&none, fabricatedCall(30)), 0);
}

TEST(CallChartReport, HtmlHasTheSectionOnlyWhenACallTestRan)
{
    CallTestResult call = fabricatedCall(30);
    call.target = QStringLiteral("<script>alert(1)</script>");
    const QByteArray bytes = HtmlReport::write(reportWith(call));
    const QString html = QString::fromUtf8(bytes);
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("calltest-report.html")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    keep(file.fileName());
    EXPECT_TRUE(html.contains(QStringLiteral("<h2>Call test</h2>")));
    EXPECT_TRUE(html.contains(QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" "
                                             "class=\"callchart\"")));
    EXPECT_FALSE(html.contains(QStringLiteral("<script>alert(1)")));
    EXPECT_TRUE(html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;")));
    EXPECT_TRUE(html.contains(QStringLiteral("R-factor")));
    EXPECT_TRUE(html.contains(QStringLiteral("Teams: below 100 ms")));
    // The SVG inside the page is well-formed on its own.
    const qsizetype from = html.indexOf(QStringLiteral("<svg"));
    const qsizetype to = html.indexOf(QStringLiteral("</svg>"), from);
    ASSERT_GT(to, from);
    EXPECT_TRUE(parseSvg(html.mid(from, to - from + 6)).wellFormed);

    const QString without = QString::fromUtf8(HtmlReport::write(reportWith(CallTestResult{})));
    EXPECT_FALSE(without.contains(QStringLiteral("<h2>Call test</h2>")));
    EXPECT_FALSE(without.contains(QStringLiteral("<svg xmlns")));
}

TEST(CallChartReport, PdfDrawsTheChartAsVectorsWithText)
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        GTEST_SKIP() << "pdftotext (poppler-utils) is not installed";
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("calltest-report.pdf"));
    QString error;
    ASSERT_TRUE(PdfReport::write(reportWith(fabricatedCall(30)), path, &error))
        << error.toStdString();
    keep(path);
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    ASSERT_TRUE(p.waitForFinished(30000));
    const QString text = QString::fromUtf8(p.readAllStandardOutput());
    // Axis and limit labels as text: the chart is vector graphics, not a picture.
    for (const QString& label :
         {QStringLiteral("RTT limit 100 ms"), QStringLiteral("Jitter limit 30 ms"),
          QStringLiteral("MOS 3.85 \u00b7 fair"), QStringLiteral("Loss per second"),
          QStringLiteral("30 s"), QStringLiteral("Call test"), QStringLiteral("R-factor")})
        EXPECT_TRUE(text.contains(label)) << label.toStdString();
    EXPECT_FALSE(text.contains(callChartObjectName())) << "no marker left over";

    const QString plain = dir.filePath(QStringLiteral("no-calltest.pdf"));
    ASSERT_TRUE(PdfReport::write(reportWith(CallTestResult{}), plain, &error));
    QProcess q;
    q.start(QStringLiteral("pdftotext"), {plain, QStringLiteral("-")});
    ASSERT_TRUE(q.waitForFinished(30000));
    EXPECT_FALSE(
        QString::fromUtf8(q.readAllStandardOutput()).contains(QStringLiteral("RTT limit")));
}

TEST(CallChartWords, SummaryAndFiguresSayWhatWasMeasured)
{
    const QString summary = callChartSummary(fabricatedCall(30));
    EXPECT_TRUE(summary.contains(QStringLiteral("198.51.100.10:16500 (RTP reflector)")));
    EXPECT_TRUE(summary.contains(QStringLiteral("30 of 30 seconds")));
    EXPECT_TRUE(summary.contains(QStringLiteral("Seconds without any answer: 1.")));
    EXPECT_EQ(mosBand(4.0), MosBand::Good);
    EXPECT_EQ(mosBand(3.99), MosBand::Fair);
    EXPECT_EQ(mosBand(3.6), MosBand::Fair);
    EXPECT_EQ(mosBand(3.59), MosBand::Poor);
    EXPECT_EQ(mosBand(0), MosBand::None);

    const QList<ReportField> figures = callTestFigures(fabricatedCall(30));
    QStringList labels;
    for (const ReportField& f : figures)
        labels << f.label;
    for (const QString& l :
         {QStringLiteral("MOS"), QStringLiteral("R-factor"),
          QStringLiteral("Round-trip time (median)"), QStringLiteral("Jitter (worst second)"),
          QStringLiteral("Packet loss"), QStringLiteral("Loss bursts"), QStringLiteral("Reordered"),
          QStringLiteral("Target")})
        EXPECT_TRUE(labels.contains(l)) << l.toStdString();
    // Nothing answered: no figure is shown as if it were measured (no "0.00 %" loss).
    const QList<ReportField> silent = callTestFigures(fabricatedSilentCall(10));
    ASSERT_FALSE(silent.isEmpty());
    EXPECT_TRUE(silent.first().value.startsWith(QStringLiteral("not measured")));
    for (const ReportField& f : silent)
        EXPECT_NE(f.label, QStringLiteral("Packet loss"));
}
