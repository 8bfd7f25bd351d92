#pragma once

#include "core/engine/calltest.h"

#include <QString>

class QTextDocument;

namespace easyuc {

// The call chart inside a QTextDocument (the PDF): RichText markup carries an <img> with
// callChartObjectName() as its source; installCallChart() turns each such image into an object
// drawn by paintCallChart(), so the PDF gets vector graphics and real text instead of a bitmap.
QString callChartObjectName();
// The markup to put where the chart goes in RichText (QTextDocument) HTML.
QString callChartObjectMarkup();
// Registers the painter with the document and converts the markers; returns how many.
int installCallChart(QTextDocument* document, const CallTestResult& result);

} // namespace easyuc
