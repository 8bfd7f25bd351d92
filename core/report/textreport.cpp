#include "textreport.h"

#include "../engine/catalogue.h"
#include "../engine/report.h"

#include <QCoreApplication>
#include <QLocale>

namespace easyuc {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TextReport)
};

QString statusCell(Status s)
{
    return QString(statusGlyph(s) + QLatin1Char(' ') + statusWord(s)).leftJustified(13);
}
} // namespace

QString TextReport::requirementLine(const RequirementResult& r)
{
    const RequirementInfo* info = findRequirement(r.id);
    const QString label = info ? info->label() : r.id;
    const QString title = info ? info->title() : r.id;
    return QStringLiteral("%1 %2 %3 \u2014 %4 (%5 ms)")
        .arg(label.leftJustified(4), statusCell(r.status), title, r.summary)
        .arg(r.durationMs);
}

QString TextReport::verdictSentence(const Report& report)
{
    int problems = 0;
    int warnings = 0;
    for (const ReportEntry& e : report.entries) {
        if (e.result.status == Status::Fail)
            ++problems;
        else if (e.result.status != Status::Pass)
            ++warnings;
    }
    switch (report.overall) {
    case Status::Pass: return Tr::tr("The network is ready for Easy UC.");
    case Status::Fail:
        return Tr::tr("%n problem(s) found: Easy UC will not work fully on this network.", "",
                      problems);
    default:
        return Tr::tr("%n point(s) could not be confirmed or need attention.", "",
                      warnings + problems);
    }
}

QString TextReport::write(const Report& report)
{
    QString out;
    out += Tr::tr("%1 %2 — network diagnosis for Easy UC").arg(report.toolName, report.toolVersion) +
           QLatin1Char('\n');
    out += Tr::tr("Date: %1").arg(QLocale().toString(report.startedAt, QLocale::LongFormat)) +
           QLatin1Char('\n');
    out += Tr::tr("Profile: %1").arg(report.profileName) + QLatin1Char('\n');
    out += Tr::tr("PBX: %1").arg(report.pbx.isEmpty() ? Tr::tr("(not given)") : report.pbx) +
           QLatin1Char('\n');
    out += Tr::tr("Result: %1 %2 — %3")
               .arg(statusGlyph(report.overall), statusWord(report.overall),
                    verdictSentence(report)) +
           QStringLiteral("\n\n");
    for (const ReportEntry& e : report.entries) {
        out += requirementLine(e.result) + QLatin1Char('\n');
        for (const ResultItem& item : e.result.items)
            out += QStringLiteral("       %1 %2: %3\n")
                       .arg(statusGlyph(item.status), item.target, item.summary);
        if (!e.result.remediation.isEmpty() && e.result.status != Status::Pass)
            out += QStringLiteral("       ") + Tr::tr("What to do: %1").arg(e.result.remediation) +
                   QLatin1Char('\n');
    }
    return out;
}

} // namespace easyuc
