#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace easyuc {

// One second of the voice-shaped call test (issue 14): what was sent in that window and what
// came back. rttMs and jitterMs are negative when nothing came back in the window.
struct CallTestSecond
{
    int t = 0;            // seconds since the stream started (1 = the first full second)
    int sent = 0;         // packets sent in this window
    int received = 0;     // of those, answered
    double rttMs = -1;    // median round-trip time of the answers in this window
    double jitterMs = -1; // RFC 3550 interarrival jitter at the end of this window
    double lossPct = 0;   // (sent - received) / sent, in %
    int burstLoss = 0;    // longest run of consecutive losses in this window
    int reordered = 0;    // answers that arrived after a later sequence number
    int duplicates = 0;   // answers seen more than once
};

// The whole call test: totals, the quality score and the per-second series. `ran` is false when
// no call test was asked for; `error` says why a call test that was asked for could not run.
struct CallTestResult
{
    bool ran = false;
    QString error;     // raw: why no stream could be sent (empty when it ran)
    int durationS = 0; // asked duration
    QString codec = QStringLiteral("G.711");
    QString target;     // "198.51.100.10:16500" (formatEndpoint)
    QString targetKind; // "reflector" | "stun"
    int packetsSent = 0;
    int packetsReceived = 0;
    double rttMs = -1;            // median over the call
    double jitterMs = -1;         // RFC 3550 jitter, the worst second
    double lossPct = 0;           // over the call
    int maxBurstLoss = 0;         // longest run of consecutive losses over the call
    double worstBurstLossPct = 0; // worst loss in any 200 ms window, in %
    double reorderPct = 0;
    int duplicates = 0;
    double rFactor = 0; // ITU-T G.107 E-model, simplified (see the call test's source)
    double mos = 0;     // 1.0 .. 4.5
    // Added with the probe (core/probes/callstreamprobe, core/probes/emodel):
    int packetBytes = 172;         // UDP payload of each packet
    int packetsLost = 0;           // sent, settled and not answered within the loss timeout
    int reordered = 0;             // answers that came after a later sequence number
    double meanJitterMs = -1;      // mean of the per-second jitter (what the E-model uses)
    double worstLoss15sPct = 0;    // worst loss in any 15 s (the whole call when shorter)
    double burstRatio = 1;         // G.107 BurstR of the loss pattern (1 = random)
    double effectiveLatencyMs = 0; // E-model: RTT/2 + 2 x jitter + 10 ms
    QList<CallTestSecond> series;
};

// The thresholds Microsoft publishes for Teams media (network requirements), and the MOS bands
// the issue asks for; the chart draws these lines, the verdict uses the same numbers.
namespace calltest {
constexpr double kMaxLossPct = 1.0;       // over any 15 s
constexpr double kMaxBurstLossPct = 10.0; // in any 200 ms
constexpr double kMaxJitterMs = 30.0;
constexpr double kMaxRttMs = 100.0;
constexpr double kMaxReorderPct = 0.05;
constexpr double kMosGood = 4.0;
constexpr double kMosFair = 3.6;
constexpr int kMinSeconds = 10;
constexpr int kMaxSeconds = 300;
constexpr int kGuiSeconds = 30;
} // namespace calltest

} // namespace easyuc

Q_DECLARE_METATYPE(easyuc::CallTestResult)
