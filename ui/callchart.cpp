#include "callchart.h"

#include "core/report/callchart.h"

#include <QAccessible>
#include <QFontMetrics>
#include <QPainter>

namespace easyuc {

CallChart::CallChart(QWidget* parent) : QWidget(parent)
{
    setAccessibleName(tr("Call test chart"));
    setAccessibleDescription(callChartSummary(m_result));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void CallChart::setResult(const CallTestResult& result)
{
    m_result = result;
    const QString description = callChartSummary(m_result);
    if (description != accessibleDescription()) {
        // setAccessibleDescription() tells assistive technology itself (DescriptionChanged).
        setAccessibleDescription(description);
    }
    update();
}

// Sizes in lines of text, so that a larger font or a high-DPI screen keeps the labels apart.
QSize CallChart::sizeHint() const
{
    const int line = fontMetrics().height();
    return {line * 40, line * 17};
}

QSize CallChart::minimumSizeHint() const
{
    const int line = fontMetrics().height();
    return {line * 24, line * 12};
}

void CallChart::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    paintCallChart(painter, QRectF(rect()), m_result,
                   CallChartStyle::fromPalette(palette(), font()));
}

} // namespace easyuc
