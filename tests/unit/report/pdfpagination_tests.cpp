// Where the PDF's pages end: never inside a table row, never right after a heading, no lone
// line on the last page, a table's header again on the page it continues on.
#include "core/report/pdfpagination.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextDocument>
#include <gtest/gtest.h>

using namespace easyuc;

namespace {

constexpr qreal kPageHeight = 400;

std::unique_ptr<QTextDocument> document(const QString& html)
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setDocumentMargin(0);
    doc->setHtml(html);
    doc->setTextWidth(300);
    return doc;
}

// A heading, then a table whose rows wrap to a different number of lines each, then more text.
QString tableHtml(int rows)
{
    QString html = QStringLiteral("<h2>Checked</h2><table border=\"1\" cellpadding=\"4\">"
                                  "<thead><tr><th>Status</th><th>Summary</th></tr></thead>");
    for (int r = 0; r < rows; ++r)
        html += QStringLiteral("<tr><td>OK %1</td><td>%2</td></tr>")
                    .arg(r)
                    .arg(QStringLiteral("word ").repeated(4 + (r * 7) % 23));
    return html + QStringLiteral("</table><p>After the table.</p>");
}

// The document y of every line, with whether its block is a heading.
struct Line
{
    qreal top;
    qreal bottom;
    bool heading;
};

QList<Line> lines(const QTextDocument* doc)
{
    QList<Line> out;
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        if (b.length() <= 1)
            continue; // an empty block: space, not content (one follows every table)
        const QTextLayout* layout = b.layout();
        const QPointF origin = doc->documentLayout()->blockBoundingRect(b).topLeft() -
                               layout->boundingRect().topLeft();
        for (int i = 0; i < layout->lineCount(); ++i)
            out.append(Line{origin.y() + layout->lineAt(i).y(),
                            origin.y() + layout->lineAt(i).y() + layout->lineAt(i).height(),
                            b.blockFormat().headingLevel() > 0});
    }
    return out;
}

} // namespace

TEST(PdfPagination, NoPageEndsInsideATableRowOrAfterAHeading)
{
    const auto doc = document(tableHtml(40));
    const QList<PageSlices> pages = paginate({doc.get()}, kPageHeight);
    ASSERT_GE(pages.size(), 3) << "the table should need several pages";
    const auto rows = tableRowExtents(doc.get());
    ASSERT_EQ(rows.size(), 41);
    const QList<Line> all = lines(doc.get());
    for (qsizetype p = 0; p < pages.size(); ++p) {
        ASSERT_FALSE(pages.at(p).isEmpty());
        qreal used = 0;
        for (const PageSlice& s : pages.at(p)) {
            EXPECT_GE(s.offset, used - 0.01) << "page " << p + 1;
            used = s.offset + s.bottom - s.top;
            EXPECT_LE(used, kPageHeight + 0.01) << "page " << p + 1;
            for (const auto& row : rows)
                EXPECT_FALSE(row.first + 0.5 < s.bottom && s.bottom < row.second - 0.5)
                    << "page " << p + 1 << " ends inside the row " << row.first << "-" << row.second
                    << " at " << s.bottom;
        }
        // The last line a page shows is not a heading.
        const PageSlice& last = pages.at(p).last();
        const Line* lastLine = nullptr;
        for (const Line& l : all)
            if (l.top >= last.top - 0.5 && l.bottom <= last.bottom + 0.5)
                lastLine = &l;
        ASSERT_NE(lastLine, nullptr);
        EXPECT_FALSE(lastLine->heading) << "page " << p + 1 << " ends with a heading";
    }
    // A continued table shows its header row again: page 2 starts with the header band.
    const PageSlice& head = pages.at(1).first();
    EXPECT_DOUBLE_EQ(head.top, rows.first().first);
    EXPECT_DOUBLE_EQ(head.bottom, rows.first().second);
    EXPECT_EQ(head.offset, 0);
}

TEST(PdfPagination, AHeadingThatWouldEndAPageMovesToTheNextWithWhatFollows)
{
    // Paragraphs that fill the page to just above its bottom, then a heading and a paragraph.
    QString html;
    for (int i = 0; i < 40; ++i)
        html += QStringLiteral("<p>Line %1</p>").arg(i);
    html += QStringLiteral("<h2>Heading</h2><p>First line after it.</p><p>Second.</p>");
    for (int fill = 0; fill < 12; ++fill) {
        const auto doc = document(QStringLiteral("<p>x</p>").repeated(fill) + html);
        const QList<PageSlices> pages = paginate({doc.get()}, kPageHeight);
        const QList<Line> all = lines(doc.get());
        for (const PageSlices& page : pages) {
            const Line* lastLine = nullptr;
            for (const Line& l : all)
                if (l.top >= page.last().top - 0.5 && l.bottom <= page.last().bottom + 0.5)
                    lastLine = &l;
            ASSERT_NE(lastLine, nullptr);
            EXPECT_FALSE(lastLine->heading) << fill << " extra lines";
        }
        // No lone line on the last page.
        int linesOnLast = 0;
        for (const Line& l : all)
            if (l.top >= pages.last().last().top - 0.5 &&
                l.bottom <= pages.last().last().bottom + 0.5)
                ++linesOnLast;
        EXPECT_GE(linesOnLast, 2) << fill << " extra lines";
    }
}

TEST(PdfPagination, ARowTallerThanAPageIsCutBetweenLinesAndTheLayoutEnds)
{
    const auto doc = document(QStringLiteral("<table border=\"1\"><tr><td>%1</td></tr></table>")
                                  .arg(QStringLiteral("word ").repeated(2000)));
    const QList<PageSlices> pages = paginate({doc.get()}, kPageHeight);
    ASSERT_GE(pages.size(), 3);
    const QList<Line> all = lines(doc.get());
    for (const PageSlices& page : pages) {
        const qreal cut = page.last().bottom;
        for (const Line& l : all)
            EXPECT_FALSE(l.top + 0.5 < cut && cut < l.bottom - 0.5) << "a line is cut at " << cut;
    }
    // Everything is shown: the last page reaches the last line.
    EXPECT_GE(pages.last().last().bottom, all.last().bottom);
}

TEST(PdfPagination, APartStartsANewPageUnlessThePageIsNearlyEmpty)
{
    // The first part fills about two thirds of its page.
    int count = 1;
    while (document(QStringLiteral("<p>x</p>").repeated(count + 1))
               ->documentLayout()
               ->documentSize()
               .height() < kPageHeight * 2 / 3)
        ++count;
    const auto first = document(QStringLiteral("<p>x</p>").repeated(count));
    const auto shortPart = document(QStringLiteral("<p>x</p>").repeated(2));
    const auto second = document(QStringLiteral("<h2>Part two</h2><p>y</p><p>z</p>"));
    // The second part starts afresh.
    EXPECT_EQ(paginate({first.get(), second.get()}, kPageHeight).size(), 2);
    // Two lines: the second part follows on the same page.
    const QList<PageSlices> together = paginate({shortPart.get(), second.get()}, kPageHeight);
    ASSERT_EQ(together.size(), 1);
    ASSERT_EQ(together.first().size(), 2);
    EXPECT_GT(together.first().at(1).offset, 0);
}
