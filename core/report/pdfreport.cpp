#include "pdfreport.h"

#include "core/report/callchartobject.h"
#include "core/report/pdfpagination.h"
#include "htmlreport.h"
#include "reportmodel.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <memory>
#include <vector>

namespace easyuc {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PdfReport)
};

constexpr int kDpi = 300;
constexpr qreal kHeaderMm = 13.0;
constexpr qreal kFooterMm = 9.0;

qreal mm(qreal millimetres)
{
    return millimetres / 25.4 * kDpi;
}

// The running header and footer of one page, in device pixels of the page's paint rect.
void paintFrame(QPainter& p, const QRectF& page, const ReportModel& model, const QImage& logo,
                int pageNumber, int pageCount)
{
    const QColor ink(0x1f, 0x29, 0x33);
    const QColor muted(0x5f, 0x6b, 0x7a);
    const QColor brand(0x1f, 0x4f, 0xa8);
    const qreal logoSize = mm(7.5);
    p.drawImage(QRectF(page.left(), page.top(), logoSize, logoSize), logo);

    QFont title(QStringLiteral("DejaVu Sans"));
    title.setPointSizeF(9.5);
    title.setBold(true);
    p.setFont(title);
    p.setPen(brand);
    const QRectF textBox(page.left() + logoSize + mm(2.5), page.top(), page.width() / 2, logoSize);
    p.drawText(textBox, Qt::AlignLeft | Qt::AlignTop, model.title);
    QFont small(QStringLiteral("DejaVu Sans"));
    small.setPointSizeF(7.5);
    p.setFont(small);
    p.setPen(muted);
    p.drawText(textBox, Qt::AlignLeft | Qt::AlignBottom, model.product);

    QRectF right(page.left() + page.width() / 2, page.top(), page.width() / 2, logoSize);
    p.drawText(right, Qt::AlignRight | Qt::AlignBottom, model.date);
    QFont code(QStringLiteral("DejaVu Sans Mono"));
    code.setPointSizeF(9);
    code.setBold(true);
    p.setFont(code);
    p.setPen(ink);
    p.drawText(right, Qt::AlignRight | Qt::AlignTop, model.supportCode);

    p.setPen(QPen(brand, mm(0.4)));
    const qreal rule = page.top() + logoSize + mm(2);
    p.drawLine(QPointF(page.left(), rule), QPointF(page.right(), rule));

    p.setFont(small);
    p.setPen(QPen(QColor(0xdd, 0xe2, 0xe8), mm(0.25)));
    const qreal footerTop = page.bottom() - mm(kFooterMm) + mm(3);
    p.drawLine(QPointF(page.left(), footerTop), QPointF(page.right(), footerTop));
    p.setPen(muted);
    const QRectF footer(page.left(), footerTop + mm(1), page.width(), mm(kFooterMm) - mm(4));
    p.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter,
               reportLabel(ReportLabel::GeneratedBy).arg(model.product));
    p.drawText(footer, Qt::AlignRight | Qt::AlignVCenter,
               reportLabel(ReportLabel::Page).arg(pageNumber).arg(pageCount));
}
// A document laid out for the writer's pages.
std::unique_ptr<QTextDocument> newDocument(QPdfWriter* writer, const QString& html, qreal pageWidth)
{
    auto doc = std::make_unique<QTextDocument>();
    doc->setUndoRedoEnabled(false);
    // Pixel lengths in the markup (padding, widths) are scaled from 96 dpi to the writer's.
    doc->documentLayout()->setPaintDevice(writer);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(9);
    // No ligatures: copied or searched text must read "Profile", not "Pro\ufb01le".
    font.setStyleStrategy(QFont::PreferNoShaping);
    doc->setDefaultFont(font);
    // Network strings (certificate names, hashes, headers) may be one long word: break them
    // anywhere rather than let them run off the page.
    QTextOption option = doc->defaultTextOption();
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    doc->setDefaultTextOption(option);
    doc->setDocumentMargin(0);
    doc->setHtml(html);
    // One long page: paginate() decides where pages end.
    doc->setTextWidth(pageWidth);
    return doc;
}
} // namespace

bool PdfReport::write(const Report& report, const QString& path, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = Tr::tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    if (!write(report, &file, error))
        return false;
    if (!file.commit()) {
        *error = Tr::tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool PdfReport::write(const Report& report, QIODevice* device, QString* error)
{
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        *error = Tr::tr("The PDF report needs a graphical application object (QGuiApplication).");
        return false;
    }
    const ReportModel model = ReportModel::build(report);

    QPdfWriter writer(device);
    writer.setResolution(kDpi);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(14, 12, 14, 10), QPageLayout::Millimeter);
    writer.setTitle(QStringLiteral("%1 \u2014 %2").arg(model.title, model.date));
    writer.setCreator(model.product);

    // Each part (summary, details, appendix) starts on a page of its own. The parts are laid
    // out as one long page each and cut into pages here, where a break leaves no row split and
    // no heading alone (QTextDocument's own pagination splits rows and strands headings).
    const QString html = HtmlReport::render(model, HtmlReport::Flavour::RichText);
    const QStringList parts = html.split(HtmlReport::pageBreakMarker());
    const qsizetype bodyStart = parts.first().indexOf(QStringLiteral("<body>"));
    const QString head = parts.first().left(bodyStart + 6);
    const QRectF page(QPointF(0, 0), writer.pageLayout().paintRectPixels(kDpi).size());
    const qreal top = mm(kHeaderMm);
    const QSizeF body(page.width(), page.height() - top - mm(kFooterMm));
    std::vector<std::unique_ptr<QTextDocument>> docs;
    QList<const QTextDocument*> partDocs;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        docs.push_back(
            newDocument(&writer, i == 0 ? parts.at(i) : head + parts.at(i), body.width()));
        installCallChart(docs.back().get(), model.callTest);
        partDocs.append(docs.back().get());
    }
    PageBreakRules rules;
    rules.partGap = mm(4);
    const QList<PageSlices> pages = paginate(partDocs, body.height(), rules);

    const QImage logo(QStringLiteral(":/report/logo.png"));
    QPainter painter;
    if (!painter.begin(&writer)) {
        *error = Tr::tr("The PDF could not be started.");
        return false;
    }
    for (qsizetype n = 0; n < pages.size(); ++n) {
        if (n > 0)
            writer.newPage();
        paintFrame(painter, page, model, logo, int(n + 1), int(pages.size()));
        for (const PageSlice& slice : pages.at(n)) {
            painter.save();
            painter.translate(0, top + slice.offset - slice.top);
            const QRectF visible(0, slice.top, body.width(), slice.bottom - slice.top);
            painter.setClipRect(visible);
            QAbstractTextDocumentLayout::PaintContext context;
            // Inset: a line starting right at the slice's edge belongs to the next page and
            // must not be drawn here (clipped out of sight, its text would still be copied).
            context.clip = visible.adjusted(0, 1, 0, -1);
            context.palette.setColor(QPalette::Text, QColor(0x1f, 0x29, 0x33));
            slice.document->documentLayout()->draw(&painter, context);
            painter.restore();
        }
    }
    painter.end();
    return true;
}

} // namespace easyuc
