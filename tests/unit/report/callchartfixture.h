#pragma once
// Fabricated call test DATA for drawing tests only (never a verdict): per-second series shaped
// like a Wi-Fi call that degrades for a while. The totals are computed from the series; the MOS
// and R-factor are fixed figures for the chart to show, not the output of the E-model.

#include "engine/calltest.h"

#include <algorithm>
#include <cmath>

namespace easyuc::test {

// `seconds` seconds; `lost` lists seconds where nothing came back. Deterministic.
inline CallTestResult fabricatedCall(int seconds, QList<int> lost = {20}, double mos = 3.85)
{
    CallTestResult r;
    r.ran = true;
    r.durationS = seconds;
    r.target = QStringLiteral("198.51.100.10:16500");
    r.targetKind = QStringLiteral("reflector");
    QList<double> rtts;
    for (int t = 1; t <= seconds; ++t) {
        CallTestSecond s;
        s.t = t;
        s.sent = 50;
        const double wobble = 6 * std::sin(t * 1.7) + 3 * std::cos(t * 0.6);
        const bool busy = t >= 12 && t <= 16; // a queue filling up
        s.lossPct = lost.contains(t) ? 100 : (t % 7 == 3 ? 4 : (busy ? 2 : 0));
        s.received = int(std::lround(s.sent * (100 - s.lossPct) / 100));
        if (s.received > 0) {
            s.rttMs = 46 + wobble + (busy ? 30 + 22 * std::sin((t - 12) * 0.8) : 0);
            s.jitterMs = 7 + wobble / 3 + (busy ? 14 + 11 * std::sin((t - 12) * 0.8) : 0);
            rtts.append(s.rttMs);
        }
        s.burstLoss = s.received == 0 ? 50 : (s.lossPct > 0 ? 2 : 0);
        r.packetsSent += s.sent;
        r.packetsReceived += s.received;
        r.jitterMs = std::max(r.jitterMs, s.jitterMs);
        r.maxBurstLoss = std::max(r.maxBurstLoss, s.burstLoss);
        r.series.append(s);
    }
    std::sort(rtts.begin(), rtts.end());
    r.rttMs = rtts.isEmpty() ? -1 : rtts.at(rtts.size() / 2);
    r.lossPct = r.packetsSent ? 100.0 * (r.packetsSent - r.packetsReceived) / r.packetsSent : 0;
    r.worstBurstLossPct = r.maxBurstLoss > 0 ? 100 : 0;
    r.mos = mos;
    r.rFactor = mos > 0 ? 78.4 : 0;
    return r;
}

// The first `seconds` of a call of `of` seconds, as the live chart receives it.
inline CallTestResult fabricatedLiveCall(int seconds, int of)
{
    CallTestResult r = fabricatedCall(seconds, {});
    r.durationS = of;
    return r;
}

// Every packet lost: no RTT, no jitter, no score.
inline CallTestResult fabricatedSilentCall(int seconds)
{
    QList<int> all;
    for (int t = 1; t <= seconds; ++t)
        all.append(t);
    return fabricatedCall(seconds, all, 0);
}

} // namespace easyuc::test
