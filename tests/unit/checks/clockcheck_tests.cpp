// R16 system.clock and the clock's part in R3/R7/R14: real loopback HTTPS servers whose Date
// header is off, and certificates valid only from tomorrow.
#include "checks/clockcheck.h"
#include "checks/clockfacts.h"
#include "checks/domainscheck.h"
#include "checks/pbxdnscheck.h"
#include "checks/pbxhttpcheck.h"
#include "checks/tlsinterceptioncheck.h"
#include "engine/checkrunner.h"
#include "probes/httpdate.h"
#include "support/checkharness.h"
#include "support/loopbackservers.h"
#include "support/testpki.h"

#include <QLocale>
#include <QRegularExpression>
#include <gtest/gtest.h>

using namespace easyuc;
using namespace easyuc::test;

namespace {

constexpr qint64 kDay = 24 * 3600;

struct Pki
{
    TestCa publicCa{QStringLiteral("Clock Public Root"), QStringLiteral("Test Trust Services")};
    TestCa corporateCa{QStringLiteral("ACME Corp Internal CA"), QStringLiteral("ACME Corp")};
    QString reference =
        writePemBundle({publicCa.certificate()}, QStringLiteral("clock-reference.pem"));
    QString system = writePemBundle({publicCa.certificate(), corporateCa.certificate()},
                                    QStringLiteral("clock-system.pem"));
};

Pki& pki()
{
    static Pki p;
    return p;
}

QByteArray httpDate(const QDateTime& t)
{
    return QLocale::c()
               .toString(t.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"))
               .toLatin1() +
           " GMT";
}

// An HTTPS server on 127.0.0.1 whose clock is `skewS` seconds off, with this certificate.
std::unique_ptr<ScriptedServer> skewedServer(qint64 skewS, const Issued& leaf)
{
    auto s = std::make_unique<ScriptedServer>(Behaviour::ReplyClose);
    s->setResponder([skewS](const QByteArray&) -> QByteArray {
        return "HTTP/1.1 200 OK\r\nServer: test\r\nDate: " +
               httpDate(QDateTime::currentDateTimeUtc().addSecs(skewS)) +
               "\r\nContent-Length: 0\r\n\r\n";
    });
    s->setTls(serverTlsConfig(leaf.certificate, leaf.key));
    EXPECT_TRUE(s->listen());
    return s;
}

Issued goodLeaf(const QString& name = QStringLiteral("localhost"))
{
    return pki().publicCa.issue(name, {name});
}

Profile clockProfile(quint16 port, const QString& pbx = QStringLiteral("localhost"))
{
    Profile p;
    p.pbx = pbx;
    p.httpsPort = port;
    p.webrtcPort = port;
    p.webctiPort = port;
    p.domains.clear();
    p.trustReference = pki().reference;
    p.trustSystem = pki().system;
    p.requireSct = false;
    p.checkTimeoutMs = 3000;
    return p;
}

// Runs these checks with the runner (dependencies and "runs after" as in the catalogue).
Report runChecks(QList<Check*> checks, const Profile& profile)
{
    CheckRunner runner;
    std::optional<Report> report;
    QObject::connect(&runner, &CheckRunner::runFinished, [&](const Report& r) { report = r; });
    runner.setChecks(checks, new RunContext(profile));
    runner.start();
    waitFor([&] { return report.has_value(); }, 15000);
    return report.value_or(Report());
}

// R3 and R16 against one PBX server, R16 after R3 as the catalogue orders them.
Report runPbxAndClock(const Profile& profile)
{
    auto* https = new PbxHttpCheck(PbxHttpCheck::Kind::Https);
    auto* clock = new ClockCheck;
    clock->setRunsAfter({QStringLiteral("pbx.https")});
    return runChecks({https, clock}, profile);
}

const RequirementResult& entry(const Report& r, const char* id)
{
    static const RequirementResult none;
    const ReportEntry* e = r.entry(QString::fromLatin1(id));
    EXPECT_NE(e, nullptr) << id;
    return e ? e->result : none;
}

std::string text(const RequirementResult& r)
{
    return QString(r.summary + QStringLiteral(" | ") + r.remediation).toStdString();
}

} // namespace

TEST(HttpDate, ReadsTheThreeFormsOfRfc9110)
{
    const QDateTime want(QDate(1994, 11, 6), QTime(8, 49, 37), Qt::UTC);
    EXPECT_EQ(parseHttpDate(QStringLiteral("Sun, 06 Nov 1994 08:49:37 GMT")), want);
    EXPECT_EQ(parseHttpDate(QStringLiteral("Sunday, 06-Nov-94 08:49:37 GMT")), want);
    EXPECT_EQ(parseHttpDate(QStringLiteral("Sun Nov  6 08:49:37 1994")), want);
    for (const char* bad : {"", "yesterday", "Sun, 32 Nov 1994 08:49:37 GMT",
                            "Sun, 06 Nov 1994 25:49:37 GMT", "Sun, 06 Nov 1994 08:49:37 CET",
                            "Sun, 06 Foo 1994 08:49:37 GMT", "Sun, 06 Nov 1994 08:49 GMT"})
        EXPECT_FALSE(parseHttpDate(QString::fromLatin1(bad)).isValid()) << bad;
}

TEST(ClockCheck, PassesWhenTheServerAgrees)
{
    auto server = skewedServer(0, goodLeaf());
    const Report r = runPbxAndClock(clockProfile(server->port()));
    const RequirementResult& clock = entry(r, "system.clock");
    EXPECT_EQ(entry(r, "pbx.https").status, Status::Pass);
    EXPECT_EQ(clock.status, Status::Pass) << text(clock);
    EXPECT_LE(qAbs(clock.evidenceValue(QStringLiteral("offsetSeconds")).toLongLong()), 2);
    EXPECT_EQ(clock.evidenceValue(QStringLiteral("servers")),
              QStringLiteral("localhost:%1").arg(server->port()));
    EXPECT_FALSE(clock.evidenceValue(QStringLiteral("localTime")).isEmpty());
    EXPECT_FALSE(clock.evidenceValue(QStringLiteral("serverTime")).isEmpty());
}

TEST(ClockCheck, WarnsWhenMinutesOff)
{
    auto server = skewedServer(-10 * 60, goodLeaf());
    const Report r = runPbxAndClock(clockProfile(server->port()));
    const RequirementResult& clock = entry(r, "system.clock");
    EXPECT_EQ(clock.status, Status::Warn) << text(clock);
    EXPECT_NEAR(clock.evidenceValue(QStringLiteral("offsetSeconds")).toDouble(), -600, 3);
    EXPECT_TRUE(clock.summary.contains(QStringLiteral("set the time automatically")))
        << text(clock);
    for (const char* os : {"Windows", "macOS", "timedatectl"})
        EXPECT_TRUE(clock.remediation.contains(QLatin1String(os))) << os;
}

TEST(ClockCheck, FailsWhenTheServerIsThreeDaysOff)
{
    // The certificate is valid either way: only the Date header says the clock is wrong.
    auto server = skewedServer(3 * kDay, goodLeaf());
    const Report r = runPbxAndClock(clockProfile(server->port()));
    const RequirementResult& clock = entry(r, "system.clock");
    EXPECT_EQ(entry(r, "pbx.https").status, Status::Pass);
    EXPECT_EQ(clock.status, Status::Fail) << text(clock);
    EXPECT_NEAR(clock.evidenceValue(QStringLiteral("offsetSeconds")).toDouble(), 3 * kDay, 3);
    // "3 days behind" once the English plural forms are loaded; "3 day(s)" without them.
    EXPECT_TRUE(clock.summary.contains(QRegularExpression(QStringLiteral("\\(3 day.* behind\\)"))))
        << text(clock);
}

TEST(ClockCheck, NotProvenWithoutAnyAnswer)
{
    // R3's server refuses: R3 fails, R16 still runs after it and says it could not compare.
    const Report r = runPbxAndClock(clockProfile(closedPort()));
    EXPECT_EQ(entry(r, "pbx.https").status, Status::Fail);
    const RequirementResult& clock = entry(r, "system.clock");
    EXPECT_EQ(clock.status, Status::Warn) << text(clock);
    EXPECT_TRUE(clock.summary.startsWith(QStringLiteral("Not proven"))) << text(clock);
    EXPECT_TRUE(clock.evidenceValue(QStringLiteral("offsetSeconds")).isEmpty());
}

TEST(ClockAttribution, CertificateFromTomorrowIsBlamedOnTheClockWhenTheServerSaysSo)
{
    // The server's clock is two days ahead of ours: at its date the certificate is valid.
    const Issued leaf = pki().publicCa.issueValid(QStringLiteral("localhost"),
                                                  {QStringLiteral("localhost")}, kDay, 20 * kDay);
    auto server = skewedServer(2 * kDay, leaf);
    const Report r = runPbxAndClock(clockProfile(server->port()));
    const RequirementResult& https = entry(r, "pbx.https");
    EXPECT_EQ(https.status, Status::Fail);
    EXPECT_TRUE(https.summary.startsWith(QStringLiteral("The date of this computer is wrong")))
        << text(https);
    EXPECT_FALSE(https.remediation.contains(QStringLiteral("inspect"))) << text(https);
    const RequirementResult& clock = entry(r, "system.clock");
    EXPECT_EQ(clock.status, Status::Fail) << text(clock);
    EXPECT_TRUE(clock.summary.contains(QStringLiteral("refused"))) << text(clock);
}

TEST(ClockAttribution, OffsetUnderADayStillFailsWhenItExplainsARefusal)
{
    // Valid from one hour ahead; the server is two hours ahead of us.
    const Issued leaf = pki().publicCa.issueValid(QStringLiteral("localhost"),
                                                  {QStringLiteral("localhost")}, 3600, 20 * kDay);
    auto server = skewedServer(2 * 3600, leaf);
    const Report r = runPbxAndClock(clockProfile(server->port()));
    EXPECT_EQ(entry(r, "system.clock").status, Status::Fail) << text(entry(r, "system.clock"));
}

TEST(ClockAttribution, CertificateFromTomorrowWithARightClockIsTheServersProblem)
{
    const Issued leaf = pki().publicCa.issueValid(QStringLiteral("localhost"),
                                                  {QStringLiteral("localhost")}, kDay, 20 * kDay);
    auto server = skewedServer(0, leaf);
    const Report r = runPbxAndClock(clockProfile(server->port()));
    const RequirementResult& https = entry(r, "pbx.https");
    EXPECT_EQ(https.status, Status::Fail);
    EXPECT_TRUE(https.summary.contains(QStringLiteral("is not valid before"))) << text(https);
    EXPECT_EQ(entry(r, "system.clock").status, Status::Pass);
}

TEST(ClockAttribution, DomainsSayTheDateIsWrong)
{
    const Issued leaf = pki().publicCa.issueValid(QStringLiteral("localhost"),
                                                  {QStringLiteral("localhost")}, kDay, 20 * kDay);
    auto server = skewedServer(2 * kDay, leaf);
    Profile p = clockProfile(server->port());
    p.domains = {QStringLiteral("localhost")};
    DomainsCheck check(DomainsCheck::Mode::EveryDomain);
    check.setPort(server->port());
    const CheckRun run = runCheck(check, p);
    EXPECT_EQ(run.result.status, Status::Fail);
    EXPECT_TRUE(run.result.summary.startsWith(QStringLiteral("The date of this computer is wrong")))
        << text(run.result);
    EXPECT_FALSE(run.result.summary.contains(QStringLiteral("cannot be reached")));
}

TEST(ClockAttribution, InterceptionWarnsNotProvenInsteadOfFailing)
{
    const Issued leaf = pki().publicCa.issueValid(QStringLiteral("localhost"),
                                                  {QStringLiteral("localhost")}, kDay, 20 * kDay);
    auto server = skewedServer(2 * kDay, leaf);
    Profile p = clockProfile(server->port());
    auto* https = new PbxHttpCheck(PbxHttpCheck::Kind::Https);
    auto* tls = new TlsInterceptionCheck;
    auto* clock = new ClockCheck;
    clock->setRunsAfter({QStringLiteral("pbx.https")});
    const Report r = runChecks({https, tls, clock}, p);
    const RequirementResult& r14 = entry(r, "tls.interception");
    EXPECT_EQ(r14.status, Status::Warn) << text(r14);
    EXPECT_TRUE(r14.summary.contains(QStringLiteral("clock is wrong"))) << text(r14);
    EXPECT_FALSE(r14.summary.contains(QStringLiteral("ntercepted"))) << text(r14);
    EXPECT_EQ(r14.evidenceValue(QStringLiteral("localhost:%1 finding").arg(server->port())),
              QStringLiteral("clock-wrong"));
}

TEST(ClockAttribution, RealInterceptionIsStillCaughtWhileTheClockIsWrong)
{
    // A re-signing proxy's certificate (its CA only in this computer's store), fresh by the
    // network's date, and a local clock two days late.
    const Issued leaf = pki().corporateCa.issueValid(
        QStringLiteral("localhost"), {QStringLiteral("localhost")}, kDay, 20 * kDay);
    auto server = skewedServer(2 * kDay, leaf);
    auto* https = new PbxHttpCheck(PbxHttpCheck::Kind::Https);
    auto* tls = new TlsInterceptionCheck;
    const Report r = runChecks({https, tls}, clockProfile(server->port()));
    const RequirementResult& r14 = entry(r, "tls.interception");
    EXPECT_EQ(r14.status, Status::Fail) << text(r14);
    EXPECT_EQ(r14.evidenceValue(QStringLiteral("localhost:%1 finding").arg(server->port())),
              QStringLiteral("local-authority"));
}

TEST(PbxAsIp, DnsSaysToUseTheName)
{
    Profile p;
    p.pbx = QStringLiteral("127.0.0.1");
    PbxDnsCheck check;
    const CheckRun run = runCheck(check, p, [](RunContext&) {});
    EXPECT_EQ(run.result.status, Status::Warn) << text(run.result);
    EXPECT_TRUE(run.result.summary.contains(QStringLiteral("IP address"))) << text(run.result);
    EXPECT_EQ(run.result.evidenceValue(QStringLiteral("address")), QStringLiteral("127.0.0.1"));
}

TEST(PbxAsIp, HttpsTestsReachabilityWithoutJudgingTheName)
{
    // The certificate names only pbx.example.com, as a real PBX's would.
    auto server = skewedServer(0, goodLeaf(QStringLiteral("pbx.example.com")));
    const Profile p = clockProfile(server->port(), QStringLiteral("127.0.0.1"));
    PbxHttpCheck check(PbxHttpCheck::Kind::Https);
    const CheckRun run = runCheck(check, p, [](RunContext& c) {
        c.setPbxAddresses({QHostAddress(QHostAddress::LocalHost)});
    });
    EXPECT_EQ(run.result.status, Status::Warn) << text(run.result);
    EXPECT_TRUE(run.result.summary.contains(QStringLiteral("given as an IP address")))
        << text(run.result);
    EXPECT_TRUE(run.result.remediation.contains(QStringLiteral("pbx.example.com")))
        << text(run.result);
}

TEST(PbxAsIp, HttpsStillJudgesTrust)
{
    TestCa stranger(QStringLiteral("Stranger Root"));
    const Issued leaf =
        stranger.issue(QStringLiteral("pbx.example.com"), {QStringLiteral("pbx.example.com")});
    auto server = skewedServer(0, leaf);
    PbxHttpCheck check(PbxHttpCheck::Kind::Https);
    const CheckRun run =
        runCheck(check, clockProfile(server->port(), QStringLiteral("127.0.0.1")),
                 [](RunContext& c) { c.setPbxAddresses({QHostAddress(QHostAddress::LocalHost)}); });
    EXPECT_EQ(run.result.status, Status::Fail) << text(run.result);
}

TEST(PbxAsIp, InterceptionIsNeverClaimedFromTheName)
{
    auto server = skewedServer(0, goodLeaf(QStringLiteral("pbx.example.com")));
    Profile p = clockProfile(server->port(), QStringLiteral("127.0.0.1"));
    TlsInterceptionCheck check;
    const CheckRun run = runCheck(check, p, [](RunContext& c) {
        c.setPbxAddresses({QHostAddress(QHostAddress::LocalHost)});
    });
    EXPECT_EQ(run.result.status, Status::Pass) << text(run.result);
    EXPECT_EQ(run.result.evidenceValue(QStringLiteral("127.0.0.1:%1 finding").arg(server->port())),
              QStringLiteral("trusted"));
}

TEST(ClockFacts, OffsetWords)
{
    EXPECT_EQ(offsetText(40), QStringLiteral("40 s"));
    EXPECT_EQ(offsetText(-310), QStringLiteral("5 min 10 s"));
    EXPECT_TRUE(QRegularExpression(QStringLiteral("^3 day\\S* 2 h$"))
                    .match(offsetText(3 * kDay + 7200))
                    .hasMatch())
        << offsetText(3 * kDay + 7200).toStdString();
}
