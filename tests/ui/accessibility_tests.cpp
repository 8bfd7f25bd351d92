// Every light and button can be named and explained by a screen reader, and the whole run —
// start, copy, save — works from the keyboard alone.
#include "engine/i18n.h"
#include "lightwidget.h"
#include "mainwindow.h"
#include "resultmodel.h"
#include "uifixture.h"
#include "uihelpers.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

using namespace easyuc;
using namespace easyuc::test;

namespace {

// Name and description as assistive technology reads them (QAccessibleInterface).
void expectNamedAndDescribed(QWidget* w, const char* what)
{
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(w);
    ASSERT_NE(iface, nullptr) << what;
    EXPECT_FALSE(iface->text(QAccessible::Name).trimmed().isEmpty())
        << what << " " << w->metaObject()->className() << " " << qPrintable(w->objectName());
    EXPECT_FALSE(iface->text(QAccessible::Description).trimmed().isEmpty())
        << what << " " << w->metaObject()->className() << " "
        << qPrintable(iface->text(QAccessible::Name));
}

void expectEveryLightAndButton(MainWindow& window)
{
    const auto buttons = window.findChildren<QAbstractButton*>();
    EXPECT_GE(buttons.size(), 5);
    for (QAbstractButton* b : buttons)
        if (b->isVisibleTo(&window))
            expectNamedAndDescribed(b, "button");
    const auto lights = window.findChildren<LightWidget*>();
    EXPECT_GE(lights.size(), 2);
    for (LightWidget* l : lights)
        expectNamedAndDescribed(l, "light");
}

} // namespace

TEST(Accessibility, EveryLightAndButtonHasANameAndADescription)
{
    installLanguage(QStringLiteral("en"));
    LoopbackWorld world;
    MainWindow window(optionsFor(world.profilePath()), false);
    window.show();
    expectEveryLightAndButton(window);

    bool finished = false;
    QObject::connect(&window, &MainWindow::runFinished, [&] { finished = true; });
    window.start();
    ASSERT_TRUE(spinUntil([&] { return finished; }, 20000));
    expectEveryLightAndButton(window);
    // The lights of the list: each row's status in words, and what it means.
    const QModelIndex row = window.model()->indexOf(QStringLiteral("pbx.webrtc"));
    EXPECT_TRUE(row.data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("Failed")));
    EXPECT_FALSE(row.data(Qt::AccessibleDescriptionRole).toString().isEmpty());

    installLanguage(QStringLiteral("it"));
    QApplication::processEvents();
    expectEveryLightAndButton(window);
    installLanguage(QStringLiteral("en"));
}

TEST(Accessibility, RunCopyAndSaveFromTheKeyboardAlone)
{
    installLanguage(QStringLiteral("en"));
    LoopbackWorld world;
    MainWindow window(optionsFor(world.profilePath()), false);
    window.show();
    QApplication::setActiveWindow(&window);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));

    bool finished = false;
    QObject::connect(&window, &MainWindow::runFinished, [&] { finished = true; });
    QTest::keyClick(&window, Qt::Key_F5);
    ASSERT_TRUE(spinUntil([&] { return finished; }, 20000));

    QGuiApplication::clipboard()->clear();
    QTest::keyClick(&window, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_TRUE(QGuiApplication::clipboard()->text().contains(QStringLiteral("EUC-")));

    QTemporaryDir dir;
    const QByteArray oldHome = qgetenv("HOME");
    const QByteArray oldConfig = qgetenv("XDG_CONFIG_HOME");
    qputenv("HOME", dir.path().toUtf8());
    qputenv("XDG_CONFIG_HOME", dir.filePath(QStringLiteral("config")).toUtf8());
    QDir(dir.path()).mkpath(QStringLiteral("Desktop"));
    QTest::keyClick(&window, Qt::Key_S, Qt::ControlModifier);
    qputenv("HOME", oldHome);
    qputenv("XDG_CONFIG_HOME", oldConfig);
    const QStringList saved =
        QDir(dir.filePath(QStringLiteral("Desktop"))).entryList({QStringLiteral("*.pdf")});
    ASSERT_EQ(saved.size(), 1);
    EXPECT_GT(
        QFileInfo(QDir(dir.filePath(QStringLiteral("Desktop"))).filePath(saved.first())).size(),
        1000);
}
