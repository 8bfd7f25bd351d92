// The call chart in words: the MOS band, the summary for screen readers and the SVG, the
// figures table of the reports.
#include "core/report/callchart.h"
#include "core/report/callchartcanvas.h"

#include <QCoreApplication>
#include <QLocale>
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

QString targetKindWord(const QString& kind)
{
    if (kind == QStringLiteral("reflector"))
        return Tr::tr("RTP reflector");
    if (kind == QStringLiteral("stun"))
        return Tr::tr("STUN server");
    return kind;
}

int silentSeconds(const CallTestResult& r)
{
    return int(std::count_if(r.series.cbegin(), r.series.cend(), [](const CallTestSecond& s) {
        return s.sent > 0 && s.received == 0;
    }));
}

using callchart::lastSecond;

} // namespace

MosBand mosBand(double mos)
{
    if (!std::isfinite(mos) || mos <= 0)
        return MosBand::None;
    if (mos >= calltest::kMosGood)
        return MosBand::Good;
    return mos >= calltest::kMosFair ? MosBand::Fair : MosBand::Poor;
}

QString mosBandWord(MosBand band)
{
    switch (band) {
    case MosBand::Good:
        return Tr::tr("good");
    case MosBand::Fair:
        return Tr::tr("fair");
    case MosBand::Poor:
        return Tr::tr("poor");
    case MosBand::None:
        break;
    }
    return Tr::tr("no score yet");
}

QString callTestSectionTitle()
{
    return Tr::tr("Call test");
}

QString callChartCaption()
{
    return Tr::tr(
        "A voice-shaped stream (50 packets per second) and what came back: the round-trip "
        "time and jitter of each second, the packets lost in each second, and the limits "
        "Microsoft publishes for Teams calls.");
}

QString callChartSummary(const CallTestResult& r)
{
    if (!r.error.isEmpty())
        return Tr::tr("The call test could not run: %1").arg(r.error);
    if (r.series.isEmpty())
        return Tr::tr("Call test: waiting for the first second.");
    QStringList sentences;
    sentences << Tr::tr("Call test to %1 (%2): %3 of %4 seconds.")
                     .arg(r.target, targetKindWord(r.targetKind))
                     .arg(lastSecond(r))
                     .arg(std::max(r.durationS, lastSecond(r)));
    const MosBand band = mosBand(r.mos);
    if (band != MosBand::None)
        sentences << Tr::tr("MOS %1 (%2), R-factor %3.")
                         .arg(number(r.mos, 2), mosBandWord(band), number(r.rFactor, 1));
    if (r.rttMs >= 0)
        sentences << Tr::tr("Round-trip time %1 ms (median).").arg(number(r.rttMs, 1));
    if (r.jitterMs >= 0)
        sentences << Tr::tr("Jitter %1 ms (worst second).").arg(number(r.jitterMs, 1));
    sentences << Tr::tr("Packet loss %1 %, longest burst %2 packets.")
                     .arg(number(r.lossPct, 1))
                     .arg(r.maxBurstLoss);
    if (const int silent = silentSeconds(r))
        sentences << Tr::tr("Seconds without any answer: %1.").arg(silent);
    return sentences.join(QLatin1Char(' '));
}

QList<ReportField> callTestFigures(const CallTestResult& r)
{
    const MosBand band = mosBand(r.mos);
    const QString none = Tr::tr("no answer");
    if (r.packetsReceived == 0) {
        // Nothing came back: no figure was measured, so none is shown as if it were.
        const QString notMeasured = Tr::tr("not measured: no answer came back");
        return {
            {Tr::tr("MOS"), notMeasured},
            {Tr::tr("Packets"),
             Tr::tr("%1 sent, %2 answered").arg(r.packetsSent).arg(r.packetsReceived)},
            {Tr::tr("Stream"),
             Tr::tr("%1 s of %2-sized packets, 50 per second").arg(r.durationS).arg(r.codec)},
            {Tr::tr("Target"), Tr::tr("%1 (%2)").arg(r.target, targetKindWord(r.targetKind))},
        };
    }
    QList<ReportField> rows = {
        {Tr::tr("MOS"), band == MosBand::None
                            ? mosBandWord(band)
                            : Tr::tr("%1 (%2)").arg(number(r.mos, 2), mosBandWord(band))},
        {Tr::tr("R-factor"), number(r.rFactor, 1)},
        {Tr::tr("Round-trip time (median)"),
         r.rttMs < 0 ? none
                     : Tr::tr("%1 ms (Teams: below %2 ms)")
                           .arg(number(r.rttMs, 1), number(calltest::kMaxRttMs, 0))},
        {Tr::tr("Jitter (worst second)"),
         r.jitterMs < 0 ? none
                        : Tr::tr("%1 ms (Teams: below %2 ms)")
                              .arg(number(r.jitterMs, 1), number(calltest::kMaxJitterMs, 0))},
        {Tr::tr("Packet loss"), Tr::tr("%1 % (Teams: below %2 % over 15 s)")
                                    .arg(number(r.lossPct, 2), number(calltest::kMaxLossPct, 0))},
        {Tr::tr("Loss bursts"),
         Tr::tr("longest %1 packets; worst 200 ms window %2 % (Teams: below %3 %)")
             .arg(r.maxBurstLoss)
             .arg(number(r.worstBurstLossPct, 1), number(calltest::kMaxBurstLossPct, 0))},
        {Tr::tr("Reordered"),
         Tr::tr("%1 % (Teams: below %2 %)")
             .arg(number(r.reorderPct, 2), number(calltest::kMaxReorderPct, 2))},
        {Tr::tr("Duplicates"), QString::number(r.duplicates)},
        {Tr::tr("Packets"),
         Tr::tr("%1 sent, %2 answered").arg(r.packetsSent).arg(r.packetsReceived)},
        {Tr::tr("Stream"),
         Tr::tr("%1 s of %2-sized packets, 50 per second").arg(r.durationS).arg(r.codec)},
        {Tr::tr("Target"), Tr::tr("%1 (%2)").arg(r.target, targetKindWord(r.targetKind))},
    };
    return rows;
}

} // namespace easyuc
