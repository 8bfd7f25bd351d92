#pragma once

#include "engine/report.h"

#include <QWidget>

class QLabel;

namespace easyuc {

class LightWidget;

// The overall verdict in one sentence, with its light and, after a run, the support code.
class VerdictBanner : public QWidget
{
    Q_OBJECT
public:
    explicit VerdictBanner(QWidget* parent = nullptr);
    void showIdle();
    void showRunning(int done, int total);
    void showReport(const Report& report, const QString& supportCode);
    // A line under the verdict (e.g. that shown results keep the language they ran in).
    void setNote(const QString& note);

    QString sentence() const;
    // The lines under the sentence: the action or the named problems, then the support code.
    QString detail() const;
    QString supportCode() const { return m_code; }

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    enum class Mode
    {
        Idle,
        Running,
        Done
    };
    void render();

    Mode m_mode = Mode::Idle;
    Report m_report;
    QString m_code;
    int m_done = 0;
    int m_total = 0;
    LightWidget* m_light;
    QLabel* m_sentence;
    QLabel* m_detail;
    QLabel* m_note;
};

} // namespace easyuc
