#include "calltestpanel.h"
#include "detailspanel.h"
#include "engine/catalogue.h"
#include "engine/i18n.h"
#include "mainwindow.h"
#include "resultmodel.h"
#include "resultview.h"
#include "stallmeter.h"
#include "uifixture.h"
#include "uihelpers.h"
#include "verdictbanner.h"

#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QTest>
#include <gtest/gtest.h>

using namespace easyuc;
using namespace easyuc::test;

namespace {

Status statusOf(const MainWindow& w, const QString& id)
{
    const RequirementResult* r = w.model()->result(w.model()->indexOf(id));
    return r ? r->status : Status::Error;
}

} // namespace

// Rows fill in while the run goes on, not at its end; the verdict, the support code and the
// advice for the first problem follow; the event loop never stalls for long.
TEST(MainWindow, RowsUpdateAsChecksFinishAndTheWindowStaysResponsive)
{
    installLanguage(QStringLiteral("en"));
    LoopbackWorld world;
    MainWindow window(optionsFor(world.profilePath()), false);
    window.show();
    EXPECT_EQ(window.pbxField()->text(), QStringLiteral("localhost")); // taken from the profile

    StallMeter meter;
    int doneWhileRunning = 0;
    QObject::connect(window.model(), &QAbstractItemModel::dataChanged, [&] {
        int done = 0;
        for (const RequirementInfo& info : requirementCatalogue())
            done += window.model()->state(window.model()->indexOf(info.id)) == RowState::Done;
        if (window.isRunning())
            doneWhileRunning = qMax(doneWhileRunning, done);
    });
    bool finished = false;
    QObject::connect(&window, &MainWindow::runFinished, [&] { finished = true; });
    meter.start();
    window.start();
    EXPECT_TRUE(window.isRunning());
    EXPECT_EQ(window.startButton()->text(), MainWindow::tr("Stop"));
    ASSERT_TRUE(spinUntil([&] { return finished; }, 20000));
    meter.stop();
    std::printf("[ stall    ] longest event-loop stall during a full run: %lld ms (%d samples)\n",
                static_cast<long long>(meter.longestStallMs()), meter.samples());
    EXPECT_LT(meter.longestStallMs(), 150);

    EXPECT_GE(doneWhileRunning, 3) << "results must appear while the run is going on";
    EXPECT_FALSE(window.isRunning());
    EXPECT_EQ(statusOf(window, QStringLiteral("pbx.dns")), Status::Pass);
    EXPECT_EQ(statusOf(window, QStringLiteral("pbx.https")), Status::Pass);
    EXPECT_EQ(statusOf(window, QStringLiteral("pbx.webcti")), Status::Pass);
    EXPECT_EQ(statusOf(window, QStringLiteral("pbx.webrtc")), Status::Fail);
    ASSERT_TRUE(window.report().has_value());
    EXPECT_EQ(window.report()->overall, Status::Fail);
    EXPECT_FALSE(window.banner()->sentence().isEmpty());

    // The first failed requirement is selected and its advice shown.
    const RequirementInfo* selected = window.model()->requirement(window.view()->currentIndex());
    ASSERT_NE(selected, nullptr);
    EXPECT_EQ(statusOf(window, selected->id), Status::Fail);
    EXPECT_FALSE(window.details()->remediationText().isEmpty());
    EXPECT_GT(window.details()->evidenceTable()->rowCount(), 0);

    // Export: JSON schema 1 of the same run.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.json"));
    QString error;
    ASSERT_TRUE(window.exportReport(path, &error)) << error.toStdString();
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(QJsonDocument::fromJson(f.readAll()).object().value(QStringLiteral("schema")).toInt(),
              1);

    // "Save report to the Desktop": a PDF lands on the (test's) Desktop.
    const QByteArray oldHome = qgetenv("HOME");
    const QByteArray oldConfig = qgetenv("XDG_CONFIG_HOME");
    qputenv("HOME", dir.path().toUtf8());
    qputenv("XDG_CONFIG_HOME", dir.filePath(QStringLiteral("config")).toUtf8());
    QDir(dir.path()).mkpath(QStringLiteral("Desktop"));
    const QString saved = window.saveToDesktop();
    qputenv("HOME", oldHome);
    qputenv("XDG_CONFIG_HOME", oldConfig);
    EXPECT_TRUE(saved.startsWith(dir.filePath(QStringLiteral("Desktop")))) << saved.toStdString();
    EXPECT_TRUE(saved.endsWith(QStringLiteral(".pdf"))) << saved.toStdString();
    EXPECT_GT(QFileInfo(saved).size(), 1000);
}

TEST(MainWindow, StopCancelsTheRun)
{
    installLanguage(QStringLiteral("en"));
    LoopbackWorld world(/*silent=*/true, /*checkMs=*/8000);
    MainWindow window(optionsFor(world.profilePath()), false);
    window.show();
    bool finished = false;
    QObject::connect(&window, &MainWindow::runFinished, [&] { finished = true; });
    window.start();
    ASSERT_TRUE(spinUntil([&] { return !window.model()->runningIndexes().isEmpty(); }, 5000));
    QElapsedTimer clock;
    clock.start();
    window.stop();
    ASSERT_TRUE(spinUntil([&] { return finished; }, 4000)) << "Stop must end the run at once";
    EXPECT_LT(clock.elapsed(), 3000);
    EXPECT_TRUE(window.model()->runningIndexes().isEmpty());
    EXPECT_EQ(window.startButton()->text(), MainWindow::tr("Start"));
    // Nothing unmeasured is green.
    EXPECT_NE(statusOf(window, QStringLiteral("pbx.https")), Status::Pass);
}

TEST(MainWindow, LanguageSwitchRetranslatesEverythingVisible)
{
    installLanguage(QStringLiteral("en"));
    LoopbackWorld world;
    MainWindow window(optionsFor(world.profilePath()), false);
    window.resize(1400, 900);
    window.show();
    window.view()->setCurrentIndex(window.model()->indexOf(QStringLiteral("pbx.https")));
    QApplication::processEvents();
    const QStringList english = visibleTexts(window);

    MarkingTranslator marker;
    QCoreApplication::installTranslator(&marker);
    QApplication::processEvents();
    for (const QString& text : visibleTexts(window)) {
        if (!text.isEmpty()) {
            EXPECT_TRUE(text.contains(QStringLiteral("⟦")))
                << "not retranslated: " << text.toStdString();
        }
    }
    QCoreApplication::removeTranslator(&marker);
    QApplication::processEvents();
    EXPECT_EQ(visibleTexts(window), english);

    // The real Italian catalogue, chosen from the menu's action.
    window.setLanguage(QStringLiteral("it"));
    QApplication::processEvents();
    EXPECT_EQ(window.language(), QStringLiteral("it"));
    EXPECT_EQ(window.model()->index(0, 0).data().toString(), QStringLiteral("Accesso a Internet"));
    EXPECT_NE(visibleTexts(window), english);
    window.setLanguage(QStringLiteral("en"));
    QApplication::processEvents();
    EXPECT_EQ(visibleTexts(window), english);
}

TEST(MainWindow, PbxFieldIsValidatedAsYouType)
{
    installLanguage(QStringLiteral("en"));
    MainWindow window(RunOptions{}, false);
    window.show();
    window.pbxField()->setText(QStringLiteral("pbx_1 example!"));
    EXPECT_FALSE(window.startButton()->isEnabled());
    EXPECT_FALSE(window.pbxField()->accessibleDescription().isEmpty());
    window.pbxField()->setText(QStringLiteral("pbx.example.com"));
    EXPECT_TRUE(window.startButton()->isEnabled());
    EXPECT_TRUE(window.pbxField()->accessibleDescription().isEmpty());
    // What people paste is accepted, and the hint says what was taken from it.
    window.pbxField()->setText(QStringLiteral("https://pbx.example.com:7443/"));
    EXPECT_TRUE(window.startButton()->isEnabled());
    EXPECT_EQ(window.pbxField()->accessibleDescription(),
              QStringLiteral("Using \"pbx.example.com\" (taken from "
                             "\"https://pbx.example.com:7443/\")."));
    // An IP address runs, with the hint that Easy UC needs the name.
    window.pbxField()->setText(QStringLiteral("198.51.100.10"));
    EXPECT_TRUE(window.startButton()->isEnabled());
    EXPECT_TRUE(window.pbxField()->accessibleDescription().contains(QStringLiteral("IP address")))
        << window.pbxField()->accessibleDescription().toStdString();
}

// First start: a hint says where the PBX name goes, until one is typed; never again after.
// The window's geometry and the last PBX address come back at the next start.
TEST(MainWindow, FirstRunHintOnceThenGeometryAndPbxRemembered)
{
    installLanguage(QStringLiteral("en"));
    QSettings().clear();
    {
        MainWindow first(RunOptions{}, false);
        first.show();
        EXPECT_TRUE(first.firstRunHint()->isVisible());
        EXPECT_TRUE(first.firstRunHint()->text().contains(QStringLiteral("phone system")));
        QTest::keyClicks(first.pbxField(), QStringLiteral("pbx.example.com"));
        EXPECT_FALSE(first.firstRunHint()->isVisible());
        first.setGeometry(40, 50, 700, 560);
        first.close();
    }
    MainWindow second(RunOptions{}, false);
    second.show();
    EXPECT_FALSE(second.firstRunHint()->isVisible());
    EXPECT_EQ(second.pbxField()->text(), QStringLiteral("pbx.example.com"));
    EXPECT_EQ(second.size(), QSize(700, 560));
    second.pbxField()->clear();
    second.close();
    MainWindow third(RunOptions{}, false);
    third.show();
    EXPECT_FALSE(third.firstRunHint()->isVisible())
        << "the hint is shown once, not per empty field";
}

TEST(MainWindow, KeyboardAlone)
{
    installLanguage(QStringLiteral("en"));
    LoopbackWorld world;
    MainWindow window(optionsFor(world.profilePath()), false);
    window.show();
    QApplication::setActiveWindow(&window);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));

    // Ctrl+L: the PBX field; Tab: Start, "Test a call", then the requirement list.
    QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
    EXPECT_EQ(QApplication::focusWidget(), window.pbxField());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget(), window.startButton());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget(), window.callTestPanel()->button());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    EXPECT_EQ(QApplication::focusWidget(), window.view());

    // Arrows walk the rows; the details follow; Enter jumps into the evidence.
    window.view()->setCurrentIndex(window.model()->index(0, 0));
    QTest::keyClick(window.view(), Qt::Key_Down);
    const RequirementInfo* info = window.model()->requirement(window.view()->currentIndex());
    ASSERT_NE(info, nullptr);
    EXPECT_EQ(info->id, QStringLiteral("internet.access"));
    QTest::keyClick(window.view(), Qt::Key_Down);
    EXPECT_EQ(window.model()->requirement(window.view()->currentIndex())->id,
              QStringLiteral("pbx.dns"));
    QTest::keyClick(window.view(), Qt::Key_Return);
    EXPECT_EQ(QApplication::focusWidget(), window.details()->evidenceTable());

    // F5 starts, Esc stops.
    bool finished = false;
    QObject::connect(&window, &MainWindow::runFinished, [&] { finished = true; });
    QTest::keyClick(&window, Qt::Key_F5);
    EXPECT_TRUE(window.isRunning());
    QTest::keyClick(&window, Qt::Key_Escape);
    EXPECT_TRUE(spinUntil([&] { return finished; }, 5000));
}
