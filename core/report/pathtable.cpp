#include "core/report/pathtable.h"

#include "core/probes/pathanalysis.h"

#include <QCoreApplication>

namespace easyuc {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PathReport)
};

QString shortZone(const QString& zone)
{
    if (zone == QLatin1String("local"))
        return Tr::tr("your network");
    if (zone == QLatin1String("provider"))
        return Tr::tr("provider");
    if (zone == QLatin1String("internet"))
        return Tr::tr("Internet");
    if (zone == QLatin1String("pbx"))
        return Tr::tr("PBX");
    return {};
}

QString ms(double v)
{
    if (v < 0)
        return QStringLiteral("\u2013");
    return Tr::tr("%1 ms").arg(QString::number(v, 'f', v < 10 ? 1 : 0));
}

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

// A horizontal bar of `width` px: `fraction` of it in `colour`, the rest pale. Table cells,
// because QTextDocument (the PDF) draws no CSS boxes of a given width.
QString bar(double fraction, const QString& colour, int width)
{
    const int filled = qBound(0, qRound(fraction * width), width);
    QString cells;
    if (filled > 0)
        cells += QStringLiteral("<td width=\"%1\" bgcolor=\"%2\" style=\"background-color:%2;"
                                "width:%1px;height:9px\"></td>")
                     .arg(filled)
                     .arg(colour);
    if (filled < width)
        cells += QStringLiteral("<td width=\"%1\" bgcolor=\"#e8ecf0\" style=\"background-color:"
                                "#e8ecf0;width:%1px;height:9px\"></td>")
                     .arg(width - filled);
    return QStringLiteral("<table class=\"bar\" cellspacing=\"0\" cellpadding=\"0\" border=\"0\" "
                          "style=\"border-collapse:collapse\"><tr>%1</tr></table>")
        .arg(cells);
}
} // namespace

QString pathTitle(const PathInfo& path)
{
    return Tr::tr("Path to the PBX (%1)").arg(path.target);
}

QStringList pathHeadings()
{
    return {Tr::tr("Hop"),  Tr::tr("Host"),    Tr::tr("Where"),
            Tr::tr("Loss"), Tr::tr("Answers"), Tr::tr("Median RTT")};
}

QList<PathRow> pathRows(const PathInfo& path)
{
    QList<PathRow> rows;
    for (const PathHop& h : path.hops) {
        PathRow r;
        r.ttl = h.ttl;
        if (h.address.isEmpty())
            r.host = QStringLiteral("*");
        else
            r.host =
                h.name.isEmpty() ? h.address : QStringLiteral("%1 (%2)").arg(h.name, h.address);
        r.where = shortZone(h.zone);
        r.loss = QStringLiteral("%1%").arg(qRound(h.lossPct));
        r.answers = QStringLiteral("%1/%2").arg(h.received).arg(h.sent);
        r.rtt = ms(h.rttMs);
        r.lossPct = h.lossPct;
        r.rttMs = h.rttMs;
        r.lossNamed = path.lossFromTtl > 0 && h.ttl >= path.lossFromTtl;
        rows.append(r);
    }
    return rows;
}

QStringList pathTextLines(const PathInfo& path)
{
    if (!path.ran)
        return {};
    QStringList lines{pathTitle(path) + QLatin1Char(':')};
    const QList<PathRow> rows = pathRows(path);
    if (!rows.isEmpty()) {
        const QStringList head = pathHeadings();
        int hostWidth = int(head.at(1).size());
        int whereWidth = int(head.at(2).size());
        for (const PathRow& r : rows) {
            hostWidth = qMax(hostWidth, int(r.host.size()));
            whereWidth = qMax(whereWidth, int(r.where.size()));
        }
        hostWidth = qMin(hostWidth, 48);
        const auto line = [&](const QString& hop, const QString& host, const QString& where,
                              const QString& loss, const QString& answers, const QString& rtt,
                              const QString& mark) {
            return QStringLiteral("  %1  %2  %3  %4  %5  %6%7")
                .arg(hop, 3)
                .arg(host.left(48).leftJustified(hostWidth), where.leftJustified(whereWidth))
                .arg(loss, 5)
                .arg(answers, 7)
                .arg(rtt, 10)
                .arg(mark);
        };
        lines.append(line(head.at(0), head.at(1), head.at(2), head.at(3), head.at(4), head.at(5),
                          QString()));
        for (const PathRow& r : rows)
            lines.append(line(QString::number(r.ttl), r.host, r.where, r.loss, r.answers, r.rtt,
                              r.lossNamed ? QStringLiteral("  <") : QString()));
    }
    lines.append(QStringLiteral("  ") + describePath(path));
    return lines;
}

QString pathHtml(const PathInfo& path, bool richText)
{
    if (!path.ran)
        return {};
    const QList<PathRow> rows = pathRows(path);
    double maxRtt = 0;
    for (const PathRow& r : rows)
        maxRtt = qMax(maxRtt, r.rttMs);
    QString out = QStringLiteral("<h3>%1</h3>\n").arg(esc(pathTitle(path)));
    out += QStringLiteral("<p>%1</p>\n").arg(esc(describePath(path)));
    if (rows.isEmpty())
        return out;
    out += richText ? QStringLiteral("<table class=\"path\" width=\"100%\" cellspacing=\"0\" "
                                     "cellpadding=\"3\" border=\"1\" style=\"border-collapse:"
                                     "collapse;border-color:#dde2e8;border-style:solid\">\n")
                    : QStringLiteral("<table class=\"path\">\n");
    const QStringList head = pathHeadings();
    out += QStringLiteral("<thead><tr>");
    for (const QString& h : head)
        out += QStringLiteral("<th>%1</th>").arg(esc(h));
    out += QStringLiteral("</tr></thead>\n");
    for (const PathRow& r : rows) {
        const QString lossColour =
            r.lossNamed ? QStringLiteral("#c0392b") : QStringLiteral("#e0a030");
        out += QStringLiteral("<tr><td>%1</td><td class=\"value\">%2</td><td>%3</td>"
                              "<td>%4&nbsp;%5</td><td>%6</td><td>%7&nbsp;%8</td></tr>\n")
                   .arg(r.ttl)
                   .arg(esc(r.host), esc(r.where), esc(r.loss),
                        bar(r.lossPct / 100.0, lossColour, 60), esc(r.answers), esc(r.rtt),
                        bar(maxRtt > 0 && r.rttMs > 0 ? r.rttMs / maxRtt : 0,
                            QStringLiteral("#2d6cdf"), 60));
    }
    out += QStringLiteral("</table>\n");
    return out;
}

} // namespace easyuc
