#include "core/report/callchart.h"

#include "core/report/callchartcanvas.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPalette>
#include <algorithm>
#include <cmath>

namespace easyuc {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CallChart)
};

QString number(double value, int decimals)
{
    return QLocale().toString(value, 'f', decimals);
}

QColor blend(const QColor& a, const QColor& b, qreal towardsB)
{
    return QColor::fromRgbF(a.redF() + (b.redF() - a.redF()) * towardsB,
                            a.greenF() + (b.greenF() - a.greenF()) * towardsB,
                            a.blueF() + (b.blueF() - a.blueF()) * towardsB);
}

// Dark ink on light fills (amber), white on dark ones: readable either way.
QColor inkOn(const QColor& fill)
{
    const qreal luminance = 0.2126 * fill.redF() + 0.7152 * fill.greenF() + 0.0722 * fill.blueF();
    return luminance > 0.45 ? QColor(0x1a, 0x1a, 0x1a) : QColor(Qt::white);
}

// The call is still running while fewer seconds than asked have come in.
bool isLive(const CallTestResult& r)
{
    return r.error.isEmpty() && r.durationS > 0 && callchart::lastSecond(r) < r.durationS;
}

// 1, 2, 2.5 or 5 times a power of ten: the smallest step giving at most maxTicks intervals.
double niceStep(double span, int maxTicks)
{
    if (span <= 0)
        return 1;
    const double raw = span / std::max(1, maxTicks);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double m : {1.0, 2.0, 2.5, 5.0})
        if (m * magnitude >= raw * (1 - 1e-9))
            return m * magnitude;
    return 10 * magnitude;
}

// A step for the time axis in whole seconds people count in: at most maxTicks intervals.
double secondsStep(int span, int maxTicks)
{
    maxTicks = std::max(1, maxTicks);
    for (const int step : {1, 2, 5, 10, 15, 30, 60, 120, 300, 600})
        if (span <= step * maxTicks)
            return step;
    return std::ceil(double(span) / maxTicks);
}

// The runs of consecutive seconds that have a value; a missing value or second breaks a run.
template <typename Value, typename X, typename Y>
QList<QPolygonF> runsOf(const QList<CallTestSecond>& series, Value value, X x, Y y)
{
    QList<QPolygonF> runs;
    qint64 previous = -1;
    for (const CallTestSecond& s : series) {
        const double v = value(s);
        if (!std::isfinite(v) || v < 0) {
            previous = -1;
            continue;
        }
        if (previous < 0 || qint64(s.t) != previous + 1 || runs.isEmpty())
            runs.append(QPolygonF());
        runs.last().append(QPointF(x(s.t - 0.5), y(v)));
        previous = s.t;
    }
    return runs;
}

// --- the painter canvas: the GUI widget and the PDF -------------------------------------------
class PainterCanvas : public callchart::Canvas
{
public:
    PainterCanvas(QPainter& painter, const QFont& font) : m_p(painter), m_font(font)
    {
        m_em = QFontMetricsF(m_font, m_p.device()).height();
    }

    qreal em() const override { return m_em; }

    qreal textWidth(const QString& text, qreal scale, bool bold) const override
    {
        return QFontMetricsF(scaled(scale, bold), m_p.device()).horizontalAdvance(text);
    }

    void fillRect(const QRectF& r, const QColor& c, qreal radius, const char*) override
    {
        m_p.setPen(Qt::NoPen);
        m_p.setBrush(c);
        if (radius > 0)
            m_p.drawRoundedRect(r, radius, radius);
        else
            m_p.drawRect(r);
    }

    void line(const QPointF& a, const QPointF& b, const QColor& c, qreal width, bool dashed,
              const char*) override
    {
        QPen pen(c, width);
        pen.setCapStyle(Qt::FlatCap);
        if (dashed)
            pen.setDashPattern({5, 3});
        m_p.setPen(pen);
        m_p.drawLine(a, b);
    }

    void polyline(const QList<QPolygonF>& runs, const QColor& c, qreal width, const char*) override
    {
        m_p.setPen(QPen(c, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        m_p.setBrush(Qt::NoBrush);
        for (const QPolygonF& run : runs)
            if (run.size() > 1)
                m_p.drawPolyline(run);
    }

    void dot(const QPointF& centre, qreal radius, const QColor& c, const char*) override
    {
        m_p.setPen(Qt::NoPen);
        m_p.setBrush(c);
        m_p.drawEllipse(centre, radius, radius);
    }

    void text(const QPointF& at, const QString& s, callchart::Anchor anchor, const QColor& c,
              qreal scale, bool bold, const char*) override
    {
        const QFont f = scaled(scale, bold);
        const qreal w = QFontMetricsF(f, m_p.device()).horizontalAdvance(s);
        const qreal x = anchor == callchart::Anchor::Start    ? at.x()
                        : anchor == callchart::Anchor::Middle ? at.x() - w / 2
                                                              : at.x() - w;
        m_p.setFont(f);
        m_p.setPen(c);
        m_p.drawText(QPointF(x, at.y()), s);
    }

private:
    QFont scaled(qreal scale, bool bold) const
    {
        QFont f = m_font;
        if (f.pointSizeF() > 0)
            f.setPointSizeF(f.pointSizeF() * scale);
        else
            f.setPixelSize(std::max(1, int(std::lround(f.pixelSize() * scale))));
        f.setBold(bold);
        // No ligatures: the PDF's text must read as typed.
        f.setStyleStrategy(QFont::PreferNoShaping);
        return f;
    }

    QPainter& m_p;
    QFont m_font;
    qreal m_em = 12;
};

} // namespace

// --- the drawing, shared by every canvas ------------------------------------------------------
namespace callchart {

void draw(Canvas& c, const QRectF& rect, const CallTestResult& r, const CallChartStyle& s)
{
    constexpr qreal kTick = 0.85; // tick labels' size
    const qreal em = std::max<qreal>(c.em(), 1);
    const qreal pad = em * 0.5;
    if (s.background.alpha() > 0)
        c.fillRect(rect, s.background, 0, "background");

    // The loss strip's scale follows the partial losses: a second with no answer at all fills
    // the strip and is shaded above, so it need not flatten a 2 % loss into nothing.
    double maxMs = calltest::kMaxRttMs;
    double maxLoss = 0;
    for (const CallTestSecond& sec : r.series) {
        for (const double ms : {sec.rttMs, sec.jitterMs})
            if (std::isfinite(ms))
                maxMs = std::max(maxMs, ms);
        if ((sec.received > 0 || sec.sent == 0) && std::isfinite(sec.lossPct))
            maxLoss = std::max(maxLoss, sec.lossPct);
    }
    const int last = callchart::lastSecond(r);
    const int span = std::min(std::max({r.durationS, last, 1}), 24 * 3600);
    const bool live = isLive(r);

    // Header: what the chart covers on the left, the score in the right corner.
    const MosBand band = mosBand(r.mos);
    const QString mosText =
        band == MosBand::None ? Tr::tr("MOS \u2014")
        : live ? Tr::tr("MOS so far %1 \u00b7 %2").arg(number(r.mos, 2), mosBandWord(band))
               : Tr::tr("MOS %1 \u00b7 %2").arg(number(r.mos, 2), mosBandWord(band));
    const QColor bandColour = band == MosBand::Good   ? s.good
                              : band == MosBand::Fair ? s.fair
                              : band == MosBand::Poor ? s.poor
                                                      : s.grid;
    const qreal chipH = em * 1.35;
    const qreal chipW = c.textWidth(mosText, 1, true) + em * 1.2;
    const QRectF chip(rect.right() - pad - chipW, rect.top() + pad, chipW, chipH);
    c.fillRect(chip, bandColour, chipH / 2, "mos");
    const qreal headerBase = chip.center().y() + em * 0.3;
    c.text(QPointF(chip.center().x(), headerBase), mosText, Anchor::Middle,
           band == MosBand::None ? s.text : inkOn(bandColour), 1, true, "mos-text");
    QString caption;
    if (live)
        caption = Tr::tr("Second %1 of %2").arg(last).arg(r.durationS);
    else if (!r.series.isEmpty())
        caption = Tr::tr("%1 s \u00b7 %2 of %3 packets answered")
                      .arg(last)
                      .arg(r.packetsReceived)
                      .arg(r.packetsSent);
    if (!caption.isEmpty() && c.textWidth(caption, 1, false) < chip.left() - rect.left() - em * 2)
        c.text(QPointF(rect.left() + pad, headerBase), caption, Anchor::Start, s.text, 1, false,
               "caption");

    // Legend along the bottom.
    struct Item
    {
        QString label;
        QColor colour;
        int kind; // 0 line, 1 bar, 2 shade
    };
    QList<Item> items = {{Tr::tr("Round-trip time"), s.rtt, 0},
                         {Tr::tr("Jitter"), s.jitter, 0},
                         {Tr::tr("Loss per second"), s.loss, 1},
                         {Tr::tr("No answer"), s.loss, 2}};
    const qreal swatch = em * 1.3;
    auto legendWidth = [&] {
        qreal w = 0;
        for (const Item& i : items)
            w += swatch + em * 0.35 + c.textWidth(i.label, kTick, false) + em;
        return w;
    };
    while (items.size() > 2 && legendWidth() > rect.width() - 2 * pad)
        items.removeLast();
    const qreal legendBase = rect.bottom() - pad - em * 0.25;
    qreal lx = rect.left() + pad;
    for (const Item& i : items) {
        const qreal mid = legendBase - em * 0.3;
        if (i.kind == 0)
            c.line(QPointF(lx, mid), QPointF(lx + swatch, mid), i.colour, em / 7, false, "legend");
        else if (i.kind == 1)
            c.fillRect(QRectF(lx + swatch * 0.3, mid - em * 0.4, swatch * 0.4, em * 0.7), i.colour,
                       0, "legend");
        else
            c.fillRect(QRectF(lx, mid - em * 0.4, swatch, em * 0.7),
                       QColor(i.colour.red(), i.colour.green(), i.colour.blue(), 40), 0, "legend");
        lx += swatch + em * 0.35;
        c.text(QPointF(lx, legendBase), i.label, Anchor::Start, s.text, kTick, false, "legend");
        lx += c.textWidth(i.label, kTick, false) + em;
    }

    // The plot: milliseconds above, the loss strip below, seconds along the bottom.
    const qreal plotTop = chip.bottom() + em * 0.9;
    const qreal xLabelBase = legendBase - em * 1.45;
    const qreal stripBottom = xLabelBase - em * 0.95;
    const qreal available = stripBottom - plotTop;
    if (available < em * 3)
        return;
    const qreal stripH = std::max(em * 1.6, available * 0.2);
    const qreal mainBottom = stripBottom - stripH - em * 1.0;
    const qreal mainH = mainBottom - plotTop;
    // The tightest top among a few tick counts the height allows: 150 ms rather than 200 ms.
    const int maxTicks = std::max(2, int(mainH / (em * 1.8)));
    double yStep = niceStep(maxMs * 1.05, maxTicks);
    double yMax = std::ceil(maxMs * 1.05 / yStep) * yStep;
    for (int n = maxTicks + 1; n <= maxTicks + 2; ++n) {
        const double step = niceStep(maxMs * 1.05, n);
        const double top = std::ceil(maxMs * 1.05 / step) * step;
        if (top < yMax && top / step <= maxTicks + 1) {
            yStep = step;
            yMax = top;
        }
    }
    double lossMax = 100;
    for (const double m : {5.0, 10.0, 20.0, 50.0})
        if (maxLoss <= m) {
            lossMax = m;
            break;
        }
    const int yDecimals = yStep < 1 ? 1 : 0;
    auto yLabel = [&](double v, bool top) {
        return top ? Tr::tr("%1 ms").arg(number(v, yDecimals)) : number(v, yDecimals);
    };
    const QString lossTop = Tr::tr("%1 %").arg(number(lossMax, 0));
    const qreal labelW =
        std::max({c.textWidth(yLabel(yMax, true), kTick, false), c.textWidth(lossTop, kTick, false),
                  c.textWidth(Tr::tr("Loss"), kTick, false)});
    const qreal left = rect.left() + pad + labelW + pad;
    const qreal right = rect.right() - pad - em * 0.8;
    if (right - left < em * 4)
        return;
    auto x = [&](double t) { return left + t / span * (right - left); };
    auto y = [&](double ms) { return mainBottom - ms / yMax * mainH; };

    // Seconds with no answer at all: shaded, so that the gap in the lines reads as silence.
    for (const CallTestSecond& sec : r.series)
        if (sec.sent > 0 && sec.received == 0)
            c.fillRect(QRectF(x(sec.t - 1), plotTop, x(sec.t) - x(sec.t - 1), mainH),
                       QColor(s.loss.red(), s.loss.green(), s.loss.blue(), 40), 0, "noanswer");

    for (double v = 0; v <= yMax + yStep / 2; v += yStep) {
        const bool top = v + yStep > yMax + yStep / 2;
        if (v > 0)
            c.line(QPointF(left, y(v)), QPointF(right, y(v)), s.grid, em / 16, false, "grid");
        c.text(QPointF(left - pad * 0.6, y(v) + em * 0.28), yLabel(v, top), Anchor::End, s.muted,
               kTick, false, "tick");
    }
    const double xStep = secondsStep(span, int((right - left) / (em * 2.8)));
    for (double t = 0; t <= span + 1e-9; t += xStep) {
        c.line(QPointF(x(t), stripBottom), QPointF(x(t), stripBottom + em * 0.25), s.axis, em / 14,
               false, "tick");
        const bool lastTick = t + xStep > span + 1e-9;
        c.text(QPointF(x(t), xLabelBase),
               lastTick ? Tr::tr("%1 s").arg(number(t, 0)) : number(t, 0),
               lastTick && x(t) + em * 2 > rect.right() ? Anchor::End : Anchor::Middle, s.muted,
               kTick, false, "tick");
    }

    // The Teams limits, dashed and named at their right end.
    struct Limit
    {
        double ms;
        QColor colour;
        QString label;
        const char* role;
    };
    const Limit limits[] = {
        {calltest::kMaxRttMs, s.rtt, Tr::tr("RTT limit %1 ms").arg(number(calltest::kMaxRttMs, 0)),
         "limit-rtt"},
        {calltest::kMaxJitterMs, s.jitter,
         Tr::tr("Jitter limit %1 ms").arg(number(calltest::kMaxJitterMs, 0)), "limit-jitter"}};
    for (const Limit& l : limits)
        c.line(QPointF(left, y(l.ms)), QPointF(right, y(l.ms)), l.colour, em / 11, true, l.role);

    // The lines: a point in the middle of its second; a lone point is a dot.
    const auto rtt = runsOf(
        r.series, [](const CallTestSecond& sec) { return sec.rttMs; }, x, y);
    const auto jitter = runsOf(
        r.series, [](const CallTestSecond& sec) { return sec.jitterMs; }, x, y);
    const bool dots = x(1) - x(0) >= em * 0.7;
    c.polyline(jitter, s.jitter, em / 8, "jitter");
    c.polyline(rtt, s.rtt, em / 7, "rtt");
    for (const auto& [runs, colour] : {std::pair{&jitter, s.jitter}, std::pair{&rtt, s.rtt}})
        for (const QPolygonF& run : *runs)
            if (dots || run.size() == 1)
                for (const QPointF& p : run)
                    c.dot(p, em / 7, colour, "point");

    // Their names: at the right or left end, above or below the line, wherever the fewest data
    // points are; on a backing, so that a line passing under them never hides a letter.
    auto crowding = [&](const QRectF& box) {
        int n = 0;
        for (const QList<QPolygonF>* runs : {&rtt, &jitter})
            for (const QPolygonF& run : *runs)
                for (qsizetype i = 0; i < run.size(); ++i) {
                    n += box.contains(run.at(i));
                    for (int k = 1; i > 0 && k < 8; ++k)
                        n += box.contains(run.at(i - 1) + (run.at(i) - run.at(i - 1)) * k / 8.0);
                }
        return n;
    };
    QList<QRectF> placed;
    for (const Limit& l : limits) {
        const qreal w = c.textWidth(l.label, kTick, false) + em * 0.4;
        const qreal h = em * 0.86;
        const qreal above = y(l.ms) - em * 0.08 - h;
        const qreal below = y(l.ms) + em * 0.08;
        const QRectF boxes[] = {{right - pad * 0.3 - w, above, w, h},
                                {left + pad * 0.3, above, w, h},
                                {right - pad * 0.3 - w, below, w, h},
                                {left + pad * 0.3, below, w, h}};
        auto cost = [&](const QRectF& b) {
            int n = crowding(b);
            for (const QRectF& other : placed)
                n += b.intersects(other) ? 100000 : 0;
            return n;
        };
        QRectF box = boxes[0];
        int least = cost(box);
        for (const QRectF& b : boxes)
            if (b.top() >= plotTop && b.bottom() <= mainBottom && cost(b) < least) {
                box = b;
                least = cost(b);
            }
        placed.append(box);
        QColor backing = s.background;
        backing.setAlpha(210);
        c.fillRect(box, backing, em * 0.15, "limit-label");
        c.text(QPointF(box.center().x(), box.bottom() - em * 0.2), l.label, Anchor::Middle,
               l.colour, kTick, false, l.role);
    }

    // The loss strip.
    c.text(QPointF(left - pad * 0.6, stripBottom - stripH + em * 0.28), lossTop, Anchor::End,
           s.muted, kTick, false, "tick");
    c.text(QPointF(left - pad * 0.6, stripBottom), Tr::tr("Loss"), Anchor::End, s.loss, kTick,
           false, "tick");
    c.line(QPointF(left, stripBottom - stripH), QPointF(right, stripBottom - stripH), s.grid,
           em / 16, false, "grid");
    const qreal gap = std::min(em * 0.08, (x(1) - x(0)) * 0.15);
    for (const CallTestSecond& sec : r.series)
        if (std::isfinite(sec.lossPct) && sec.lossPct > 0) {
            const qreal h = std::max(em * 0.12, std::min(sec.lossPct, lossMax) / lossMax * stripH);
            c.fillRect(
                QRectF(x(sec.t - 1) + gap, stripBottom - h, x(sec.t) - x(sec.t - 1) - 2 * gap, h),
                s.loss, 0, "loss");
        }

    // Axes last, over the shading.
    c.line(QPointF(left, plotTop), QPointF(left, mainBottom), s.axis, em / 14, false, "axis");
    c.line(QPointF(left, mainBottom), QPointF(right, mainBottom), s.axis, em / 14, false, "axis");
    c.line(QPointF(left, stripBottom), QPointF(right, stripBottom), s.axis, em / 14, false, "axis");

    QString message;
    if (!r.error.isEmpty())
        message = Tr::tr("The call test could not run: %1").arg(r.error);
    else if (r.series.isEmpty())
        message = Tr::tr("Waiting for the first second of the call\u2026");
    if (!message.isEmpty())
        c.text(QPointF((left + right) / 2, (plotTop + mainBottom) / 2), message, Anchor::Middle,
               s.muted, 1, false, "message");
}

} // namespace callchart

// --- public -----------------------------------------------------------------------------------
CallChartStyle CallChartStyle::print()
{
    CallChartStyle s;
    s.background = Qt::white;
    s.text = QColor(0x1f, 0x29, 0x33);
    s.muted = QColor(0x5f, 0x6b, 0x7a);
    s.grid = QColor(0xe3, 0xe7, 0xec);
    s.axis = QColor(0x9a, 0xa5, 0xb1);
    s.rtt = QColor(0x1f, 0x6f, 0xd1);
    s.jitter = QColor(0xe8, 0x71, 0x0a);
    s.loss = QColor(0xd0, 0x2a, 0x20);
    s.good = QColor(0x1e, 0x8e, 0x3e);
    s.fair = QColor(0xc3, 0x6a, 0x00);
    s.poor = QColor(0xd0, 0x2a, 0x20);
    s.font = QFont(QStringLiteral("DejaVu Sans"));
    s.font.setStyleHint(QFont::SansSerif);
    s.font.setPointSizeF(7.5);
    return s;
}

CallChartStyle CallChartStyle::fromPalette(const QPalette& palette, const QFont& font)
{
    CallChartStyle s = print();
    s.background = palette.color(QPalette::Base);
    s.text = palette.color(QPalette::Text);
    s.muted = blend(s.text, s.background, 0.35);
    s.grid = blend(s.text, s.background, 0.86);
    s.axis = blend(s.text, s.background, 0.55);
    if (s.background.lightness() < 128) {
        s.rtt = QColor(0x6e, 0xa8, 0xff);
        s.jitter = QColor(0xff, 0xa2, 0x4d);
        s.loss = QColor(0xff, 0x6b, 0x5e);
        s.good = QColor(0x4c, 0xc3, 0x6b);
        s.fair = QColor(0xf0, 0xa0, 0x30);
        s.poor = QColor(0xff, 0x6b, 0x5e);
    }
    s.font = font;
    return s;
}

void paintCallChart(QPainter& painter, const QRectF& rect, const CallTestResult& result,
                    const CallChartStyle& style)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setClipRect(rect, Qt::IntersectClip);
    PainterCanvas canvas(painter, style.font);
    callchart::draw(canvas, rect, result, style);
    painter.restore();
}

} // namespace easyuc
