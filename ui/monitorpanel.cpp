#include "monitorpanel.h"

#include "core/engine/calltest.h"
#include "core/engine/catalogue.h"
#include "core/engine/logging.h"
#include "core/engine/report.h"
#include "enginehost.h"
#include "historydialogs.h"

#include <QCheckBox>
#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace easyuc {

MonitorPanel::MonitorPanel(std::function<bool(Profile*, QString*)> profileForRun, QWidget* parent)
    : QWidget(parent), m_profileForRun(std::move(profileForRun)), m_engine(new EngineHost(this)),
      m_next(new QTimer(this)), m_intervalLabel(new QLabel), m_interval(new QSpinBox),
      m_countLabel(new QLabel), m_count(new QSpinBox), m_reachability(new QCheckBox),
      m_callTest(new QCheckBox), m_start(new QPushButton), m_save(new QPushButton),
      m_state(new QLabel), m_timeline(new QTableWidget), m_text(new QPlainTextEdit)
{
    m_next->setSingleShot(true);
    connect(m_next, &QTimer::timeout, this, &MonitorPanel::startRun);
    connect(m_engine, &EngineHost::runFinished, this, &MonitorPanel::onRunFinished);
    // Never more often than once a minute (a test-only variable may lower it, see monitor.h).
    m_interval->setRange(monitor::minimumIntervalS(), monitor::kMaxIntervalS);
    m_interval->setSingleStep(60);
    m_interval->setValue(qMax(300, monitor::minimumIntervalS()));
    m_count->setRange(0, monitor::kMaxCount);
    m_count->setValue(12);
    m_intervalLabel->setBuddy(m_interval);
    m_countLabel->setBuddy(m_count);
    connect(m_start, &QPushButton::clicked, this, [this] { m_active ? stop() : (void)start(); });
    connect(m_save, &QPushButton::clicked, this, &MonitorPanel::saveSummary);

    m_timeline->setColumnCount(7);
    m_timeline->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_timeline->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_timeline->verticalHeader()->hide();
    m_timeline->horizontalHeader()->setStretchLastSection(true);
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_text->setFont(mono);
    m_state->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(m_intervalLabel, m_interval);
    form->addRow(m_countLabel, m_count);
    form->addRow(m_reachability);
    form->addRow(m_callTest);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addWidget(m_save);
    buttons->addStretch(1);
    auto* split = new QSplitter(Qt::Vertical);
    split->addWidget(m_timeline);
    split->addWidget(m_text);
    split->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_state);
    layout->addWidget(split, 1);
    retranslate();
}

MonitorPanel::~MonitorPanel()
{
    m_next->stop();
    m_engine->cancel();
}

void MonitorPanel::retranslate()
{
    m_intervalLabel->setText(tr("&Every:"));
    m_interval->setSuffix(tr(" s"));
    m_interval->setAccessibleName(tr("Interval between runs in seconds (at least 60)"));
    m_countLabel->setText(tr("&Runs:"));
    m_count->setSpecialValueText(tr("until stopped"));
    m_count->setAccessibleName(tr("Number of runs, 0 until stopped"));
    QStringList labels;
    for (const QString& id : monitor::reachabilityIds())
        if (const RequirementInfo* info = findRequirement(id))
            labels.append(info->label());
    m_reachability->setText(
        tr("Only the &reachability checks (%1)").arg(labels.join(QStringLiteral(", "))));
    m_callTest->setText(tr("With a &call test (%1 s) in each run").arg(calltest::kGuiSeconds));
    m_callTest->setAccessibleDescription(
        tr("Each run ends with a voice-shaped call test; the timeline shows its figures"));
    m_save->setText(tr("&Save summary…"));
    m_save->setAccessibleName(tr("Save the summary of the period as text or JSON"));
    m_timeline->setHorizontalHeaderLabels({tr("Run"), tr("Time"), tr("Result"),
                                           tr("Round-trip time"), tr("Jitter"), tr("Loss"),
                                           tr("Support code")});
    m_timeline->setAccessibleName(tr("Timeline of the monitored runs"));
    m_text->setAccessibleName(tr("Summary of the period"));
    updateState();
}

void MonitorPanel::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

bool MonitorPanel::start()
{
    if (m_active)
        return false;
    QString error;
    if (!m_profileForRun || !m_profileForRun(&m_profile, &error)) {
        QMessageBox::warning(this, tr("Monitor"), error);
        return false;
    }
    m_intervalS = qMax(m_interval->value(), monitor::minimumIntervalS());
    m_planned = m_count->value();
    m_only = m_reachability->isChecked() ? monitor::reachabilityIds() : QStringList();
    // The call test rides on R15 (media.quality), which the reachability set keeps.
    m_profile.callTestSeconds = m_callTest->isChecked() ? calltest::kGuiSeconds : 0;
    m_summary.emplace(m_intervalS, m_planned);
    m_timeline->setRowCount(0);
    m_text->clear();
    m_active = true;
    m_firstStartMs = QDateTime::currentMSecsSinceEpoch();
    logInfo(QStringLiteral("GUI: monitor started, every %1 s, %2 runs")
                .arg(m_intervalS)
                .arg(m_planned));
    startRun();
    return true;
}

void MonitorPanel::stop()
{
    if (!m_active)
        return;
    m_active = false;
    m_next->stop();
    m_engine->cancel();
    logInfo(QStringLiteral("GUI: monitor stopped"));
    updateState();
    Q_EMIT stopped();
}

void MonitorPanel::startRun()
{
    if (!m_active || m_engine->isRunning())
        return;
    m_engine->start(m_profile, m_only);
    updateState();
}

void MonitorPanel::onRunFinished(const Report& report)
{
    if (!m_summary)
        return;
    Q_EMIT runKept();
    // A run cut short by Stop is not a point of the period.
    if (!m_active)
        return;
    m_summary->add(report);
    const MonitorSummary::Point& p = m_summary->points().last();
    const int row = m_timeline->rowCount();
    m_timeline->insertRow(row);
    auto* result = new QTableWidgetItem(statusWord(p.overall));
    result->setIcon(statusLightIcon(p.overall, fontMetrics().height()));
    const QStringList cells{QString::number(p.index),
                            QLocale().toString(p.startedAt.time(), QStringLiteral("HH:mm:ss")),
                            QString(),
                            RunFigures::formatMs(p.figures.rttMs),
                            RunFigures::formatMs(p.figures.jitterMs),
                            RunFigures::formatPct(p.figures.lossPct),
                            p.supportCode};
    for (int c = 0; c < cells.size(); ++c)
        m_timeline->setItem(row, c, c == 2 ? result : new QTableWidgetItem(cells.at(c)));
    m_timeline->item(row, 0)->setToolTip(tr("Run ID: %1").arg(p.runId));
    m_timeline->resizeColumnsToContents();
    m_timeline->scrollToBottom();
    m_text->setPlainText(m_summary->text());
    const int done = int(m_summary->points().size());
    if (m_planned > 0 && done >= m_planned) {
        stop();
        return;
    }
    // Start to start: a run longer than the interval is followed at once.
    const qint64 due = m_firstStartMs + qint64(done) * m_intervalS * 1000;
    m_next->start(int(qMax<qint64>(0, due - QDateTime::currentMSecsSinceEpoch())));
    updateState();
}

void MonitorPanel::updateState()
{
    m_start->setText(m_active ? tr("S&top monitoring") : tr("S&tart monitoring"));
    m_start->setAccessibleName(m_start->text().remove(QLatin1Char('&')));
    m_interval->setEnabled(!m_active);
    m_count->setEnabled(!m_active);
    m_reachability->setEnabled(!m_active);
    m_callTest->setEnabled(!m_active);
    m_save->setEnabled(m_summary && !m_summary->points().isEmpty());
    const int done = m_summary ? int(m_summary->points().size()) : 0;
    QString state;
    if (m_active && m_engine->isRunning())
        state = tr("Run %1 is checking the network…").arg(done + 1);
    else if (m_active)
        state = tr("%n run(s) done; the next starts at %1.", nullptr, done)
                    .arg(QLocale().toString(
                        QDateTime::currentDateTime().addMSecs(m_next->remainingTime()).time(),
                        QLocale::ShortFormat));
    else if (done > 0)
        state = tr("Monitoring ended after %n run(s). Each run is in the history.", nullptr, done);
    else
        state = tr("Runs the diagnosis again at each interval and shows how the results change. "
                   "It stops when this window closes.");
    m_state->setText(state);
}

void MonitorPanel::saveSummary()
{
    if (!m_summary || m_summary->points().isEmpty())
        return;
    QString selected;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save summary"), QDir::home().filePath(QStringLiteral("easyuc-monitor.txt")),
        tr("Text (*.txt);;JSON for support tools (*.json)"), &selected);
    if (path.isEmpty())
        return;
    const QByteArray data = path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive)
                                ? m_summary->json()
                                : m_summary->text().toUtf8();
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit())
        QMessageBox::critical(this, tr("Save summary"),
                              tr("Could not write %1: %2").arg(path, f.errorString()));
}

} // namespace easyuc
