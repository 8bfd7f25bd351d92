#include "historywindow.h"

#include "core/engine/logging.h"
#include "core/report/textreport.h"
#include "historydialogs.h"
#include "monitorpanel.h"

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace easyuc {

HistoryWindow::HistoryWindow(std::function<bool(Profile*, QString*)> profileForRun, QWidget* parent)
    : QWidget(parent, Qt::Window), m_tabs(new QTabWidget(this)), m_list(new QTreeWidget),
      m_hint(new QLabel), m_open(new QPushButton), m_compare(new QPushButton),
      m_refresh(new QPushButton), m_clear(new QPushButton),
      m_monitor(new MonitorPanel(std::move(profileForRun)))
{
    setAttribute(Qt::WA_DeleteOnClose, false);
    m_list->setColumnCount(4);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setAllColumnsShowFocus(true);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    m_hint->setWordWrap(true);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &HistoryWindow::updateButtons);
    connect(m_list, &QTreeWidget::itemActivated, this, [this] { openSelected(); });
    connect(m_open, &QPushButton::clicked, this, [this] { openSelected(); });
    connect(m_compare, &QPushButton::clicked, this, [this] { compareSelected(); });
    connect(m_refresh, &QPushButton::clicked, this, &HistoryWindow::refresh);
    connect(m_clear, &QPushButton::clicked, this, [this] { clearHistory(true); });
    connect(m_monitor, &MonitorPanel::runKept, this, &HistoryWindow::refresh);
    // Esc closes the window, as it closes a dialog (and stops a monitor with it).
    auto* closeAction = new QAction(this);
    closeAction->setShortcut(QKeySequence::Cancel);
    closeAction->setShortcutContext(Qt::WindowShortcut);
    connect(closeAction, &QAction::triggered, this, &QWidget::close);
    addAction(closeAction);

    auto* page = new QWidget;
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_compare);
    buttons->addWidget(m_refresh);
    buttons->addStretch(1);
    buttons->addWidget(m_clear);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_hint);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    m_tabs->addTab(page, QString());
    m_tabs->addTab(m_monitor, QString());
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_tabs);
    setTabOrder(m_list, m_open);
    setTabOrder(m_open, m_compare);
    setTabOrder(m_compare, m_refresh);
    setTabOrder(m_refresh, m_clear);
    retranslate();
    refresh();
    resize(fontMetrics().height() * 56, fontMetrics().height() * 34);
}

void HistoryWindow::retranslate()
{
    setWindowTitle(tr("History and monitoring"));
    m_tabs->setTabText(0, tr("&Past runs"));
    m_tabs->setTabText(1, tr("&Monitor"));
    m_list->setHeaderLabels({tr("Date"), tr("PBX"), tr("Result"), tr("Support code")});
    m_list->setAccessibleName(tr("Past runs, newest first"));
    m_hint->setText(tr("Every finished run is kept on this computer only (the last 200 runs or "
                       "50 MB). Select one to open it, or two to compare them."));
    m_open->setText(tr("&Open"));
    m_open->setAccessibleName(tr("Open the selected run read-only"));
    m_compare->setText(tr("&Compare"));
    m_compare->setAccessibleName(tr("Compare the two selected runs"));
    m_refresh->setText(tr("&Refresh"));
    m_clear->setText(tr("C&lear history…"));
    m_clear->setAccessibleName(tr("Remove every kept run from this computer"));
    refresh();
}

void HistoryWindow::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void HistoryWindow::closeEvent(QCloseEvent* event)
{
    // A monitor stops with its window (issue 16): nothing keeps running unseen.
    m_monitor->stop();
    QWidget::closeEvent(event);
}

void HistoryWindow::refresh()
{
    const QStringList selected = [this] {
        QStringList ids;
        for (const HistoryEntry& e : selectedEntries())
            ids.append(e.runId);
        return ids;
    }();
    m_entries = m_store.entries();
    m_list->clear();
    const int icon = fontMetrics().height();
    for (const HistoryEntry& e : m_entries) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(0, runTimeText(e.startedAt));
        item->setText(1, e.pbx.isEmpty() ? tr("(not given)") : e.pbx);
        item->setText(2, statusWord(e.overall));
        item->setIcon(2, statusLightIcon(e.overall, icon));
        item->setText(3, e.supportCode);
        item->setToolTip(0, tr("Run ID: %1").arg(e.runId));
        item->setData(0, Qt::UserRole, e.runId);
        item->setSelected(selected.contains(e.runId));
    }
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0), 0, QItemSelectionModel::NoUpdate);
    updateButtons();
}

QList<HistoryEntry> HistoryWindow::selectedEntries() const
{
    QList<HistoryEntry> out;
    for (QTreeWidgetItem* item : m_list->selectedItems()) {
        const QString id = item->data(0, Qt::UserRole).toString();
        for (const HistoryEntry& e : m_entries)
            if (e.runId == id)
                out.append(e);
    }
    // Oldest first: a comparison reads from before to after.
    std::sort(out.begin(), out.end(),
              [](const HistoryEntry& a, const HistoryEntry& b) { return a.fileName < b.fileName; });
    return out;
}

void HistoryWindow::updateButtons()
{
    const int n = int(m_list->selectedItems().size());
    m_open->setEnabled(n == 1);
    m_compare->setEnabled(n == 2);
    m_clear->setEnabled(!m_entries.isEmpty());
}

QWidget* HistoryWindow::openSelected()
{
    const QList<HistoryEntry> picked = selectedEntries();
    if (picked.size() != 1)
        return nullptr;
    Report report;
    QString error;
    if (!m_store.readReport(picked.first(), &report, &error)) {
        QMessageBox::warning(this, windowTitle(), tr("This run cannot be read: %1").arg(error));
        return nullptr;
    }
    auto* dialog = new RunReportDialog(report, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

QWidget* HistoryWindow::compareSelected()
{
    const QList<HistoryEntry> picked = selectedEntries();
    if (picked.size() != 2)
        return nullptr;
    Report a, b;
    QString error;
    if (!m_store.readReport(picked.at(0), &a, &error) ||
        !m_store.readReport(picked.at(1), &b, &error)) {
        QMessageBox::warning(this, windowTitle(), tr("This run cannot be read: %1").arg(error));
        return nullptr;
    }
    auto* dialog = new CompareDialog(a, b, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

int HistoryWindow::clearHistory(bool ask)
{
    if (m_entries.isEmpty())
        return 0;
    if (ask && QMessageBox::question(
                   this, tr("Clear history"),
                   tr("Remove all %n kept run(s) from this computer? This cannot be undone.",
                      nullptr, int(m_entries.size())),
                   QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return 0;
    const int removed = m_store.clear();
    refresh();
    return removed;
}

} // namespace easyuc
