#pragma once

#include <QByteArray>
#include <QString>

namespace easyuc {

struct Report;
struct ReportModel;

// The HTML report: one self-contained file (inline CSS, images as data: URIs) that prints well.
class HtmlReport
{
public:
    // Who reads the markup: a web browser, or QTextDocument (its CSS subset) for the PDF.
    enum class Flavour
    {
        Browser,
        RichText
    };

    static QByteArray write(const Report& report);
    // The markup of a report; every string from the network is escaped.
    static QString render(const ReportModel& model, Flavour flavour);
    // In RichText markup, where a new page starts (QTextDocument's page-break-before leaves an
    // empty page when the previous part ends right at the bottom of one).
    static QString pageBreakMarker();
};

} // namespace easyuc
