#include "emodel.h"

#include <algorithm>

namespace easyuc {

// The E-model (ITU-T G.107) in the simplified form the call-quality tools publish:
//
//   effective latency Ld = RTT / 2 + 2 × jitter + 10 ms (codec and protocol delay)
//   Id = Ld / 40                 for Ld < 160 ms
//   Id = (Ld − 120) / 10         otherwise
//   R  = 93.2 − Id − Ie,eff
//   MOS = 1 + 0.035 R + 7·10⁻⁶ R (R − 60)(100 − R), 1 for R < 0, 4.5 for R > 100
//
// Sources: the delay curve and the MOS mapping as PingPlotter publishes them ("How is MOS
// calculated in PingPlotter Pro", pingman.com/kb/article/how-is-mos-calculated-in-pingplotter-
// pro-50.html) and as NetBeez ("Impact of packet loss, jitter and latency on VoIP",
// netbeez.net/blog/impact-of-packet-loss-jitter-and-latency-on-voip) quote it: "EffectiveLatency
// = AverageLatency + Jitter * 2 + 10; if < 160: R = 93.2 − EffectiveLatency / 40, else R = 93.2 −
// (EffectiveLatency − 120) / 10". They feed the round-trip latency; we feed the one-way latency
// (RTT / 2), as G.107's Ta is one-way. MOS(R) is G.107 Annex B (B-4) itself; R0 = 93.2 is G.107's
// default R for G.711 at the default parameters.
//
// Loss: instead of the tools' flat "R −= 2.5 × loss %", G.107 (06/2015) §7.4 equation (7-29):
//   Ie,eff = Ie + (95 − Ie) · Ppl / (Ppl / BurstR + Bpl)
// with Ie = 0 and Bpl = 25.1 for G.711 with packet-loss concealment (ITU-T G.113 Appendix I,
// Table I.3; 4.3 without concealment). Every softphone and WebRTC stack conceals loss, so the
// PLC value is used. BurstR = 1 for random loss; bursty loss (BurstR > 1) costs more.
double delayImpairment(double ld)
{
    ld = std::max(0.0, ld);
    return ld < 160.0 ? ld / 40.0 : (ld - 120.0) / 10.0;
}

double lossImpairment(double lossPct, double burstRatio, double ie, double bpl)
{
    const double ppl = std::clamp(lossPct, 0.0, 100.0);
    if (ppl <= 0.0)
        return ie;
    const double burst = std::max(1.0, burstRatio);
    return ie + (95.0 - ie) * ppl / (ppl / burst + bpl);
}

double mosFromR(double r)
{
    if (r <= 0.0)
        return 1.0;
    if (r >= 100.0)
        return 4.5;
    const double mos = 1.0 + 0.035 * r + 7e-6 * r * (r - 60.0) * (100.0 - r);
    return std::clamp(mos, 1.0, 4.5);
}

double burstRatio(const QList<bool>& lost)
{
    const int count = int(lost.size());
    int afterReceived = 0, lossAfterReceived = 0, afterLost = 0, receivedAfterLost = 0;
    for (int i = 1; i < count; ++i) {
        if (lost[i - 1]) {
            ++afterLost;
            receivedAfterLost += lost[i] ? 0 : 1;
        } else {
            ++afterReceived;
            lossAfterReceived += lost[i] ? 1 : 0;
        }
    }
    if (afterReceived == 0 || afterLost == 0)
        return 1.0;
    const double p = double(lossAfterReceived) / afterReceived;
    const double q = double(receivedAfterLost) / afterLost;
    if (p + q <= 0.0)
        return 1.0;
    // Below 1 (losses more spread out than random) is taken as random: G.107 defines BurstR ≥ 1
    // as the bursty case and 1 as random; a sparser pattern is never scored better than random.
    return std::max(1.0, 1.0 / (p + q));
}

EModelScore scoreCall(const EModelInput& in)
{
    EModelScore s;
    s.effectiveLatencyMs =
        std::max(0.0, in.rttMs) / 2.0 + 2.0 * std::max(0.0, in.jitterMs) + emodel::kCodecDelayMs;
    s.delayImpairment = delayImpairment(s.effectiveLatencyMs);
    s.lossImpairment = lossImpairment(in.lossPct, in.burstRatio);
    s.rFactor = std::clamp(emodel::kR0 - s.delayImpairment - s.lossImpairment, 0.0, 100.0);
    s.mos = mosFromR(s.rFactor);
    return s;
}

} // namespace easyuc
