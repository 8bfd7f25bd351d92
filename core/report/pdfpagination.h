#pragma once

#include <QList>
#include <QtGlobal>

class QTextDocument;

namespace easyuc {

// A band [top, bottom) of a laid-out document, drawn `offset` below the top of a page's body.
struct PageSlice
{
    const QTextDocument* document = nullptr;
    qreal top = 0;
    qreal bottom = 0;
    qreal offset = 0;
};

// The slices one page shows, top to bottom (a table continued from the page before starts
// with its header rows again).
using PageSlices = QList<PageSlice>;

// Where a page may end in a document: between lines and table rows, never inside a row, never
// right after a heading. Generic over what the document holds (blocks, lists, tables, nested
// tables, inline objects): nothing here knows the report's sections.
struct PageBreakRules
{
    // A heading (a block with a heading level, or a table row holding one) stays with what
    // follows it: whole pieces (lines, rows) until they are at least this many body lines tall.
    qreal keepAfterHeading = 1.5;
    // A paragraph of more lines than this may break inside, leaving two lines on each side.
    int unbreakableLines = 4;
    // A part after the first starts on a new page, unless less than this share of the page is
    // used: then it follows on, so that no page stays near-empty.
    qreal newPartMinimumUse = 0.6;
    // Space above a part that follows on the same page.
    qreal partGap = 0;
};

// Cuts documents into pages. Each document must be laid out at the page body's width with no
// page height (QTextDocument::setTextWidth), in the units of `pageHeight`. Every document
// after the first starts a new page (see PageBreakRules::newPartMinimumUse).
QList<PageSlices> paginate(const QList<const QTextDocument*>& parts, qreal pageHeight,
                           const PageBreakRules& rules = {});

// The vertical extent of every table row in a document (document coordinates, nested tables
// included), in document order: what a page break must not cut.
QList<QPair<qreal, qreal>> tableRowExtents(const QTextDocument* document);

} // namespace easyuc
