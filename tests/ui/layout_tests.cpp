// The layout promises at the smallest supported screen (1366×768): the selected requirement's
// "What to do" is visible without scrolling and no requirement title is cut off, in English and
// in Italian (the longer titles). The screenshots are kept for people to look at; run with
// QT_SCALE_FACTOR=1.5 or 2 for the high-DPI ones.
#include "detailspanel.h"
#include "engine/catalogue.h"
#include "engine/i18n.h"
#include "mainwindow.h"
#include "resultmodel.h"
#include "resultview.h"
#include "uifixture.h"
#include "uihelpers.h"

#include <QApplication>
#include <QDir>
#include <QScrollArea>
#include <gtest/gtest.h>

using namespace easyuc;
using namespace easyuc::test;

namespace {

void expectLayoutAt1366(const QString& lang)
{
    installLanguage(lang);
    LoopbackWorld world;
    RunOptions options;
    options.profilePath = world.profilePath();
    MainWindow window(options, false);
    // A 1366×768 screen less a task bar and the window frame.
    window.resize(1366, 720);
    window.show();
    bool finished = false;
    QObject::connect(&window, &MainWindow::runFinished, [&] { finished = true; });
    window.start();
    ASSERT_TRUE(spinUntil([&] { return finished; }, 20000));
    spinUntil([] { return false; }, 200);

    // The run selects its first problem (R4 here): its action is in view, unscrolled.
    QWidget* todo = nullptr;
    for (QWidget* w : window.details()->findChildren<QWidget*>())
        if (w->accessibleName() == DetailsPanel::tr("What to do"))
            todo = w;
    ASSERT_NE(todo, nullptr);
    EXPECT_TRUE(todo->isVisible());
    EXPECT_FALSE(window.details()->remediationText().isEmpty());
    auto* scroll = qobject_cast<QScrollArea*>(window.details()->parentWidget()->parentWidget());
    QWidget* viewport = scroll ? scroll->viewport() : window.centralWidget();
    const QRect box(todo->mapTo(viewport, QPoint(0, 0)), todo->size());
    EXPECT_TRUE(viewport->rect().contains(box))
        << "the action box " << box.y() << "+" << box.height() << " falls outside the "
        << viewport->height() << " px of the details";

    // Every requirement title whole in its column.
    ResultView* view = window.view();
    const QFontMetrics fm(view->font());
    for (const RequirementInfo& info : requirementCatalogue()) {
        const QModelIndex row = window.model()->indexOf(info.id);
        const QModelIndex title = row.siblingAtColumn(ResultModel::TitleColumn);
        const int needed = fm.horizontalAdvance(info.title());
        // The delegate keeps a 3 px text margin each side (QStyle::PM_FocusFrameHMargin + 1).
        EXPECT_GE(view->columnWidth(ResultModel::TitleColumn), needed + 6)
            << info.label().toStdString() << " " << info.title().toStdString() << " needs "
            << needed << " px";
        Q_UNUSED(title)
    }

    QDir().mkpath(QStringLiteral(EASYUC_UI_SCREENSHOT_DIR));
    const QString scale = qEnvironmentVariable("QT_SCALE_FACTOR", QStringLiteral("1"));
    const QString path =
        QStringLiteral(EASYUC_UI_SCREENSHOT_DIR "/1366-%1-x%2.png").arg(lang, scale);
    EXPECT_TRUE(window.grab().save(path));
    std::printf("[ screen   ] %s\n", qPrintable(path));
    installLanguage(QStringLiteral("en"));
}

} // namespace

TEST(Layout, ActionVisibleAndTitlesWholeAt1366x768English)
{
    expectLayoutAt1366(QStringLiteral("en"));
}

TEST(Layout, ActionVisibleAndTitlesWholeAt1366x768Italian)
{
    expectLayoutAt1366(QStringLiteral("it"));
}
