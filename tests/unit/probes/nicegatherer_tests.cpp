#include "probes/nicegatherer.h"
#include "support/checkharness.h"
#include "support/turnserver.h"

#include <gtest/gtest.h>

using namespace easyuc;
using namespace easyuc::test;

namespace {

GatherRequest loopbackRequest(quint16 port, const QString& password, int timeoutMs)
{
    GatherRequest request;
    request.turnServer = QHostAddress(QHostAddress::LocalHost);
    request.turnPort = port;
    request.username = QString::fromLatin1(LoopbackTurnServer::kUser);
    request.password = password;
    request.timeoutMs = timeoutMs;
    // libnice skips the loopback interface, and the kernel will not route from another
    // interface's address to 127.0.0.1: gather from the loopback address only.
    request.localAddresses = {QHostAddress(QHostAddress::LocalHost)};
    return request;
}

std::optional<GatherResult> gather(const GatherRequest& request, qint64* wallMs = nullptr)
{
    NiceGatherer gatherer;
    std::optional<GatherResult> result;
    QObject::connect(&gatherer, &NiceGatherer::finished,
                     [&](const GatherResult& r) { result = r; });
    QElapsedTimer clock;
    clock.start();
    gatherer.start(request);
    waitFor([&] { return result.has_value(); }, request.timeoutMs + 3000);
    if (wallMs)
        *wallMs = clock.elapsed();
    return result;
}

} // namespace

TEST(NiceGatherer, GathersHostAndRelayedCandidatesThroughTurn)
{
    LoopbackTurnServer server(LoopbackTurnServer::Transport::Udp);
    ASSERT_TRUE(server.listen());
    const auto r = gather(
        loopbackRequest(server.port(), QString::fromLatin1(LoopbackTurnServer::kPassword), 3000));
    ASSERT_TRUE(r.has_value());
    EXPECT_TRUE(r->error.isEmpty()) << r->error.toStdString();
    EXPECT_FALSE(r->ofType(QStringLiteral("host")).isEmpty());
    const QList<GatheredCandidate> relays = r->ofType(QStringLiteral("relay"));
    ASSERT_FALSE(relays.isEmpty());
    EXPECT_EQ(relays.first().address, QHostAddress(QHostAddress::LocalHost));
    EXPECT_GT(relays.first().port, 49152);
    EXPECT_GE(server.allocations(), 1);
    EXPECT_TRUE(r->complete);
    EXPECT_LT(r->elapsedMs, 1000);
}

TEST(NiceGatherer, WrongPasswordGathersNoRelay)
{
    LoopbackTurnServer server(LoopbackTurnServer::Transport::Udp);
    ASSERT_TRUE(server.listen());
    const auto r = gather(loopbackRequest(server.port(), QStringLiteral("wrong"), 1500));
    ASSERT_TRUE(r.has_value());
    EXPECT_TRUE(r->ofType(QStringLiteral("relay")).isEmpty());
    EXPECT_EQ(server.allocations(), 0);
    EXPECT_GE(server.authFailures(), 1);
}

TEST(NiceGatherer, SilentServerIsCutAtTheDeadline)
{
    LoopbackTurnServer server(LoopbackTurnServer::Transport::Udp, LoopbackTurnServer::Mode::Silent);
    ASSERT_TRUE(server.listen());
    qint64 wall = 0;
    const auto r = gather(loopbackRequest(server.port(), QStringLiteral("x"), 800), &wall);
    ASSERT_TRUE(r.has_value());
    EXPECT_TRUE(r->ofType(QStringLiteral("relay")).isEmpty());
    EXPECT_LT(wall, 800 + 1000);
}

TEST(NiceGatherer, AbortNeverBlocksAndNeverReports)
{
    LoopbackTurnServer server(LoopbackTurnServer::Transport::Udp, LoopbackTurnServer::Mode::Silent);
    ASSERT_TRUE(server.listen());
    int reports = 0;
    {
        NiceGatherer gatherer;
        QObject::connect(&gatherer, &NiceGatherer::finished, [&] { ++reports; });
        gatherer.start(loopbackRequest(server.port(), QStringLiteral("x"), 5000));
        waitFor([] { return false; }, 100);
        QElapsedTimer clock;
        clock.start();
        gatherer.abort();
        EXPECT_LT(clock.elapsed(), 50);
    }
    waitFor([] { return false; }, 500);
    EXPECT_EQ(reports, 0);
}
