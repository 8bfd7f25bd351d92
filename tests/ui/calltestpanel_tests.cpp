// Issue 14 in the window: the "Test a call" button and the live call-test panel.
#include "callchart.h"
#include "calltestpanel.h"
#include "engine/i18n.h"
#include "mainwindow.h"
#include "uifixture.h"
#include "uihelpers.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <gtest/gtest.h>

using namespace easyuc;
using namespace easyuc::test;

// A short call test to the loopback STUN server: the chart grows while the run goes on (the
// engine's updates reach the GUI thread every second), the figures and the report carry it.
TEST(CallTestPanel, ChartGrowsLiveAndTheReportCarriesTheCall)
{
    installLanguage(QStringLiteral("en"));
    LoopbackWorld world;
    MainWindow window(optionsFor(world.profilePath()), false);
    window.show();
    CallTestPanel* panel = window.callTestPanel();
    ASSERT_NE(panel, nullptr);
    EXPECT_FALSE(panel->isVisible()); // no call test yet: no empty chart either
    EXPECT_TRUE(panel->button()->isEnabled());
    bool finished = false;
    QObject::connect(&window, &MainWindow::runFinished, [&] { finished = true; });
    window.resize(1200, 820);
    window.startCallTest(3);
    EXPECT_TRUE(panel->isVisible());
    EXPECT_FALSE(panel->button()->isEnabled()); // one run at a time
    int liveSeconds = 0;
    bool shot = false;
    ASSERT_TRUE(spinUntil(
        [&] {
            if (window.isRunning())
                liveSeconds = qMax(liveSeconds, int(panel->chart()->result().series.size()));
            if (liveSeconds >= 2 && window.isRunning() && !shot) {
                // The window in mid-call, for people to look at (as the Screenshot tests do).
                shot = true;
                QDir().mkpath(QStringLiteral(EASYUC_UI_SCREENSHOT_DIR));
                const QString path = QStringLiteral(EASYUC_UI_SCREENSHOT_DIR "/calltest-live.png");
                EXPECT_TRUE(window.grab().save(path));
                std::printf("[ screen   ] %s\n", qPrintable(path));
            }
            return finished;
        },
        20000));
    EXPECT_GE(liveSeconds, 1) << "the chart must fill in while the call goes on";
    EXPECT_TRUE(panel->button()->isEnabled());
    const CallTestResult& shown = panel->chart()->result();
    EXPECT_TRUE(shown.ran);
    EXPECT_EQ(shown.series.size(), 3);
    EXPECT_EQ(shown.targetKind, QStringLiteral("stun"));
    EXPECT_TRUE(panel->figures()->text().startsWith(QStringLiteral("Call test: MOS ")))
        << panel->figures()->text().toStdString();
    ASSERT_TRUE(window.report().has_value());
    EXPECT_EQ(window.report()->callTest.series.size(), 3);
    EXPECT_EQ(window.report()->callTest.packetsSent, 150);
    // A plain run afterwards hides the panel again.
    finished = false;
    window.start();
    EXPECT_FALSE(panel->isVisible());
    ASSERT_TRUE(spinUntil([&] { return finished; }, 20000));
    EXPECT_FALSE(window.report()->callTest.ran);
}

// The button is reachable and named for assistive technology, starts a 30-second call test
// (Alt+C), and Stop ends it without waiting for the call.
TEST(CallTestPanel, ButtonByKeyboardStartsAThirtySecondCallAndStopEndsIt)
{
    installLanguage(QStringLiteral("en"));
    LoopbackWorld world;
    MainWindow window(optionsFor(world.profilePath()), false);
    window.show();
    QPushButton* button = window.callTestPanel()->button();
    EXPECT_EQ(button->text(), QStringLiteral("Test a &call (30 s)"));
    EXPECT_EQ(button->accessibleName(), QStringLiteral("Test a call"));
    EXPECT_FALSE(button->accessibleDescription().isEmpty());
    EXPECT_NE(button->focusPolicy() & Qt::TabFocus, 0);
    bool finished = false;
    QObject::connect(&window, &MainWindow::runFinished, [&] { finished = true; });
    QApplication::setActiveWindow(&window);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_C, Qt::AltModifier);
    ASSERT_TRUE(spinUntil([&] { return window.isRunning(); }, 2000));
    EXPECT_TRUE(window.callTestPanel()->isVisible());
    ASSERT_TRUE(spinUntil(
        [&] { return !window.callTestPanel()->chart()->result().series.isEmpty(); }, 10000));
    QElapsedTimer clock;
    clock.start();
    window.stop();
    ASSERT_TRUE(spinUntil([&] { return finished; }, 5000));
    EXPECT_LT(clock.elapsed(), 3000);
    ASSERT_TRUE(window.report().has_value());
    EXPECT_EQ(window.report()->callTest.durationS, 30);
}
