#include "textreport.h"

#include "../engine/catalogue.h"
#include "../engine/report.h"
#include "core/engine/calltest.h"
#include "core/report/callchart.h"
#include "core/report/pathtable.h"
#include "evidencelabels.h"
#include "reportmodel.h"
#include "verdictsummary.h"

#include <QCoreApplication>
#include <QLocale>

namespace easyuc {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TextReport)
};

} // namespace

QString TextReport::statusCell(Status s)
{
    // As wide as the longest status word of the current language, so the columns line up.
    int width = 0;
    for (Status any : {Status::Pass, Status::Warn, Status::Fail, Status::Skipped, Status::Error})
        width = qMax(width, int(statusWord(any).size()) + 2);
    return QString(statusGlyph(s) + QLatin1Char(' ') + statusWord(s)).leftJustified(width);
}

QString TextReport::statusCell(const RequirementResult& result)
{
    if (result.selected)
        return statusCell(result.status);
    int width = int(resultStatusWord(result).size()) + 2;
    for (Status any : {Status::Pass, Status::Warn, Status::Fail, Status::Skipped, Status::Error})
        width = qMax(width, int(statusWord(any).size()) + 2);
    return QString(statusGlyph(Status::Skipped) + QLatin1Char(' ') + resultStatusWord(result))
        .leftJustified(width);
}

QString TextReport::requirementLine(const RequirementResult& r)
{
    const RequirementInfo* info = findRequirement(r.id);
    const QString label = info ? info->label() : r.id;
    const QString title = info ? info->title() : r.id;
    return QStringLiteral("%1 %2 %3 \u2014 %4 (%5 ms)")
        .arg(label.leftJustified(4), statusCell(r), title, r.summary)
        .arg(r.durationMs);
}

QString TextReport::verdictSentence(const Report& report)
{
    return summarizeVerdict(report).headline;
}

QStringList TextReport::verdictLines(const Report& report)
{
    return summarizeVerdict(report).lines;
}

QString TextReport::callTestLine(const CallTestResult& c)
{
    if (!c.ran && c.durationS <= 0)
        return {};
    const QString where = c.targetKind == QStringLiteral("reflector")
                              ? Tr::tr("the RTP reflector %1").arg(c.target)
                              : Tr::tr("the STUN server %1").arg(c.target);
    if (c.packetsReceived == 0)
        return Tr::tr("Call test (%1 s): not measured: %2")
            .arg(c.durationS)
            .arg(c.packetsSent > 0 ? Tr::tr("none of the %1 packets to %2 was answered.")
                                         .arg(c.packetsSent)
                                         .arg(where)
                                   : c.error);
    return Tr::tr("Call test: MOS %1 (%2), R %3 — %4 s to %5: %6 packets sent, %7 lost, round trip "
                  "%8 ms, jitter %9 ms, loss %10 %, longest burst %11, worst 200 ms %12 %.")
        .arg(QString::number(c.mos, 'f', 2), mosBandWord(mosBand(c.mos)),
             QString::number(c.rFactor, 'f', 1))
        .arg(c.series.size())
        .arg(where)
        .arg(c.packetsSent)
        .arg(c.packetsLost)
        .arg(QString::number(c.rttMs, 'f', c.rttMs < 10 ? 1 : 0),
             QString::number(c.jitterMs, 'f', 1), QString::number(c.lossPct, 'f', 1))
        .arg(c.maxBurstLoss)
        .arg(QString::number(c.worstBurstLossPct, 'f', 0));
}

QString TextReport::write(const Report& report)
{
    const ReportModel m = ReportModel::build(report);
    const QString nl(QLatin1Char('\n'));
    const QString indent = QStringLiteral("       ");
    auto field = [](const ReportField& f) -> QString {
        return QStringLiteral("%1: %2").arg(f.label, f.value);
    };
    auto heading = [&nl](const QString& title) -> QString {
        return nl + title + nl + QString(title.size(), QLatin1Char('=')) + nl;
    };

    QString out =
        Tr::tr("%1 %2 — network diagnosis for Easy UC").arg(report.toolName, report.toolVersion) +
        nl;
    for (const ReportField& f : m.header.mid(1))
        out += field(f) + nl;
    out += Tr::tr("Result: %1 %2 — %3")
               .arg(statusGlyph(report.overall), statusWord(report.overall), m.verdictSentence) +
           nl;
    for (const QString& line : m.verdictLines)
        out += QStringLiteral("  ") + line + nl;
    out += QStringLiteral("%1: %2").arg(reportLabel(ReportLabel::SupportCode), m.supportCode) + nl;
    if (const QString call = callTestLine(report.callTest); !call.isEmpty())
        out += call + nl;
    out += m.counts + nl;
    if (!m.actions.isEmpty()) {
        out += reportLabel(ReportLabel::WhatToDo) + QLatin1Char(':') + nl;
        for (const QString& a : m.actions)
            out += QStringLiteral("  ") + a + nl;
    }

    out += heading(reportLabel(ReportLabel::Machine));
    for (const ReportField& f : m.machine)
        out += field(f) + nl;
    out += reportLabel(ReportLabel::Interfaces) + QLatin1Char(':') + nl;
    for (const InterfaceInfo& i : m.interfaces)
        out += QStringLiteral("  %1 (MTU %2): %3")
                   .arg(i.name)
                   .arg(i.mtu)
                   .arg(i.addresses.join(QStringLiteral(", "))) +
               nl;
    for (const QString& line : pathTextLines(report.host.path))
        out += line + nl;

    out += heading(reportLabel(ReportLabel::Details));
    for (const ReportEntry& e : report.entries) {
        out += requirementLine(e.result) + nl;
        if (m.rootCause && (m.rootCause->failed.contains(e.result.id) ||
                            m.rootCause->unproven.contains(e.result.id) ||
                            m.rootCause->notRun.contains(e.result.id)))
            out += indent + reportLabel(ReportLabel::FollowsRootCause) + nl;
        for (const ResultItem& item : e.result.items)
            out += indent +
                   QStringLiteral("%1 %2: %3")
                       .arg(statusGlyph(item.status), item.target, item.summary) +
                   nl;
        if (!e.result.remediation.isEmpty() && e.result.status != Status::Pass)
            out += indent + Tr::tr("What to do: %1").arg(e.result.remediation) + nl;
        const QList<EvidenceGroup> groups = readableEvidence(e.result.evidence);
        if (!groups.isEmpty())
            out += indent + reportLabel(ReportLabel::Evidence) + QLatin1Char(':') + nl;
        for (const EvidenceGroup& g : groups) {
            const QString pad =
                g.title.isEmpty() ? indent + QStringLiteral("  ") : indent + QStringLiteral("    ");
            if (!g.title.isEmpty())
                out += indent + QStringLiteral("  [%1]").arg(g.title) + nl;
            for (const Evidence& ev : g.rows)
                out += pad + QStringLiteral("%1: %2").arg(ev.key, ev.value) + nl;
        }
        out += nl;
    }

    out += heading(reportLabel(ReportLabel::Appendix));
    const QString none = QStringLiteral("  ") + reportLabel(ReportLabel::NoneSeen) + nl;
    out += QStringLiteral("A. ") + reportLabel(ReportLabel::Certificates) + nl;
    QString lastGroup;
    for (const CertificateView& c : m.certificates) {
        const QString group = QStringLiteral("%1 \u00b7 %2").arg(c.target, c.source);
        if (group != lastGroup)
            out += QStringLiteral("  ") + group + nl;
        lastGroup = group;
        out += QStringLiteral("    #%1 %2").arg(c.depth).arg(c.subject) + nl;
        out += QStringLiteral("       %1: %2").arg(reportLabel(ReportLabel::Issuer), c.issuer) + nl;
        if (!c.sha256.isEmpty())
            out += QStringLiteral("       %1: %2").arg(reportLabel(ReportLabel::Sha256), c.sha256) +
                   nl;
    }
    if (m.certificates.isEmpty())
        out += none;
    out += nl + QStringLiteral("B. ") + reportLabel(ReportLabel::SipLines) + nl;
    for (const SipLineView& l : m.sipLines)
        out += QStringLiteral("  %1 %2: %3").arg(l.source, l.key, l.line) + nl;
    if (m.sipLines.isEmpty())
        out += none;
    out += nl + QStringLiteral("C. ") + reportLabel(ReportLabel::Timings) + nl;
    for (const TimingView& t : m.timings)
        out += QStringLiteral("  %1 %2 ms  %3")
                   .arg(t.label.leftJustified(4))
                   .arg(t.durationMs, 6)
                   .arg(t.measured.join(QStringLiteral(", "))) +
               nl;
    out += nl + QStringLiteral("D. ") + reportLabel(ReportLabel::ProfileUsed) + nl;
    out += (m.profileJson.isEmpty() ? none : m.profileJson + nl);
    out += nl + QStringLiteral("E. ") + reportLabel(ReportLabel::LogTail) + nl;
    out += (m.logTail.isEmpty() ? none : m.logTail.join(nl) + nl);
    return out;
}

} // namespace easyuc
