// The window and the engine thread: the language never changes under a run, the system proxy
// query never holds the window, and the banner leads with what the core decided.
#include "detailspanel.h"
#include "engine/catalogue.h"
#include "engine/i18n.h"
#include "engine/proxyquery.h"
#include "mainwindow.h"
#include "report/verdictsummary.h"
#include "resultmodel.h"
#include "uifixture.h"
#include "uihelpers.h"
#include "verdictbanner.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QLocale>
#include <QSemaphore>
#include <gtest/gtest.h>

using namespace easyuc;
using namespace easyuc::test;

namespace {

QAction* actionNamed(const MainWindow& window, const QString& text)
{
    for (QAction* a : window.findChildren<QAction*>()) {
        if (a->text() == text)
            return a;
    }
    return nullptr;
}

bool everyRowDone(const MainWindow& window)
{
    for (const RequirementInfo& info : requirementCatalogue()) {
        if (window.model()->state(window.model()->indexOf(info.id)) != RowState::Done)
            return false;
    }
    return true;
}

// Restores the real proxy query and its deadline when a test ends.
struct ProxyQueryGuard
{
    ~ProxyQueryGuard()
    {
        ProxyQuery::setQueryForTesting({});
        ProxyQuery::setRunTimeoutMs(3000);
    }
};

Report reportWith(const QHash<QString, Status>& statuses, Status fallback)
{
    Report report;
    for (const RequirementInfo& info : requirementCatalogue()) {
        ReportEntry e;
        e.severity = info.defaultSeverity;
        e.result.id = info.id;
        e.result.status = statuses.value(info.id, fallback);
        e.result.summary = QStringLiteral("summary");
        report.entries.append(e);
    }
    report.overall = overallStatus(report.entries);
    return report;
}

} // namespace

// QLocale::setDefault() is not safe while the engine thread works: the language waits.
TEST(Threads, TheLanguageCannotChangeWhileARunIsGoing)
{
    installLanguage(QStringLiteral("en"));
    LoopbackWorld world(/*silent=*/true, /*checkMs=*/2500);
    MainWindow window(optionsFor(world.profilePath()), false);
    window.show();
    QAction* italian = actionNamed(window, QStringLiteral("&Italiano"));
    ASSERT_NE(italian, nullptr);
    EXPECT_TRUE(italian->isEnabled());
    bool finished = false;
    QObject::connect(&window, &MainWindow::runFinished, [&] { finished = true; });
    window.start();
    ASSERT_TRUE(window.isRunning());
    EXPECT_FALSE(italian->isEnabled());
    EXPECT_FALSE(actionNamed(window, QStringLiteral("&English"))->isEnabled());
    EXPECT_FALSE(window.setLanguage(QStringLiteral("it")));
    italian->trigger(); // a disabled action does nothing
    QApplication::processEvents();
    EXPECT_EQ(window.language(), QStringLiteral("en"));
    EXPECT_EQ(QLocale().language(), QLocale::English);

    ASSERT_TRUE(spinUntil([&] { return finished; }, 15000));
    EXPECT_TRUE(italian->isEnabled());
    EXPECT_TRUE(window.setLanguage(QStringLiteral("it")));
    EXPECT_EQ(QLocale().language(), QLocale::Italian);
    installLanguage(QStringLiteral("en"));
}

// The proxy query at the end of a run hangs (a PAC script that never returns): the run still
// ends at the query's deadline, and closing the window mid-query returns at once.
TEST(Threads, AHangingProxyQueryNeverHoldsTheWindow)
{
    installLanguage(QStringLiteral("en"));
    ProxyQueryGuard guard;
    auto release = std::make_shared<QSemaphore>();
    ProxyQuery::setQueryForTesting([release](const QString&) {
        release->tryAcquire(1, 30000);
        return QString();
    });
    LoopbackWorld world;

    // 1. Closed while the query hangs: the window goes at once.
    ProxyQuery::setRunTimeoutMs(60000);
    auto* window = new MainWindow(optionsFor(world.profilePath()), false);
    window->show();
    window->start();
    ASSERT_TRUE(spinUntil([&] { return everyRowDone(*window); }, 15000));
    spinUntil([] { return false; }, 200); // the runner is now waiting on the query
    EXPECT_TRUE(window->isRunning()) << "the run waits for the proxy answer";
    QElapsedTimer clock;
    clock.start();
    window->close();
    delete window;
    EXPECT_LT(clock.elapsed(), 1000) << "closing must not wait on the proxy query";

    // 2. Left alone: the run ends at the query's deadline and says the proxy is not known.
    ProxyQuery::setRunTimeoutMs(400);
    MainWindow second(optionsFor(world.profilePath()), false);
    second.show();
    bool finished = false;
    QObject::connect(&second, &MainWindow::runFinished, [&] { finished = true; });
    second.start();
    ASSERT_TRUE(spinUntil([&] { return everyRowDone(second); }, 15000));
    clock.restart();
    ASSERT_TRUE(spinUntil([&] { return finished; }, 5000));
    EXPECT_LT(clock.elapsed(), 2500);
    ASSERT_TRUE(second.report().has_value());
    EXPECT_FALSE(second.report()->host.proxyError.isEmpty());
    release->release(4);
}

TEST(Banner, LeadsWithTheOneRootCause)
{
    installLanguage(QStringLiteral("en"));
    QHash<QString, Status> s{{QStringLiteral("internet.access"), Status::Fail},
                             {QStringLiteral("pbx.dns"), Status::Pass},
                             {QStringLiteral("pbx.https"), Status::Fail},
                             {QStringLiteral("stun.binding"), Status::Fail}};
    const Report report = reportWith(s, Status::Warn);
    VerdictBanner banner;
    banner.showReport(report, QStringLiteral("EUC-TEST"));
    EXPECT_EQ(banner.sentence(), QStringLiteral("Nothing reaches the Internet: names resolve, but "
                                                "every server is silent or refuses the "
                                                "connection."));
    const QStringList lines = banner.detail().split(QLatin1Char('\n'));
    ASSERT_GE(lines.size(), 3);
    EXPECT_TRUE(lines.at(0).startsWith(QStringLiteral("What to do: Check that the router")));
    EXPECT_EQ(lines.at(1), QStringLiteral("These failed because of it: R3, R8."));
    EXPECT_TRUE(lines.last().contains(QStringLiteral("EUC-TEST")));
}

TEST(Banner, NamesTwoProblemsAndWhatTheyMeanForCalls)
{
    installLanguage(QStringLiteral("en"));
    const Report report = reportWith(
        {{QStringLiteral("pbx.webrtc"), Status::Fail}, {QStringLiteral("pbx.rtp"), Status::Fail}},
        Status::Pass);
    VerdictBanner banner;
    banner.showReport(report, QString());
    EXPECT_EQ(banner.sentence(),
              QStringLiteral("2 problems found: Easy UC will not work fully on this network."));
    EXPECT_TRUE(banner.detail().contains(QStringLiteral(
        "R5 Audio and video (RTP, UDP 16384-32768) \u2014 Calls will connect but audio may fail")))
        << banner.detail().toStdString();
    EXPECT_TRUE(banner.detail().contains(QStringLiteral("R4 WebRTC signalling")));
}

TEST(Details, ARequirementThatFollowsFromTheRootCauseSaysSo)
{
    installLanguage(QStringLiteral("en"));
    const Report report = reportWith({{QStringLiteral("internet.access"), Status::Fail},
                                      {QStringLiteral("pbx.dns"), Status::Pass},
                                      {QStringLiteral("pbx.https"), Status::Fail}},
                                     Status::Warn);
    DetailsPanel panel;
    panel.setRootCause(findRootCause(report));
    RequirementResult https = report.entry(QStringLiteral("pbx.https"))->result;
    https.remediation = QStringLiteral("Allow TCP 443.");
    panel.showRequirement(*findRequirement(QStringLiteral("pbx.https")), RowState::Done, https);
    EXPECT_TRUE(panel.remediationText().startsWith(
        QStringLiteral("This follows from the cause shown at the top: Nothing reaches the "
                       "Internet")))
        << panel.remediationText().toStdString();
    // R2 passed: its own advice stays.
    panel.showRequirement(*findRequirement(QStringLiteral("pbx.dns")), RowState::Done,
                          report.entry(QStringLiteral("pbx.dns"))->result);
    EXPECT_FALSE(panel.remediationText().contains(QStringLiteral("follows from")));
    panel.setRootCause(std::nullopt);
    panel.showRequirement(*findRequirement(QStringLiteral("pbx.https")), RowState::Done, https);
    EXPECT_EQ(panel.remediationText(), QStringLiteral("Allow TCP 443."));
}

// --only in the window: the rest are "Not selected", not "Not run", and the verdict is green.
TEST(Details, OnlyRunShowsTheRestAsNotSelected)
{
    installLanguage(QStringLiteral("en"));
    LoopbackWorld world;
    RunOptions options = optionsFor(world.profilePath());
    options.only = {QStringLiteral("pbx.webcti")};
    MainWindow window(options, false);
    window.show();
    bool finished = false;
    QObject::connect(&window, &MainWindow::runFinished, [&] { finished = true; });
    window.start();
    ASSERT_TRUE(spinUntil([&] { return finished; }, 15000));
    ASSERT_TRUE(window.report().has_value());
    EXPECT_EQ(window.report()->overall, Status::Pass);
    const QModelIndex https = window.model()->indexOf(QStringLiteral("pbx.https"));
    EXPECT_TRUE(https.data(ResultModel::UnselectedRole).toBool());
    EXPECT_TRUE(https.siblingAtColumn(ResultModel::StatusColumn)
                    .data()
                    .toString()
                    .endsWith(QStringLiteral("Not selected")));
    const QModelIndex dns = window.model()->indexOf(QStringLiteral("pbx.dns"));
    EXPECT_FALSE(dns.data(ResultModel::UnselectedRole).toBool());
    EXPECT_EQ(window.banner()->sentence(), QStringLiteral("The network is ready for Easy UC."));
}
