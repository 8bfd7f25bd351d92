// A profile that cannot be used is never replaced silently: the window asks, naming the file
// and the key, and goes on with the built-in profile only when told to.
#include "engine/i18n.h"
#include "mainwindow.h"
#include "uihelpers.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <gtest/gtest.h>

using namespace easyuc;
using namespace easyuc::test;

namespace {

QString writeFile(const QTemporaryDir& dir, const char* name, const QByteArray& text)
{
    const QString path = dir.filePath(QString::fromLatin1(name));
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(text);
    return path;
}

} // namespace

TEST(ProfileDialog, AnInvalidProfileIsAskedAboutWithFileAndKey)
{
    installLanguage(QStringLiteral("en"));
    QTemporaryDir dir;
    RunOptions o;
    o.profilePath =
        writeFile(dir, "broken.json", R"({"schema": 1, "name": "x", "checkTimeoutMs": "soon"})");
    {
        MainWindow window(o, true);
        window.show();
        ASSERT_TRUE(spinUntil([&] { return window.profileDialog() != nullptr; }, 2000));
        ProfileErrorDialog* dialog = window.profileDialog();
        EXPECT_TRUE(dialog->isVisible());
        EXPECT_TRUE(dialog->text().contains(QStringLiteral("broken.json")));
        EXPECT_TRUE(dialog->informativeText().contains(QStringLiteral("checkTimeoutMs")))
            << dialog->informativeText().toStdString();
        // --run waits for the answer: nothing runs behind the question.
        spinUntil([] { return false; }, 300);
        EXPECT_FALSE(window.isRunning());
        dialog->quitButton()->click();
        EXPECT_TRUE(spinUntil([&] { return !window.isVisible(); }, 2000));
        EXPECT_FALSE(window.isRunning());
    }
    // The built-in profile instead. Without --run, so that no check starts: the built-in
    // profile names real Internet hosts, and tests send nothing beyond loopback.
    MainWindow window(o, false);
    window.show();
    ASSERT_TRUE(spinUntil([&] { return window.profileDialog() != nullptr; }, 2000));
    window.profileDialog()->useBuiltInButton()->click();
    EXPECT_TRUE(spinUntil([&] { return window.profileDialog() == nullptr; }, 2000));
    EXPECT_TRUE(window.statusBar()->currentMessage().contains(QStringLiteral("broken.json")));
    EXPECT_FALSE(window.isRunning());
}

TEST(ProfileDialog, SpeaksItalianAndQuitsWhenAsked)
{
    installLanguage(QStringLiteral("it"));
    QTemporaryDir dir;
    RunOptions o;
    o.profilePath = dir.filePath(QStringLiteral("none.json")); // does not exist
    MainWindow window(o, false);
    window.show();
    ASSERT_TRUE(spinUntil([&] { return window.profileDialog() != nullptr; }, 2000));
    ProfileErrorDialog* dialog = window.profileDialog();
    EXPECT_EQ(dialog->useBuiltInButton()->text(), QStringLiteral("Usa il profilo &integrato"));
    EXPECT_TRUE(dialog->text().contains(QStringLiteral("non può essere usato")));
    dialog->quitButton()->click();
    EXPECT_TRUE(spinUntil([&] { return !window.isVisible(); }, 2000));
    installLanguage(QStringLiteral("en"));
}
