#pragma once

#include <QList>

namespace easyuc {

// What the E-model needs from a measured voice stream.
struct EModelInput
{
    double rttMs = 0;      // round-trip time (median)
    double jitterMs = 0;   // RFC 3550 interarrival jitter
    double lossPct = 0;    // packet loss, in %
    double burstRatio = 1; // G.107 BurstR: 1 for random loss, > 1 for bursty loss
};

// The quality score of a G.711 call by the simplified ITU-T G.107 E-model (formula and sources in
// emodel.cpp).
struct EModelScore
{
    double effectiveLatencyMs = 0;
    double delayImpairment = 0; // Id
    double lossImpairment = 0;  // Ie,eff
    double rFactor = 0;
    double mos = 1;
};

namespace emodel {
constexpr double kR0 = 93.2;           // G.107 default R for G.711 with default settings
constexpr double kCodecDelayMs = 10.0; // the published simplification's codec/protocol delay
constexpr double kIeG711 = 0.0;        // G.113 Appendix I: G.711 equipment impairment
constexpr double kBplG711Plc = 25.1;   // G.113 Appendix I: G.711 with PLC, random loss
constexpr double kBplG711NoPlc = 4.3;  // G.113 Appendix I: G.711 without PLC
} // namespace emodel

// Id of the simplified model for an effective (one-way) latency.
double delayImpairment(double effectiveLatencyMs);
// G.107 Ie,eff for loss `lossPct` (%) with burst ratio `burstRatio`.
double lossImpairment(double lossPct, double burstRatio, double ie = emodel::kIeG711,
                      double bpl = emodel::kBplG711Plc);
// G.107 Annex B: MOS (1 .. 4.5) from R.
double mosFromR(double r);
// BurstR of G.107 from a loss pattern (true = lost), by the two-state Markov model: with p the
// probability of a loss after a received packet and q of a reception after a loss,
// BurstR = 1 / (p + q). 1 when there is no loss or no reception.
double burstRatio(const QList<bool>& lost);
EModelScore scoreCall(const EModelInput& input);

// The MOS bands (good / fair / poor) are core/report/callchart.h's mosBand().

} // namespace easyuc
