#pragma once

#include <QByteArray>
#include <QString>

namespace easyuc {

struct Report;

// Reads a JSON report (schema 1, JsonReport's output) back into a Report, for the history:
// every field the writers render is restored. What cannot come back: the evidence order across
// keys (JSON objects are keyed; each key's values keep their order) and the report's language
// (summaries and advice stay in the language of the run; titles and labels follow the current
// one). Derived parts (support code, root cause, appendix certificates) are recomputed.
class JsonReportReader
{
public:
    // False with a raw reason when the text is not a schema-1 report.
    static bool read(const QByteArray& json, Report* report, QString* error);
};

} // namespace easyuc
