#include "checks/tlsinterceptioncheck.h"
#include "checks/trustverdict.h"
#include "support/checkharness.h"
#include "support/loopbackservers.h"
#include "support/testpki.h"

#include <QSignalSpy>
#include <gtest/gtest.h>

using namespace easyuc;
using namespace easyuc::test;

namespace {

const QString kHost = QStringLiteral("localhost");

// The "public" roots are in both bundles (the reference set and this machine's store); the
// corporate root only in the system bundle, as an inspecting firewall's CA would be; a product
// CA in both, to prove that a recognised name outweighs validation; an unknown one in neither.
struct Pki
{
    TestCa publicCa{QStringLiteral("Test Public Root CA"), QStringLiteral("Test Trust Services")};
    TestCa corporateCa{QStringLiteral("ACME Corp Internal CA"), QStringLiteral("ACME Corp")};
    TestCa fortinetCa{QStringLiteral("Fortinet FortiGate CA"), QStringLiteral("Fortinet")};
    TestCa unknownCa{QStringLiteral("Unknown CA"), QStringLiteral("Nobody")};
    QString reference = writePemBundle({publicCa.certificate(), fortinetCa.certificate()},
                                       QStringLiteral("tls-reference.pem"));
    QString system = writePemBundle(
        {publicCa.certificate(), fortinetCa.certificate(), corporateCa.certificate()},
        QStringLiteral("tls-system.pem"));
};

Pki& pki()
{
    static Pki p;
    return p;
}

Profile tlsProfile(int checkMs = 3000, bool requireSct = true)
{
    Profile p;
    p.pbx.clear();
    p.domains = {kHost};
    p.trustReference = pki().reference;
    p.trustSystem = pki().system;
    p.requireSct = requireSct;
    p.checkTimeoutMs = checkMs;
    return p;
}

std::unique_ptr<ScriptedServer> tlsServer(const TestCa& ca, bool withSct,
                                          const QString& name = kHost)
{
    const Issued leaf = ca.issue(name, {name}, withSct);
    auto s =
        std::make_unique<ScriptedServer>(Behaviour::Reply, QByteArray("HTTP/1.1 200 OK\r\n\r\n"));
    s->setTls(serverTlsConfig(leaf.certificate, leaf.key));
    EXPECT_TRUE(s->listen());
    return s;
}

std::unique_ptr<ScriptedServer> plainServer(Behaviour b, const QByteArray& reply = {})
{
    auto s = std::make_unique<ScriptedServer>(b, reply);
    EXPECT_TRUE(s->listen());
    return s;
}

QString target(quint16 port)
{
    return QStringLiteral("localhost:%1").arg(port);
}

QString ev(const CheckRun& run, quint16 port, const char* key)
{
    return run.result.evidenceValue(target(port) + QLatin1Char(' ') + QLatin1String(key));
}

// One domain ("localhost") on `port`; no PBX.
CheckRun runDomain(quint16 port, const Profile& profile = tlsProfile())
{
    TlsInterceptionCheck check;
    check.setDomainPort(port);
    return runCheck(check, profile);
}

Status itemStatus(const CheckRun& run, quint16 port)
{
    const ResultItem* item = run.result.item(target(port));
    return item ? item->status : Status::Error;
}

} // namespace

TEST(TlsInterceptionCheck, PublicChainWithSctPasses)
{
    auto server = tlsServer(pki().publicCa, true);
    const CheckRun run = runDomain(server->port());
    const quint16 port = server->port();
    EXPECT_EQ(run.result.status, Status::Pass) << run.result.summary.toStdString();
    ASSERT_EQ(run.result.items.size(), 1);
    EXPECT_EQ(itemStatus(run, port), Status::Pass);
    EXPECT_EQ(ev(run, port, "validated.reference"), QStringLiteral("yes"));
    EXPECT_EQ(ev(run, port, "validated.system"), QStringLiteral("yes"));
    EXPECT_EQ(ev(run, port, "scts"), QStringLiteral("1"));
    EXPECT_EQ(ev(run, port, "certificate.subject"), QStringLiteral("CN=localhost,O=Test"));
    EXPECT_EQ(ev(run, port, "certificate.issuer"),
              QStringLiteral("CN=Test Public Root CA,O=Test Trust Services"));
    EXPECT_EQ(ev(run, port, "cert[0].sha256").size(), 64);
    EXPECT_EQ(ev(run, port, "finding"), QStringLiteral("trusted"));
    EXPECT_TRUE(ev(run, port, "product").isEmpty());
    EXPECT_TRUE(run.result.remediation.isEmpty());
    EXPECT_EQ(run.finishedCount, 1);
}

TEST(TlsInterceptionCheck, PublicChainWithoutSctWarnsWhenSctRequired)
{
    auto server = tlsServer(pki().publicCa, false);
    const CheckRun run = runDomain(server->port());
    EXPECT_EQ(run.result.status, Status::Warn) << run.result.summary.toStdString();
    EXPECT_EQ(itemStatus(run, server->port()), Status::Warn);
    EXPECT_EQ(ev(run, server->port(), "scts"), QStringLiteral("0"));
    EXPECT_EQ(ev(run, server->port(), "finding"), QStringLiteral("missing-sct"));
    EXPECT_FALSE(run.result.remediation.isEmpty());
}

TEST(TlsInterceptionCheck, PublicChainWithoutSctPassesWhenSctNotRequired)
{
    auto server = tlsServer(pki().publicCa, false);
    const CheckRun run = runDomain(server->port(), tlsProfile(3000, false));
    EXPECT_EQ(run.result.status, Status::Pass) << run.result.summary.toStdString();
    EXPECT_EQ(itemStatus(run, server->port()), Status::Pass);
    EXPECT_EQ(run.result.evidenceValue(QStringLiteral("trust.requireSct")), QStringLiteral("no"));
}

TEST(TlsInterceptionCheck, CorporateCaOnlyInSystemStoreIsInterception)
{
    auto server = tlsServer(pki().corporateCa, true);
    const quint16 port = server->port();
    const CheckRun run = runDomain(port);
    EXPECT_EQ(run.result.status, Status::Fail) << run.result.summary.toStdString();
    EXPECT_EQ(itemStatus(run, port), Status::Fail);
    EXPECT_EQ(ev(run, port, "validated.reference"), QStringLiteral("no"));
    EXPECT_EQ(ev(run, port, "validated.system"), QStringLiteral("yes"));
    EXPECT_EQ(ev(run, port, "reference.error"),
              QStringLiteral("unable to get local issuer certificate"));
    EXPECT_EQ(ev(run, port, "finding"), QStringLiteral("local-authority"));
    EXPECT_TRUE(run.result.remediation.contains(kHost)) << run.result.remediation.toStdString();
}

TEST(TlsInterceptionCheck, InterceptionProductFailsEvenWhenTrustedEverywhere)
{
    auto server = tlsServer(pki().fortinetCa, true);
    const quint16 port = server->port();
    const CheckRun run = runDomain(port);
    EXPECT_EQ(run.result.status, Status::Fail);
    EXPECT_EQ(itemStatus(run, port), Status::Fail);
    EXPECT_EQ(ev(run, port, "validated.reference"), QStringLiteral("yes"));
    EXPECT_EQ(ev(run, port, "product"), QStringLiteral("Fortinet FortiGate"));
    EXPECT_EQ(ev(run, port, "finding"), QStringLiteral("interception-product"));
    EXPECT_TRUE(run.result.summary.contains(QStringLiteral("Fortinet FortiGate")));
    EXPECT_TRUE(run.result.remediation.contains(QStringLiteral("Fortinet FortiGate")));
}

TEST(TlsInterceptionCheck, UnknownCaInNeitherStoreFails)
{
    auto server = tlsServer(pki().unknownCa, true);
    const quint16 port = server->port();
    const CheckRun run = runDomain(port);
    EXPECT_EQ(run.result.status, Status::Fail);
    EXPECT_EQ(ev(run, port, "validated.reference"), QStringLiteral("no"));
    EXPECT_EQ(ev(run, port, "validated.system"), QStringLiteral("no"));
    EXPECT_EQ(ev(run, port, "finding"), QStringLiteral("untrusted"));
}

TEST(TlsInterceptionCheck, WrongHostNameFails)
{
    auto server = tlsServer(pki().publicCa, true, QStringLiteral("other.example"));
    const quint16 port = server->port();
    const CheckRun run = runDomain(port);
    EXPECT_EQ(run.result.status, Status::Fail);
    EXPECT_EQ(itemStatus(run, port), Status::Fail);
    EXPECT_EQ(ev(run, port, "reference.error"), QStringLiteral("hostname mismatch"));
    EXPECT_EQ(ev(run, port, "finding"), QStringLiteral("untrusted"));
}

TEST(TlsInterceptionCheck, ServerClosingAtOnceIsNotCheckedNotPassed)
{
    auto server = plainServer(Behaviour::CloseAtOnce);
    const CheckRun run = runDomain(server->port());
    EXPECT_EQ(run.result.status, Status::Warn) << run.result.summary.toStdString();
    EXPECT_EQ(itemStatus(run, server->port()), Status::Warn);
    EXPECT_TRUE(ev(run, server->port(), "validated.reference").isEmpty());
}

TEST(TlsInterceptionCheck, GarbageInsteadOfTlsIsNotCheckedNotPassed)
{
    auto server = plainServer(Behaviour::ReplyClose, QByteArray(300, 'Z'));
    const CheckRun run = runDomain(server->port());
    EXPECT_EQ(run.result.status, Status::Warn) << run.result.summary.toStdString();
    EXPECT_EQ(itemStatus(run, server->port()), Status::Warn);
    EXPECT_FALSE(ev(run, server->port(), "error").isEmpty());
}

TEST(TlsInterceptionCheck, RefusedPortIsNotCheckedAndNothingCheckedIsWarn)
{
    const quint16 port = closedPort();
    const CheckRun run = runDomain(port);
    EXPECT_EQ(run.result.status, Status::Warn);
    EXPECT_EQ(itemStatus(run, port), Status::Warn);
    EXPECT_EQ(ev(run, port, "error"), QStringLiteral("refused"));
    EXPECT_TRUE(run.result.summary.startsWith(QStringLiteral("Nothing could be checked")))
        << run.result.summary.toStdString();
}

TEST(TlsInterceptionCheck, SilentServerIsBoundedByTheDeadline)
{
    auto server = plainServer(Behaviour::Silent);
    const int checkMs = 1500;
    const CheckRun run = runDomain(server->port(), tlsProfile(checkMs));
    EXPECT_LT(run.wallMs, checkMs + 1000);
    EXPECT_EQ(run.result.status, Status::Warn);
    EXPECT_EQ(itemStatus(run, server->port()), Status::Warn);
    EXPECT_EQ(run.finishedCount, 1);
}

TEST(TlsInterceptionCheck, TargetsRunInParallelWithinOneDeadline)
{
    auto https = plainServer(Behaviour::Silent);
    auto webrtc = plainServer(Behaviour::Silent);
    auto domain = plainServer(Behaviour::Silent);
    const int checkMs = 1500;
    Profile p = tlsProfile(checkMs);
    p.pbx = kHost;
    p.httpsPort = https->port();
    p.webrtcPort = webrtc->port();
    TlsInterceptionCheck check;
    check.setDomainPort(domain->port());
    const CheckRun run = runCheck(check, p);
    EXPECT_LT(run.wallMs, checkMs + 1000);
    EXPECT_EQ(run.result.status, Status::Warn);
    ASSERT_EQ(run.result.items.size(), 3);
    for (const ResultItem& item : run.result.items)
        EXPECT_EQ(item.status, Status::Warn) << item.target.toStdString();
}

TEST(TlsInterceptionCheck, UncheckedTargetWithGoodOthersIsWarnWithOneItemPerTarget)
{
    auto https = tlsServer(pki().publicCa, true);
    auto domain = tlsServer(pki().publicCa, true);
    const quint16 refused = closedPort();
    Profile p = tlsProfile();
    p.pbx = kHost;
    p.httpsPort = https->port();
    p.webrtcPort = refused;
    TlsInterceptionCheck check;
    check.setDomainPort(domain->port());
    const CheckRun run = runCheck(check, p);
    EXPECT_EQ(run.result.status, Status::Warn) << run.result.summary.toStdString();
    ASSERT_EQ(run.result.items.size(), 3);
    EXPECT_EQ(run.result.items.at(0).target, target(https->port()));
    EXPECT_EQ(run.result.items.at(1).target, target(refused));
    EXPECT_EQ(run.result.items.at(2).target, target(domain->port()));
    EXPECT_EQ(itemStatus(run, https->port()), Status::Pass);
    EXPECT_EQ(itemStatus(run, refused), Status::Warn);
    EXPECT_EQ(itemStatus(run, domain->port()), Status::Pass);
    EXPECT_TRUE(run.result.summary.contains(target(refused)));
}

TEST(TlsInterceptionCheck, OneInterceptedTargetFailsDespiteUncheckedOnes)
{
    auto https = tlsServer(pki().corporateCa, true);
    const quint16 refused = closedPort();
    Profile p = tlsProfile();
    p.pbx = kHost;
    p.httpsPort = https->port();
    p.webrtcPort = refused;
    TlsInterceptionCheck check;
    check.setDomainPort(refused);
    const CheckRun run = runCheck(check, p);
    EXPECT_EQ(run.result.status, Status::Fail);
    ASSERT_EQ(run.result.items.size(), 2); // the domain on the same port is the same target
    EXPECT_EQ(itemStatus(run, https->port()), Status::Fail);
    EXPECT_EQ(itemStatus(run, refused), Status::Warn);
}

TEST(TlsInterceptionCheck, PbxAddressesFromTheContextSkipDns)
{
    const QString pbx = QStringLiteral("pbx.invalid");
    auto https = tlsServer(pki().publicCa, true, pbx);
    Profile p = tlsProfile();
    p.pbx = pbx;
    p.domains.clear();
    p.httpsPort = https->port();
    p.webrtcPort = https->port();
    TlsInterceptionCheck check;
    const CheckRun run = runCheck(check, p, [](RunContext& c) {
        c.setPbxAddresses({QHostAddress(QHostAddress::LocalHost)});
    });
    EXPECT_EQ(run.result.status, Status::Pass) << run.result.summary.toStdString();
    ASSERT_EQ(run.result.items.size(), 1);
    const QString label = QStringLiteral("pbx.invalid:%1").arg(https->port());
    EXPECT_EQ(run.result.items.at(0).target, label);
    EXPECT_EQ(run.result.evidenceValue(label + QStringLiteral(" address")),
              QStringLiteral("127.0.0.1:%1").arg(https->port()));
}

TEST(TlsInterceptionCheck, UnreadableTrustStoreIsAToolError)
{
    Profile p = tlsProfile();
    p.trustReference = QStringLiteral("/nonexistent/easyuc-roots.pem");
    const CheckRun run = runDomain(closedPort(), p);
    EXPECT_EQ(run.result.status, Status::Error);
    EXPECT_FALSE(run.result.evidenceValue(QStringLiteral("trust.reference.error")).isEmpty());
    EXPECT_TRUE(run.result.items.isEmpty());
}

TEST(TlsInterceptionCheck, NothingConfiguredIsSkipped)
{
    Profile p = tlsProfile();
    p.domains.clear();
    TlsInterceptionCheck check;
    const CheckRun run = runCheck(check, p);
    EXPECT_EQ(run.result.status, Status::Skipped);
}

TEST(TlsInterceptionCheck, DeadlineTurnsPendingTargetsIntoNoAnswer)
{
    auto silent = plainServer(Behaviour::Silent);
    auto good = tlsServer(pki().publicCa, true);
    Profile p = tlsProfile(20000);
    p.pbx = kHost;
    p.httpsPort = good->port();
    p.webrtcPort = good->port();
    RunContext context(p);
    TlsInterceptionCheck check;
    check.setDomainPort(silent->port());
    QSignalSpy spy(&check, &Check::finished);
    check.start(&context);
    // The good target answers at once; the silent one is still pending when time runs out.
    QTimer::singleShot(500, &check, &Check::expire);
    ASSERT_TRUE(waitFor([&] { return spy.count() > 0; }, 3000));
    waitFor([] { return false; }, 200); // a late duplicate would show here
    ASSERT_EQ(spy.count(), 1);
    const auto r = spy.at(0).at(0).value<RequirementResult>();
    EXPECT_EQ(r.status, Status::Warn) << r.summary.toStdString();
    ASSERT_EQ(r.items.size(), 2);
    EXPECT_EQ(r.item(target(good->port()))->status, Status::Pass);
    EXPECT_EQ(r.item(target(silent->port()))->status, Status::Warn);
    // What the pending probe had seen is kept: TCP connected, the TLS handshake never ended.
    EXPECT_EQ(r.evidenceValue(target(silent->port()) + QStringLiteral(" error")),
              QStringLiteral("timeout"));
    EXPECT_EQ(r.evidenceValue(target(silent->port()) + QStringLiteral(" failedStep")),
              QStringLiteral("tls"));
}

TEST(TlsInterceptionCheck, CancelStopsEveryProbe)
{
    auto silent = plainServer(Behaviour::Silent);
    RunContext context(tlsProfile(20000));
    TlsInterceptionCheck check;
    check.setDomainPort(silent->port());
    QSignalSpy spy(&check, &Check::finished);
    check.start(&context);
    waitFor([&] { return silent->connectionCount() > 0; }, 2000);
    check.cancel();
    check.cancel();
    waitFor([] { return false; }, 200);
    ASSERT_EQ(spy.count(), 1);
    EXPECT_EQ(spy.at(0).at(0).value<RequirementResult>().status, Status::Skipped);
}

TEST(TrustVerdict, FollowsTheRequirementRule)
{
    TrustAnalysis a;
    a.host = kHost;
    a.certificates.append(CertificateFacts{kHost, QStringLiteral("CN=X"), QStringLiteral("X"), {}});
    a.reference.validated = true;
    a.system.validated = true;
    a.sctCount = 2;
    EXPECT_EQ(judgeTrust(a, true).status, Status::Pass);
    EXPECT_EQ(judgeTrust(a, true).finding, TrustFinding::Trusted);

    a.sctCount = 0;
    EXPECT_EQ(judgeTrust(a, true).status, Status::Warn);
    EXPECT_EQ(judgeTrust(a, true).finding, TrustFinding::MissingSct);
    EXPECT_EQ(judgeTrust(a, false).status, Status::Pass);

    a.system.validated = false; // the machine lacks a public root: not interception
    EXPECT_EQ(judgeTrust(a, false).status, Status::Pass);

    a.reference.validated = false;
    a.system.validated = true;
    EXPECT_EQ(judgeTrust(a, false).finding, TrustFinding::LocalAuthority);
    EXPECT_EQ(judgeTrust(a, false).status, Status::Fail);

    a.system.validated = false;
    EXPECT_EQ(judgeTrust(a, false).finding, TrustFinding::Untrusted);
    EXPECT_EQ(judgeTrust(a, false).status, Status::Fail);

    a.reference.validated = a.system.validated = true;
    a.sctCount = 1;
    a.product = QStringLiteral("Zscaler");
    a.productEvidence = QStringLiteral("CN=Zscaler Root CA");
    const TrustVerdict v = judgeTrust(a, true);
    EXPECT_EQ(v.status, Status::Fail);
    EXPECT_EQ(v.finding, TrustFinding::InterceptionProduct);
    EXPECT_EQ(v.detail, QStringLiteral("CN=Zscaler Root CA"));
    EXPECT_TRUE(v.summary.contains(QStringLiteral("Zscaler")));

    EXPECT_EQ(judgeTrust(TrustAnalysis{}, true).status, Status::Warn);
    EXPECT_EQ(judgeTrust(TrustAnalysis{}, true).finding, TrustFinding::NoCertificate);
    EXPECT_EQ(trustFindingKey(TrustFinding::LocalAuthority), QStringLiteral("local-authority"));
}
