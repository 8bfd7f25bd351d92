#pragma once

#include <QString>
#include <QStringList>

namespace easyuc {

struct Report;

// A finished run's report as the user takes it away: a file (JSON, HTML, PDF, by the file's
// suffix), the clipboard summary, and the support code. Formats another module has not
// provided yet are simply not offered.
class ReportExport
{
public:
    // File-dialog filters of the formats available, the default (PDF when present) first.
    static QStringList fileFilters();
    // The suffix a filter stands for ("pdf").
    static QString suffixOf(const QString& filter);
    // Writes by the suffix of `path`; false with a translated sentence in *error.
    static bool write(const Report& report, const QString& path, QString* error);
    // Writes the report in the richest format to the Desktop; when there is none or it cannot
    // be written, to Documents, then the home folder (`onDesktop` false). Returns the path, or
    // an empty string and the last error.
    static QString writeToDesktop(const Report& report, bool* onDesktop, QString* error);
    // The short code a person reads aloud; empty when the support-code module is missing.
    static QString supportCode(const Report& report);
    // The plain-text summary for the clipboard.
    static QString summary(const Report& report);
};

} // namespace easyuc
