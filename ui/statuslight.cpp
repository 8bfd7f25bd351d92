#include "statuslight.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>

namespace easyuc {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(StatusLight)
};

// The glyphs are drawn as paths rather than text so that they do not depend on the fonts
// installed and stay crisp at 200 %.
void paintGlyph(QPainter* p, const QRectF& r, Status status, const QColor& ink)
{
    const qreal w = r.width();
    QPen pen(ink, qMax(1.5, w * 0.13), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p->setPen(pen);
    p->setBrush(Qt::NoBrush);
    const QPointF c = r.center();
    switch (status) {
    case Status::Pass: {
        QPainterPath path;
        path.moveTo(c + QPointF(-0.24 * w, 0.02 * w));
        path.lineTo(c + QPointF(-0.07 * w, 0.19 * w));
        path.lineTo(c + QPointF(0.25 * w, -0.17 * w));
        p->drawPath(path);
        break;
    }
    case Status::Warn:
        p->drawLine(c + QPointF(0, -0.24 * w), c + QPointF(0, 0.06 * w));
        p->setBrush(ink);
        p->setPen(Qt::NoPen);
        p->drawEllipse(c + QPointF(0, 0.22 * w), w * 0.075, w * 0.075);
        break;
    case Status::Fail:
        p->drawLine(c + QPointF(-0.18 * w, -0.18 * w), c + QPointF(0.18 * w, 0.18 * w));
        p->drawLine(c + QPointF(-0.18 * w, 0.18 * w), c + QPointF(0.18 * w, -0.18 * w));
        break;
    case Status::Skipped:
    case Status::Error:
        p->drawLine(c + QPointF(-0.2 * w, 0), c + QPointF(0.2 * w, 0));
        break;
    }
}
} // namespace

QColor statusColor(Status status)
{
    switch (status) {
    case Status::Pass:
        return QColor(0x2f, 0x9e, 0x44);
    case Status::Warn:
        return QColor(0xf5, 0xa5, 0x24);
    case Status::Fail:
        return QColor(0xe0, 0x31, 0x31);
    case Status::Skipped:
    case Status::Error:
        return QColor(0x86, 0x8e, 0x96);
    }
    return QColor(0x86, 0x8e, 0x96);
}

void paintStatusLight(QPainter* p, const QRectF& rect, RowState state, Status status, int phase,
                      const QPalette& palette)
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    const qreal side = qMin(rect.width(), rect.height());
    const QRectF r(rect.center() - QPointF(side / 2, side / 2), QSizeF(side, side));
    const qreal stroke = qMax(1.5, side * 0.12);
    const QRectF ring = r.adjusted(stroke / 2, stroke / 2, -stroke / 2, -stroke / 2);
    switch (state) {
    case RowState::Idle:
    case RowState::Waiting: {
        QColor c = palette.color(QPalette::Text);
        c.setAlphaF(state == RowState::Idle ? 0.25 : 0.45);
        p->setPen(QPen(c, stroke * 0.7));
        p->setBrush(Qt::NoBrush);
        p->drawEllipse(ring);
        break;
    }
    case RowState::Running: {
        QColor track = palette.color(QPalette::Text);
        track.setAlphaF(0.15);
        p->setPen(QPen(track, stroke));
        p->drawEllipse(ring);
        p->setPen(QPen(palette.color(QPalette::Highlight), stroke, Qt::SolidLine, Qt::RoundCap));
        // Qt angles are in 1/16 degree, counter-clockwise; turn clockwise 30° per phase.
        p->drawArc(ring, (90 - phase * 30) * 16, -100 * 16);
        break;
    }
    case RowState::Done: {
        const QColor fill = statusColor(status);
        p->setPen(Qt::NoPen);
        p->setBrush(fill);
        p->drawEllipse(r);
        // Dark ink on amber, white on the others: both above 4.5:1 contrast.
        const QColor ink = status == Status::Warn ? QColor(0x3a, 0x26, 0x00) : QColor(Qt::white);
        paintGlyph(p, r, status, ink);
        break;
    }
    }
    p->restore();
}

QString rowStateWord(RowState state, Status status)
{
    switch (state) {
    case RowState::Idle:
        return {};
    case RowState::Waiting:
        return Tr::tr("Waiting");
    case RowState::Running:
        return Tr::tr("Checking…");
    case RowState::Done:
        return statusWord(status);
    }
    return {};
}

} // namespace easyuc
