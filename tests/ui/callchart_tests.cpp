// The call test chart widget (issue 14): paints every shape of series in both themes, tells a
// screen reader the figures, stays sharp on a high-DPI screen. The series are fabricated drawing
// data (report/callchartfixture.h), never verdicts.
#include "callchart.h"
#include "report/callchartfixture.h"
#include "uihelpers.h"

#include <QAccessible>
#include <QApplication>
#include <QDir>
#include <QImage>
#include <QPalette>
#include <cmath>
#include <gtest/gtest.h>

using namespace easyuc;
using namespace easyuc::test;

namespace {

QPalette darkChartPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x30));
    p.setColor(QPalette::WindowText, QColor(0xe8, 0xea, 0xed));
    p.setColor(QPalette::Base, QColor(0x1f, 0x20, 0x22));
    p.setColor(QPalette::Text, QColor(0xe8, 0xea, 0xed));
    return p;
}

QString accessibleDescription(QWidget* w)
{
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(w);
    return iface ? iface->text(QAccessible::Description) : QString();
}

// Renders at a device pixel ratio (2 = a high-DPI screen) and saves it for a person to look at.
QImage shoot(CallChart& chart, const QString& name, qreal dpr = 1)
{
    QImage image(chart.size() * dpr, QImage::Format_ARGB32);
    image.setDevicePixelRatio(dpr);
    image.fill(Qt::transparent);
    chart.render(&image);
    QDir().mkpath(QStringLiteral(EASYUC_UI_SCREENSHOT_DIR));
    const QString path = QStringLiteral(EASYUC_UI_SCREENSHOT_DIR "/%1.png").arg(name);
    EXPECT_TRUE(image.save(path)) << path.toStdString();
    std::printf("[ screen   ] %s\n", qPrintable(path));
    return image;
}

// How many pixels are neither the background nor close to it: something was drawn.
int inkedPixels(const QImage& image, const QColor& background)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - background.red()) + std::abs(c.green() - background.green()) +
                    std::abs(c.blue() - background.blue()) >
                60)
                ++n;
        }
    return n;
}

} // namespace

TEST(CallChartWidget, PaintsEveryShapeOfSeries)
{
    CallChart chart;
    chart.resize(chart.sizeHint());
    CallTestResult failed;
    failed.error = QStringLiteral("no route to host");
    const CallTestResult cases[] = {CallTestResult{}, failed, fabricatedLiveCall(1, 30),
                                    fabricatedCall(300, {40, 41, 250}), fabricatedSilentCall(30)};
    for (const CallTestResult& r : cases) {
        chart.setResult(r);
        const QPixmap shot = chart.grab();
        ASSERT_FALSE(shot.isNull());
        EXPECT_GT(inkedPixels(shot.toImage(), chart.palette().color(QPalette::Base)), 200);
        EXPECT_FALSE(accessibleDescription(&chart).isEmpty());
    }
    chart.resize(chart.minimumSizeHint());
    chart.setResult(fabricatedCall(30));
    EXPECT_FALSE(chart.grab().isNull());
}

TEST(CallChartWidget, TellsAScreenReaderTheFiguresAsTheyGrow)
{
    CallChart chart;
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(&chart);
    ASSERT_NE(iface, nullptr);
    EXPECT_EQ(iface->text(QAccessible::Name), QStringLiteral("Call test chart"));
    EXPECT_TRUE(accessibleDescription(&chart).contains(QStringLiteral("waiting")));
    for (int t = 1; t <= 10; ++t) {
        chart.setResult(fabricatedLiveCall(t, 10));
        EXPECT_TRUE(
            accessibleDescription(&chart).contains(QStringLiteral("%1 of 10 seconds").arg(t)))
            << accessibleDescription(&chart).toStdString();
    }
    EXPECT_TRUE(accessibleDescription(&chart).contains(QStringLiteral("MOS 3.85 (fair)")));
}

TEST(CallChartWidget, SizesFollowTheFont)
{
    CallChart chart;
    const QSize small = chart.minimumSizeHint();
    QFont big = chart.font();
    big.setPointSizeF(big.pointSizeF() * 2);
    chart.setFont(big);
    EXPECT_GT(chart.minimumSizeHint().width(), small.width() * 3 / 2);
    EXPECT_GE(chart.sizeHint().width(), chart.minimumSizeHint().width());
    EXPECT_GE(chart.sizeHint().height(), chart.minimumSizeHint().height());
}

TEST(CallChartWidget, LightDarkLiveAndHighDpiPictures)
{
    CallChart chart;
    chart.resize(chart.sizeHint());
    chart.setResult(fabricatedCall(30));
    const QImage light = shoot(chart, QStringLiteral("callchart-light"));
    const QImage sharp = shoot(chart, QStringLiteral("callchart-light@2x"), 2);
    // Drawn at the device's resolution (paintEvent under a scaled painter), not scaled up.
    EXPECT_EQ(sharp.width(), light.width() * 2);
    EXPECT_GT(inkedPixels(sharp, Qt::white), inkedPixels(light, Qt::white) * 3);

    chart.setPalette(darkChartPalette());
    const QImage dark = shoot(chart, QStringLiteral("callchart-dark"));
    EXPECT_LT(dark.pixelColor(2, 2).lightness(), 60) << "the dark palette's base";
    EXPECT_GT(inkedPixels(dark, darkChartPalette().color(QPalette::Base)), 2000);

    chart.setPalette(QPalette());
    chart.setResult(fabricatedLiveCall(12, 30));
    shoot(chart, QStringLiteral("callchart-live"));

    // Five minutes of a congested line: RTT far over the limit, a poor score.
    CallTestResult slow = fabricatedCall(300, {40, 41, 42, 250}, 2.9);
    for (CallTestSecond& sec : slow.series)
        if (sec.rttMs >= 0) {
            sec.rttMs = sec.rttMs * 3 + 40 * std::sin(sec.t / 9.0);
            sec.jitterMs *= 2;
        }
    chart.setResult(slow);
    shoot(chart, QStringLiteral("callchart-300s-poor"));

    chart.resize(chart.minimumSizeHint());
    chart.setResult(fabricatedCall(30));
    shoot(chart, QStringLiteral("callchart-minimum"));
}

TEST(CallChartWidget, RereadsItsWordsWhenTheLanguageChanges)
{
    CallChart chart;
    chart.setResult(fabricatedCall(30));
    MarkingTranslator marker;
    QCoreApplication::installTranslator(&marker);
    QApplication::processEvents();
    EXPECT_TRUE(accessibleDescription(&chart).startsWith(QStringLiteral("⟦")))
        << accessibleDescription(&chart).toStdString();
    EXPECT_TRUE(chart.accessibleName().startsWith(QStringLiteral("⟦")));
    QCoreApplication::removeTranslator(&marker);
    QApplication::processEvents();
    EXPECT_EQ(chart.accessibleName(), QStringLiteral("Call test chart"));
}
