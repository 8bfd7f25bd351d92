#include "core/checks/callverdict.h"

#include "core/report/callchart.h"

#include <QCoreApplication>

namespace easyuc {

namespace {
// The same context as the rest of R15, so its sentences sit together for the translator.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(MediaQualityCheck)
};

QString number(double value, int decimals)
{
    return QString::number(value, 'f', decimals);
}
} // namespace

RequirementResult judgeCallTest(const CallTestResult& c)
{
    RequirementResult r;
    r.id = QStringLiteral("media.quality");
    const QString where = c.targetKind == QStringLiteral("reflector")
                              ? Tr::tr("the RTP reflector %1").arg(c.target)
                              : Tr::tr("the STUN server %1").arg(c.target);
    r.addEvidence(QStringLiteral("source"),
                  QStringLiteral("call test, %1 s, %2").arg(c.durationS).arg(c.targetKind));
    r.addEvidence(QStringLiteral("server"), c.target);
    r.addEvidence(QStringLiteral("packets"),
                  QStringLiteral("%1 sent, %2 answered, %3 lost, %4 duplicated, %5 bytes each")
                      .arg(c.packetsSent)
                      .arg(c.packetsReceived)
                      .arg(c.packetsLost)
                      .arg(c.duplicates)
                      .arg(c.packetBytes));
    if (!c.error.isEmpty())
        r.addEvidence(QStringLiteral("error"), c.error);
    if (c.packetsReceived == 0) {
        // Nothing came back: nothing was measured (R8 or R5 says whether the path is blocked).
        r.status = Status::Warn;
        r.summary = c.packetsSent == 0
                        ? Tr::tr("Not measured: the call test to %1 could not send (%2).")
                              .arg(where, c.error)
                        : Tr::tr("Not measured: none of the %1 packets of the call test to %2 "
                                 "was answered.")
                              .arg(c.packetsSent)
                              .arg(where);
        r.remediation = Tr::tr("Allow outgoing UDP towards %1 so that call quality can be "
                               "measured; without it, calls may have no audio.")
                            .arg(c.target);
        return r;
    }
    r.addEvidence(QStringLiteral("mos"), number(c.mos, 2));
    r.addEvidence(QStringLiteral("rFactor"), number(c.rFactor, 1));
    r.addEvidence(QStringLiteral("rttMs"), number(c.rttMs, 1));
    r.addEvidence(QStringLiteral("jitterMs"), number(c.jitterMs, 1));
    r.addEvidence(QStringLiteral("jitterMeanMs"), number(c.meanJitterMs, 1));
    r.addEvidence(QStringLiteral("lossPercent"), number(c.lossPct, 1));
    r.addEvidence(QStringLiteral("loss15sPercent"), number(c.worstLoss15sPct, 1));
    r.addEvidence(QStringLiteral("burstLoss200msPercent"), number(c.worstBurstLossPct, 0));
    r.addEvidence(QStringLiteral("burstLossMax"), QString::number(c.maxBurstLoss));
    r.addEvidence(QStringLiteral("reorderPercent"), number(c.reorderPct, 2));
    r.addEvidence(QStringLiteral("effectiveLatencyMs"), number(c.effectiveLatencyMs, 1));

    // The Teams targets (calltest.h). Jitter is judged on its worst second and loss on its
    // worst 15 s, both at least as strict as Microsoft's "in any 15 s".
    QStringList missed;
    if (c.worstLoss15sPct >= calltest::kMaxLossPct)
        missed.append(Tr::tr("loss %1 % (target: below %2 % in any 15 s)")
                          .arg(number(c.worstLoss15sPct, 1), number(calltest::kMaxLossPct, 0)));
    if (c.worstBurstLossPct >= calltest::kMaxBurstLossPct)
        missed.append(
            Tr::tr("burst loss %1 % in 200 ms (target: below %2 %)")
                .arg(number(c.worstBurstLossPct, 0), number(calltest::kMaxBurstLossPct, 0)));
    if (c.jitterMs >= calltest::kMaxJitterMs)
        missed.append(Tr::tr("jitter %1 ms (target: below %2 ms)")
                          .arg(number(c.jitterMs, 1), number(calltest::kMaxJitterMs, 0)));
    if (c.rttMs >= calltest::kMaxRttMs)
        missed.append(Tr::tr("round trip %1 ms (target: below %2 ms)")
                          .arg(number(c.rttMs, 0), number(calltest::kMaxRttMs, 0)));
    if (c.reorderPct >= calltest::kMaxReorderPct)
        missed.append(Tr::tr("%1 % of packets out of order (target: below %2 %)")
                          .arg(number(c.reorderPct, 2), number(calltest::kMaxReorderPct, 2)));
    const MosBand band = mosBand(c.mos);
    const int seconds = qMax(1, int(c.series.size())); // what was measured, when cut short
    const QString head =
        Tr::tr("From a %1-second call test to %2: MOS %3 (%4), round trip %5 ms, jitter %6 ms, "
               "loss %7 %.")
            .arg(seconds)
            .arg(where, number(c.mos, 2), mosBandWord(band), number(c.rttMs, c.rttMs < 10 ? 1 : 0),
                 number(c.jitterMs, 1), number(c.lossPct, 1));
    if (missed.isEmpty() && band == MosBand::Good) {
        r.status = Status::Pass;
        r.summary = head;
        return r;
    }
    r.status = Status::Warn;
    r.summary =
        missed.isEmpty()
            ? head
            : Tr::tr("%1 Above the targets: %2.").arg(head, missed.join(QStringLiteral("; ")));
    r.remediation =
        Tr::tr("Voice may sound choppy or delayed. Avoid Wi-Fi with weak signal, check "
               "that large downloads or backups are not filling the connection, and ask "
               "the provider about line quality.");
    return r;
}

} // namespace easyuc
