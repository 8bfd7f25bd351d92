// Issue 14: the reflector answers a whole call test (50 packets of 172 bytes a second) within
// its default per-source budget, and still never sends more bytes than it received.
#include "core/probes/callstreamprobe.h"
#include "reflector.h"
#include "support/checkharness.h"

#include <gtest/gtest.h>
#include <optional>

using namespace easyuc;
using namespace easyuc::reflector;
using namespace easyuc::test;

TEST(ReflectorBudget, DefaultBucketCarriesAFiveMinuteCallAfterARunsProbes)
{
    const ReflectorConfig defaults;
    RateLimiter limiter(defaults.rate, defaults.burst, defaults.maxSources);
    const QHostAddress client(QStringLiteral("198.51.100.7"));
    // A run first: R5's samples and retries and R10's requests, all at once (more than they
    // send), then the call starts right away.
    for (int i = 0; i < 40; ++i)
        ASSERT_TRUE(limiter.allow(client, 0)) << i;
    int refused = 0;
    for (int i = 0; i < 300 * CallStreamProbe::kPacketsPerSecond; ++i)
        refused +=
            limiter.allow(client, qint64(i) * 1000 / CallStreamProbe::kPacketsPerSecond) ? 0 : 1;
    EXPECT_EQ(refused, 0);
    // The bucket still stops a flood: twice the call's rate for ten seconds is cut.
    RateLimiter flood(defaults.rate, defaults.burst, defaults.maxSources);
    int answered = 0;
    for (int i = 0; i < 1000; ++i)
        answered += flood.allow(client, qint64(i) * 10) ? 1 : 0; // 100/s
    EXPECT_LE(answered, defaults.burst + int(defaults.rate * 10) + 1);
    EXPECT_LT(answered, 1000);
}

TEST(ReflectorBudget, ALoopbackCallIsAnsweredWholeAndNeverAmplified)
{
    ReflectorConfig config; // the defaults, on one free loopback port
    config.address = QHostAddress::LocalHost;
    config.sip = false;
    config.firstEchoPort = 0;
    Reflector reflector(config);
    QString error;
    ASSERT_TRUE(reflector.start(&error)) << error.toStdString();
    ASSERT_EQ(reflector.echoPorts().size(), 1);
    CallStreamProbe probe;
    std::optional<CallTestResult> result;
    QObject::connect(&probe, &CallStreamProbe::finished,
                     [&](const CallTestResult& r) { result = r; });
    probe.start(QHostAddress::LocalHost, reflector.echoPorts().first(), CallStreamProbe::Mode::Echo,
                3, QDeadlineTimer(QDeadlineTimer::Forever));
    ASSERT_TRUE(waitFor([&] { return result.has_value(); }, 8000));
    EXPECT_EQ(result->packetsSent, 150);
    EXPECT_EQ(result->packetsReceived, 150);
    EXPECT_EQ(reflector.stats().rateLimited, 0u);
    EXPECT_EQ(reflector.stats().bytesIn, 150u * 172u);
    EXPECT_EQ(reflector.stats().bytesOut, reflector.stats().bytesIn);
}
