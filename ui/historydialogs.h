#pragma once

#include "core/engine/report.h"

#include <QDateTime>
#include <QDialog>
#include <QIcon>

class QTableWidget;
class QTextBrowser;

namespace easyuc {

// A run's local start for lists and headers: the locale's short date, time with seconds (two
// runs a minute apart must not look alike).
QString runTimeText(const QDateTime& when);
// A traffic light as an icon (lists and tables), drawn with its glyph.
QIcon statusLightIcon(Status status, int size);

// A past run, read-only: the report as the HTML/PDF writers lay it out, with export.
class RunReportDialog : public QDialog
{
    Q_OBJECT
public:
    RunReportDialog(const Report& report, QWidget* parent = nullptr);
    QTextBrowser* browser() const { return m_browser; }
    // Writes the report by the suffix of `path` (PDF, HTML, JSON); false with a sentence.
    bool exportTo(const QString& path, QString* error) const;

private:
    void exportInteractive();

    Report m_report;
    QTextBrowser* m_browser;
};

// Two runs side by side: every requirement's status and the key figures, changed rows first.
class CompareDialog : public QDialog
{
    Q_OBJECT
public:
    CompareDialog(const Report& before, const Report& after, QWidget* parent = nullptr);
    QTableWidget* table() const { return m_table; }

private:
    QTableWidget* m_table;
};

} // namespace easyuc
