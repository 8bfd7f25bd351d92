#pragma once

#include "core/engine/calltest.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace easyuc {

class CallChart;

// The call test in the window (issue 14): the "Test a call (30 s)" button, and, once a call test
// runs, its live chart and a line of figures, updated every second from the engine.
class CallTestPanel : public QWidget
{
    Q_OBJECT
public:
    explicit CallTestPanel(QWidget* parent = nullptr);

    // The button lives in the window's top row; the panel keeps it in step.
    QPushButton* button() const { return m_button; }
    CallChart* chart() const { return m_chart; }
    QLabel* figures() const { return m_figures; }

    // A run starts: with a call test of `seconds` the panel shows (empty), without it hides.
    void beginRun(int seconds);
    // Any run going disables the button (one run at a time).
    void setRunning(bool running);
    // The call test so far, or at its end.
    void showCallTest(const easyuc::CallTestResult& result);

Q_SIGNALS:
    // The user asked for a call test of this many seconds.
    void requested(int seconds);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QPushButton* m_button = nullptr;
    QLabel* m_figures = nullptr;
    CallChart* m_chart = nullptr;
    CallTestResult m_result;
    int m_seconds = 0;
    bool m_running = false;
};

} // namespace easyuc
