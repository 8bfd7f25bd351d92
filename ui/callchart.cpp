#include "callchart.h"

#include "core/report/callchart.h"

#include <QEvent>
#include <QFontMetrics>
#include <QPainter>

namespace easyuc {

CallChart::CallChart(QWidget* parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    describe();
}

void CallChart::setResult(const CallTestResult& result)
{
    m_result = result;
    describe();
    update();
}

// The figures in words; setAccessibleDescription() itself tells assistive technology
// (QAccessible::DescriptionChanged) when they change.
void CallChart::describe()
{
    setAccessibleName(tr("Call test chart"));
    const QString description = callChartSummary(m_result);
    if (description != accessibleDescription())
        setAccessibleDescription(description);
}

void CallChart::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        describe(); // the chart's own words are read through tr() at every paint
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
    return {line * 24, line * 14};
}

void CallChart::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    paintCallChart(painter, QRectF(rect()), m_result,
                   CallChartStyle::fromPalette(palette(), font()));
}

} // namespace easyuc
