#include "reportexport.h"

#include "engine/report.h"
#include "report/jsonreport.h"
#include "report/shortactions.h"
#include "report/textreport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

// The HTML and PDF writers and the support code come from core/report; the GUI builds without
// them (older trees) and offers only what exists.
#if __has_include("report/htmlreport.h")
#include "report/htmlreport.h"
#define EASYUC_HAVE_HTML 1
#endif
#if __has_include("report/pdfreport.h")
#include "report/pdfreport.h"
#define EASYUC_HAVE_PDF 1
#endif
#if __has_include("report/supportcode.h")
#include "report/supportcode.h"
#define EASYUC_HAVE_SUPPORTCODE 1
#endif

namespace easyuc {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReportExport)
};

bool writeBytes(const QString& path, const QByteArray& bytes, QString* error)
{
    QSaveFile f(path);
    if (f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size() && f.commit())
        return true;
    if (error)
        *error = Tr::tr("Could not write %1: %2").arg(path, f.errorString());
    return false;
}
} // namespace

QStringList ReportExport::fileFilters()
{
    QStringList filters;
#ifdef EASYUC_HAVE_PDF
    filters.append(Tr::tr("PDF document (*.pdf)"));
#endif
#ifdef EASYUC_HAVE_HTML
    filters.append(Tr::tr("Web page (*.html)"));
#endif
    filters.append(Tr::tr("JSON for support tools (*.json)"));
    return filters;
}

QString ReportExport::suffixOf(const QString& filter)
{
    static const QRegularExpression glob(QStringLiteral("\\*\\.(\\w+)"));
    const QRegularExpressionMatch m = glob.match(filter);
    return m.hasMatch() ? m.captured(1) : QStringLiteral("json");
}

bool ReportExport::write(const Report& report, const QString& path, QString* error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
#ifdef EASYUC_HAVE_PDF
    if (suffix == QStringLiteral("pdf"))
        return PdfReport::write(report, path, error);
#endif
#ifdef EASYUC_HAVE_HTML
    if (suffix == QStringLiteral("html") || suffix == QStringLiteral("htm"))
        return writeBytes(path, HtmlReport::write(report), error);
#endif
    if (suffix == QStringLiteral("json"))
        return writeBytes(path, JsonReport::write(report), error);
    if (error)
        *error = Tr::tr("Unknown report format \"%1\": choose PDF, HTML or JSON.").arg(suffix);
    return false;
}

QString ReportExport::writeToDesktop(const Report& report, bool* onDesktop, QString* error)
{
    // The default filter is the richest format available (PDF when present).
    const QString name = QStringLiteral("easyuc-diag-%1.%2")
                             .arg(report.startedAt.toString(QStringLiteral("yyyyMMdd-HHmmss")),
                                  suffixOf(fileFilters().first()));
    *onDesktop = true;
    for (const QString& folder : {
             QStandardPaths::writableLocation(QStandardPaths::DesktopLocation),
             QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
             QDir::homePath(),
         }) {
        const QString path = QDir(folder).filePath(name);
        if (!folder.isEmpty() && QDir(folder).exists() && write(report, path, error))
            return path;
        *onDesktop = false;
    }
    return {};
}

QString ReportExport::supportCode(const Report& report)
{
#ifdef EASYUC_HAVE_SUPPORTCODE
    return SupportCode::encode(report);
#else
    Q_UNUSED(report)
    return {}; // HOOK: SupportCode::encode(report) once core/report/supportcode.h exists
#endif
}

QString ReportExport::summary(const Report& report)
{
    return clipboardSummary(report, supportCode(report));
}

} // namespace easyuc
