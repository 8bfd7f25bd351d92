// What users notice: the summary on the clipboard, the title, the idle progress, where the
// report is saved when there is no Desktop, and a list that stays on the screen.
#include "engine/i18n.h"
#include "mainwindow.h"
#include "resultmodel.h"
#include "resultview.h"
#include "uifixture.h"
#include "uihelpers.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QProgressBar>
#include <QStatusBar>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace easyuc;
using namespace easyuc::test;

namespace {

} // namespace

TEST(SmallThings, TitleOnceAndNothingSaidWhileIdle)
{
    installLanguage(QStringLiteral("en"));
    LoopbackWorld world;
    MainWindow window(optionsFor(world.profilePath()), false);
    window.show();
    // The platform appends the display name unless it equals the title: never twice.
    EXPECT_EQ(window.windowTitle(), QGuiApplication::applicationDisplayName());
    const auto* progress = window.statusBar()->findChild<QProgressBar*>();
    ASSERT_NE(progress, nullptr);
    EXPECT_FALSE(progress->isVisible() && progress->isTextVisible())
        << progress->text().toStdString();
}

TEST(SmallThings, CopySummaryIsASummaryAndOnlyTheProblemUnfolds)
{
    installLanguage(QStringLiteral("en"));
    LoopbackWorld world;
    MainWindow window(optionsFor(world.profilePath()), false);
    window.show();
    bool finished = false;
    QObject::connect(&window, &MainWindow::runFinished, [&] { finished = true; });
    window.start();
    ASSERT_TRUE(spinUntil([&] { return finished; }, 20000));
    ASSERT_TRUE(window.report().has_value());

    window.copySummary();
    const QString text = QGuiApplication::clipboard()->text();
    EXPECT_TRUE(text.contains(QStringLiteral("Support code: EUC-"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("What to do:"))) << text.toStdString();
    // R4 fails in this world: its line names it and says what to do.
    bool r4 = false;
    for (const QString& line : text.split(QLatin1Char('\n')))
        r4 = r4 ||
             (line.startsWith(QStringLiteral("R4 ")) && line.contains(QStringLiteral("Failed")) &&
              line.contains(QStringLiteral("Allow")));
    EXPECT_TRUE(r4) << text.toStdString();
    // A summary, not the report: no line for green requirements, no evidence.
    EXPECT_FALSE(text.contains(QStringLiteral("R2 "))) << text.toStdString();
    EXPECT_LT(text.count(QLatin1Char('\n')), 20) << text.toStdString();

    // Sub-rows: only the selected problem is unfolded.
    int expanded = 0;
    for (const RequirementInfo& info : requirementCatalogue()) {
        const QModelIndex row = window.model()->indexOf(info.id);
        if (window.model()->rowCount(row) > 0 && window.view()->isExpanded(row))
            ++expanded;
    }
    EXPECT_LE(expanded, 1);
}

TEST(SmallThings, WithoutADesktopTheReportGoesToDocumentsAndSaysWhere)
{
    installLanguage(QStringLiteral("en"));
    LoopbackWorld world;
    MainWindow window(optionsFor(world.profilePath()), false);
    bool finished = false;
    QObject::connect(&window, &MainWindow::runFinished, [&] { finished = true; });
    window.start();
    ASSERT_TRUE(spinUntil([&] { return finished; }, 20000));

    QTemporaryDir dir;
    const QByteArray oldHome = qgetenv("HOME");
    const QByteArray oldConfig = qgetenv("XDG_CONFIG_HOME");
    qputenv("HOME", dir.path().toUtf8());
    qputenv("XDG_CONFIG_HOME", dir.filePath(QStringLiteral("config")).toUtf8());
    QDir(dir.path()).mkpath(QStringLiteral("Documents")); // and no Desktop
    const QString saved = window.saveToDesktop();
    qputenv("HOME", oldHome);
    qputenv("XDG_CONFIG_HOME", oldConfig);
    EXPECT_TRUE(saved.startsWith(dir.filePath(QStringLiteral("Documents")))) << saved.toStdString();
    EXPECT_TRUE(window.statusBar()->currentMessage().contains(QDir::toNativeSeparators(saved)))
        << window.statusBar()->currentMessage().toStdString();
}
