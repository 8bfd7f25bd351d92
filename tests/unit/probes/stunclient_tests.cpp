#include "probes/stunclient.h"
#include "support/checkharness.h"
#include "support/stunserver.h"

#include <gtest/gtest.h>

using namespace easyuc;
using namespace easyuc::test;

namespace {

StunBindingResult bindOnce(LoopbackStunServer& server, int timeoutMs = 1500,
                           const StunClient::Options& options = {})
{
    StunClient client;
    std::optional<StunBindingResult> result;
    QObject::connect(&client, &StunClient::finished,
                     [&](const StunBindingResult& r) { result = r; });
    client.query(QStringLiteral("loopback"), QHostAddress::LocalHost, server.port(), timeoutMs,
                 options);
    waitFor([&] { return result.has_value(); }, timeoutMs + 2000);
    return result.value_or(StunBindingResult{});
}

} // namespace

TEST(StunClient, AnswerGivesMappedAddressAndRtt)
{
    LoopbackStunServer server;
    ASSERT_TRUE(server.listen());
    const StunBindingResult r = bindOnce(server);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r.answer.mapped(), QHostAddress(QHostAddress::LocalHost));
    EXPECT_EQ(r.answer.mappedPort(), r.localPort);
    EXPECT_GE(r.rttMs, 0);
    EXPECT_EQ(r.attempts, 1);
    EXPECT_FALSE(r.answer.mappedDiffers());
}

TEST(StunClient, SilenceIsTimeoutWithRetransmissions)
{
    LoopbackStunServer server(LoopbackStunServer::Mode::Silent);
    ASSERT_TRUE(server.listen());
    QElapsedTimer t;
    t.start();
    const StunBindingResult r = bindOnce(server, 1200);
    EXPECT_EQ(r.error, StunBindingResult::Error::Timeout);
    EXPECT_GE(t.elapsed(), 1100);
    EXPECT_LT(t.elapsed(), 2500);
    EXPECT_GE(server.requests(), 3); // 0, 250, 750 ms
}

TEST(StunClient, HostileAnswersAreIgnoredNotBelieved)
{
    for (auto mode : {LoopbackStunServer::Mode::Garbage, LoopbackStunServer::Mode::WrongCookie,
                      LoopbackStunServer::Mode::Truncated}) {
        LoopbackStunServer server(mode);
        ASSERT_TRUE(server.listen());
        const StunBindingResult r = bindOnce(server, 800);
        EXPECT_EQ(r.error, StunBindingResult::Error::Timeout) << int(mode);
        EXPECT_GE(r.ignoredDatagrams, 1) << int(mode);
    }
}

TEST(StunClient, ErrorResponseIsReported)
{
    LoopbackStunServer server(LoopbackStunServer::Mode::ErrorResponse);
    ASSERT_TRUE(server.listen());
    const StunBindingResult r = bindOnce(server);
    EXPECT_EQ(r.error, StunBindingResult::Error::ErrorResponse);
    EXPECT_EQ(r.answer.errorCode, 500);
}

TEST(StunClient, RewrittenPlainMappedAddressIsDetected)
{
    LoopbackStunServer server(LoopbackStunServer::Mode::RewrittenMapped);
    ASSERT_TRUE(server.listen());
    const StunBindingResult r = bindOnce(server);
    ASSERT_TRUE(r.ok());
    EXPECT_TRUE(r.answer.mappedDiffers());
    EXPECT_EQ(r.answer.plainMapped, QHostAddress(QStringLiteral("192.168.77.10")));
}

TEST(StunClient, PaddedRequestHasTheAskedSize)
{
    LoopbackStunServer server;
    ASSERT_TRUE(server.listen());
    const StunBindingResult r = bindOnce(server, 1500, StunClient::Options{false, false, 1200});
    ASSERT_TRUE(r.ok());
    EXPECT_GE(server.lastRequestSize(), 1196);
    EXPECT_LE(server.lastRequestSize(), 1204);
}

TEST(StunCodec, RandomBytesNeverCrash)
{
    StunCodec codec;
    QByteArray id;
    QByteArray request = codec.bindingRequest(&id);
    ASSERT_EQ(id.size(), 16); // libnice counts the magic cookie in the id
    std::srand(42);
    for (int i = 0; i < 2000; ++i) {
        QByteArray junk = request;
        const int flips = 1 + std::rand() % 8;
        for (int f = 0; f < flips; ++f)
            junk[std::rand() % junk.size()] = char(std::rand());
        junk.truncate(std::rand() % (junk.size() + 1));
        QByteArray got;
        codec.parse(junk, &got); // must not crash or read out of bounds
    }
    SUCCEED();
}
