#include "runcompare.h"

#include "core/engine/catalogue.h"
#include "core/engine/report.h"
#include "core/report/supportcode.h"
#include "core/report/textreport.h"
#include "runfigures.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>

namespace easyuc {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RunCompare)
};

QString statusText(const ReportEntry* e)
{
    if (!e)
        return QStringLiteral("\u2014");
    return QString(statusGlyph(e->result.selected ? e->result.status : Status::Skipped) +
                   QLatin1Char(' ') + resultStatusWord(e->result));
}

bool movedBeyondNoise(double a, double b, double absolute, double relative)
{
    if ((a < 0) != (b < 0))
        return true;
    if (a < 0)
        return false;
    const double delta = qAbs(a - b);
    return delta >= absolute && delta >= relative * qMax(a, b);
}

CompareRow figureRow(const QString& key, const QString& title, const QString& a, const QString& b,
                     bool changed)
{
    CompareRow row;
    row.kind = CompareRow::Kind::Figure;
    row.key = key;
    row.title = title;
    row.before = a;
    row.after = b;
    row.changed = changed;
    return row;
}

QString runHeader(const QString& name, const Report& r)
{
    return Tr::tr("%1: %2  %3  PBX %4  %5 %6  %7")
        .arg(name, r.startedAt.toOffsetFromUtc(r.startedAt.offsetFromUtc()).toString(Qt::ISODate),
             r.runId, r.pbx.isEmpty() ? QStringLiteral("\u2014") : r.pbx, statusGlyph(r.overall),
             statusWord(r.overall), SupportCode::encode(r));
}
} // namespace

QList<CompareRow> compareRuns(const Report& before, const Report& after)
{
    QStringList ids = knownRequirementIds();
    for (const Report* r : {&before, &after})
        for (const ReportEntry& e : r->entries)
            if (!ids.contains(e.result.id))
                ids.append(e.result.id);
    QList<CompareRow> rows;
    for (const QString& id : ids) {
        const ReportEntry* a = before.entry(id);
        const ReportEntry* b = after.entry(id);
        const RequirementInfo* info = findRequirement(id);
        CompareRow row;
        row.key = id;
        row.label = info ? info->label() : id;
        row.title = info ? info->title() : id;
        row.before = statusText(a);
        row.after = statusText(b);
        row.statusBefore = a ? a->result.status : Status::Skipped;
        row.statusAfter = b ? b->result.status : Status::Skipped;
        row.changed = !a || !b || a->result.status != b->result.status ||
                      a->result.selected != b->result.selected;
        if (!a && !b)
            continue;
        rows.append(row);
    }
    const RunFigures fa = RunFigures::of(before);
    const RunFigures fb = RunFigures::of(after);
    rows.append(figureRow(QStringLiteral("rtt"), Tr::tr("Round-trip time"),
                          RunFigures::formatMs(fa.rttMs), RunFigures::formatMs(fb.rttMs),
                          movedBeyondNoise(fa.rttMs, fb.rttMs, 5, 0.2)));
    rows.append(figureRow(QStringLiteral("jitter"), Tr::tr("Jitter"),
                          RunFigures::formatMs(fa.jitterMs), RunFigures::formatMs(fb.jitterMs),
                          movedBeyondNoise(fa.jitterMs, fb.jitterMs, 2, 0.2)));
    rows.append(figureRow(QStringLiteral("loss"), Tr::tr("Packet loss"),
                          RunFigures::formatPct(fa.lossPct), RunFigures::formatPct(fb.lossPct),
                          movedBeyondNoise(fa.lossPct, fb.lossPct, 0.5, 0)));
    QStringList sa = fa.publicAddresses, sb = fb.publicAddresses;
    sa.sort();
    sb.sort();
    rows.append(figureRow(QStringLiteral("publicAddress"), Tr::tr("Public address"),
                          fa.addressesText(), fb.addressesText(), sa != sb));
    rows.append(figureRow(QStringLiteral("mtu.interface"), Tr::tr("MTU of the interface"),
                          RunFigures::formatMtu(fa.interfaceMtu),
                          RunFigures::formatMtu(fb.interfaceMtu),
                          fa.interfaceMtu != fb.interfaceMtu));
    rows.append(figureRow(QStringLiteral("mtu.path"), Tr::tr("MTU of the path"),
                          RunFigures::formatMtu(fa.pathMtu), RunFigures::formatMtu(fb.pathMtu),
                          fa.pathMtu != fb.pathMtu));
    std::stable_partition(rows.begin(), rows.end(), [](const CompareRow& r) { return r.changed; });
    return rows;
}

QString compareText(const Report& before, const Report& after)
{
    const QList<CompareRow> rows = compareRuns(before, after);
    int titleWidth = 0;
    int cellWidth = 0;
    for (const CompareRow& r : rows) {
        titleWidth = qMax(titleWidth, int(r.title.size()));
        cellWidth = qMax(cellWidth, int(qMax(r.before.size(), r.after.size())));
    }
    const QString nl(QLatin1Char('\n'));
    QString out =
        runHeader(QStringLiteral("A"), before) + nl + runHeader(QStringLiteral("B"), after) + nl;
    const int changed =
        int(std::count_if(rows.begin(), rows.end(), [](const CompareRow& r) { return r.changed; }));
    auto line = [&](const CompareRow& r) -> QString {
        QString text =
            QStringLiteral("%1 %2 %3 %4 %5")
                .arg(r.label.leftJustified(4), r.title.leftJustified(titleWidth),
                     r.before.leftJustified(cellWidth), r.after.leftJustified(cellWidth),
                     r.changed ? QStringLiteral("\u2190 %1").arg(Tr::tr("changed")) : QString());
        while (text.endsWith(QLatin1Char(' ')))
            text.chop(1);
        return text + nl;
    };
    out += nl + QString(4 + 1 + titleWidth + 1, QLatin1Char(' ')) +
           QStringLiteral("A").leftJustified(cellWidth) + QStringLiteral(" B") + nl;
    out += Tr::tr("Changed: %n row(s)", nullptr, changed) + nl;
    for (int i = 0; i < rows.size(); ++i) {
        if (i == changed)
            out += Tr::tr("Unchanged: %n row(s)", nullptr, int(rows.size()) - changed) + nl;
        out += line(rows.at(i));
    }
    return out;
}

} // namespace easyuc
