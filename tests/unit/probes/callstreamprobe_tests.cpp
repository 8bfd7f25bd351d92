// The call test's stream against in-process loopback echoes and a STUN server.
#include "core/probes/callstreamprobe.h"
#include "core/probes/stunmessage.h"
#include "support/checkharness.h"
#include "support/stunserver.h"
#include "support/udpecho.h"

#include <QElapsedTimer>
#include <gtest/gtest.h>
#include <optional>

using namespace easyuc;
using namespace easyuc::test;

namespace {
struct StreamRun
{
    CallTestResult result;
    QList<CallTestResult> progress;
    qint64 wallMs = 0;
    int finished = 0;
};

StreamRun stream(quint16 port, int seconds,
                 CallStreamProbe::Mode mode = CallStreamProbe::Mode::Echo,
                 QDeadlineTimer deadline = QDeadlineTimer(QDeadlineTimer::Forever))
{
    CallStreamProbe probe;
    StreamRun run;
    QObject::connect(&probe, &CallStreamProbe::progress,
                     [&](const CallTestResult& r) { run.progress.append(r); });
    QObject::connect(&probe, &CallStreamProbe::finished, [&](const CallTestResult& r) {
        run.result = r;
        ++run.finished;
    });
    QElapsedTimer clock;
    clock.start();
    probe.start(QHostAddress::LocalHost, port, mode, seconds, deadline);
    waitFor([&] { return run.finished > 0; }, seconds * 1000 + 4000);
    run.wallMs = clock.elapsed();
    waitFor([] { return false; }, 50); // a second finished() would show here
    return run;
}
} // namespace

TEST(CallStreamProbe, CleanLoopbackEchoIsAPerfectCall)
{
    ImpairedEcho echo(ImpairedEcho::Mode::Echo);
    ASSERT_TRUE(echo.listen());
    const StreamRun run = stream(echo.port(), 2);
    ASSERT_EQ(run.finished, 1);
    const CallTestResult& r = run.result;
    EXPECT_TRUE(r.ran);
    EXPECT_EQ(r.packetsSent, 100);
    EXPECT_EQ(r.packetsReceived, 100);
    EXPECT_EQ(r.packetsLost, 0);
    EXPECT_EQ(echo.received(), 100);
    EXPECT_EQ(echo.largest(), 172); // G.711-sized, RTP header included
    EXPECT_EQ(r.duplicates, 0);
    EXPECT_EQ(r.reordered, 0);
    EXPECT_DOUBLE_EQ(r.lossPct, 0.0);
    EXPECT_EQ(r.maxBurstLoss, 0);
    ASSERT_EQ(r.series.size(), 2);
    EXPECT_EQ(r.series.at(0).t, 1);
    EXPECT_EQ(r.series.at(0).sent, 50);
    EXPECT_EQ(r.series.at(1).received, 50);
    EXPECT_GE(r.rttMs, 0.0);
    EXPECT_LT(r.rttMs, 50.0);
    EXPECT_GE(r.jitterMs, 0.0);
    EXPECT_GT(r.mos, 4.3);
    EXPECT_EQ(r.target, QStringLiteral("127.0.0.1:%1").arg(echo.port()));
    EXPECT_EQ(r.targetKind, QStringLiteral("reflector"));
    // Paced by the clock: 2 s of stream, then the answers are in at once (no 1 s wait).
    EXPECT_GE(run.wallMs, 1950);
    EXPECT_LT(run.wallMs, 3500);
    // Live: at least one progress report on the way, each a prefix of the final series.
    ASSERT_FALSE(run.progress.isEmpty());
    for (const CallTestResult& p : run.progress)
        EXPECT_LE(p.series.size(), r.series.size());
}

TEST(CallStreamProbe, EveryFifthDroppedIsTwentyPercentInBurstsOfOne)
{
    ImpairedEcho echo(ImpairedEcho::Mode::DropEveryFifth);
    ASSERT_TRUE(echo.listen());
    const StreamRun run = stream(echo.port(), 2);
    ASSERT_EQ(run.finished, 1);
    const CallTestResult& r = run.result;
    EXPECT_EQ(r.packetsSent, 100);
    EXPECT_EQ(r.packetsReceived, 80);
    EXPECT_EQ(r.packetsLost, 20);
    EXPECT_DOUBLE_EQ(r.lossPct, 20.0);
    EXPECT_EQ(r.maxBurstLoss, 1);
    EXPECT_DOUBLE_EQ(r.worstBurstLossPct, 20.0); // 2 of every 10 (200 ms)
    EXPECT_DOUBLE_EQ(r.burstRatio, 1.0);
    ASSERT_EQ(r.series.size(), 2);
    for (const CallTestSecond& s : r.series) {
        EXPECT_DOUBLE_EQ(s.lossPct, 20.0);
        EXPECT_EQ(s.burstLoss, 1);
    }
    // Ie,eff = 95 × 20 / 45.1 = 42.1: poor.
    EXPECT_LT(r.mos, 2.8);
    EXPECT_GT(r.mos, 2.3);
    // It waited out the loss timeout of the last lost packet, no longer.
    EXPECT_LT(run.wallMs, 2000 + CallStreamProbe::kLossTimeoutMs + 800);
}

TEST(CallStreamProbe, DuplicatesAndReorderingAreCountedNotLost)
{
    ImpairedEcho echo(ImpairedEcho::Mode::DuplicateAndReorder);
    ASSERT_TRUE(echo.listen());
    const StreamRun run = stream(echo.port(), 2);
    ASSERT_EQ(run.finished, 1);
    const CallTestResult& r = run.result;
    EXPECT_EQ(r.packetsReceived, 100);
    EXPECT_EQ(r.packetsLost, 0);
    EXPECT_EQ(r.duplicates, 10);
    EXPECT_EQ(r.reordered, 50); // every even packet came after the odd one behind it
    EXPECT_DOUBLE_EQ(r.reorderPct, 50.0);
    int secondsWithDuplicates = 0;
    for (const CallTestSecond& s : r.series)
        secondsWithDuplicates += s.duplicates > 0 ? 1 : 0;
    EXPECT_EQ(secondsWithDuplicates, 2);
}

TEST(CallStreamProbe, SilenceIsAllLostAndBounded)
{
    ImpairedEcho echo(ImpairedEcho::Mode::Silent);
    ASSERT_TRUE(echo.listen());
    const StreamRun run = stream(echo.port(), 1);
    ASSERT_EQ(run.finished, 1);
    const CallTestResult& r = run.result;
    EXPECT_EQ(r.packetsSent, 50);
    EXPECT_EQ(r.packetsReceived, 0);
    EXPECT_EQ(r.packetsLost, 50);
    EXPECT_DOUBLE_EQ(r.lossPct, 100.0);
    EXPECT_EQ(r.maxBurstLoss, 50);
    EXPECT_DOUBLE_EQ(r.mos, 0.0); // nothing measured: no score
    EXPECT_LT(r.rttMs, 0.0);
    EXPECT_LT(run.wallMs, 1000 + CallStreamProbe::kLossTimeoutMs + 800);
}

TEST(CallStreamProbe, MalformedAnswersAreIgnored)
{
    ImpairedEcho echo(ImpairedEcho::Mode::Malformed);
    ASSERT_TRUE(echo.listen());
    CallStreamProbe probe;
    std::optional<CallTestResult> result;
    QObject::connect(&probe, &CallStreamProbe::finished,
                     [&](const CallTestResult& r) { result = r; });
    probe.start(QHostAddress::LocalHost, echo.port(), CallStreamProbe::Mode::Echo, 1,
                QDeadlineTimer(QDeadlineTimer::Forever));
    ASSERT_TRUE(waitFor([&] { return result.has_value(); }, 5000));
    EXPECT_EQ(result->packetsSent, 50);
    EXPECT_EQ(result->packetsReceived, 0); // garbage, cut, altered, longer, from a stranger
    // Four wrong answers from the echo's port and the right bytes from a stranger's, per packet.
    EXPECT_EQ(probe.ignoredDatagrams(), 50 * 5);
}

TEST(CallStreamProbe, PaddedStunBindingsToAStunServer)
{
    LoopbackStunServer server;
    ASSERT_TRUE(server.listen());
    const StreamRun run = stream(server.port(), 1, CallStreamProbe::Mode::Stun);
    ASSERT_EQ(run.finished, 1);
    EXPECT_EQ(run.result.packetsReceived, 50);
    EXPECT_EQ(server.requests(), 50);
    EXPECT_EQ(server.lastRequestSize(), 172);
    EXPECT_EQ(run.result.targetKind, QStringLiteral("stun"));
    EXPECT_GT(run.result.mos, 4.3);
}

// The request is filled by SOFTWARE, not PADDING (a server pads its answer to a PADDING request
// to 1500 bytes), stays within SOFTWARE's 128 characters and carries a valid FINGERPRINT.
TEST(CallStreamProbe, StunRequestIsFilledWithSoftwareNotPadding)
{
    QUdpSocket server;
    ASSERT_TRUE(server.bind(QHostAddress::LocalHost, 0));
    CallStreamProbe probe;
    probe.start(QHostAddress::LocalHost, server.localPort(), CallStreamProbe::Mode::Stun, 1,
                QDeadlineTimer(QDeadlineTimer::Forever));
    ASSERT_TRUE(waitFor([&] { return server.hasPendingDatagrams(); }, 2000));
    const QByteArray d = server.receiveDatagram().data();
    probe.abort();
    ASSERT_EQ(d.size(), 172);
    EXPECT_TRUE(StunCodec::looksLikeStun(d));
    const auto u16 = [&](int at) { return int(quint8(d.at(at))) << 8 | quint8(d.at(at + 1)); };
    EXPECT_EQ(u16(0), 0x0001);  // Binding request
    EXPECT_EQ(u16(2), 152);     // attributes after the header
    EXPECT_EQ(u16(20), 0x8022); // SOFTWARE
    EXPECT_EQ(u16(22), 140);
    const QString software = QString::fromUtf8(d.mid(24, 140));
    EXPECT_LT(software.size(), 128);
    EXPECT_TRUE(software.startsWith(QStringLiteral("easyuc-diag call test")));
    EXPECT_EQ(u16(164), 0x8028); // FINGERPRINT, last
    quint32 crc = 0xffffffffu;
    for (int i = 0; i < 164; ++i) {
        crc ^= quint8(d.at(i));
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    const quint32 fingerprint = quint32(u16(168)) << 16 | quint32(u16(170));
    EXPECT_EQ(fingerprint, ~crc ^ 0x5354554eu);
}

TEST(CallStreamProbe, StunErrorResponsesStillProveTheRoundTrip)
{
    LoopbackStunServer server(LoopbackStunServer::Mode::ErrorResponse);
    ASSERT_TRUE(server.listen());
    const StreamRun run = stream(server.port(), 1, CallStreamProbe::Mode::Stun);
    EXPECT_EQ(run.result.packetsReceived, 50);
}

TEST(CallStreamProbe, GarbageFromAStunServerIsIgnored)
{
    for (auto mode : {LoopbackStunServer::Mode::Garbage, LoopbackStunServer::Mode::WrongCookie,
                      LoopbackStunServer::Mode::Truncated}) {
        LoopbackStunServer server(mode);
        ASSERT_TRUE(server.listen());
        const StreamRun run = stream(server.port(), 1, CallStreamProbe::Mode::Stun);
        EXPECT_EQ(run.result.packetsReceived, 0) << int(mode);
    }
}

TEST(CallStreamProbe, TheDeadlineCutsTheStreamAndTheLastAnswersStillCount)
{
    ImpairedEcho echo(ImpairedEcho::Mode::Echo);
    ASSERT_TRUE(echo.listen());
    const StreamRun run = stream(echo.port(), 10, CallStreamProbe::Mode::Echo,
                                 QDeadlineTimer(2500, Qt::PreciseTimer));
    ASSERT_EQ(run.finished, 1);
    EXPECT_LT(run.wallMs, 2600);
    EXPECT_GT(run.result.packetsSent, 50);
    EXPECT_LT(run.result.packetsSent, 120);
    EXPECT_EQ(run.result.packetsLost, 0);
    EXPECT_EQ(run.result.packetsReceived, run.result.packetsSent);
}

TEST(CallStreamProbe, NeverMoreThanFiftyPacketsInAnySecond)
{
    ImpairedEcho echo(ImpairedEcho::Mode::Echo);
    ASSERT_TRUE(echo.listen());
    const StreamRun run = stream(echo.port(), 3);
    EXPECT_EQ(run.result.packetsSent, 150);
    EXPECT_GE(run.wallMs, 2950); // paced over the three seconds, not sent in a rush
    for (const CallTestSecond& s : run.result.series)
        EXPECT_EQ(s.sent, 50);
    // 172 bytes + 28 of UDP/IPv4 headers at 50/s: 80 kbit/s, within the 100 kbit/s bound.
    EXPECT_LE((CallStreamProbe::kPacketBytes + 28) * 8 * CallStreamProbe::kPacketsPerSecond,
              100000);
}
