#pragma once

#include "engine/report.h"

#include <QDialog>
#include <optional>

class QAction;
class QFormLayout;
class QGroupBox;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace easyuc {

class PathView;

class MainWindow;

// "This computer" (issue 15): the connection type and Wi-Fi signal, the VPN, the proxy and what
// went through it, the DNS servers' answers, the gateway and the public address of the last
// run, in plain words. The rows are the reports' own (hostFactRows), so every format says the
// same. The path to the PBX (issue 15 item 1) shows below when the run traced it.
class HostView : public QDialog
{
    Q_OBJECT
public:
    explicit HostView(QWidget* parent = nullptr);

    // Shows this run's facts; nullopt: no run yet.
    void setReport(const std::optional<Report>& report);
    // The "path to the PBX" widget (table and chart), shown in its own group under the facts.
    QGroupBox* pathGroup() const { return m_pathGroup; }
    PathView* pathView() const { return m_pathView; }
    // One value label per row, by its label text (tests, accessibility).
    QLabel* valueFor(const QString& label) const;

    // Opens (and keeps up to date) the window's view from `action`.
    static void attach(MainWindow* window, QAction* action);

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();

    std::optional<Report> m_report;
    QLabel* m_intro = nullptr;
    QFormLayout* m_form = nullptr;
    QGroupBox* m_pathGroup = nullptr;
    QVBoxLayout* m_pathLayout = nullptr;
    PathView* m_pathView = nullptr;
    QPushButton* m_close = nullptr;
};

} // namespace easyuc
