#include "core/report/callchartobject.h"

#include "core/report/callchart.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextObjectInterface>

namespace easyuc {

namespace {

constexpr int kObjectType = QTextFormat::UserObject + 14;
// Height over width: room for the header, the plot, the loss strip and the legend.
constexpr qreal kAspect = 0.42;

class CallChartObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    CallChartObject(const CallTestResult& result, QObject* parent)
        : QObject(parent), m_result(result)
    {
    }

    QSizeF intrinsicSize(QTextDocument* doc, int, const QTextFormat&) override
    {
        const qreal width = doc->textWidth() > 0 ? doc->textWidth() : doc->pageSize().width();
        // Less than the full width: a table cell or list indentation must not make it overflow.
        return {width * 0.98, width * 0.98 * kAspect};
    }

    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument*, int,
                    const QTextFormat&) override
    {
        paintCallChart(*painter, rect, m_result, CallChartStyle::print());
    }

private:
    CallTestResult m_result;
};

} // namespace

QString callChartObjectName()
{
    return QStringLiteral("easyuc-call-chart");
}

QString callChartObjectMarkup()
{
    return QStringLiteral("<p><img src=\"%1\" alt=\"\"></p>\n").arg(callChartObjectName());
}

int installCallChart(QTextDocument* document, const CallTestResult& result)
{
    QList<int> positions;
    for (QTextBlock b = document->begin(); b.isValid(); b = b.next())
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat f = it.fragment().charFormat();
            if (f.isImageFormat() && f.toImageFormat().name() == callChartObjectName())
                for (int i = 0; i < it.fragment().length(); ++i)
                    positions.append(it.fragment().position() + i);
        }
    if (positions.isEmpty())
        return 0;
    document->documentLayout()->registerHandler(kObjectType, new CallChartObject(result, document));
    QTextCharFormat object;
    object.setObjectType(kObjectType);
    QTextCursor cursor(document);
    for (const int position : positions) {
        cursor.setPosition(position);
        cursor.setPosition(position + 1, QTextCursor::KeepAnchor);
        cursor.setCharFormat(object);
    }
    return int(positions.size());
}

} // namespace easyuc

#include "callchartobject.moc"
