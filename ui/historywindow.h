#pragma once

#include "core/history/historystore.h"
#include "core/profile/profile.h"

#include <QWidget>
#include <functional>

class QLabel;
class QPushButton;
class QTabWidget;
class QTreeWidget;

namespace easyuc {

class MonitorPanel;

// The history window (issue 16): the runs kept on this computer (date, PBX, verdict light,
// support code), one opened read-only with export, two compared, the history cleared; and the
// Monitor tab. It belongs to the main window and closes with it (a monitor stops then).
class HistoryWindow : public QWidget
{
    Q_OBJECT
public:
    // `profileForRun` gives the profile (PBX included) a monitor run uses, or false and a reason.
    HistoryWindow(std::function<bool(Profile*, QString*)> profileForRun, QWidget* parent = nullptr);

    void refresh();
    QTreeWidget* list() const { return m_list; }
    MonitorPanel* monitor() const { return m_monitor; }
    QTabWidget* tabs() const { return m_tabs; }
    // Opens the selected run / compares the two selected (as the buttons do); the dialog opened.
    QWidget* openSelected();
    QWidget* compareSelected();
    // Removes every kept run after asking (`ask` false: tests); returns how many went.
    int clearHistory(bool ask = true);

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void retranslate();
    void updateButtons();
    QList<HistoryEntry> selectedEntries() const;

    HistoryStore m_store;
    QList<HistoryEntry> m_entries;
    QTabWidget* m_tabs;
    QTreeWidget* m_list;
    QLabel* m_hint;
    QPushButton* m_open;
    QPushButton* m_compare;
    QPushButton* m_refresh;
    QPushButton* m_clear;
    MonitorPanel* m_monitor;
};

} // namespace easyuc
