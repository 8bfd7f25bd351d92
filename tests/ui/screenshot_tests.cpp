#include "engine/i18n.h"
#include "mainwindow.h"
#include "uifixture.h"
#include "uihelpers.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QPalette>
#include <QSettings>
#include <QStyleFactory>
#include <gtest/gtest.h>

using namespace easyuc;
using namespace easyuc::test;

namespace {

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x30));
    p.setColor(QPalette::WindowText, QColor(0xe8, 0xea, 0xed));
    p.setColor(QPalette::Base, QColor(0x1f, 0x20, 0x22));
    p.setColor(QPalette::AlternateBase, QColor(0x28, 0x2a, 0x2d));
    p.setColor(QPalette::Text, QColor(0xe8, 0xea, 0xed));
    p.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3b));
    p.setColor(QPalette::ButtonText, QColor(0xe8, 0xea, 0xed));
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::ToolTipBase, QColor(0x35, 0x37, 0x3b));
    p.setColor(QPalette::ToolTipText, QColor(0xe8, 0xea, 0xed));
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0xa0, 0xa6));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    return p;
}

// Runs the window against the loopback world and saves it as PNG.
void shoot(const QString& lang, const QString& name, bool dark)
{
    installLanguage(lang);
    const QPalette original = QApplication::palette();
    if (dark)
        QApplication::setPalette(darkPalette());
    LoopbackWorld world;
    RunOptions options;
    options.profilePath = world.profilePath();
    MainWindow window(options, false);
    window.resize(1200, 820);
    window.show();
    bool finished = false;
    QObject::connect(&window, &MainWindow::runFinished, [&] { finished = true; });
    window.start();
    ASSERT_TRUE(spinUntil([&] { return finished; }, 20000));
    spinUntil([] { return false; }, 200);
    QDir().mkpath(QStringLiteral(EASYUC_UI_SCREENSHOT_DIR));
    const QString path = QStringLiteral(EASYUC_UI_SCREENSHOT_DIR "/%1.png").arg(name);
    const QPixmap shot = window.grab();
    EXPECT_FALSE(shot.isNull());
    EXPECT_TRUE(shot.save(path)) << path.toStdString();
    std::printf("[ screen   ] %s\n", qPrintable(path));
    if (dark)
        QApplication::setPalette(original);
    installLanguage(QStringLiteral("en"));
}

} // namespace

TEST(Screenshot, EnglishLoopbackRun)
{
    shoot(QStringLiteral("en"), QStringLiteral("loopback-en"), false);
}
TEST(Screenshot, ItalianLoopbackRun)
{
    shoot(QStringLiteral("it"), QStringLiteral("loopback-it"), false);
}
TEST(Screenshot, DarkPaletteLoopbackRun)
{
    shoot(QStringLiteral("en"), QStringLiteral("loopback-dark-en"), true);
}

// The very first start: no PBX yet, the one-time hint under the field.
TEST(Screenshot, FirstStart)
{
    installLanguage(QStringLiteral("en"));
    QSettings().clear();
    MainWindow window(RunOptions{}, false);
    window.resize(1200, 820);
    window.show();
    spinUntil([] { return false; }, 200);
    EXPECT_TRUE(window.firstRunHint()->isVisible());
    QDir().mkpath(QStringLiteral(EASYUC_UI_SCREENSHOT_DIR));
    const QString path = QStringLiteral(EASYUC_UI_SCREENSHOT_DIR "/first-start-en.png");
    EXPECT_TRUE(window.grab().save(path)) << path.toStdString();
    std::printf("[ screen   ] %s\n", qPrintable(path));
}
