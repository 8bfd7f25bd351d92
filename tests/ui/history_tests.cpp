// The history window (issue 16): past runs, open read-only, compare, clear, monitor.
#include "engine/i18n.h"
#include "history/historystore.h"
#include "history/historytestdata.h"
#include "historydialogs.h"
#include "historywindow.h"
#include "mainactions.h"
#include "mainwindow.h"
#include "monitorpanel.h"
#include "uifixture.h"
#include "uihelpers.h"

#include <QCheckBox>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>
#include <cstdio>
#include <gtest/gtest.h>

using namespace easyuc;
using namespace easyuc::test;

namespace {

const QDateTime kT0 = QDateTime(QDate(2026, 11, 29), QTime(8, 0), Qt::UTC);

// Each test its own history folder, never the user's.
class HistoryFolder
{
public:
    HistoryFolder() { qputenv("EASYUC_HISTORY_DIR", m_dir.path().toUtf8()); }
    ~HistoryFolder() { qunsetenv("EASYUC_HISTORY_DIR"); }
    QString path() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
};

void save(QWidget* widget, const QString& name)
{
    QDir().mkpath(QStringLiteral(EASYUC_UI_SCREENSHOT_DIR));
    const QString path = QStringLiteral(EASYUC_UI_SCREENSHOT_DIR "/%1.png").arg(name);
    spinUntil([] { return false; }, 100);
    EXPECT_TRUE(widget->grab().save(path)) << path.toStdString();
    std::printf("[ screen   ] %s\n", qPrintable(path));
}

} // namespace

TEST(HistoryWindow, ListsOpensComparesAndClears)
{
    installLanguage(QStringLiteral("en"));
    HistoryFolder folder;
    HistoryStore store;
    QString error;
    const Report healthy = sampleReport(kT0, {}, 21);
    Report failing = sampleReport(kT0.addSecs(3600), QStringLiteral("pbx.webrtc"), 64);
    failing.host.publicAddresses = {QStringLiteral("203.0.113.3")};
    ASSERT_TRUE(store.record(healthy, &error));
    ASSERT_TRUE(store.record(failing, &error));

    HistoryWindow window([](Profile*, QString* e) {
        *e = QStringLiteral("no runs in this test");
        return false;
    });
    window.resize(900, 520);
    window.show();
    QTreeWidget* list = window.list();
    ASSERT_EQ(list->topLevelItemCount(), 2);
    EXPECT_EQ(list->topLevelItem(0)->data(0, Qt::UserRole).toString(), failing.runId);
    EXPECT_EQ(list->topLevelItem(0)->text(2), QStringLiteral("Failed"));
    EXPECT_FALSE(list->topLevelItem(0)->icon(2).isNull()); // the verdict light
    EXPECT_EQ(list->topLevelItem(1)->text(1), QStringLiteral("pbx.lab.test"));
    EXPECT_FALSE(list->accessibleName().isEmpty());
    for (QPushButton* b : window.findChildren<QPushButton*>())
        EXPECT_FALSE(b->text().isEmpty() && b->accessibleName().isEmpty());
    list->selectAll();
    save(&window, QStringLiteral("history-en"));

    auto* compare = qobject_cast<CompareDialog*>(window.compareSelected());
    ASSERT_NE(compare, nullptr);
    QTableWidget* table = compare->table();
    // Before → after (oldest first), the changed requirement leads, then the changed figures.
    EXPECT_TRUE(table->item(0, 0)->text().startsWith(QStringLiteral("R4 ")));
    EXPECT_TRUE(table->item(0, 1)->text().contains(QStringLiteral("OK")));
    EXPECT_TRUE(table->item(0, 2)->text().contains(QStringLiteral("Failed")));
    EXPECT_EQ(table->item(1, 0)->text(), QStringLiteral("Round-trip time"));
    EXPECT_EQ(table->item(2, 0)->text(), QStringLiteral("Public address"));
    EXPECT_TRUE(table->item(3, 3)->text().isEmpty());
    EXPECT_TRUE(table->item(0, 0)->font().bold());
    compare->resize(1000, 640);
    save(compare, QStringLiteral("compare-en"));
    compare->close();

    list->clearSelection();
    list->topLevelItem(0)->setSelected(true);
    auto* opened = qobject_cast<RunReportDialog*>(window.openSelected());
    ASSERT_NE(opened, nullptr);
    EXPECT_TRUE(opened->browser()->toPlainText().contains(failing.runId));
    QTemporaryDir out;
    EXPECT_TRUE(opened->exportTo(out.filePath(QStringLiteral("again.html")), &error))
        << error.toStdString();
    opened->resize(900, 700);
    save(opened, QStringLiteral("history-open-en"));
    opened->close();

    EXPECT_EQ(window.clearHistory(false), 2);
    EXPECT_EQ(list->topLevelItemCount(), 0);
    EXPECT_TRUE(HistoryStore().entries().isEmpty());
}

// Two monitored runs against the loopback world, the floor lowered by the test-only variable.
TEST(HistoryWindow, MonitorRunsTwiceThenStops)
{
    installLanguage(QStringLiteral("en"));
    HistoryFolder folder;
    qputenv("EASYUC_TEST_MIN_INTERVAL_S", "1");
    LoopbackWorld world;
    MainWindow main(optionsFor(world.profilePath()), false);
    main.pbxField()->setText(QStringLiteral("localhost"));
    HistoryWindow* window = main.showHistory();
    MonitorPanel* monitor = window->monitor();
    window->tabs()->setCurrentWidget(monitor);
    EXPECT_EQ(monitor->intervalField()->minimum(), 1);
    monitor->intervalField()->setValue(1);
    monitor->countField()->setValue(2);
    monitor->reachabilityOnly()->setChecked(true);
    EXPECT_FALSE(monitor->withCallTest()->isChecked()) << "a call test in each run is opt-in";
    EXPECT_FALSE(monitor->withCallTest()->accessibleDescription().isEmpty());
    bool stopped = false;
    QObject::connect(monitor, &MonitorPanel::stopped, [&] { stopped = true; });
    ASSERT_TRUE(monitor->start());
    EXPECT_FALSE(monitor->intervalField()->isEnabled());
    EXPECT_FALSE(monitor->withCallTest()->isEnabled());
    ASSERT_TRUE(spinUntil([&] { return stopped; }, 40000));
    qunsetenv("EASYUC_TEST_MIN_INTERVAL_S");
    EXPECT_EQ(monitor->timeline()->rowCount(), 2);
    ASSERT_TRUE(monitor->summary().has_value());
    EXPECT_EQ(monitor->summary()->points().size(), 2);
    // Reachability only: R5 (RTP) was not selected.
    EXPECT_FALSE(monitor->summary()->points().first().statuses.contains(QStringLiteral("pbx.rtp")));
    EXPECT_TRUE(
        monitor->summary()->points().first().statuses.contains(QStringLiteral("pbx.https")));
    EXPECT_EQ(HistoryStore().entries().size(), 2);
    EXPECT_EQ(window->list()->topLevelItemCount(), 2);
    window->resize(900, 620);
    save(window, QStringLiteral("monitor-en"));
    // The floor outside tests: a minute.
    EXPECT_EQ(MonitorPanel([](Profile*, QString*) { return false; }).intervalField()->minimum(),
              60);
}

TEST(HistoryWindow, TheMainWindowOpensItWithCtrlH)
{
    installLanguage(QStringLiteral("en"));
    HistoryFolder folder;
    MainWindow main(RunOptions{}, false);
    QAction* action = nullptr;
    for (QAction* a : main.findChildren<QAction*>())
        if (a->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_H))
            action = a;
    ASSERT_NE(action, nullptr);
    action->trigger();
    auto* window = main.findChild<HistoryWindow*>();
    ASSERT_NE(window, nullptr);
    EXPECT_TRUE(window->isVisible());
    window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(window, 2000));
    QTest::keyClick(window->list(), Qt::Key_Escape);
    EXPECT_FALSE(window->isVisible());
    action->trigger();
    EXPECT_TRUE(window->isVisible());
    main.close();
    EXPECT_FALSE(window->isVisible());
}

// Monitoring until stopped: closing the window stops it at once, the run in progress included.
TEST(HistoryWindow, TheMonitorStopsWhenItsWindowCloses)
{
    installLanguage(QStringLiteral("en"));
    HistoryFolder folder;
    LoopbackWorld world;
    MainWindow main(optionsFor(world.profilePath()), false);
    HistoryWindow* window = main.showHistory();
    MonitorPanel* monitor = window->monitor();
    EXPECT_EQ(monitor->intervalField()->minimum(), 60);
    monitor->countField()->setValue(0); // until stopped
    EXPECT_EQ(monitor->countField()->text(), QStringLiteral("until stopped"));
    bool stopped = false;
    QObject::connect(monitor, &MonitorPanel::stopped, [&] { stopped = true; });
    ASSERT_TRUE(monitor->start());
    EXPECT_TRUE(monitor->isMonitoring());
    window->close();
    EXPECT_TRUE(stopped);
    EXPECT_FALSE(monitor->isMonitoring());
    // The cancelled run still ends (and is kept), but it is no point of the period.
    spinUntil([] { return false; }, 1500);
    EXPECT_TRUE(monitor->summary()->points().isEmpty());
}
