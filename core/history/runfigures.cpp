#include "runfigures.h"

#include "core/engine/report.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace easyuc {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RunFigures)
};

double evidenceNumber(const RequirementResult& r, const QString& key, double fallback)
{
    bool ok = false;
    const double v = r.evidenceValue(key).toDouble(&ok);
    return ok ? v : fallback;
}

const QString kDash = QStringLiteral("\u2014");
} // namespace

RunFigures RunFigures::of(const Report& report)
{
    RunFigures f;
    if (report.callTest.ran && report.callTest.error.isEmpty() && report.callTest.rttMs >= 0) {
        f.source = QStringLiteral("callTest");
        f.rttMs = report.callTest.rttMs;
        f.jitterMs = report.callTest.jitterMs;
        f.lossPct = report.callTest.lossPct;
    } else if (const ReportEntry* e = report.entry(QStringLiteral("media.quality"));
               e && e->result.selected &&
               !e->result.evidenceValue(QStringLiteral("rttMs")).isEmpty()) {
        f.source = QStringLiteral("media.quality");
        f.rttMs = evidenceNumber(e->result, QStringLiteral("rttMs"), -1);
        f.jitterMs = evidenceNumber(e->result, QStringLiteral("jitterMs"), -1);
        f.lossPct = evidenceNumber(e->result, QStringLiteral("lossPercent"), -1);
    }
    f.publicAddresses = report.host.publicAddresses;
    if (const ReportEntry* e = report.entry(QStringLiteral("firewall.mtu"));
        e && e->result.selected) {
        const RequirementResult& r = e->result;
        f.interfaceMtu = int(evidenceNumber(r, QStringLiteral("interface.mtu"),
                                            evidenceNumber(r, QStringLiteral("route.mtu"), 0)));
        f.pathMtu = int(evidenceNumber(r, QStringLiteral("path.largestAnswered"), 0));
        // "next-hop MTU 1400 from 203.0.113.1": what a router on the way said it carries.
        static const QRegularExpression nextHop(QStringLiteral("next-hop MTU (\\d+)"));
        const QRegularExpressionMatch m =
            nextHop.match(r.evidenceValue(QStringLiteral("icmp.fragmentationNeeded")));
        if (m.hasMatch())
            f.pathMtu = m.captured(1).toInt();
    }
    return f;
}

QString RunFigures::formatMs(double ms)
{
    return ms < 0 ? kDash : Tr::tr("%1 ms").arg(QLocale().toString(ms, 'f', 1));
}

QString RunFigures::formatPct(double pct)
{
    return pct < 0 ? kDash : Tr::tr("%1 %").arg(QLocale().toString(pct, 'f', 1));
}

QString RunFigures::formatMtu(int bytes)
{
    return bytes <= 0 ? kDash : Tr::tr("%1 bytes").arg(bytes);
}

QString RunFigures::addressesText() const
{
    return publicAddresses.isEmpty() ? kDash : publicAddresses.join(QStringLiteral(", "));
}

} // namespace easyuc
