#include "core/report/pdfpagination.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QPaintDevice>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>
#include <algorithm>
#include <limits>

namespace easyuc {

namespace {

// A piece a page break must not cut: a line, a short paragraph, a table row.
struct Atom
{
    qreal top = 0;
    qreal bottom = 0;
    int keepNext = 0; // how many of the following atoms stay on its page
    bool heading = false;
    // A body row of a table with header rows: the band of those rows, shown again on a page
    // that starts with this row.
    qreal headerTop = -1;
    qreal headerBottom = -1;
};

// Reads a laid-out document into atoms, in document order.
class AtomReader
{
public:
    AtomReader(const QTextDocument* document, const PageBreakRules& rules, qreal pageHeight)
        : m_layout(document->documentLayout()), m_rules(rules), m_pageHeight(pageHeight)
    {
        const QPaintDevice* device = m_layout->paintDevice();
        m_scale = device ? device->logicalDpiY() / 96.0 : 1.0;
    }

    QList<Atom> read(QTextFrame* root)
    {
        QList<Atom> atoms;
        contents(root->begin(), &atoms);
        // The last page never holds one lone piece.
        if (atoms.size() >= 2)
            atoms[atoms.size() - 2].keepNext = std::max(atoms[atoms.size() - 2].keepNext, 1);
        return atoms;
    }

    const QList<QPair<qreal, qreal>>& rows() const { return m_rows; }

private:
    void contents(QTextFrame::iterator it, QList<Atom>* out)
    {
        for (; !it.atEnd(); ++it) {
            if (QTextFrame* child = it.currentFrame()) {
                if (auto* table = qobject_cast<QTextTable*>(child))
                    this->table(table, out);
                else
                    contents(child->begin(), out);
            } else {
                block(it.currentBlock(), out);
            }
        }
    }

    void block(const QTextBlock& b, QList<Atom>* out)
    {
        const QTextLayout* layout = b.layout();
        // Empty blocks (the one QTextDocument puts after every table) are space, not content: a
        // heading's company must be real lines.
        if (!b.isVisible() || !layout || layout->lineCount() == 0 || b.length() <= 1)
            return;
        // blockBoundingRect() is the layout's bounding rect moved to document coordinates.
        const QPointF origin =
            m_layout->blockBoundingRect(b).topLeft() - layout->boundingRect().topLeft();
        const int lines = layout->lineCount();
        const auto lineTop = [&](int i) { return origin.y() + layout->lineAt(i).y(); };
        const auto lineBottom = [&](int i) {
            return origin.y() + layout->lineAt(i).y() + layout->lineAt(i).height();
        };
        if (lines <= m_rules.unbreakableLines) {
            out->append(Atom{lineTop(0), lineBottom(lines - 1)});
        } else {
            for (int i = 0; i < lines; ++i) {
                // Two lines at least on each side of a break inside a paragraph.
                const int keep = i == 0 || i == lines - 2 ? 1 : 0;
                out->append(Atom{lineTop(i), lineBottom(i), keep});
            }
        }
        if (b.blockFormat().headingLevel() > 0)
            out->last().heading = true;
    }

    qreal padding(const QTextTable* table, const QTextTableCell& cell, bool top) const
    {
        const QTextTableCellFormat f = cell.format().toTableCellFormat();
        const auto property =
            top ? QTextFormat::TableCellTopPadding : QTextFormat::TableCellBottomPadding;
        const qreal pad =
            f.hasProperty(property) ? f.doubleProperty(property) : table->format().cellPadding();
        return pad * m_scale;
    }

    void table(QTextTable* table, QList<Atom>* out)
    {
        const int rows = table->rows();
        const int columns = table->columns();
        if (rows == 0)
            return;
        const QRectF frame = m_layout->frameBoundingRect(table);
        const qreal border = table->format().border() * m_scale;
        constexpr qreal none = std::numeric_limits<qreal>::max();
        QList<qreal> rowTop(rows + 1, none);
        qreal tableBottom = -none;
        QList<QList<Atom>> inner(rows);
        QList<bool> heading(rows, false);
        QList<int> spanEnd(rows, 0);
        for (int r = 0; r < rows; ++r) {
            spanEnd[r] = r;
            for (int c = 0; c < columns; ++c) {
                const QTextTableCell cell = table->cellAt(r, c);
                if (!cell.isValid() || cell.row() != r || cell.column() != c)
                    continue;
                spanEnd[r] = std::max(spanEnd[r], r + cell.rowSpan() - 1);
                QList<Atom> cellAtoms;
                contents(cell.begin(), &cellAtoms);
                if (cellAtoms.isEmpty())
                    continue;
                qreal top = none;
                qreal bottom = -none;
                for (const Atom& a : cellAtoms) {
                    top = std::min(top, a.top);
                    bottom = std::max(bottom, a.bottom);
                    heading[r] = heading[r] || a.heading;
                }
                rowTop[r] = std::min(rowTop[r], top - padding(table, cell, true) - border);
                if (r + cell.rowSpan() == rows)
                    tableBottom =
                        std::max(tableBottom, bottom + padding(table, cell, false) + border);
                inner[r].append(cellAtoms);
            }
        }
        // The table's edges from its cells (frameBoundingRect() of a table lies a few pixels
        // below where its background is painted).
        if (rowTop[0] == none)
            rowTop[0] = frame.top();
        rowTop[rows] = tableBottom > -none ? tableBottom : frame.bottom();
        for (int r = 1; r < rows; ++r)
            rowTop[r] = rowTop[r] == none ? rowTop[r - 1] : std::max(rowTop[r], rowTop[r - 1]);
        rowTop[rows] = std::max(rowTop[rows], rowTop[rows - 1]);

        const int headerRows = std::min(table->format().headerRowCount(), rows - 1);
        int spannedTo = -1;
        for (int r = 0; r < rows; ++r) {
            m_rows.append({rowTop[r], rowTop[r + 1]});
            spannedTo = std::max(spannedTo, spanEnd[r]);
            Atom row{rowTop[r], rowTop[r + 1]};
            if (r < headerRows || spannedTo > r)
                row.keepNext = 1;
            row.heading = heading[r];
            if (headerRows > 0 && r >= headerRows) {
                row.headerTop = rowTop[0];
                row.headerBottom = rowTop[headerRows];
            }
            if (row.bottom - row.top <= m_pageHeight * 0.8) {
                out->append(row);
                continue;
            }
            // A row taller than a page breaks where no line of any of its cells is cut.
            std::sort(inner[r].begin(), inner[r].end(),
                      [](const Atom& a, const Atom& b) { return a.top < b.top; });
            QList<Atom> merged;
            for (const Atom& a : std::as_const(inner[r])) {
                if (!merged.isEmpty() && a.top < merged.last().bottom)
                    merged.last().bottom = std::max(merged.last().bottom, a.bottom);
                else
                    merged.append(Atom{a.top, a.bottom, 0, false, row.headerTop, row.headerBottom});
            }
            if (merged.isEmpty())
                merged.append(row);
            merged.first().top = row.top;
            merged.last().bottom = row.bottom;
            merged.last().keepNext = row.keepNext;
            out->append(merged);
        }
    }

    const QAbstractTextDocumentLayout* m_layout;
    const PageBreakRules& m_rules;
    const qreal m_pageHeight;
    qreal m_scale = 1.0;
    QList<QPair<qreal, qreal>> m_rows;
};

// Whether a page may end before each atom. A heading reaches over the pieces after it until
// they are `headingCompany` tall.
QList<bool> breakAllowed(const QList<Atom>& atoms, qreal headingCompany)
{
    QList<bool> allowed(atoms.size(), false);
    qsizetype reach = -1;
    for (qsizetype i = 0; i < atoms.size(); ++i) {
        allowed[i] = i > 0 && reach < i;
        reach = std::max(reach, i + atoms.at(i).keepNext);
        if (atoms.at(i).heading) {
            qsizetype j = i;
            for (qreal height = 0; j + 1 < atoms.size() && height < headingCompany; ++j)
                height += atoms.at(j + 1).bottom - atoms.at(j + 1).top;
            reach = std::max(reach, j);
        }
    }
    return allowed;
}

// The height of a line of the document's body text, in its layout's units.
qreal bodyLineHeight(const QTextDocument* document)
{
    return QFontMetricsF(document->defaultFont(), document->documentLayout()->paintDevice())
        .lineSpacing();
}

// Fills pages one after the other; one instance per pagination.
class PageFiller
{
public:
    PageFiller(qreal pageHeight, const PageBreakRules& rules)
        : m_pageHeight(pageHeight), m_rules(rules)
    {
    }

    void addPart(const QTextDocument* document)
    {
        const QList<Atom> atoms =
            AtomReader(document, m_rules, m_pageHeight).read(document->rootFrame());
        if (atoms.isEmpty())
            return;
        const QList<bool> allowed =
            breakAllowed(atoms, m_rules.keepAfterHeading * bodyLineHeight(document));
        if (m_hasContent && m_used >= m_rules.newPartMinimumUse * m_pageHeight)
            newPage();
        else if (m_hasContent)
            m_used += m_rules.partGap;

        const qsizetype n = atoms.size();
        qsizetype i = 0;
        qreal start = atoms.first().top;
        while (i < n) {
            const qreal room = m_pageHeight - m_used;
            const auto fits = [&](qsizetype j) { return atoms.at(j - 1).bottom - start <= room; };
            qsizetype end = -1;
            for (qsizetype j = i + 1; j <= n && fits(j); ++j)
                if (j == n || allowed.at(j))
                    end = j;
            if (end < 0 && m_hasContent) {
                // The page holds an earlier part: this one starts afresh.
                newPage();
                continue;
            }
            if (end < 0 && !m_current.isEmpty()) {
                // Only a repeated table header: it gives way.
                m_current.clear();
                m_used = 0;
                continue;
            }
            if (end < 0) {
                // The pieces that must stay together are taller than a page: keep fewer.
                for (qsizetype j = i + 1; j <= n && fits(j); ++j)
                    end = j;
            }
            if (end < 0) {
                // One piece taller than a page: cut it at the page's edge.
                m_current.append(PageSlice{document, start, start + room, m_used});
                m_hasContent = true;
                newPage();
                start += room;
                continue;
            }
            const qreal stop = end < n ? atoms.at(end).top : atoms.last().bottom;
            m_current.append(PageSlice{document, start, std::min(stop, start + room), m_used});
            m_hasContent = true;
            if (end == n) {
                m_used += atoms.last().bottom - start;
                break;
            }
            newPage();
            i = end;
            start = atoms.at(i).top;
            if (atoms.at(i).headerTop >= 0) {
                m_current.append(
                    PageSlice{document, atoms.at(i).headerTop, atoms.at(i).headerBottom, 0});
                m_used = atoms.at(i).headerBottom - atoms.at(i).headerTop;
            }
        }
    }

    QList<PageSlices> finish()
    {
        if (m_hasContent)
            m_pages.append(m_current);
        return m_pages;
    }

private:
    void newPage()
    {
        if (m_hasContent)
            m_pages.append(m_current);
        m_current.clear();
        m_used = 0;
        m_hasContent = false;
    }

    const qreal m_pageHeight;
    const PageBreakRules& m_rules;
    QList<PageSlices> m_pages;
    PageSlices m_current;
    qreal m_used = 0;          // height taken on the current page
    bool m_hasContent = false; // the current page holds more than a repeated header
};

} // namespace

QList<PageSlices> paginate(const QList<const QTextDocument*>& parts, qreal pageHeight,
                           const PageBreakRules& rules)
{
    if (pageHeight <= 0) // nothing fits on a page of no height; never loop on it
        return {};
    PageFiller filler(pageHeight, rules);
    for (const QTextDocument* part : parts)
        filler.addPart(part);
    return filler.finish();
}

QList<QPair<qreal, qreal>> tableRowExtents(const QTextDocument* document)
{
    const PageBreakRules rules;
    AtomReader reader(document, rules, std::numeric_limits<qreal>::max());
    reader.read(document->rootFrame());
    return reader.rows();
}

} // namespace easyuc
