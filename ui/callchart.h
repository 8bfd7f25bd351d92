#pragma once

#include "core/engine/calltest.h"

#include <QWidget>

namespace easyuc {

// The call test's chart (issue 14): RTT and jitter per second, loss marks, the Teams limits
// and the running MOS, drawn by paintCallChart() in the palette's colours. setResult() is called
// every second with the growing result, and once at the end; the accessible description carries
// the same figures in words.
class CallChart : public QWidget
{
    Q_OBJECT
public:
    explicit CallChart(QWidget* parent = nullptr);
    void setResult(const CallTestResult& result);
    const CallTestResult& result() const { return m_result; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void describe();

    CallTestResult m_result;
};

} // namespace easyuc
