#include "monitor.h"

#include "core/engine/catalogue.h"
#include "core/engine/report.h"
#include "core/report/supportcode.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace easyuc {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Monitor)
};

int severityRank(Status s)
{
    switch (s) {
    case Status::Fail:
        return 2;
    case Status::Pass:
        return 0;
    default:
        return 1; // warn, skipped, error weigh as warn (DESIGN §2)
    }
}

QString labelOf(const QString& id)
{
    const RequirementInfo* info = findRequirement(id);
    return info ? info->label() : id;
}

// ISO 8601 with the UTC offset, as the JSON report writes startedAt.
QString isoTime(const QDateTime& t)
{
    return t.toOffsetFromUtc(t.offsetFromUtc()).toString(Qt::ISODateWithMs);
}

QJsonValue numberOrNull(double v)
{
    return v < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(v);
}
} // namespace

namespace monitor {

int minimumIntervalS()
{
    // Test-only: lets the lab show a three-run summary in seconds. Never below 1 s.
    bool ok = false;
    const int forced = qEnvironmentVariableIntValue("EASYUC_TEST_MIN_INTERVAL_S", &ok);
    return ok ? qBound(1, forced, kFloorS) : kFloorS;
}

bool parseInterval(const QString& text, int* seconds, QString* error)
{
    static const QRegularExpression re(QStringLiteral("^\\s*(\\d{1,6})\\s*([smh]?)\\s*$"),
                                       QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(text);
    const int floor = minimumIntervalS();
    if (!m.hasMatch()) {
        *error =
            Tr::tr("--repeat: \"%1\" is not an interval; write it as 60s, 5m or 1h.").arg(text);
        return false;
    }
    const QString unit = m.captured(2).toLower();
    const qint64 factor = unit == QLatin1String("h") ? 3600 : unit == QLatin1String("m") ? 60 : 1;
    const qint64 s = m.captured(1).toLongLong() * factor;
    if (s < floor || s > monitor::kMaxIntervalS) {
        *error = Tr::tr("--repeat: the interval must be from %1 s to 24 h (at most one run a "
                        "minute), not %2.")
                     .arg(floor)
                     .arg(text.trimmed());
        return false;
    }
    *seconds = int(s);
    return true;
}

bool parseCount(const QString& text, int* count, QString* error)
{
    bool ok = false;
    const int n = text.trimmed().toInt(&ok);
    if (!ok || n < 1 || n > kMaxCount) {
        *error = Tr::tr("--count must be a whole number from 1 to %1, not \"%2\".")
                     .arg(kMaxCount)
                     .arg(text);
        return false;
    }
    *count = n;
    return true;
}

QStringList reachabilityIds()
{
    return {QStringLiteral("internet.access"), QStringLiteral("pbx.dns"),
            QStringLiteral("pbx.https"),       QStringLiteral("pbx.webrtc"),
            QStringLiteral("pbx.webcti"),      QStringLiteral("stun.binding"),
            QStringLiteral("turn.reach"),      QStringLiteral("media.quality")};
}

} // namespace monitor

void MonitorSummary::add(const Report& report)
{
    Point p;
    p.index = int(m_points.size()) + 1;
    p.runId = report.runId;
    p.startedAt = report.startedAt;
    p.overall = report.overall;
    p.supportCode = SupportCode::encode(report);
    p.figures = RunFigures::of(report);
    for (const ReportEntry& e : report.entries)
        if (e.result.selected)
            p.statuses.insert(e.result.id, e.result.status);
    m_pbx = report.pbx;
    m_profile = report.profileName;
    m_points.append(p);
}

QList<MonitorSummary::Change> MonitorSummary::changes() const
{
    QList<Change> out;
    QMap<QString, Status> last;
    for (const Point& p : m_points) {
        for (auto it = p.statuses.begin(); it != p.statuses.end(); ++it) {
            const auto before = last.constFind(it.key());
            if (before != last.constEnd() && *before != it.value())
                out.append({it.key(), p.index, p.runId, p.startedAt, *before, it.value()});
            last.insert(it.key(), it.value());
        }
    }
    return out;
}

MonitorSummary::Worst MonitorSummary::worstOf(double RunFigures::*field) const
{
    Worst w;
    for (const Point& p : m_points) {
        const double v = p.figures.*field;
        if (v >= 0 && v > w.value)
            w = {v, p.index, p.runId, p.startedAt};
    }
    return w;
}

MonitorSummary::Worst MonitorSummary::worstRtt() const
{
    return worstOf(&RunFigures::rttMs);
}

MonitorSummary::Worst MonitorSummary::worstJitter() const
{
    return worstOf(&RunFigures::jitterMs);
}

MonitorSummary::Worst MonitorSummary::worstLoss() const
{
    return worstOf(&RunFigures::lossPct);
}

Status MonitorSummary::worstOverall(QList<int>* indexes) const
{
    Status worst = Status::Pass;
    for (const Point& p : m_points)
        if (severityRank(p.overall) > severityRank(worst))
            worst = p.overall;
    if (indexes) {
        indexes->clear();
        for (const Point& p : m_points)
            if (severityRank(p.overall) == severityRank(worst))
                indexes->append(p.index);
    }
    return m_points.isEmpty() ? Status::Skipped : worst;
}

QString MonitorSummary::text() const
{
    const QString nl(QLatin1Char('\n'));
    QString out = Tr::tr("Monitoring summary: %1 of %2 runs, every %3 s, PBX %4")
                      .arg(m_points.size())
                      .arg(m_planned)
                      .arg(m_intervalS)
                      .arg(m_pbx.isEmpty() ? QStringLiteral("\u2014") : m_pbx) +
                  nl;
    if (!m_points.isEmpty())
        out += Tr::tr("From %1 to %2")
                   .arg(isoTime(m_points.first().startedAt), isoTime(m_points.last().startedAt)) +
               nl;
    out += nl + Tr::tr("Timeline (overall verdict and media quality per run):") + nl;
    for (const Point& p : m_points)
        out += QStringLiteral("  %1  %2  %3 %4  %5  %6 %7  %8 %9  %10 %11  %12\n")
                   .arg(QString::number(p.index).rightJustified(3),
                        p.startedAt.toString(QStringLiteral("HH:mm:ss")), statusGlyph(p.overall),
                        statusWord(p.overall).leftJustified(9), p.supportCode, Tr::tr("RTT"),
                        RunFigures::formatMs(p.figures.rttMs).leftJustified(9), Tr::tr("jitter"),
                        RunFigures::formatMs(p.figures.jitterMs).leftJustified(9))
                   .arg(Tr::tr("loss"), RunFigures::formatPct(p.figures.lossPct).leftJustified(7),
                        p.runId);
    const QList<Change> changed = changes();
    out += nl + Tr::tr("Changes:") + nl;
    if (changed.isEmpty())
        out += QStringLiteral("  ") + Tr::tr("No requirement changed its status.") + nl;
    for (const Change& c : changed)
        out += QStringLiteral("  ") +
               Tr::tr("%1 changed from %2 to %3 at run %4 (%5, %6)")
                   .arg(labelOf(c.id), statusWord(c.from), statusWord(c.to))
                   .arg(c.index)
                   .arg(c.at.toString(QStringLiteral("HH:mm:ss")), c.runId) +
               nl;
    out += nl + Tr::tr("Worst:") + nl;
    QList<int> overallRuns;
    const Status worst = worstOverall(&overallRuns);
    QStringList runs;
    for (int i : overallRuns)
        runs.append(QString::number(i));
    out += QStringLiteral("  ") +
           Tr::tr("verdict: %1 %2 (runs %3)")
               .arg(statusGlyph(worst), statusWord(worst), runs.join(QStringLiteral(", "))) +
           nl;
    auto worstLine = [&](const QString& name, const Worst& w, const QString& value) -> QString {
        return QStringLiteral("  ") +
               (w.index == 0 ? Tr::tr("%1: not measured").arg(name)
                             : Tr::tr("%1: %2 at run %3 (%4, %5)")
                                   .arg(name, value)
                                   .arg(w.index)
                                   .arg(w.at.toString(QStringLiteral("HH:mm:ss")), w.runId)) +
               nl;
    };
    out += worstLine(Tr::tr("round-trip time"), worstRtt(), RunFigures::formatMs(worstRtt().value));
    out += worstLine(Tr::tr("jitter"), worstJitter(), RunFigures::formatMs(worstJitter().value));
    out += worstLine(Tr::tr("packet loss"), worstLoss(), RunFigures::formatPct(worstLoss().value));
    return out;
}

QByteArray MonitorSummary::json() const
{
    QJsonArray runs;
    for (const Point& p : m_points) {
        QJsonObject statuses;
        for (auto it = p.statuses.begin(); it != p.statuses.end(); ++it)
            statuses.insert(it.key(), statusKey(it.value()));
        runs.append(QJsonObject{{QStringLiteral("index"), p.index},
                                {QStringLiteral("runId"), p.runId},
                                {QStringLiteral("startedAt"), isoTime(p.startedAt)},
                                {QStringLiteral("overall"), statusKey(p.overall)},
                                {QStringLiteral("supportCode"), p.supportCode},
                                {QStringLiteral("figuresFrom"), p.figures.source},
                                {QStringLiteral("rttMs"), numberOrNull(p.figures.rttMs)},
                                {QStringLiteral("jitterMs"), numberOrNull(p.figures.jitterMs)},
                                {QStringLiteral("lossPct"), numberOrNull(p.figures.lossPct)},
                                {QStringLiteral("publicAddresses"),
                                 QJsonArray::fromStringList(p.figures.publicAddresses)},
                                {QStringLiteral("statuses"), statuses}});
    }
    QJsonArray changes;
    for (const Change& c : this->changes())
        changes.append(QJsonObject{{QStringLiteral("id"), c.id},
                                   {QStringLiteral("index"), c.index},
                                   {QStringLiteral("runId"), c.runId},
                                   {QStringLiteral("at"), isoTime(c.at)},
                                   {QStringLiteral("from"), statusKey(c.from)},
                                   {QStringLiteral("to"), statusKey(c.to)}});
    auto worstJson = [](const Worst& w) -> QJsonValue {
        if (w.index == 0)
            return QJsonValue(QJsonValue::Null);
        return QJsonObject{{QStringLiteral("value"), w.value},
                           {QStringLiteral("index"), w.index},
                           {QStringLiteral("runId"), w.runId}};
    };
    QList<int> overallRuns;
    const Status worst = worstOverall(&overallRuns);
    QJsonArray overallIndexes;
    for (int i : overallRuns)
        overallIndexes.append(i);
    const QJsonObject root{
        {QStringLiteral("schema"), 1},
        {QStringLiteral("kind"), QStringLiteral("monitorSummary")},
        {QStringLiteral("intervalS"), m_intervalS},
        {QStringLiteral("plannedRuns"), m_planned},
        {QStringLiteral("profile"),
         QJsonObject{{QStringLiteral("name"), m_profile}, {QStringLiteral("pbx"), m_pbx}}},
        {QStringLiteral("runs"), runs},
        {QStringLiteral("changes"), changes},
        {QStringLiteral("worst"),
         QJsonObject{{QStringLiteral("overall"), statusKey(worst)},
                     {QStringLiteral("overallRuns"), overallIndexes},
                     {QStringLiteral("rttMs"), worstJson(worstRtt())},
                     {QStringLiteral("jitterMs"), worstJson(worstJitter())},
                     {QStringLiteral("lossPct"), worstJson(worstLoss())}}}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace easyuc
