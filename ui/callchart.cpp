#include "callchart.h"

#include <QPainter>

namespace easyuc {

CallChart::CallChart(QWidget* parent) : QWidget(parent)
{
    setAccessibleName(tr("Call test chart"));
}

void CallChart::setResult(const CallTestResult& result)
{
    m_result = result;
    update();
}

QSize CallChart::sizeHint() const
{
    return {560, 260};
}

QSize CallChart::minimumSizeHint() const
{
    return {320, 180};
}

void CallChart::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), palette().base());
}

} // namespace easyuc
