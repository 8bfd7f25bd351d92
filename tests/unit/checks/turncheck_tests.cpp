#include "checks/turncheck.h"
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

struct Pki
{
    TestCa ca{QStringLiteral("Test TURN Root CA")};
    Issued leaf = ca.issue(QStringLiteral("localhost"), {QStringLiteral("localhost")});
    QString bundle = writePemBundle({ca.certificate()}, QStringLiteral("turn-system.pem"));
};

Pki& pki()
{
    static Pki p;
    return p;
}

std::unique_ptr<LoopbackTurnServer> server(Transport t, Mode mode = Mode::Answer)
{
    auto s = std::make_unique<LoopbackTurnServer>(t, mode);
    if (t == Transport::Tls)
        s->setTls(serverTlsConfig(pki().leaf.certificate, pki().leaf.key));
    EXPECT_TRUE(s->listen());
    return s;
}

QString label(quint16 port, const char* transport)
{
    return QStringLiteral("localhost:%1/%2").arg(port).arg(QLatin1String(transport));
}

// A profile with one TURN entry per transport; port 0 leaves the transport out.
Profile turnProfile(quint16 udp, quint16 tcp, quint16 tls, bool credentials, int checkMs = 2000)
{
    Profile p;
    p.pbx.clear();
    p.checkTimeoutMs = checkMs;
    p.trustSystem = pki().bundle;
    p.turn.clear();
    const QString host = QStringLiteral("localhost");
    if (udp)
        p.turn.append({host, udp, TurnTransport::Udp});
    if (tcp)
        p.turn.append({host, tcp, TurnTransport::Tcp});
    if (tls)
        p.turn.append({host, tls, TurnTransport::Tls});
    if (credentials)
        p.turnCredentials = TurnCredentials{QString::fromLatin1(LoopbackTurnServer::kUser),
                                            QString::fromLatin1(LoopbackTurnServer::kPassword)};
    return p;
}

CheckRun run(const Profile& profile)
{
    TurnCheck check;
    CheckRun r = runCheck(check, profile);
    EXPECT_EQ(r.finishedCount, 1);
    EXPECT_EQ(r.result.id, QStringLiteral("turn.reach"));
    return r;
}

// Nothing of the credentials may appear anywhere in a result.
void expectNoSecrets(const RequirementResult& r)
{
    const QString password = QString::fromLatin1(LoopbackTurnServer::kPassword);
    const QString user = QString::fromLatin1(LoopbackTurnServer::kUser);
    QStringList texts{r.summary, r.remediation};
    for (const Evidence& e : r.evidence)
        texts << e.key << e.value;
    for (const ResultItem& i : r.items)
        texts << i.target << i.summary;
    for (const QString& t : texts) {
        EXPECT_FALSE(t.contains(password)) << t.toStdString();
        EXPECT_FALSE(t.contains(user)) << t.toStdString();
        EXPECT_FALSE(t.contains(QStringLiteral("nonce-000"))) << t.toStdString();
    }
}

} // namespace

TEST(TurnCheck, NoServersIsSkippedWithTheReason)
{
    const CheckRun r = run(turnProfile(0, 0, 0, false));
    EXPECT_EQ(r.result.status, Status::Skipped);
    EXPECT_TRUE(r.result.summary.contains(QStringLiteral("TURN")));
}

TEST(TurnCheck, UdpChallengePasses)
{
    auto udp = server(Transport::Udp);
    const CheckRun r = run(turnProfile(udp->port(), 0, 0, false));
    EXPECT_EQ(r.result.status, Status::Pass) << r.result.summary.toStdString();
    const QString p = label(udp->port(), "udp");
    ASSERT_NE(r.result.item(p), nullptr);
    EXPECT_EQ(r.result.item(p)->status, Status::Pass);
    EXPECT_EQ(r.result.evidenceValue(p + QStringLiteral(" realm")),
              QString::fromLatin1(LoopbackTurnServer::kRealm));
    EXPECT_EQ(r.result.evidenceValue(p + QStringLiteral(" nonce")), QStringLiteral("present"));
    EXPECT_EQ(r.result.evidenceValue(p + QStringLiteral(" address")),
              QStringLiteral("127.0.0.1:%1").arg(udp->port()));
    EXPECT_FALSE(r.result.evidenceValue(p + QStringLiteral(" rttMs")).isEmpty());
    EXPECT_EQ(udp->allocations(), 0);
}

TEST(TurnCheck, FullAllocationOnEveryTransportWithCredentials)
{
    auto udp = server(Transport::Udp);
    auto tcp = server(Transport::Tcp);
    auto tls = server(Transport::Tls);
    const CheckRun r = run(turnProfile(udp->port(), tcp->port(), tls->port(), true));
    EXPECT_EQ(r.result.status, Status::Pass) << r.result.summary.toStdString();
    ASSERT_EQ(r.result.items.size(), 3);
    for (const ResultItem& i : r.result.items)
        EXPECT_EQ(i.status, Status::Pass) << i.target.toStdString() << i.summary.toStdString();
    const QString p = label(udp->port(), "udp");
    EXPECT_TRUE(r.result.evidenceValue(p + QStringLiteral(" relayed"))
                    .startsWith(QStringLiteral("127.0.0.1:")));
    EXPECT_EQ(r.result.evidenceValue(p + QStringLiteral(" released")), QStringLiteral("yes"));
    EXPECT_EQ(r.result.evidenceValue(p + QStringLiteral(" software")),
              QStringLiteral("easyuc-test-turn"));
    EXPECT_FALSE(r.result.evidenceValue(label(tls->port(), "tls") + QStringLiteral(" tls.protocol"))
                     .isEmpty());
    EXPECT_EQ(r.result.evidenceValue(QStringLiteral("credentials")), QStringLiteral("configured"));
    // The libnice agent ran too (its relay goes through the machine's own interface address,
    // which cannot reach 127.0.0.1, so only its presence is asserted here).
    EXPECT_FALSE(r.result.evidenceValue(QStringLiteral("ice.complete")).isEmpty());
    EXPECT_EQ(udp->releases() + tcp->releases() + tls->releases(), 3);
    expectNoSecrets(r.result);
}

TEST(TurnCheck, OnlyTcpAnsweringWarnsAboutTcpMedia)
{
    auto udp = server(Transport::Udp, Mode::Silent);
    auto tcp = server(Transport::Tcp);
    const CheckRun r = run(turnProfile(udp->port(), tcp->port(), closedPort(), true, 1500));
    EXPECT_EQ(r.result.status, Status::Warn) << r.result.summary.toStdString();
    EXPECT_TRUE(r.result.summary.contains(QStringLiteral("TCP")));
    EXPECT_EQ(r.result.item(label(udp->port(), "udp"))->status, Status::Fail);
    EXPECT_EQ(r.result.item(label(tcp->port(), "tcp"))->status, Status::Pass);
    EXPECT_FALSE(r.result.remediation.isEmpty());
    expectNoSecrets(r.result);
}

TEST(TurnCheck, NothingAnsweringFails)
{
    auto udp = server(Transport::Udp, Mode::Silent);
    const Profile profile = turnProfile(udp->port(), closedPort(), closedPort(), false, 1500);
    const CheckRun r = run(profile);
    EXPECT_EQ(r.result.status, Status::Fail);
    for (const ResultItem& i : r.result.items)
        EXPECT_EQ(i.status, Status::Fail) << i.target.toStdString();
    EXPECT_LT(r.wallMs, profile.checkTimeoutMs + 1000);
}

TEST(TurnCheck, SilenceEverywhereIsBoundedAndNeverPasses)
{
    auto udp = server(Transport::Udp, Mode::Silent);
    auto tcp = server(Transport::Tcp, Mode::Silent);
    ScriptedServer tlsSilent(Behaviour::Silent); // accepts, never completes a handshake
    ASSERT_TRUE(tlsSilent.listen());
    const Profile profile = turnProfile(udp->port(), tcp->port(), tlsSilent.port(), true, 1500);
    const CheckRun r = run(profile);
    EXPECT_EQ(r.result.status, Status::Fail);
    EXPECT_LT(r.wallMs, profile.checkTimeoutMs + 1000);
    EXPECT_GE(udp->requests(), 3); // retransmitted
}

TEST(TurnCheck, HostileAnswersNeverPass)
{
    for (Mode mode : {Mode::Garbage, Mode::WrongCookie, Mode::Truncated, Mode::OversizedAttribute,
                      Mode::ChallengeWithoutNonce, Mode::ErrorResponse, Mode::Endless}) {
        auto udp = server(Transport::Udp, mode);
        auto tcp = server(Transport::Tcp, mode);
        auto tls = server(Transport::Tls, mode);
        const Profile profile = turnProfile(udp->port(), tcp->port(), tls->port(), true, 1200);
        const CheckRun r = run(profile);
        EXPECT_EQ(r.result.status, Status::Fail) << int(mode) << r.result.summary.toStdString();
        EXPECT_LT(r.wallMs, profile.checkTimeoutMs + 1000) << int(mode);
        expectNoSecrets(r.result);
    }
}

TEST(TurnCheck, ForgedAllocationIsNotAPass)
{
    auto udp = server(Transport::Udp, Mode::BadIntegrity);
    const CheckRun r = run(turnProfile(udp->port(), 0, 0, true, 1200));
    EXPECT_EQ(r.result.status, Status::Warn); // the challenge proved the path, nothing more
    EXPECT_TRUE(
        r.result.evidenceValue(label(udp->port(), "udp") + QStringLiteral(" relayed")).isEmpty());
}

TEST(TurnCheck, WrongCredentialsWarnAndSaySo)
{
    auto udp = server(Transport::Udp);
    Profile profile = turnProfile(udp->port(), 0, 0, true);
    profile.turnCredentials->password = QStringLiteral("wrong-password-123");
    const CheckRun r = run(profile);
    EXPECT_EQ(r.result.status, Status::Warn);
    EXPECT_TRUE(r.result.item(label(udp->port(), "udp"))->summary.contains(QStringLiteral("401")));
    for (const Evidence& e : r.result.evidence)
        EXPECT_FALSE(e.value.contains(QStringLiteral("wrong-password-123")));
}

TEST(TurnCheck, UntrustedTlsCertificateIsNotAPass)
{
    TestCa other(QStringLiteral("Elsewhere CA"));
    const Issued leaf = other.issue(QStringLiteral("localhost"), {QStringLiteral("localhost")});
    LoopbackTurnServer tls(Transport::Tls);
    tls.setTls(serverTlsConfig(leaf.certificate, leaf.key));
    ASSERT_TRUE(tls.listen());
    const CheckRun r = run(turnProfile(0, 0, tls.port(), false));
    EXPECT_EQ(r.result.status, Status::Warn);
    EXPECT_EQ(r.result.item(label(tls.port(), "tls"))->status, Status::Warn);
}

TEST(TurnCheck, DeadlineConcludesFromWhatAnswered)
{
    auto udp = server(Transport::Udp);
    auto tcp = server(Transport::Tcp, Mode::Silent);
    const Profile profile = turnProfile(udp->port(), tcp->port(), 0, false, 5000);
    RunContext context(profile);
    TurnCheck check;
    std::optional<RequirementResult> result;
    QObject::connect(&check, &Check::finished, [&](const RequirementResult& r) { result = r; });
    check.start(&context);
    ASSERT_TRUE(waitFor([&] { return udp->requests() > 0 && tcp->requests() > 0; }, 2000));
    waitFor([] { return false; }, 200);
    ASSERT_FALSE(result.has_value()); // the TCP server keeps it waiting
    check.expire();
    ASSERT_TRUE(result.has_value());
    EXPECT_EQ(result->status, Status::Pass);
    EXPECT_EQ(result->item(label(tcp->port(), "tcp"))->status, Status::Fail);
}
