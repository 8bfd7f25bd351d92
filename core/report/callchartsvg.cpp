// The call chart as SVG text for the HTML report: the same drawing as the painter's, written
// element by element, so that it needs no QtSvg and no graphical application object.
#include "core/report/callchart.h"
#include "core/report/callchartcanvas.h"

#include <QCoreApplication>

namespace easyuc {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CallChart)
};

// Coordinates and sizes: '.' as the decimal point whatever the locale.
QString num(qreal v)
{
    QString s = QString::number(v, 'f', 2);
    while (s.endsWith(QLatin1Char('0')))
        s.chop(1);
    if (s.endsWith(QLatin1Char('.')))
        s.chop(1);
    return s == QStringLiteral("-0") ? QStringLiteral("0") : s;
}

// Text for XML: markup escaped, and the characters XML 1.0 forbids (control characters,
// unpaired surrogates, U+FFFE/U+FFFF) dropped, so that a hostile string cannot break the file.
QString xmlText(const QString& s)
{
    QString clean;
    clean.reserve(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar ch = s.at(i);
        if (ch.isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate()) {
            clean += ch;
            clean += s.at(++i);
            continue;
        }
        const char16_t u = ch.unicode();
        if (ch.isSurrogate() || u == 0xfffe || u == 0xffff ||
            (u < 0x20 && u != '\t' && u != '\n' && u != '\r'))
            continue;
        clean += ch;
    }
    return clean.toHtmlEscaped();
}

// fill="#rrggbb" (with fill-opacity when translucent), for `what` = fill or stroke.
QString paint(const char* what, const QColor& c)
{
    QString out = QStringLiteral(" %1=\"%2\"").arg(QLatin1String(what), c.name(QColor::HexRgb));
    if (c.alpha() < 255)
        out += QStringLiteral(" %1-opacity=\"%2\"").arg(QLatin1String(what), num(c.alphaF()));
    return out;
}

class SvgCanvas : public callchart::Canvas
{
public:
    explicit SvgCanvas(qreal fontSize) : m_fontSize(fontSize) {}

    qreal em() const override { return m_fontSize * 1.2; }

    // No font metrics without a graphical application: DejaVu Sans averages about 0.58 em
    // per character; the anchors (start, middle, end) keep alignment exact anyway.
    qreal textWidth(const QString& text, qreal scale, bool bold) const override
    {
        return text.size() * m_fontSize * scale * (bold ? 0.64 : 0.58);
    }

    void fillRect(const QRectF& r, const QColor& c, qreal radius, const char* role) override
    {
        m_out +=
            QStringLiteral("<rect class=\"%1\" x=\"%2\" y=\"%3\" width=\"%4\" height=\"%5\"")
                .arg(QLatin1String(role), num(r.x()), num(r.y()), num(r.width()), num(r.height()));
        if (radius > 0)
            m_out += QStringLiteral(" rx=\"%1\"").arg(num(radius));
        m_out += paint("fill", c) + QStringLiteral("/>\n");
    }

    void line(const QPointF& a, const QPointF& b, const QColor& c, qreal width, bool dashed,
              const char* role) override
    {
        m_out += QStringLiteral("<line class=\"%1\" x1=\"%2\" y1=\"%3\" x2=\"%4\" y2=\"%5\"")
                     .arg(QLatin1String(role), num(a.x()), num(a.y()), num(b.x()), num(b.y()));
        m_out += paint("stroke", c) + QStringLiteral(" stroke-width=\"%1\"").arg(num(width));
        if (dashed)
            m_out +=
                QStringLiteral(" stroke-dasharray=\"%1 %2\"").arg(num(width * 5), num(width * 3));
        m_out += QStringLiteral("/>\n");
    }

    void polyline(const QList<QPolygonF>& runs, const QColor& c, qreal width,
                  const char* role) override
    {
        QString d;
        for (const QPolygonF& run : runs) {
            if (run.size() < 2)
                continue;
            for (qsizetype i = 0; i < run.size(); ++i)
                d += QStringLiteral("%1%2 %3").arg(i == 0 ? QStringLiteral("M")
                                                          : QStringLiteral(" L"),
                                                   num(run.at(i).x()), num(run.at(i).y()));
            d += QLatin1Char(' ');
        }
        m_out += QStringLiteral("<path class=\"%1\" d=\"%2\" fill=\"none\"")
                     .arg(QLatin1String(role), d.trimmed());
        m_out +=
            paint("stroke", c) + QStringLiteral(" stroke-width=\"%1\" stroke-linejoin=\"round\" "
                                                "stroke-linecap=\"round\"/>\n")
                                     .arg(num(width));
    }

    void dot(const QPointF& centre, qreal radius, const QColor& c, const char* role) override
    {
        m_out += QStringLiteral("<circle class=\"%1\" cx=\"%2\" cy=\"%3\" r=\"%4\"")
                     .arg(QLatin1String(role), num(centre.x()), num(centre.y()), num(radius));
        m_out += paint("fill", c) + QStringLiteral("/>\n");
    }

    void text(const QPointF& at, const QString& s, callchart::Anchor anchor, const QColor& c,
              qreal scale, bool bold, const char* role) override
    {
        const QString a = anchor == callchart::Anchor::Start    ? QStringLiteral("start")
                          : anchor == callchart::Anchor::Middle ? QStringLiteral("middle")
                                                                : QStringLiteral("end");
        m_out +=
            QStringLiteral("<text class=\"%1\" x=\"%2\" y=\"%3\" text-anchor=\"%4\" "
                           "font-size=\"%5\"")
                .arg(QLatin1String(role), num(at.x()), num(at.y()), a, num(m_fontSize * scale));
        if (bold)
            m_out += QStringLiteral(" font-weight=\"bold\"");
        m_out += paint("fill", c) + QStringLiteral(">%1</text>\n").arg(xmlText(s));
    }

    QString take() { return std::move(m_out); }

private:
    qreal m_fontSize;
    QString m_out;
};

} // namespace

QString callChartSvg(const CallTestResult& result, int width, int height)
{
    width = std::max(width, 200);
    height = std::max(height, 120);
    SvgCanvas canvas(std::clamp(width / 60.0, 9.0, 14.0));
    callchart::draw(canvas, QRectF(0, 0, width, height), result, CallChartStyle::print());
    return QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"callchart\" "
                          "viewBox=\"0 0 %1 %2\" width=\"%1\" height=\"%2\" role=\"img\" "
                          "style=\"max-width:100%;height:auto\" "
                          "font-family=\"'DejaVu Sans', Verdana, Arial, sans-serif\">\n"
                          "<title>%3</title>\n<desc>%4</desc>\n%5</svg>\n")
        .arg(width)
        .arg(height)
        .arg(xmlText(Tr::tr("Call test chart")), xmlText(callChartSummary(result)), canvas.take());
}

} // namespace easyuc
