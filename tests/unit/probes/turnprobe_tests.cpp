#include "core/platform/platform.h"
#include "probes/turnmessage.h"
#include "probes/turnprobe.h"
#include "support/checkharness.h"
#include "support/loopbackservers.h"
#include "support/testpki.h"
#include "support/turnserver.h"

#include <gtest/gtest.h>

using namespace easyuc;
using namespace easyuc::test;

namespace {

using Mode = LoopbackTurnServer::Mode;
using Transport = LoopbackTurnServer::Transport;

TurnCredentials goodCredentials()
{
    return {QString::fromLatin1(LoopbackTurnServer::kUser),
            QString::fromLatin1(LoopbackTurnServer::kPassword)};
}

TestCa& ca()
{
    static TestCa c(QStringLiteral("Test TURN CA"));
    return c;
}

QSslConfiguration tlsConfig()
{
    static const Issued leaf =
        ca().issue(QStringLiteral("localhost"), {QStringLiteral("localhost")});
    return serverTlsConfig(leaf.certificate, leaf.key);
}

TurnTransport toProfile(Transport t)
{
    return t == Transport::Udp   ? TurnTransport::Udp
           : t == Transport::Tcp ? TurnTransport::Tcp
                                 : TurnTransport::Tls;
}

TurnProbeResult probe(TurnTransport transport, quint16 port,
                      std::optional<TurnCredentials> credentials = {}, int timeoutMs = 1500,
                      qint64* wallMs = nullptr)
{
    TurnProbe p;
    std::optional<TurnProbeResult> result;
    int signals = 0;
    QObject::connect(&p, &TurnProbe::finished, [&](const TurnProbeResult& r) {
        result = r;
        ++signals;
    });
    TurnProbeRequest request;
    request.host = QStringLiteral("localhost");
    request.addresses = {QHostAddress(QHostAddress::LocalHost)};
    request.port = port;
    request.transport = transport;
    request.credentials = credentials;
    request.trustedRoots = {ca().certificate()};
    request.timeoutMs = timeoutMs;
    QElapsedTimer clock;
    clock.start();
    p.start(request);
    waitFor([&] { return result.has_value(); }, timeoutMs + 3000);
    if (wallMs)
        *wallMs = clock.elapsed();
    waitFor([] { return false; }, 30);
    EXPECT_EQ(signals, 1);
    return result.value_or(TurnProbeResult{});
}

std::unique_ptr<LoopbackTurnServer> server(Transport t, Mode mode = Mode::Answer)
{
    auto s = std::make_unique<LoopbackTurnServer>(t, mode);
    if (t == Transport::Tls)
        s->setTls(tlsConfig());
    EXPECT_TRUE(s->listen());
    return s;
}

} // namespace

TEST(TurnCodec, FramingRejectsWhatCannotBeStun)
{
    EXPECT_EQ(TurnCodec::frameLength({}), 0);
    EXPECT_EQ(TurnCodec::frameLength(QByteArray("\x00\x01", 2)), 0);             // needs more
    EXPECT_EQ(TurnCodec::frameLength(QByteArrayLiteral("HTTP/1.1 200 OK")), -1); // top bits set
    const QByteArray header("\x01\x13\x00\x08\x21\x12\xa4\x42", 8);
    EXPECT_EQ(TurnCodec::frameLength(header), 0);
    EXPECT_EQ(TurnCodec::frameLength(header + QByteArray(20, 'x')), 28);
    QByteArray wrongCookie = header;
    wrongCookie[5] = 'X';
    EXPECT_EQ(TurnCodec::frameLength(wrongCookie), -1);
    QByteArray unaligned = header;
    unaligned[3] = 0x07;
    EXPECT_EQ(TurnCodec::frameLength(unaligned), -1);
    QByteArray huge = header;
    huge[2] = char(0xff);
    huge[3] = char(0xfc);
    EXPECT_EQ(TurnCodec::frameLength(huge), -1); // larger than any TURN answer
}

TEST(TurnCodec, ParsesNothingItDidNotAsk)
{
    TurnCodec codec;
    QByteArray id;
    EXPECT_EQ(codec.parse(QByteArrayLiteral("garbage that is not stun at all"), &id).kind,
              TurnAnswer::Kind::NotStun);
    // A well-formed answer to a transaction this codec never sent.
    TurnCodec other;
    const QByteArray request = other.allocate(&id);
    ASSERT_FALSE(request.isEmpty());
    QByteArray fakeAnswer = request;
    fakeAnswer[0] = 0x01;
    fakeAnswer[1] = 0x13; // Allocate error response
    EXPECT_NE(codec.parse(fakeAnswer, &id).kind, TurnAnswer::Kind::ErrorResponse);
}

TEST(TurnCodec, RequestsCarryNoPassword)
{
    TurnCodec codec;
    codec.setCredentials(QStringLiteral("user"), QStringLiteral("hunter2-secret"));
    codec.setChallenge(QStringLiteral("realm"), QByteArrayLiteral("nonce"));
    QByteArray id;
    const QByteArray request = codec.allocate(&id);
    ASSERT_FALSE(request.isEmpty());
    EXPECT_TRUE(request.contains("user"));
    EXPECT_FALSE(request.contains("hunter2-secret"));
}

class TurnProbeTransports : public ::testing::TestWithParam<Transport>
{
};

TEST_P(TurnProbeTransports, ChallengeProvesThePath)
{
    auto s = server(GetParam());
    const TurnProbeResult r = probe(toProfile(GetParam()), s->port());
    EXPECT_EQ(r.error, TurnProbeResult::Error::None);
    EXPECT_TRUE(r.challenged);
    EXPECT_TRUE(r.pathProven());
    EXPECT_EQ(r.realm, QString::fromLatin1(LoopbackTurnServer::kRealm));
    EXPECT_TRUE(r.noncePresent);
    EXPECT_GE(r.rttMs, 0);
    EXPECT_FALSE(r.authenticated);
    EXPECT_FALSE(r.allocated);
    EXPECT_EQ(s->allocations(), 0);
}

TEST_P(TurnProbeTransports, CredentialsAllocateThenRelease)
{
    auto s = server(GetParam());
    const TurnProbeResult r = probe(toProfile(GetParam()), s->port(), goodCredentials());
    EXPECT_EQ(r.error, TurnProbeResult::Error::None);
    EXPECT_TRUE(r.challenged);
    EXPECT_TRUE(r.authenticated);
    ASSERT_TRUE(r.allocated);
    EXPECT_EQ(r.relayed, QHostAddress(QHostAddress::LocalHost));
    EXPECT_EQ(r.relayedPort, 49153);
    EXPECT_EQ(r.mapped, QHostAddress(QHostAddress::LocalHost));
    EXPECT_NE(r.mappedPort, 0);
    EXPECT_EQ(r.lifetime, 600u);
    EXPECT_TRUE(r.released);
    EXPECT_EQ(r.software, QStringLiteral("easyuc-test-turn"));
    EXPECT_EQ(s->allocations(), 1);
    EXPECT_EQ(s->releases(), 1);
    EXPECT_EQ(s->authFailures(), 0);
    if (GetParam() == Transport::Tls) {
        EXPECT_TRUE(r.connection.sslErrors.isEmpty());
        EXPECT_FALSE(r.connection.tlsProtocol.isEmpty());
    }
}

TEST_P(TurnProbeTransports, WrongPasswordIsRefusedNotAllocated)
{
    auto s = server(GetParam());
    TurnCredentials wrong = goodCredentials();
    wrong.password = QStringLiteral("not-the-password");
    const TurnProbeResult r = probe(toProfile(GetParam()), s->port(), wrong);
    EXPECT_TRUE(r.pathProven());
    EXPECT_TRUE(r.authenticated);
    EXPECT_FALSE(r.allocated);
    EXPECT_EQ(r.errorCode, 401);
    EXPECT_GE(s->authFailures(), 1);
}

TEST_P(TurnProbeTransports, StaleNonceIsRetriedOnce)
{
    auto s = server(GetParam(), Mode::StaleNonceOnce);
    const TurnProbeResult r = probe(toProfile(GetParam()), s->port(), goodCredentials());
    EXPECT_TRUE(r.allocated);
    EXPECT_EQ(s->allocations(), 1);
}

TEST_P(TurnProbeTransports, ForgedIntegrityIsNotBelieved)
{
    auto s = server(GetParam(), Mode::BadIntegrity);
    const TurnProbeResult r = probe(toProfile(GetParam()), s->port(), goodCredentials(), 1000);
    EXPECT_TRUE(r.challenged);
    EXPECT_FALSE(r.allocated);
    EXPECT_GE(r.ignoredMessages, 1);
}

TEST_P(TurnProbeTransports, HostileAnswersNeverProveThePath)
{
    for (Mode mode : {Mode::Garbage, Mode::WrongCookie, Mode::Truncated, Mode::OversizedAttribute,
                      Mode::ChallengeWithoutNonce, Mode::ErrorResponse, Mode::Endless}) {
        auto s = server(GetParam(), mode);
        qint64 wall = 0;
        const TurnProbeResult r =
            probe(toProfile(GetParam()), s->port(), goodCredentials(), 800, &wall);
        EXPECT_FALSE(r.pathProven()) << int(mode);
        EXPECT_FALSE(r.allocated) << int(mode);
        EXPECT_NE(r.error, TurnProbeResult::Error::None) << int(mode);
        EXPECT_LT(wall, 800 + 500) << int(mode);
    }
}

INSTANTIATE_TEST_SUITE_P(AllTransports, TurnProbeTransports,
                         ::testing::Values(Transport::Udp, Transport::Tcp, Transport::Tls));

TEST(TurnProbe, SilenceOverUdpRetransmitsWithinTheDeadline)
{
    auto s = server(Transport::Udp, Mode::Silent);
    qint64 wall = 0;
    const TurnProbeResult r = probe(TurnTransport::Udp, s->port(), {}, 1200, &wall);
    EXPECT_EQ(r.error, TurnProbeResult::Error::Timeout);
    EXPECT_GE(r.attempts, 3); // 0, 250, 750 ms
    EXPECT_GE(s->requests(), 3);
    EXPECT_GE(wall, 1100);
    EXPECT_LT(wall, 1700);
}

TEST(TurnProbe, StreamHostilityIsNamed)
{
    auto garbage = server(Transport::Tcp, Mode::Garbage);
    EXPECT_EQ(probe(TurnTransport::Tcp, garbage->port()).error,
              TurnProbeResult::Error::ProtocolError);
    auto endless = server(Transport::Tcp, Mode::Endless);
    EXPECT_EQ(probe(TurnTransport::Tcp, endless->port()).error, TurnProbeResult::Error::TooLarge);
    auto silent = server(Transport::Tcp, Mode::Silent);
    EXPECT_EQ(probe(TurnTransport::Tcp, silent->port(), {}, 600).error,
              TurnProbeResult::Error::Timeout);
}

TEST(TurnProbe, GarbageInsteadOfTlsFailsTheConnection)
{
    ScriptedServer notTls(Behaviour::Reply, QByteArrayLiteral("220 smtp.example.net ESMTP\r\n"));
    ASSERT_TRUE(notTls.listen());
    const TurnProbeResult r = probe(TurnTransport::Tls, notTls.port(), {}, 1000);
    EXPECT_EQ(r.error, TurnProbeResult::Error::ConnectFailed);
    EXPECT_EQ(r.connection.step, ConnectStep::Tls);
    EXPECT_FALSE(r.pathProven());
}

TEST(TurnProbe, UntrustedCertificateIsRecorded)
{
    TestCa other(QStringLiteral("Someone Else CA"));
    const Issued leaf = other.issue(QStringLiteral("localhost"), {QStringLiteral("localhost")});
    LoopbackTurnServer s(Transport::Tls);
    s.setTls(serverTlsConfig(leaf.certificate, leaf.key));
    ASSERT_TRUE(s.listen());
    const TurnProbeResult r = probe(TurnTransport::Tls, s.port());
    EXPECT_TRUE(r.challenged);
    EXPECT_FALSE(r.connection.sslErrors.isEmpty());
}

TEST(TurnProbe, ClosedPortsFailFast)
{
    qint64 wall = 0;
    const TurnProbeResult tcp = probe(TurnTransport::Tcp, closedPort(), {}, 1500, &wall);
    EXPECT_EQ(tcp.error, TurnProbeResult::Error::ConnectFailed);
    EXPECT_EQ(tcp.connection.error, ConnectError::Refused);
    EXPECT_LT(wall, 1000);
    const TurnProbeResult udp = probe(TurnTransport::Udp, closedPort(), {}, 1500, &wall);
    if (easyuc::platform::capabilities().system == QStringLiteral("wine")) {
        // Under Wine QUdpSocket never hears the refusal: silence, bounded, and nothing proven.
        EXPECT_NE(udp.error, TurnProbeResult::Error::None) << udp.detail.toStdString();
        EXPECT_FALSE(udp.pathProven());
        EXPECT_LT(wall, 2500);
        return;
    }
    EXPECT_EQ(udp.error, TurnProbeResult::Error::Refused) << udp.detail.toStdString();
    EXPECT_LT(wall, 1000);
}

TEST(TurnProbe, AbortSilencesTheProbe)
{
    auto s = server(Transport::Udp, Mode::Silent);
    TurnProbe p;
    int signals = 0;
    QObject::connect(&p, &TurnProbe::finished, [&] { ++signals; });
    TurnProbeRequest request;
    request.addresses = {QHostAddress(QHostAddress::LocalHost)};
    request.port = s->port();
    request.timeoutMs = 300;
    p.start(request);
    waitFor([&] { return s->requests() > 0; }, 1000);
    p.abort();
    p.abort();
    waitFor([] { return false; }, 500);
    EXPECT_EQ(signals, 0);
}
