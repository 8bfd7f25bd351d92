#pragma once

#include <QString>

namespace easyuc {

// Outcome of a requirement or of one of its items; see DESIGN §2 for the meaning of each.
enum class Status
{
    Pass,
    Warn,
    Fail,
    Skipped,
    Error
};

// How much a requirement weighs in the overall verdict.
enum class Severity
{
    Required,
    Advisory
};

// Stable machine name used in JSON and on the command line: "pass", "warn", …
QString statusKey(Status status);
// Parses a machine name; returns false when the text names no status.
bool statusFromKey(const QString& key, Status* status);
// A translated word for people: "OK", "Warning", "Failed", "Not run", "Tool error".
QString statusWord(Status status);
// A glyph that tells the status without colour: ✓ ! ✗ –
QString statusGlyph(Status status);

QString severityKey(Severity severity);

// The worse of two statuses for aggregating items (fail > warn > error > skipped > pass).
Status worse(Status a, Status b);

} // namespace easyuc
