// The main window's report and history commands: export, Desktop, clipboard, log folder,
// about, and the history window (split from mainwindow.cpp to keep each file short).
#include "aboutinfo.h"
#include "core/engine/logging.h"
#include "core/profile/hostinput.h"
#include "historywindow.h"
#include "icons.h"
#include "mainwindow.h"
#include "reportexport.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QStatusBar>
#include <QUrl>

namespace easyuc {

bool MainWindow::runProfile(Profile* profile, QString* error) const
{
    const HostInput input = normaliseHostInput(m_pbx->text());
    if (!m_pbx->text().trimmed().isEmpty() && !input.ok()) {
        *error = tr("“%1” is not a valid address: type a name such as pbx.example.com.")
                     .arg(m_pbx->text().trimmed());
        return false;
    }
    RunOptions opts = m_options;
    opts.pbx = input.host;
    if (m_settings.timeoutMs > 0)
        opts.timeoutMs = m_settings.timeoutMs;
    if (!opts.loadProfile(profile, error))
        return false;
    profile->pbx = input.host;
    if (!m_settings.turnUser.isEmpty())
        profile->turnCredentials = TurnCredentials{m_settings.turnUser, m_settings.turnPassword};
    return true;
}

HistoryWindow* MainWindow::showHistory()
{
    if (!m_history)
        m_history = new HistoryWindow(
            [this](Profile* profile, QString* error) { return runProfile(profile, error); }, this);
    m_history->refresh();
    m_history->show();
    m_history->raise();
    m_history->activateWindow();
    return m_history;
}

bool MainWindow::exportReport(const QString& path, QString* error)
{
    if (!m_report) {
        if (error)
            *error = tr("There is no report yet: run the diagnosis first.");
        return false;
    }
    Report report = *m_report;
    report.fullDetail = m_settings.fullReport;
    return ReportExport::write(report, path, error);
}

void MainWindow::exportInteractive()
{
    if (!m_report)
        return;
    const QStringList filters = ReportExport::fileFilters();
    QString selected = filters.first();
    const QString base = QStringLiteral("easyuc-diag-%1")
                             .arg(m_report->startedAt.toString(QStringLiteral("yyyyMMdd-HHmm")));
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export report"),
        QDir::home().filePath(base + QLatin1Char('.') + ReportExport::suffixOf(selected)),
        filters.join(QStringLiteral(";;")), &selected);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + ReportExport::suffixOf(selected);
    QString error;
    if (exportReport(path, &error))
        statusBar()->showMessage(tr("Report saved: %1").arg(QDir::toNativeSeparators(path)), 8000);
    else
        QMessageBox::critical(this, tr("Export report"), error);
}

QString MainWindow::saveToDesktop()
{
    if (!m_report)
        return {};
    QString error;
    bool onDesktop = true;
    Report report = *m_report;
    report.fullDetail = m_settings.fullReport;
    const QString path = ReportExport::writeToDesktop(report, &onDesktop, &error);
    if (path.isEmpty()) {
        QMessageBox::critical(this, tr("Export report"), error);
        return {};
    }
    const QString shown = QDir::toNativeSeparators(path);
    statusBar()->showMessage(
        onDesktop ? tr("Report saved: %1").arg(shown)
                  : tr("The Desktop could not be used; the report was saved in %1").arg(shown),
        onDesktop ? 8000 : 20000);
    QDesktopServices::openUrl(QUrl::fromLocalFile(path));
    return path;
}

void MainWindow::copySummary()
{
    if (!m_report)
        return;
    QGuiApplication::clipboard()->setText(ReportExport::summary(*m_report));
    statusBar()->showMessage(tr("Summary copied: paste it into an e-mail or a support chat."),
                             5000);
}

void MainWindow::openLogFolder()
{
    QDesktopServices::openUrl(QUrl::fromLocalFile(logDirectory()));
}

void MainWindow::about()
{
    QMessageBox box(this);
    box.setWindowTitle(tr("About Easy UC diagnostic"));
    box.setIconPixmap(appIcon().pixmap(64, 64));
    box.setTextFormat(Qt::RichText);
    box.setText(aboutText());
    box.exec();
}

} // namespace easyuc
