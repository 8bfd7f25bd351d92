#pragma once

#include "core/history/monitor.h"
#include "core/profile/profile.h"

#include <QWidget>
#include <functional>
#include <optional>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTimer;

namespace easyuc {

class EngineHost;
struct Report;

// The GUI's Monitor mode (issue 16): the diagnosis (or only the reachability checks) again
// every interval, at least a minute apart, a given number of times or until stopped; a timeline
// of the overall light and the media figures, and the period's summary (changes, worst figures
// and the runs behind them). Each run is kept in the history. Stops when its window closes.
class MonitorPanel : public QWidget
{
    Q_OBJECT
public:
    explicit MonitorPanel(std::function<bool(Profile*, QString*)> profileForRun,
                          QWidget* parent = nullptr);
    ~MonitorPanel() override;

    // Starts with the values of the fields; false (and a message shown) when it cannot.
    bool start();
    void stop();
    bool isMonitoring() const { return m_active; }
    const std::optional<MonitorSummary>& summary() const { return m_summary; }

    // For tests and screenshots.
    QSpinBox* intervalField() const { return m_interval; }
    QSpinBox* countField() const { return m_count; }
    QCheckBox* reachabilityOnly() const { return m_reachability; }
    QCheckBox* withCallTest() const { return m_callTest; }
    QTableWidget* timeline() const { return m_timeline; }
    QPushButton* startButton() const { return m_start; }

Q_SIGNALS:
    // A monitored run ended and is in the history.
    void runKept();
    // The monitor stopped: its count reached, or stopped by the user or the window.
    void stopped();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void startRun();
    void onRunFinished(const Report& report);
    void updateState();
    void saveSummary();

    std::function<bool(Profile*, QString*)> m_profileForRun;
    EngineHost* m_engine;
    QTimer* m_next;
    std::optional<MonitorSummary> m_summary;
    Profile m_profile;
    QStringList m_only;
    int m_intervalS = 0;
    int m_planned = 0; // 0: until stopped
    qint64 m_firstStartMs = 0;
    bool m_active = false;

    QLabel* m_intervalLabel;
    QSpinBox* m_interval;
    QLabel* m_countLabel;
    QSpinBox* m_count;
    QCheckBox* m_reachability;
    QCheckBox* m_callTest;
    QPushButton* m_start;
    QPushButton* m_save;
    QLabel* m_state;
    QTableWidget* m_timeline;
    QPlainTextEdit* m_text;
};

} // namespace easyuc
