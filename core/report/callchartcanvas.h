#pragma once
// Inside the call chart: one drawing routine over a small canvas, so that the painter (GUI,
// PDF) and the SVG text (HTML) draw the same geometry.

#include "core/report/callchart.h"

#include <QList>
#include <QPointF>
#include <QPolygonF>
#include <algorithm>

namespace easyuc::callchart {

enum class Anchor
{
    Start,
    Middle,
    End
};

class Canvas
{
public:
    virtual ~Canvas() = default;
    // The height of a line of the style's font, in canvas units.
    virtual qreal em() const = 0;
    // Width of a text at `scale` times the style's font.
    virtual qreal textWidth(const QString& text, qreal scale, bool bold) const = 0;
    // `role` names the element for the SVG (its class) and tests; the painter ignores it.
    virtual void fillRect(const QRectF& r, const QColor& c, qreal radius, const char* role) = 0;
    virtual void line(const QPointF& a, const QPointF& b, const QColor& c, qreal width, bool dashed,
                      const char* role) = 0;
    // One line through several runs of points; a gap between runs stays empty.
    virtual void polyline(const QList<QPolygonF>& runs, const QColor& c, qreal width,
                          const char* role) = 0;
    virtual void dot(const QPointF& centre, qreal radius, const QColor& c, const char* role) = 0;
    // Text whose baseline is at at.y(), anchored at at.x().
    virtual void text(const QPointF& at, const QString& s, Anchor anchor, const QColor& c,
                      qreal scale, bool bold, const char* role) = 0;
};

// The last second the series reached (0 when empty).
inline int lastSecond(const CallTestResult& r)
{
    int last = 0;
    for (const CallTestSecond& s : r.series)
        last = std::max(last, s.t);
    return last;
}

void draw(Canvas& canvas, const QRectF& rect, const CallTestResult& result,
          const CallChartStyle& style);

} // namespace easyuc::callchart
