#pragma once

#include "core/engine/calltest.h"
#include "core/report/reportmodel.h"

#include <QColor>
#include <QFont>
#include <QList>
#include <QRectF>
#include <QString>

class QPainter;
class QPalette;

namespace easyuc {

// Colours and type of the call test chart: from a widget's palette (light or dark), or fixed
// for print (PDF, HTML).
struct CallChartStyle
{
    QColor background; // transparent: the chart leaves what is under it
    QColor text;
    QColor muted; // tick labels, notes
    QColor grid;
    QColor axis;
    QColor rtt;
    QColor jitter;
    QColor loss;
    QColor good; // MOS bands
    QColor fair;
    QColor poor;
    QFont font; // labels; tick labels use it a little smaller

    static CallChartStyle print();
    static CallChartStyle fromPalette(const QPalette& palette, const QFont& font);
};

// The MOS bands of issue 14: good >= 4.0, fair 3.6-4.0, poor < 3.6; None before any score.
enum class MosBand
{
    None,
    Good,
    Fair,
    Poor
};
MosBand mosBand(double mos);
QString mosBandWord(MosBand band); // translated: "good" / "fair" / "poor"

// Draws the chart into rect: RTT and jitter per second (gaps where nothing came back), loss
// per second in a strip below, the Teams limits dashed and labelled, the (running) MOS with its
// band in the top corner, a legend. Vector only: sharp on any screen, selectable in a PDF.
void paintCallChart(QPainter& painter, const QRectF& rect, const CallTestResult& result,
                    const CallChartStyle& style);

// The same chart as an inline <svg> element (no XML declaration) of width x height user
// units, in print colours; every string in it is escaped, every number uses '.'.
QString callChartSvg(const CallTestResult& result, int width = 720, int height = 300);

// The reports' section title ("Call test") and the sentence under it saying what the chart shows.
QString callTestSectionTitle();
QString callChartCaption();

// The figures in one paragraph of words, for screen readers and the SVG's description.
QString callChartSummary(const CallTestResult& result);

// The figures as label/value rows (MOS, R-factor, RTT, jitter, loss, bursts, reordering,
// packets, target) for the reports' table.
QList<ReportField> callTestFigures(const CallTestResult& result);

} // namespace easyuc
