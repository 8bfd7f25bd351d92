#pragma once

#include <QString>

class QIODevice;

namespace easyuc {

struct Report;

// The PDF report: A4, selectable text, a running header and page numbers. Needs a
// QGuiApplication (the offscreen platform is enough).
class PdfReport
{
public:
    // Writes to a file; on failure returns false with a translated sentence in *error.
    static bool write(const Report& report, const QString& path, QString* error);
    // Writes to an open device (a file, a buffer, stdout).
    static bool write(const Report& report, QIODevice* device, QString* error);
};

} // namespace easyuc
