#include "calltestpanel.h"

#include "callchart.h"
#include "core/report/textreport.h"

#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace easyuc {

CallTestPanel::CallTestPanel(QWidget* parent) : QWidget(parent)
{
    // The button sits in the window's top row (MainWindow places it); it is created here so
    // that its text, state and signal stay with the call test.
    m_button = new QPushButton(this);
    connect(m_button, &QPushButton::clicked, this,
            [this] { Q_EMIT requested(calltest::kGuiSeconds); });
    m_figures = new QLabel(this);
    m_figures->setWordWrap(true);
    m_figures->setTextFormat(Qt::PlainText);
    m_figures->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_chart = new CallChart(this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_figures);
    layout->addWidget(m_chart, 1);
    setVisible(false); // until a call test runs
    retranslate();
}

void CallTestPanel::beginRun(int seconds)
{
    m_seconds = seconds;
    m_result = CallTestResult();
    m_result.durationS = seconds;
    m_chart->setResult(m_result);
    setVisible(seconds > 0);
    retranslate();
}

void CallTestPanel::setRunning(bool running)
{
    m_running = running;
    m_button->setEnabled(!running);
}

void CallTestPanel::showCallTest(const CallTestResult& result)
{
    if (!result.ran && result.durationS <= 0)
        return;
    m_result = result;
    setVisible(true);
    m_chart->setResult(result);
    retranslate();
}

void CallTestPanel::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void CallTestPanel::retranslate()
{
    m_button->setText(tr("Test a &call (%1 s)").arg(calltest::kGuiSeconds));
    m_button->setAccessibleName(tr("Test a call"));
    m_button->setAccessibleDescription(
        tr("Runs the diagnosis with a %1-second voice-shaped stream to the PBX's reflector or the "
           "STUN server, and scores the call quality (MOS).")
            .arg(calltest::kGuiSeconds));
    m_button->setToolTip(m_button->accessibleDescription());
    QString text;
    if (m_result.ran && !m_result.series.isEmpty())
        text = TextReport::callTestLine(m_result);
    else if (m_result.ran || m_result.durationS > 0)
        text = m_result.error.isEmpty()
                   ? tr("Testing a call: %1 s of voice-shaped packets…").arg(m_result.durationS)
                   : TextReport::callTestLine(m_result);
    m_figures->setText(text);
    m_figures->setAccessibleName(tr("Call test figures"));
}

} // namespace easyuc
