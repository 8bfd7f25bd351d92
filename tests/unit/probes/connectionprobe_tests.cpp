#include "probes/connectionprobe.h"
#include "probes/endpoint.h"
#include "support/checkharness.h"
#include "support/silentlistener.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <gtest/gtest.h>
#include <optional>

using namespace easyuc;
using namespace easyuc::test;

namespace {

const QHostAddress kV4(QStringLiteral("127.0.0.1"));
const QHostAddress kV4b(QStringLiteral("127.0.0.2"));
const QHostAddress kV6(QStringLiteral("::1"));

// An answering TCP server on `address`; port 0 takes any free one.
struct Answering
{
    QTcpServer server;
    explicit Answering(const QHostAddress& address, quint16 port = 0)
    {
        server.listen(address, port);
        QObject::connect(&server, &QTcpServer::newConnection, &server, [this] {
            while (QTcpSocket* s = server.nextPendingConnection())
                s->setParent(&server);
        });
    }
    quint16 port() const { return server.serverPort(); }
};

struct Race
{
    ConnectResult result;
    qint64 wallMs = 0;
};

Race race(const QList<QHostAddress>& addresses, quint16 port, int timeoutMs = 3000)
{
    ConnectionProbe probe;
    std::optional<ConnectResult> done;
    QObject::connect(&probe, &ConnectionProbe::established, &probe, [&probe] {
        QMetaObject::invokeMethod(&probe, &ConnectionProbe::succeed, Qt::QueuedConnection);
    });
    QObject::connect(&probe, &ConnectionProbe::finished,
                     [&done](const ConnectResult& r) { done = r; });
    ConnectRequest request;
    request.host = QStringLiteral("localhost");
    request.addresses = addresses;
    request.port = port;
    request.timeoutMs = timeoutMs;
    QElapsedTimer clock;
    clock.start();
    probe.start(request);
    waitFor([&done] { return done.has_value(); }, timeoutMs + 2000);
    Race r;
    r.wallMs = clock.elapsed();
    if (done)
        r.result = *done;
    else
        r.result.error = ConnectError::NetworkError;
    return r;
}

} // namespace

TEST(HappyEyeballsOrder, InterleavesFamiliesIpv6First)
{
    const QHostAddress a4(QStringLiteral("198.51.100.10"));
    const QHostAddress b4(QStringLiteral("198.51.100.11"));
    const QHostAddress a6(QStringLiteral("2001:db8::10"));
    const QHostAddress b6(QStringLiteral("2001:db8::11"));
    EXPECT_EQ(happyEyeballsOrder({a4, b4, a6, b6}), (QList<QHostAddress>{a6, a4, b6, b4}));
    EXPECT_EQ(happyEyeballsOrder({a4, a6, b6}), (QList<QHostAddress>{a6, a4, b6}));
    EXPECT_EQ(happyEyeballsOrder({b4, a4}), (QList<QHostAddress>{b4, a4}));
    EXPECT_EQ(happyEyeballsOrder({}), QList<QHostAddress>{});
}

TEST(Endpoint, BracketsIpv6Only)
{
    EXPECT_EQ(formatEndpoint(QHostAddress(QStringLiteral("203.0.113.10")), 443),
              QStringLiteral("203.0.113.10:443"));
    EXPECT_EQ(formatEndpoint(QHostAddress(QStringLiteral("2001:db8::1")), 443),
              QStringLiteral("[2001:db8::1]:443"));
    EXPECT_EQ(formatEndpoint(QHostAddress(QStringLiteral("::ffff:198.51.100.7")), 5060),
              QStringLiteral("198.51.100.7:5060"));
    EXPECT_EQ(formatEndpoint(QStringLiteral("pbx.example.com"), 7443),
              QStringLiteral("pbx.example.com:7443"));
    EXPECT_EQ(formatEndpoint(QStringLiteral("2001:db8::1"), 3478),
              QStringLiteral("[2001:db8::1]:3478"));
    EXPECT_EQ(addressFamilyName(QHostAddress(QStringLiteral("2001:db8::1"))),
              QStringLiteral("IPv6"));
    EXPECT_EQ(addressFamilyName(kV4), QStringLiteral("IPv4"));
    ConnectResult r;
    r.address = QHostAddress(QStringLiteral("2001:db8::10"));
    EXPECT_EQ(r.endpoint(443), QStringLiteral("[2001:db8::10]:443"));
}

TEST(SilentListener, SwallowsSyns)
{
    SilentListener silent(kV4b);
    EASYUC_SKIP_UNLESS_SILENT(silent);
    const Race r = race({kV4b}, silent.port(), 700);
    EXPECT_EQ(r.result.error, ConnectError::Timeout);
    EXPECT_EQ(r.result.step, ConnectStep::Connect);
    EXPECT_GE(r.wallMs, 650);
    EXPECT_LT(r.wallMs, 1200);
    ASSERT_EQ(r.result.attempts.size(), 1);
    EXPECT_EQ(r.result.attempts.at(0).outcome, ConnectAttempt::Outcome::Silent);
}

TEST(HappyEyeballs, SilentIpv6BesideAnsweringIpv4WinsAfterTheAttemptDelay)
{
    Answering v4(kV4);
    ASSERT_TRUE(v4.server.isListening());
    SilentListener v6(kV6, v4.port());
    if (!v6.ok())
        GTEST_SKIP() << "no IPv6 on loopback here";
    // The resolver's order (IPv4 first): the race must still start with IPv6 (RFC 8305 §4).
    const Race r = race({kV4, kV6}, v4.port());
    ASSERT_TRUE(r.result.ok()) << r.result.detail.toStdString();
    EXPECT_EQ(r.result.address, kV4);
    ASSERT_EQ(r.result.attempts.size(), 2);
    EXPECT_EQ(r.result.attempts.at(0).address, kV6);
    EXPECT_EQ(r.result.attempts.at(0).outcome, ConnectAttempt::Outcome::Silent);
    EXPECT_EQ(r.result.attempts.at(1).address, kV4);
    EXPECT_EQ(r.result.attempts.at(1).outcome, ConnectAttempt::Outcome::Connected);
    // The second attempt starts 250 ms after the first (RFC 8305 §5), not at the deadline.
    EXPECT_GE(r.result.attempts.at(1).startedMs, 240);
    EXPECT_LT(r.result.attempts.at(1).startedMs, 400);
    EXPECT_LT(r.result.connectMs, 100);
    EXPECT_LT(r.wallMs, 600);
    EXPECT_EQ(r.result.silentFamily, QStringLiteral("IPv6"));
}

TEST(HappyEyeballs, SilentFirstAddressOfOneFamilyIsNotAFamilyProblem)
{
    Answering good(kV4);
    ASSERT_TRUE(good.server.isListening());
    SilentListener silent(kV4b, good.port());
    EASYUC_SKIP_UNLESS_SILENT(silent);
    const Race r = race({kV4b, kV4}, good.port());
    ASSERT_TRUE(r.result.ok());
    EXPECT_EQ(r.result.address, kV4);
    ASSERT_EQ(r.result.attempts.size(), 2);
    EXPECT_GE(r.result.attempts.at(1).startedMs, 240);
    EXPECT_LT(r.result.attempts.at(1).startedMs, 400);
    EXPECT_TRUE(r.result.silentFamily.isEmpty());
}

TEST(HappyEyeballs, FirstAnswerWinsWithoutStartingTheOthers)
{
    Answering good(kV4);
    ASSERT_TRUE(good.server.isListening());
    SilentListener silent(kV4b, good.port());
    EASYUC_SKIP_UNLESS_SILENT(silent);
    const Race r = race({kV4, kV4b}, good.port());
    ASSERT_TRUE(r.result.ok());
    EXPECT_EQ(r.result.address, kV4);
    EXPECT_EQ(r.result.attempts.size(), 1);
    EXPECT_LT(r.wallMs, 240);
}

TEST(HappyEyeballs, ARefusalStartsTheNextAttemptAtOnce)
{
    Answering good(kV4);
    ASSERT_TRUE(good.server.isListening());
    // Nothing listens on 127.0.0.2 at that port: refused.
    const Race r = race({kV4b, kV4}, good.port());
    ASSERT_TRUE(r.result.ok());
    ASSERT_EQ(r.result.attempts.size(), 2);
    EXPECT_EQ(r.result.attempts.at(0).outcome, ConnectAttempt::Outcome::Failed);
    EXPECT_EQ(r.result.attempts.at(0).error, ConnectError::Refused);
    EXPECT_LT(r.result.attempts.at(1).startedMs, 150);
}

TEST(HappyEyeballs, AllSilentEndsAtTheDeadlineNamingNoFamily)
{
    SilentListener a(kV4b);
    EASYUC_SKIP_UNLESS_SILENT(a);
    SilentListener b(QHostAddress(QStringLiteral("127.0.0.3")), a.port());
    EASYUC_SKIP_UNLESS_SILENT(b);
    const Race r = race({kV4b, QHostAddress(QStringLiteral("127.0.0.3"))}, a.port(), 800);
    EXPECT_EQ(r.result.error, ConnectError::Timeout);
    EXPECT_LT(r.wallMs, 1300);
    ASSERT_EQ(r.result.attempts.size(), 2);
    EXPECT_EQ(r.result.attempts.at(1).outcome, ConnectAttempt::Outcome::Silent);
    EXPECT_TRUE(r.result.silentFamily.isEmpty());
}

TEST(ConnectionProbe, TheHandedDeadlineBoundsTheAttempt)
{
    SilentListener silent(kV4b);
    EASYUC_SKIP_UNLESS_SILENT(silent);
    ConnectionProbe probe;
    std::optional<ConnectResult> done;
    QObject::connect(&probe, &ConnectionProbe::finished,
                     [&done](const ConnectResult& r) { done = r; });
    ConnectRequest request;
    request.addresses = {kV4b};
    request.port = silent.port();
    request.timeoutMs = 60000; // ignored: the deadline rules
    request.deadline = QDeadlineTimer(400, Qt::PreciseTimer);
    QElapsedTimer clock;
    clock.start();
    probe.start(request);
    ASSERT_TRUE(waitFor([&done] { return done.has_value(); }, 3000));
    EXPECT_EQ(done->error, ConnectError::Timeout);
    EXPECT_GE(clock.elapsed(), 380);
    EXPECT_LT(clock.elapsed(), 900);
    EXPECT_LE(done->allowedMs, 400);
}
