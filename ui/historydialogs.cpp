#include "historydialogs.h"

#include "core/history/runcompare.h"
#include "core/report/htmlreport.h"
#include "core/report/reportmodel.h"
#include "core/report/supportcode.h"
#include "reportexport.h"
#include "statuslight.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace easyuc {

QString runTimeText(const QDateTime& when)
{
    const QLocale locale;
    const QDateTime local = when.toLocalTime();
    return locale.toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ') +
           locale.toString(local.time(), QStringLiteral("HH:mm:ss"));
}

QIcon statusLightIcon(Status status, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    paintStatusLight(&p, QRectF(1, 1, size - 2, size - 2), RowState::Done, status, 0, QPalette());
    return QIcon(pixmap);
}

RunReportDialog::RunReportDialog(const Report& report, QWidget* parent)
    : QDialog(parent), m_report(report), m_browser(new QTextBrowser(this))
{
    setWindowTitle(tr("Run of %1 (read-only)").arg(runTimeText(report.startedAt)));
    m_browser->setAccessibleName(tr("Report of the run"));
    m_browser->setOpenLinks(false);
    // The stored report, laid out as the PDF lays it out (QTextDocument's HTML subset).
    m_browser->setHtml(HtmlReport::render(ReportModel::build(report), HtmlReport::Flavour::RichText)
                           .remove(HtmlReport::pageBreakMarker()));
    auto* note = new QLabel(tr("A past run, shown as it was recorded: export it to attach it to a "
                               "support case."),
                            this);
    note->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* exportButton =
        buttons->addButton(tr("&Export report…"), QDialogButtonBox::ActionRole);
    exportButton->setAccessibleName(tr("Export this run's report"));
    connect(exportButton, &QPushButton::clicked, this, &RunReportDialog::exportInteractive);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    resize(fontMetrics().height() * 60, fontMetrics().height() * 45);
}

bool RunReportDialog::exportTo(const QString& path, QString* error) const
{
    return ReportExport::write(m_report, path, error);
}

void RunReportDialog::exportInteractive()
{
    const QStringList filters = ReportExport::fileFilters();
    QString selected = filters.first();
    const QString base = QStringLiteral("easyuc-diag-%1")
                             .arg(m_report.startedAt.toString(QStringLiteral("yyyyMMdd-HHmm")));
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export report"),
        QDir::home().filePath(base + QLatin1Char('.') + ReportExport::suffixOf(selected)),
        filters.join(QStringLiteral(";;")), &selected);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + ReportExport::suffixOf(selected);
    QString error;
    if (!exportTo(path, &error))
        QMessageBox::critical(this, tr("Export report"), error);
}

CompareDialog::CompareDialog(const Report& before, const Report& after, QWidget* parent)
    : QDialog(parent), m_table(new QTableWidget(this))
{
    setWindowTitle(tr("Compare two runs"));
    const QList<CompareRow> rows = compareRuns(before, after);
    const auto runTitle = [](const QString& name, const Report& r) {
        return tr("%1: %2\n%3 · %4")
            .arg(name, runTimeText(r.startedAt), statusWord(r.overall), SupportCode::encode(r));
    };
    m_table->setColumnCount(4);
    m_table->setRowCount(int(rows.size()));
    m_table->setHorizontalHeaderLabels({tr("Requirement or figure"), runTitle(tr("A"), before),
                                        runTitle(tr("B"), after), tr("Changed")});
    m_table->setAccessibleName(tr("Comparison of the two runs, changed rows first"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    const int icon = fontMetrics().height();
    for (int i = 0; i < rows.size(); ++i) {
        const CompareRow& r = rows.at(i);
        auto* name = new QTableWidgetItem(
            r.label.isEmpty() ? r.title : QStringLiteral("%1  %2").arg(r.label, r.title));
        auto* a = new QTableWidgetItem(r.before);
        auto* b = new QTableWidgetItem(r.after);
        auto* changed = new QTableWidgetItem(r.changed ? tr("changed") : QString());
        if (r.kind == CompareRow::Kind::Requirement) {
            a->setIcon(statusLightIcon(r.statusBefore, icon));
            b->setIcon(statusLightIcon(r.statusAfter, icon));
        }
        if (r.changed) {
            for (QTableWidgetItem* item : {name, a, b, changed}) {
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
            }
        }
        m_table->setItem(i, 0, name);
        m_table->setItem(i, 1, a);
        m_table->setItem(i, 2, b);
        m_table->setItem(i, 3, changed);
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(fontMetrics().height() * 58, fontMetrics().height() * 40);
}

} // namespace easyuc
