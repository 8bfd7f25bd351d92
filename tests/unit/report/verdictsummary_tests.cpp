// The verdict people read first: one root cause when nothing reaches the Internet, the named
// problems and what they mean for calls, what could not be proven.
#include "engine/catalogue.h"
#include "engine/i18n.h"
#include "engine/report.h"
#include "report/jsonreport.h"
#include "report/textreport.h"
#include "report/verdictsummary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

using namespace easyuc;

namespace {

// A report with one entry per catalogue requirement, each with the given status ("pass" when
// not named), as a run leaves it.
Report reportWith(const QHash<QString, Status>& statuses, const QString& namesResolved = {})
{
    installLanguage(QStringLiteral("en")); // plural forms ("2 problems") come from the catalogue
    Report report;
    for (const RequirementInfo& info : requirementCatalogue()) {
        ReportEntry e;
        e.severity = info.defaultSeverity;
        e.result.id = info.id;
        e.result.status = statuses.value(info.id, Status::Pass);
        e.result.summary = QStringLiteral("summary of %1").arg(info.id);
        if (info.id == QStringLiteral("internet.access") && !namesResolved.isEmpty())
            e.result.addEvidence(QStringLiteral("namesResolved"), namesResolved);
        report.entries.append(e);
    }
    report.overall = overallStatus(report.entries);
    return report;
}

// What the lab's all-drop network gives: DNS answers, every connection is dropped.
QHash<QString, Status> allSilent()
{
    QHash<QString, Status> s;
    for (const RequirementInfo& info : requirementCatalogue())
        s.insert(info.id, Status::Warn);
    s.insert({{QStringLiteral("internet.access"), Status::Fail},
              {QStringLiteral("pbx.dns"), Status::Pass},
              {QStringLiteral("pbx.https"), Status::Fail},
              {QStringLiteral("pbx.webrtc"), Status::Fail},
              {QStringLiteral("pbx.rtp"), Status::Warn},
              {QStringLiteral("pbx.webcti"), Status::Fail},
              {QStringLiteral("domains.reach"), Status::Fail},
              {QStringLiteral("stun.binding"), Status::Fail},
              {QStringLiteral("turn.reach"), Status::Fail},
              {QStringLiteral("firewall.sip-alg"), Status::Warn},
              {QStringLiteral("firewall.nat"), Status::Warn},
              {QStringLiteral("firewall.mtu"), Status::Warn},
              {QStringLiteral("firewall.public-ip"), Status::Warn},
              {QStringLiteral("tls.interception"), Status::Warn},
              {QStringLiteral("media.quality"), Status::Warn}});
    return s;
}

} // namespace

TEST(RootCause, EverythingSilentIsOneCauseWithOneAction)
{
    const Report report = reportWith(allSilent(), QStringLiteral("7/7"));
    const std::optional<RootCause> cause = findRootCause(report);
    ASSERT_TRUE(cause.has_value());
    EXPECT_EQ(cause->id, QStringLiteral("internet.blocked"));
    EXPECT_FALSE(cause->summary.isEmpty());
    EXPECT_FALSE(cause->action.isEmpty());
    EXPECT_EQ(cause->failed,
              QStringList({QStringLiteral("pbx.https"), QStringLiteral("pbx.webrtc"),
                           QStringLiteral("pbx.webcti"), QStringLiteral("domains.reach"),
                           QStringLiteral("stun.binding"), QStringLiteral("turn.reach")}));
    EXPECT_GE(cause->unproven.size(), 7);
    EXPECT_FALSE(cause->failed.contains(QStringLiteral("pbx.dns")));

    // The banner, the CLI and page 1 lead with it; the other requirements keep their lights.
    const VerdictSummary v = summarizeVerdict(report);
    EXPECT_EQ(v.overall, Status::Fail);
    EXPECT_EQ(v.headline, cause->summary);
    ASSERT_GE(v.lines.size(), 3);
    EXPECT_EQ(v.lines.at(0), QStringLiteral("What to do: %1").arg(cause->action));
    EXPECT_EQ(v.lines.at(1), QStringLiteral("These failed because of it: R3, R4, R6, R7, R8, R9."));
    EXPECT_TRUE(v.lines.at(2).startsWith(QStringLiteral(
        "These could not be proven because of it: R5, R10, R11, R12, R13, R14, R15")))
        << v.lines.at(2).toStdString();
    EXPECT_EQ(v.problems.size(), 7); // R1 and its six followers still fail
    EXPECT_EQ(TextReport::verdictSentence(report), cause->summary);
}

TEST(RootCause, NoNameResolvingIsTheOfflineCause)
{
    QHash<QString, Status> s = allSilent();
    s.insert(QStringLiteral("pbx.dns"), Status::Fail);
    for (const char* id :
         {"pbx.https", "pbx.webrtc", "pbx.rtp", "pbx.webcti", "firewall.sip-alg", "firewall.mtu"})
        s.insert(QLatin1String(id), Status::Skipped);
    const Report report = reportWith(s, QStringLiteral("0/7"));
    const std::optional<RootCause> cause = findRootCause(report);
    ASSERT_TRUE(cause.has_value());
    EXPECT_EQ(cause->id, QStringLiteral("internet.offline"));
    EXPECT_TRUE(cause->failed.contains(QStringLiteral("pbx.dns")));
    EXPECT_EQ(cause->notRun.size(), 6);
    const VerdictSummary v = summarizeVerdict(report);
    EXPECT_TRUE(v.lines.contains(
        QStringLiteral("These were not run because of it: R3, R4, R5, R6, R10, R12.")))
        << v.lines.join(QLatin1Char('\n')).toStdString();
    // Without R1's count, R2's failure tells the same.
    EXPECT_EQ(findRootCause(reportWith(s))->id, QStringLiteral("internet.offline"));
}

TEST(RootCause, AnythingThatAnsweredMeansAnotherCause)
{
    // STUN answered: the Internet is reachable over UDP, HTTPS is what is blocked.
    QHash<QString, Status> stun = allSilent();
    stun.insert(QStringLiteral("stun.binding"), Status::Pass);
    EXPECT_FALSE(findRootCause(reportWith(stun, QStringLiteral("7/7"))).has_value());

    // A failure only an answer can prove (interception needs a chain, ALG a SIP reply).
    for (const char* id : {"tls.interception", "firewall.sip-alg", "firewall.public-ip"}) {
        QHash<QString, Status> s = allSilent();
        s.insert(QLatin1String(id), Status::Fail);
        EXPECT_FALSE(findRootCause(reportWith(s, QStringLiteral("7/7"))).has_value()) << id;
    }

    // A certificate was seen: some TLS server answered.
    Report cert = reportWith(allSilent(), QStringLiteral("7/7"));
    for (ReportEntry& e : cert.entries) {
        if (e.result.id == QStringLiteral("pbx.https"))
            e.result.addEvidence(QStringLiteral("certificate.issuer"), QStringLiteral("CN=Proxy"));
    }
    EXPECT_FALSE(findRootCause(cert).has_value());

    // R1 passing, or left out of the run, is never "no Internet".
    QHash<QString, Status> r1 = allSilent();
    r1.insert(QStringLiteral("internet.access"), Status::Pass);
    EXPECT_FALSE(findRootCause(reportWith(r1)).has_value());
    Report unselected = reportWith(allSilent(), QStringLiteral("7/7"));
    unselected.entries.first().result.selected = false;
    EXPECT_FALSE(findRootCause(unselected).has_value());

    // A healthy run has no root cause and says so.
    const Report healthy = reportWith({});
    EXPECT_FALSE(findRootCause(healthy).has_value());
    EXPECT_EQ(summarizeVerdict(healthy).headline,
              QStringLiteral("The network is ready for Easy UC."));
    EXPECT_TRUE(summarizeVerdict(healthy).lines.isEmpty());
}

TEST(VerdictSummary, NamesUpToThreeProblemsWithWhatTheyMeanForCalls)
{
    const Report report = reportWith(
        {{QStringLiteral("pbx.webrtc"), Status::Fail}, {QStringLiteral("pbx.rtp"), Status::Fail}});
    EXPECT_FALSE(findRootCause(report).has_value());
    const VerdictSummary v = summarizeVerdict(report);
    EXPECT_EQ(v.headline,
              QStringLiteral("2 problems found: Easy UC will not work fully on this network."));
    ASSERT_EQ(v.lines.size(), 2);
    EXPECT_EQ(v.lines.at(0),
              QStringLiteral("R4 WebRTC signalling (secure WebSocket, TCP 7443) \u2014 The app "
                             "will not register, so calls can neither be made nor received."));
    EXPECT_EQ(v.lines.at(1), QStringLiteral("R5 Audio and video (RTP, UDP 16384-32768) \u2014 "
                                            "Calls will connect but audio may fail (silence or "
                                            "one-way audio)."));

    // More than three: three named with their impact, the rest by number.
    const Report many = reportWith({{QStringLiteral("pbx.https"), Status::Fail},
                                    {QStringLiteral("pbx.webrtc"), Status::Fail},
                                    {QStringLiteral("pbx.webcti"), Status::Fail},
                                    {QStringLiteral("domains.reach"), Status::Fail},
                                    {QStringLiteral("firewall.nat"), Status::Warn}});
    const VerdictSummary m = summarizeVerdict(many);
    ASSERT_EQ(m.lines.size(), 5) << m.lines.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(m.lines.at(0).startsWith(QStringLiteral("R3 ")));
    EXPECT_EQ(m.lines.at(3), QStringLiteral("Also failed: R7."));
    EXPECT_EQ(m.lines.at(4), QStringLiteral("Not confirmed: R11 NAT behaviour."));
}

TEST(VerdictSummary, AmberNamesWhatCouldNotBeProven)
{
    const Report report = reportWith({{QStringLiteral("pbx.rtp"), Status::Warn},
                                      {QStringLiteral("firewall.mtu"), Status::Warn},
                                      {QStringLiteral("turn.reach"), Status::Skipped}});
    const VerdictSummary v = summarizeVerdict(report);
    EXPECT_EQ(v.overall, Status::Warn);
    EXPECT_EQ(v.headline, QStringLiteral("3 points could not be confirmed or need attention."));
    EXPECT_EQ(v.lines, QStringList({QStringLiteral("Not confirmed: R5 Audio and video (RTP, UDP "
                                                   "16384-32768); R12 MTU (packet size)."),
                                    QStringLiteral("Not run: R9 TURN relay servers.")}));
}

TEST(VerdictSummary, EveryRequirementHasItsOwnImpactSentence)
{
    QStringList seen;
    for (const RequirementInfo& info : requirementCatalogue()) {
        const QString impact = callImpact(info.id);
        EXPECT_NE(impact, callImpact(QStringLiteral("no.such.id"))) << info.id.toStdString();
        EXPECT_FALSE(seen.contains(impact)) << info.id.toStdString();
        seen.append(impact);
    }
}

TEST(VerdictSummary, NotSelectedWeighsNothing)
{
    // --only pbx.webcti: R2 pulled in and passing, R6 passing, the rest not selected.
    Report report = reportWith({});
    for (ReportEntry& e : report.entries) {
        if (e.result.id != QStringLiteral("pbx.dns") &&
            e.result.id != QStringLiteral("pbx.webcti")) {
            e.result.status = Status::Skipped;
            e.result.selected = false;
        }
    }
    EXPECT_EQ(overallStatus(report.entries), Status::Pass);
    report.overall = overallStatus(report.entries);
    const VerdictSummary v = summarizeVerdict(report);
    EXPECT_EQ(v.headline, QStringLiteral("The network is ready for Easy UC."));
    EXPECT_TRUE(v.notRun.isEmpty());
    ASSERT_EQ(v.lines.size(), 1);
    EXPECT_TRUE(v.lines.first().startsWith(
        QStringLiteral("Not selected for this run (they do not count): R1, R3, R4, R5, R7, R8")))
        << v.lines.first().toStdString();
    // A dependency pulled in by --only still counts.
    report.entries[1].result.status = Status::Fail;
    EXPECT_EQ(overallStatus(report.entries), Status::Fail);
    // Nothing selected at all is not a pass.
    for (ReportEntry& e : report.entries)
        e.result.selected = false;
    EXPECT_EQ(overallStatus(report.entries), Status::Warn);
}

TEST(JsonReport, CarriesTheRootCauseAndWhatWasNotSelected)
{
    Report silent = reportWith(allSilent(), QStringLiteral("7/7"));
    silent.entries.last().result.selected = false;
    silent.entries.last().result.status = Status::Skipped;
    const QJsonObject json = QJsonDocument::fromJson(JsonReport::write(silent)).object();
    const QJsonObject cause = json.value(QStringLiteral("rootCause")).toObject();
    EXPECT_EQ(cause.value(QStringLiteral("id")).toString(), QStringLiteral("internet.blocked"));
    EXPECT_FALSE(cause.value(QStringLiteral("summary")).toString().isEmpty());
    EXPECT_FALSE(cause.value(QStringLiteral("action")).toString().isEmpty());
    EXPECT_EQ(cause.value(QStringLiteral("failed")).toArray().size(), 6);
    const QJsonArray reqs = json.value(QStringLiteral("requirements")).toArray();
    EXPECT_TRUE(reqs.first().toObject().value(QStringLiteral("selected")).toBool());
    EXPECT_FALSE(reqs.last().toObject().value(QStringLiteral("selected")).toBool(true));

    const QJsonObject healthy = QJsonDocument::fromJson(JsonReport::write(reportWith({}))).object();
    EXPECT_TRUE(healthy.contains(QStringLiteral("rootCause")));
    EXPECT_TRUE(healthy.value(QStringLiteral("rootCause")).isNull());
}
