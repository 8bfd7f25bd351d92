#include "lightwidget.h"

#include <QEvent>
#include <QPainter>
#include <QTimer>

namespace easyuc {

LightWidget::LightWidget(QWidget* parent) : QWidget(parent), m_timer(new QTimer(this))
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_timer->setInterval(80);
    connect(m_timer, &QTimer::timeout, this, [this] {
        m_phase = (m_phase + 1) % 12;
        update();
    });
    updateAccessibleName();
}

void LightWidget::setState(RowState state, Status status)
{
    m_state = state;
    m_status = status;
    if (state == RowState::Running)
        m_timer->start();
    else
        m_timer->stop();
    updateAccessibleName();
    update();
}

void LightWidget::setSubject(const QString& subject)
{
    m_subject = subject;
    updateAccessibleName();
}

void LightWidget::setScale(qreal scale)
{
    m_scale = scale;
    updateGeometry();
    update();
}

QSize LightWidget::sizeHint() const
{
    const int side = int(fontMetrics().height() * m_scale);
    return {side, side};
}

void LightWidget::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    const int side = qMin(width(), height());
    const QRectF r((width() - side) / 2.0, (height() - side) / 2.0, side, side);
    paintStatusLight(&p, r.adjusted(1, 1, -1, -1), m_state, m_status, m_phase, palette());
}

void LightWidget::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        updateAccessibleName();
    else if (event->type() == QEvent::FontChange)
        updateGeometry();
}

void LightWidget::updateAccessibleName()
{
    const QString word = rowStateWord(m_state, m_status);
    setAccessibleName(word.isEmpty() ? tr("Not run yet") : word);
    // Read after the name: what the light is about and how to read it without its colour.
    const QString legend = tr("Status light: green OK, amber warning, red failed, grey not run.");
    setAccessibleDescription(m_subject.isEmpty() ? legend : tr("%1. %2").arg(m_subject, legend));
}

} // namespace easyuc
