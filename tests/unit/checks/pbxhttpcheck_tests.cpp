#include "checks/domainscheck.h"
#include "checks/pbxdnscheck.h"
#include "checks/pbxhttpcheck.h"
#include "support/checkharness.h"
#include "support/loopbackservers.h"
#include "support/testpki.h"

#include <gtest/gtest.h>

using namespace easyuc;
using namespace easyuc::test;

namespace {

const QByteArray kOk = "HTTP/1.1 200 OK\r\nServer: nginx/1.22\r\nContent-Length: 0\r\n\r\n";

// A public CA the "system" trusts, and a server certificate for localhost from it.
struct Pki
{
    TestCa publicCa{QStringLiteral("Lab Public Root")};
    TestCa otherCa{QStringLiteral("Unknown Root")};
    QString systemBundle = publicCa.writeBundle(QStringLiteral("system-http.pem"));

    QSslConfiguration serverConfig(const QString& name = QStringLiteral("localhost"),
                                   bool fromOther = false)
    {
        const Issued leaf = (fromOther ? otherCa : publicCa).issue(name, {name});
        return serverTlsConfig(leaf.certificate, leaf.key);
    }
};

Profile pbxProfile(const Pki& pki, quint16 httpsPort, quint16 webctiPort = 1, int timeoutMs = 1500)
{
    Profile p;
    p.pbx = QStringLiteral("localhost");
    p.httpsPort = httpsPort;
    p.webctiPort = webctiPort;
    p.trustSystem = pki.systemBundle;
    p.checkTimeoutMs = timeoutMs;
    p.domains = {QStringLiteral("localhost")};
    return p;
}

CheckRun runHttps(const Profile& p)
{
    PbxHttpCheck check(PbxHttpCheck::Kind::Https);
    return runCheck(check, p);
}

std::unique_ptr<ScriptedServer> tlsServer(Pki& pki, Behaviour b, const QByteArray& reply,
                                          const QString& name = QStringLiteral("localhost"),
                                          bool fromOther = false)
{
    auto s = std::make_unique<ScriptedServer>(b, reply);
    s->setTls(pki.serverConfig(name, fromOther));
    EXPECT_TRUE(s->listen());
    return s;
}

} // namespace

TEST(PbxDnsCheck, LocalhostResolvesAndIsShared)
{
    Profile p;
    p.pbx = QStringLiteral("localhost");
    PbxDnsCheck check;
    const CheckRun run = runCheck(check, p);
    EXPECT_EQ(run.result.status, Status::Pass);
    EXPECT_EQ(run.result.evidenceValue(QStringLiteral("address")), QStringLiteral("127.0.0.1"));
    EXPECT_EQ(run.finishedCount, 1);
}

TEST(PbxHttpsCheck, PassesOnHttpAnswerWithValidChain)
{
    Pki pki;
    auto server = tlsServer(pki, Behaviour::ReplyClose, kOk);
    const CheckRun run = runHttps(pbxProfile(pki, server->port()));
    EXPECT_EQ(run.result.status, Status::Pass) << run.result.summary.toStdString();
    EXPECT_EQ(run.result.evidenceValue(QStringLiteral("http.status")),
              QStringLiteral("HTTP/1.1 200 OK"));
    EXPECT_EQ(run.result.evidenceValue(QStringLiteral("http.server")),
              QStringLiteral("nginx/1.22"));
    EXPECT_FALSE(run.result.evidenceValue(QStringLiteral("tls.protocol")).isEmpty());
    EXPECT_TRUE(server->lastRequest().startsWith("GET / HTTP/1.1\r\nHost: localhost:"));
}

TEST(PbxHttpsCheck, RefusedIsFail)
{
    Pki pki;
    const CheckRun run = runHttps(pbxProfile(pki, closedPort()));
    EXPECT_EQ(run.result.status, Status::Fail);
    EXPECT_EQ(run.result.evidenceValue(QStringLiteral("error")), QStringLiteral("refused"));
    EXPECT_FALSE(run.result.remediation.isEmpty());
}

TEST(PbxHttpsCheck, WrongNameIsFail)
{
    Pki pki;
    auto server = tlsServer(pki, Behaviour::ReplyClose, kOk, QStringLiteral("other.example"));
    const CheckRun run = runHttps(pbxProfile(pki, server->port()));
    EXPECT_EQ(run.result.status, Status::Fail);
    EXPECT_TRUE(run.result.summary.contains(QStringLiteral("not valid for that name")))
        << run.result.summary.toStdString();
}

TEST(PbxHttpsCheck, UntrustedAuthorityIsFail)
{
    Pki pki;
    auto server = tlsServer(pki, Behaviour::ReplyClose, kOk, QStringLiteral("localhost"), true);
    const CheckRun run = runHttps(pbxProfile(pki, server->port()));
    EXPECT_EQ(run.result.status, Status::Fail);
    EXPECT_FALSE(run.result.evidenceValue(QStringLiteral("certificate.error")).isEmpty());
}

TEST(PbxHttpsCheck, SilentServerIsBoundedAndNotPass)
{
    Pki pki;
    auto server = tlsServer(pki, Behaviour::Silent, {});
    const Profile p = pbxProfile(pki, server->port());
    const CheckRun run = runHttps(p);
    EXPECT_EQ(run.result.status, Status::Warn);
    EXPECT_LT(run.wallMs, p.checkTimeoutMs + 1000);
    EXPECT_EQ(run.result.evidenceValue(QStringLiteral("error")), QStringLiteral("timeout"));
}

TEST(PbxHttpsCheck, GarbageInsteadOfHttpIsNotPass)
{
    Pki pki;
    auto server = tlsServer(pki, Behaviour::ReplyClose, QByteArray("\x16\x03garbage\r\n\r\n"));
    const CheckRun run = runHttps(pbxProfile(pki, server->port()));
    EXPECT_EQ(run.result.status, Status::Warn);
    EXPECT_EQ(run.result.evidenceValue(QStringLiteral("error")), QStringLiteral("protocol-error"));
    EXPECT_TRUE(
        run.result.evidenceValue(QStringLiteral("received")).contains(QStringLiteral("\\x16")));
}

TEST(PbxHttpsCheck, GarbageInsteadOfTlsIsFail)
{
    Pki pki;
    ScriptedServer server(Behaviour::ReplyClose, "SSH-2.0-OpenSSH_9.2\r\n");
    ASSERT_TRUE(server.listen());
    const CheckRun run = runHttps(pbxProfile(pki, server.port()));
    EXPECT_EQ(run.result.status, Status::Fail);
}

TEST(PbxHttpsCheck, DribblingServerIsBoundedByDeadline)
{
    Pki pki;
    auto server = tlsServer(pki, Behaviour::Dribble, "HTTP/1.1 200 OK\r\nX-Slow: aaaaaaaa");
    const Profile p = pbxProfile(pki, server->port());
    const CheckRun run = runHttps(p);
    EXPECT_NE(run.result.status, Status::Pass);
    EXPECT_LT(run.wallMs, p.checkTimeoutMs + 1000);
}

TEST(PbxHttpsCheck, EndlessHeadersAreCut)
{
    Pki pki;
    QByteArray huge = "HTTP/1.1 200 OK\r\n";
    while (huge.size() < 40 * 1024)
        huge += "X-Filler: 0123456789abcdef0123456789abcdef\r\n";
    auto server = tlsServer(pki, Behaviour::Reply, huge);
    const CheckRun run = runHttps(pbxProfile(pki, server->port()));
    EXPECT_EQ(run.result.status, Status::Warn);
    EXPECT_EQ(run.result.evidenceValue(QStringLiteral("error")), QStringLiteral("too-large"));
}

TEST(PbxWebCtiCheck, PlainHttpAnswerPasses)
{
    Pki pki;
    ScriptedServer server(Behaviour::ReplyClose, "HTTP/1.0 404 Not Found\r\n\r\n");
    ASSERT_TRUE(server.listen());
    PbxHttpCheck check(PbxHttpCheck::Kind::WebCti);
    const CheckRun run = runCheck(check, pbxProfile(pki, 1, server.port()));
    EXPECT_EQ(run.result.status, Status::Pass) << run.result.summary.toStdString();
    EXPECT_EQ(run.result.evidenceValue(QStringLiteral("http.status")),
              QStringLiteral("HTTP/1.0 404 Not Found"));
}

TEST(PbxWebCtiCheck, RefusedIsFailAndSilentIsWarn)
{
    Pki pki;
    PbxHttpCheck refusedCheck(PbxHttpCheck::Kind::WebCti);
    EXPECT_EQ(runCheck(refusedCheck, pbxProfile(pki, 1, closedPort())).result.status, Status::Fail);
    ScriptedServer silent(Behaviour::Silent);
    ASSERT_TRUE(silent.listen());
    PbxHttpCheck silentCheck(PbxHttpCheck::Kind::WebCti);
    const CheckRun run = runCheck(silentCheck, pbxProfile(pki, 1, silent.port()));
    EXPECT_EQ(run.result.status, Status::Warn);
}

TEST(DomainsCheck, EachDomainIsAnItem)
{
    Pki pki;
    auto server = tlsServer(pki, Behaviour::ReplyClose, kOk);
    Profile p = pbxProfile(pki, 1);
    p.pbx.clear();
    DomainsCheck ok(DomainsCheck::Mode::EveryDomain);
    ok.setPort(server->port());
    const CheckRun run = runCheck(ok, p);
    EXPECT_EQ(run.result.status, Status::Pass) << run.result.summary.toStdString();
    ASSERT_EQ(run.result.items.size(), 1);
    EXPECT_EQ(run.result.items.first().target, QStringLiteral("localhost"));
    EXPECT_EQ(run.result.items.first().status, Status::Pass);

    p.domains = {QStringLiteral("localhost"), QStringLiteral("127.0.0.1")};
    DomainsCheck mixed(DomainsCheck::Mode::EveryDomain);
    mixed.setPort(server->port());
    const CheckRun run2 = runCheck(mixed, p);
    // 127.0.0.1 answers, but the certificate names only localhost: that domain fails.
    EXPECT_EQ(run2.result.status, Status::Fail);
    ASSERT_EQ(run2.result.items.size(), 2);
    EXPECT_EQ(run2.result.items.at(0).status, Status::Pass);
    EXPECT_EQ(run2.result.items.at(1).status, Status::Fail);
}

TEST(InternetAccessCheck, OneAnswerIsEnoughAndNoneIsFail)
{
    Pki pki;
    auto server = tlsServer(pki, Behaviour::ReplyClose, kOk);
    Profile p = pbxProfile(pki, 1);
    p.pbx.clear();
    DomainsCheck ok(DomainsCheck::Mode::InternetAccess);
    ok.setPort(server->port());
    EXPECT_EQ(runCheck(ok, p).result.status, Status::Pass);

    DomainsCheck none(DomainsCheck::Mode::InternetAccess);
    none.setPort(closedPort());
    const CheckRun run = runCheck(none, p);
    EXPECT_EQ(run.result.status, Status::Fail);
    EXPECT_EQ(run.result.evidenceValue(QStringLiteral("namesResolved")), QStringLiteral("1/1"));
}
