#pragma once

#include "engine/report.h"
#include "engine/runoptions.h"

#include <QMainWindow>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace easyuc {

class CheckRunner;

// The main window: PBX field, Start/Stop, one row per requirement filled in as checks finish.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(RunOptions options, bool runAtOnce, QWidget* parent = nullptr);
    ~MainWindow() override;

private:
    void startOrStop();
    void onFinished(const RequirementResult& result);
    void onRunFinished(const Report& report);
    QTreeWidgetItem* rowFor(const QString& id) const;
    void resetRows();

    RunOptions m_options;
    QLineEdit* m_pbx = nullptr;
    QPushButton* m_start = nullptr;
    QLabel* m_verdict = nullptr;
    QTreeWidget* m_tree = nullptr;
    CheckRunner* m_runner = nullptr;
};

} // namespace easyuc
