#include "htmlreport.h"

#include "core/report/callchart.h"
#include "core/report/callchartobject.h"
#include "core/report/pathtable.h"
#include "reportmodel.h"

#include <QFile>
#include <QLocale>
#include <algorithm>

namespace easyuc {

namespace {

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

QString resourceText(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// Builds the markup; the two flavours differ only where QTextDocument needs attributes
// (widths, padding, colours) that a browser takes from the stylesheet.
class Builder
{
public:
    Builder(const ReportModel& model, bool rich) : m_model(model), m_rich(rich) {}

    QString build()
    {
        head();
        masthead();
        verdict();
        overview();
        machine();
        callTest();
        details();
        if (m_model.fullDetail)
            appendix();
        m_out += QStringLiteral("<p class=\"footer\">%1</p>\n</body>\n</html>\n")
                     .arg(esc(QStringLiteral("%1 \u00b7 %2 \u00b7 %3")
                                  .arg(reportLabel(ReportLabel::GeneratedBy).arg(m_model.product),
                                       m_model.date, m_model.supportCode)));
        return m_out;
    }

private:
    QString tableOpen(const QString& cls, int padding = 4) const
    {
        if (!m_rich)
            return QStringLiteral("<table class=\"%1\">\n").arg(cls);
        return QStringLiteral(
                   "<table class=\"%1\" width=\"100%\" cellspacing=\"0\" cellpadding=\"%2\" "
                   "border=\"1\" style=\"border-collapse:collapse;border-color:#dde2e8;"
                   "border-style:solid\">\n")
            .arg(cls)
            .arg(padding);
    }

    // A bar table: a thin coloured edge, then cells; used for banners and requirement heads.
    QString barOpen(const QString& cls, Status s, int padding, int marginTop = 0) const
    {
        return QStringLiteral(
                   "<table class=\"%1\" width=\"100%\" cellspacing=\"0\" cellpadding=\"%2\" "
                   "bgcolor=\"%3\" style=\"background-color:%3;margin-top:%5px\"><tr>"
                   "<td width=\"6\" bgcolor=\"%4\" style=\"background-color:%4\"></td>")
            .arg(cls)
            .arg(padding)
            .arg(statusTintName(s), statusColorName(s))
            .arg(marginTop);
    }

    QString chip(Status s) const
    {
        const QString pad = m_rich ? QStringLiteral("&nbsp;") : QString();
        return QStringLiteral("<span class=\"chip\" style=\"background-color:%1;color:#ffffff;"
                              "font-weight:bold\">%2%3%2</span>")
            .arg(statusColorName(s), pad, esc(statusGlyph(s) + QLatin1Char(' ') + statusWord(s)));
    }

    // A requirement's chip: its status, or a grey "Not selected" for one left out by --only.
    QString chip(const RequirementView& r) const
    {
        if (r.selected)
            return chip(r.status);
        const QString pad = m_rich ? QStringLiteral("&nbsp;") : QString();
        return QStringLiteral("<span class=\"chip\" style=\"background-color:%1;color:#ffffff;"
                              "font-weight:bold\">%2%3%2</span>")
            .arg(statusColorName(Status::Skipped), pad,
                 esc(statusGlyph(Status::Skipped) + QLatin1Char(' ') + r.statusWord));
    }

    QString th(const QString& text, int widthPercent = 0) const
    {
        return widthPercent > 0 && m_rich
                   ? QStringLiteral("<th width=\"%1%\">%2</th>").arg(widthPercent).arg(esc(text))
                   : QStringLiteral("<th>%1</th>").arg(esc(text));
    }

    void h2(const QString& text, bool newPage = false)
    {
        if (newPage && m_rich)
            m_out += HtmlReport::pageBreakMarker();
        m_out += QStringLiteral("<h2%1>%2</h2>\n")
                     .arg(newPage && !m_rich ? QStringLiteral(" class=\"newpage\"") : QString(),
                          esc(text));
    }

    void fields(const QList<ReportField>& list)
    {
        m_out += tableOpen(QStringLiteral("fields"), 3);
        for (const ReportField& f : list)
            m_out += QStringLiteral("<tr><th class=\"fieldlabel\"%1>%2</th><td>%3</td></tr>\n")
                         .arg(m_rich ? QStringLiteral(" width=\"24%\"") : QString(), esc(f.label),
                              esc(f.value));
        m_out += QStringLiteral("</table>\n");
    }

    void preformatted(const QString& text)
    {
        m_out += QStringLiteral("<p class=\"mono pre\" style=\"white-space:pre-wrap\">%1</p>\n")
                     .arg(esc(text));
    }

    void head()
    {
        m_out += QStringLiteral(
                     "<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
                     "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                     "<title>%2</title>\n<style>\n%3</style>\n</head>\n<body>\n")
                     .arg(QLocale().name().left(2),
                          esc(QStringLiteral("%1 \u2014 %2").arg(m_model.title, m_model.date)),
                          resourceText(m_rich ? QStringLiteral(":/report/report-pdf.css")
                                              : QStringLiteral(":/report/report.css")));
    }

    void masthead()
    {
        if (m_rich) {
            // The PDF draws the logo in its running header.
            m_out += QStringLiteral("<h1>%1</h1>\n").arg(esc(m_model.title));
        } else {
            QFile logo(QStringLiteral(":/report/logo.svg"));
            const QByteArray svg = logo.open(QIODevice::ReadOnly) ? logo.readAll() : QByteArray();
            m_out +=
                QStringLiteral("<header class=\"masthead\"><img alt=\"\" src=\"data:image/svg+xml;"
                               "base64,%1\"><div><h1>%2</h1><div class=\"product\">%3</div></div>"
                               "</header>\n")
                    .arg(QString::fromLatin1(svg.toBase64()), esc(m_model.title),
                         esc(m_model.product));
        }
        fields(m_model.header);
    }

    void verdict()
    {
        const Status s = m_model.overall;
        m_out += barOpen(QStringLiteral("verdict"), s, 10);
        // The sentences under the verdict: the root cause's action, or the named problems with
        // what they mean for calls, and what could not be proven.
        QString lines;
        for (const QString& line : m_model.verdictLines)
            lines += QStringLiteral("<p class=\"line\">%1</p>").arg(esc(line));
        m_out +=
            QStringLiteral("<td><div class=\"big\" style=\"color:%1\">%2</div>"
                           "<p class=\"sentence\"><b>%3</b></p>%4<p class=\"counts\">%5</p></td>")
                .arg(statusColorName(s), esc(statusGlyph(s) + QLatin1Char(' ') + statusWord(s)),
                     esc(m_model.verdictSentence), lines, esc(m_model.counts));
        m_out += QStringLiteral("<td width=\"36%\" align=\"right\"><div class=\"hint\">%1</div>"
                                "<div class=\"code\">%2</div><div class=\"hint\">%3</div></td>"
                                "</tr></table>\n")
                     .arg(esc(reportLabel(ReportLabel::SupportCode)), esc(m_model.supportCode),
                          esc(reportLabel(ReportLabel::SupportCodeHint)));
        // Page 1, before the table: what to do, one line per requirement to act on.
        if (m_model.actions.isEmpty())
            return;
        h2(reportLabel(ReportLabel::WhatToDo));
        m_out += QStringLiteral("<ul class=\"actions\">\n");
        for (const QString& a : m_model.actions)
            m_out += QStringLiteral("<li>%1</li>\n").arg(esc(a));
        m_out += QStringLiteral("</ul>\n");
    }

    void overview()
    {
        h2(reportLabel(ReportLabel::Overview));
        m_out += tableOpen(QStringLiteral("overview"), 3);
        m_out += QStringLiteral("<thead><tr>%1%2%3%4</tr></thead>\n")
                     .arg(th(QString(), 5), th(reportLabel(ReportLabel::Requirement), 31),
                          th(reportLabel(ReportLabel::Status), 13),
                          th(reportLabel(ReportLabel::Summary)));
        for (const RequirementView& r : m_model.requirements)
            m_out += QStringLiteral(
                         "<tr><td class=\"num\" style=\"white-space:nowrap\">%1</td><td>%2</td>"
                         "<td style=\"white-space:nowrap\">%3</td><td>%4</td></tr>\n")
                         .arg(esc(r.label), esc(r.title), chip(r),
                              r.followsRootCause
                                  ? QStringLiteral("%1<br><i class=\"follows\">%2</i>")
                                        .arg(esc(r.summary),
                                             esc(reportLabel(ReportLabel::FollowsRootCause)))
                                  : esc(r.summary));
        m_out += QStringLiteral("</table>\n");
    }

    void machine()
    {
        h2(reportLabel(ReportLabel::Machine), true); // page 1 stays the summary
        fields(m_model.machine);
        m_out += QStringLiteral("<h3>%1</h3>\n").arg(esc(reportLabel(ReportLabel::Interfaces)));
        m_out += tableOpen(QStringLiteral("interfaces"));
        m_out += QStringLiteral("<thead><tr>%1%2%3</tr></thead>\n")
                     .arg(th(reportLabel(ReportLabel::Name), 24),
                          th(reportLabel(ReportLabel::Addresses)),
                          th(reportLabel(ReportLabel::Mtu), 10));
        for (const InterfaceInfo& i : m_model.interfaces)
            m_out += QStringLiteral("<tr><td>%1</td><td class=\"value\">%2</td><td>%3</td></tr>\n")
                         .arg(esc(i.name), esc(i.addresses.join(QStringLiteral(", "))))
                         .arg(i.mtu);
        m_out += QStringLiteral("</table>\n");
        m_out += pathHtml(m_model.path, m_rich);
    }

    // Issue 14: the call test's chart (inline SVG; in RichText an object the PDF paints as
    // vectors) and its figures, only when a call test ran.
    void callTest()
    {
        const CallTestResult& c = m_model.callTest;
        if (!c.ran)
            return;
        h2(callTestSectionTitle());
        m_out += QStringLiteral("<p class=\"summary\">%1</p>\n").arg(esc(callChartCaption()));
        m_out +=
            m_rich ? callChartObjectMarkup()
                   : QStringLiteral("<figure class=\"callchart\" style=\"margin:0\">%1</figure>\n")
                         .arg(callChartSvg(c));
        fields(callTestFigures(c));
    }

    void details()
    {
        h2(reportLabel(ReportLabel::Details));
        for (const RequirementView& r : m_model.requirements)
            requirement(r);
    }

    void requirement(const RequirementView& r)
    {
        m_out += QStringLiteral("<div class=\"req\" id=\"%1\" style=\"border-color:%2\">\n")
                     .arg(esc(r.label), statusColorName(r.status));
        // Some air above each requirement, so that its head does not stick to the table before.
        m_out += barOpen(QStringLiteral("reqhead"), r.status, 5, 8);
        // The title is a heading for the PDF's pagination: the head stays with what follows.
        const QString title =
            m_rich ? QStringLiteral("<h3 class=\"reqtitle\" style=\"margin-top:0;margin-bottom:0;"
                                    "font-size:9pt\">%1</h3>")
                         .arg(esc(r.title))
                   : QStringLiteral("<b>%1</b>").arg(esc(r.title));
        m_out +=
            QStringLiteral(
                "<td width=\"8%\" style=\"white-space:nowrap\"><span class=\"num\">%1</span></td>"
                "<td>%2</td><td width=\"20%\" align=\"right\" "
                "style=\"white-space:nowrap\">%3</td></tr></table>\n")
                .arg(esc(r.label), title, chip(r));
        m_out += QStringLiteral("<p class=\"meta\">%1 \u00b7 %2 ms \u00b7 %3</p>\n")
                     .arg(esc(r.severity))
                     .arg(r.durationMs)
                     .arg(esc(r.id));
        m_out += QStringLiteral("<p class=\"summary\">%1</p>\n").arg(esc(r.summary));
        if (!r.remediation.isEmpty())
            m_out += QStringLiteral("<table class=\"todo\" width=\"100%\" cellspacing=\"0\" "
                                    "cellpadding=\"6\" bgcolor=\"#fff8e6\"><tr><td><b>%1</b><br>%2"
                                    "</td></tr></table>\n")
                         .arg(esc(reportLabel(ReportLabel::WhatToDo)), esc(r.remediation));
        const bool allPassed =
            std::all_of(r.items.cbegin(), r.items.cend(),
                        [](const ResultItem& i) { return i.status == Status::Pass; });
        if (!r.items.isEmpty() && allPassed && !m_model.fullDetail) {
            // The short report names what passed in one line; each target's own sentence is in
            // the full report (and the JSON).
            QStringList targets;
            for (const ResultItem& i : r.items)
                targets.append(
                    QStringLiteral("<span style=\"color:%1\">%2</span>&nbsp;%3")
                        .arg(statusColorName(i.status), esc(statusGlyph(i.status)), esc(i.target)));
            m_out += QStringLiteral("<p class=\"checked\"><span class=\"checkedlabel\">%1</span> "
                                    "&nbsp; %2</p>\n")
                         .arg(esc(reportLabel(ReportLabel::Items)),
                              targets.join(QStringLiteral(" &nbsp;\u00b7&nbsp; ")));
        } else if (!r.items.isEmpty()) {
            m_out += QStringLiteral("<h4>%1</h4>\n").arg(esc(reportLabel(ReportLabel::Items)));
            m_out += tableOpen(QStringLiteral("items"));
            m_out += QStringLiteral("<thead><tr>%1%2%3</tr></thead>\n")
                         .arg(th(reportLabel(ReportLabel::Status), 14),
                              th(reportLabel(ReportLabel::Target), 30),
                              th(reportLabel(ReportLabel::Summary)));
            for (const ResultItem& i : r.items)
                m_out +=
                    QStringLiteral(
                        "<tr><td style=\"white-space:nowrap\">%1</td><td class=\"value\">%2</td>"
                        "<td>%3</td></tr>\n")
                        .arg(chip(i.status), esc(i.target), esc(i.summary));
            m_out += QStringLiteral("</table>\n");
        }
        if (m_model.fullDetail && !r.evidence.isEmpty()) {
            m_out += QStringLiteral("<h4>%1</h4>\n").arg(esc(reportLabel(ReportLabel::Evidence)));
            m_out += tableOpen(QStringLiteral("evidence"), 3);
            // Facts about one target share a row, so a domain's twelve facts take two lines.
            for (const EvidenceGroup& g : r.evidence) {
                if (g.title.isEmpty()) {
                    for (const Evidence& e : g.rows)
                        m_out += QStringLiteral("<tr><td class=\"mono\"%1>%2</td><td "
                                                "class=\"value\">%3</td></tr>\n")
                                     .arg(m_rich ? QStringLiteral(" width=\"28%\"") : QString(),
                                          esc(e.key), esc(e.value));
                    continue;
                }
                QStringList facts;
                for (const Evidence& e : g.rows)
                    facts.append(
                        QStringLiteral("<span class=\"key\" style=\"color:#6b7785\">%1</span>"
                                       "&nbsp;%2")
                            .arg(esc(e.key), esc(e.value)));
                m_out += QStringLiteral("<tr><td class=\"target\"%1><b>%2</b></td><td "
                                        "class=\"value\">%3</td></tr>\n")
                             .arg(m_rich ? QStringLiteral(" width=\"28%\"") : QString(),
                                  esc(g.title), facts.join(QStringLiteral(" &nbsp;\u00b7&nbsp; ")));
            }
            m_out += QStringLiteral("</table>\n");
        }
        m_out += QStringLiteral("</div>\n");
    }

    void appendix()
    {
        h2(reportLabel(ReportLabel::Appendix), true);
        m_out +=
            QStringLiteral("<h3>A. %1</h3>\n").arg(esc(reportLabel(ReportLabel::Certificates)));
        if (m_model.certificates.isEmpty()) {
            m_out += QStringLiteral("<p>%1</p>\n").arg(esc(reportLabel(ReportLabel::NoneSeen)));
        } else {
            m_out += tableOpen(QStringLiteral("certificates"), 3);
            m_out += QStringLiteral("<thead><tr>%1%2%3%4</tr></thead>\n")
                         .arg(th(reportLabel(ReportLabel::Depth), 4),
                              th(reportLabel(ReportLabel::Subject), 28),
                              th(reportLabel(ReportLabel::Issuer), 28),
                              th(reportLabel(ReportLabel::Sha256)));
            QString lastGroup;
            for (const CertificateView& c : m_model.certificates) {
                const QString group = QStringLiteral("%1 \u00b7 %2").arg(c.target, c.source);
                if (group != lastGroup)
                    m_out += QStringLiteral("<tr class=\"group\"><td colspan=\"4\" class=\"group\" "
                                            "bgcolor=\"#eef2f7\"><b>%1</b></td></tr>\n")
                                 .arg(esc(group));
                lastGroup = group;
                m_out +=
                    QStringLiteral(
                        "<tr><td>%1</td><td>%2</td><td>%3</td><td class=\"value\">%4</td></tr>\n")
                        .arg(c.depth)
                        .arg(esc(c.subject), esc(c.issuer), esc(c.sha256));
            }
            m_out += QStringLiteral("</table>\n");
        }
        m_out += QStringLiteral("<h3>B. %1</h3>\n").arg(esc(reportLabel(ReportLabel::SipLines)));
        if (m_model.sipLines.isEmpty()) {
            m_out += QStringLiteral("<p>%1</p>\n").arg(esc(reportLabel(ReportLabel::NoneSeen)));
        } else {
            m_out += tableOpen(QStringLiteral("sip"), 3);
            m_out +=
                QStringLiteral("<thead><tr>%1%2%3</tr></thead>\n")
                    .arg(th(reportLabel(ReportLabel::SeenIn), 10),
                         th(reportLabel(ReportLabel::Key), 25), th(reportLabel(ReportLabel::Line)));
            for (const SipLineView& s : m_model.sipLines)
                m_out +=
                    QStringLiteral("<tr><td class=\"num\" style=\"white-space:nowrap\">%1</td><td "
                                   "class=\"mono\">%2</td><td class=\"value\">%3</td></tr>\n")
                        .arg(esc(s.source), esc(s.key), esc(s.line));
            m_out += QStringLiteral("</table>\n");
        }
        m_out += QStringLiteral("<h3>C. %1</h3>\n").arg(esc(reportLabel(ReportLabel::Timings)));
        m_out += tableOpen(QStringLiteral("timings"), 3);
        m_out += QStringLiteral("<thead><tr>%1%2%3%4</tr></thead>\n")
                     .arg(th(QString(), 6), th(reportLabel(ReportLabel::Requirement), 34),
                          th(reportLabel(ReportLabel::Duration), 10),
                          th(reportLabel(ReportLabel::Measured)));
        for (const TimingView& t : m_model.timings)
            m_out += QStringLiteral("<tr><td class=\"num\" "
                                    "style=\"white-space:nowrap\">%1</td><td>%2</"
                                    "td><td>%3&nbsp;ms</td><td class=\"value\">%4</td></tr>\n")
                         .arg(esc(t.label), esc(t.title))
                         .arg(t.durationMs)
                         .arg(esc(t.measured.join(QStringLiteral(", "))));
        m_out += QStringLiteral("</table>\n");
        m_out += QStringLiteral("<h3>D. %1</h3>\n").arg(esc(reportLabel(ReportLabel::ProfileUsed)));
        preformatted(m_model.profileJson.isEmpty() ? reportLabel(ReportLabel::NoneSeen)
                                                   : m_model.profileJson);
        m_out += QStringLiteral("<h3>E. %1</h3>\n").arg(esc(reportLabel(ReportLabel::LogTail)));
        preformatted(m_model.logTail.isEmpty() ? reportLabel(ReportLabel::NoneSeen)
                                               : m_model.logTail.join(QLatin1Char('\n')));
    }

    const ReportModel& m_model;
    const bool m_rich;
    QString m_out;
};

} // namespace

QString HtmlReport::pageBreakMarker()
{
    return QStringLiteral("<!--easyuc-page-break-->\n");
}

QString HtmlReport::render(const ReportModel& model, Flavour flavour)
{
    return Builder(model, flavour == Flavour::RichText).build();
}

QByteArray HtmlReport::write(const Report& report)
{
    return render(ReportModel::build(report), Flavour::Browser).toUtf8();
}

} // namespace easyuc
