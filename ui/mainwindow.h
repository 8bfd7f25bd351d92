#pragma once

#include "engine/report.h"
#include "engine/runoptions.h"
#include "profileerrordialog.h"
#include "settingsdialog.h"

#include <QElapsedTimer>
#include <QMainWindow>
#include <QPointer>
#include <optional>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTimer;

namespace easyuc {

class CallTestPanel;
class EngineHost;
class HistoryWindow;
class DetailsPanel;
class MainActions;
class ResultModel;
class ResultView;
class VerdictBanner;

// The main window: PBX field and Start/Stop on top, the verdict, the requirement tree with live
// lights, the details of the selected row, progress in the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(RunOptions options, bool runAtOnce, QWidget* parent = nullptr);
    ~MainWindow() override;

    void start();
    // Starts the diagnosis with a call test of `seconds` (issue 14; calltestpanel).
    void startCallTest(int seconds);
    void stop();
    bool isRunning() const;
    // "it" or "en": installs the translators; everything visible follows at once. Refused
    // (false) while a run is going: the engine thread must not see the locale change under it.
    bool setLanguage(const QString& lang);
    QString language() const { return m_language; }
    // The last finished run's report, if any.
    const std::optional<Report>& report() const { return m_report; }
    bool exportReport(const QString& path, QString* error);
    // Writes the report (PDF when available) to the Desktop and opens it; returns the path, or
    // an empty string after telling the user why it failed.
    QString saveToDesktop();
    void copySummary();
    // The history window (past runs, compare, monitor), made on first use; shown and raised.
    HistoryWindow* showHistory();
    // The profile a run uses now: the field's PBX, the settings' deadline and TURN credentials.
    bool runProfile(Profile* profile, QString* error) const;

    // For tests and screenshots.
    ResultModel* model() const { return m_model; }
    ResultView* view() const { return m_view; }
    DetailsPanel* details() const { return m_details; }
    VerdictBanner* banner() const { return m_banner; }
    QLineEdit* pbxField() const { return m_pbx; }
    QLabel* firstRunHint() const { return m_firstRunHint; }
    QPushButton* startButton() const { return m_start; }
    CallTestPanel* callTestPanel() const { return m_callTest; }
    // The open "profile not usable" question, if any.
    ProfileErrorDialog* profileDialog() const { return m_profileDialog; }

Q_SIGNALS:
    void runStarted();
    void runFinished();

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void connectActions();
    QWidget* createCentral();
    void retranslate();
    void updateActions();
    void validatePbx();
    void dismissFirstRunHint();
    // False (and the error) when the profile cannot be used.
    bool loadProfileForDisplay(bool takePbx, QString* error = nullptr);
    // Shows the profile error with the choice: built-in profile (then start if asked) or quit.
    void askAboutProfile(const QString& error, bool thenStart);
    void onStarted(const QString& id);
    void onFinished(const RequirementResult& result);
    void onCount(int done, int total);
    void onRunFinished(const Report& report);
    void onCurrentChanged();
    void selectFirstProblem();
    void updateElapsed();
    void updateLanguageNote();
    void openProfile();
    void useDefaultProfile();
    void editSettings();
    void exportInteractive();
    void openLogFolder();
    void about();

    RunOptions m_options;
    UiSettings m_settings;
    QString m_language;
    QString m_resultsLanguage;
    std::optional<Report> m_report;
    bool m_userSelected = false;
    int m_done = 0;
    int m_total = 0;

    ResultModel* m_model = nullptr;
    ResultView* m_view = nullptr;
    DetailsPanel* m_details = nullptr;
    VerdictBanner* m_banner = nullptr;
    QLabel* m_pbxLabel = nullptr;
    QLineEdit* m_pbx = nullptr;
    QLabel* m_pbxHint = nullptr;
    QLabel* m_firstRunHint = nullptr;
    QPushButton* m_start = nullptr;
    CallTestPanel* m_callTest = nullptr;
    int m_callTestSeconds = 0; // asked for by the panel, taken by start()
    QProgressBar* m_progress = nullptr;
    QLabel* m_elapsed = nullptr;
    EngineHost* m_engine = nullptr;
    QTimer* m_elapsedTimer = nullptr;
    QElapsedTimer m_clock;

    MainActions* m_actions = nullptr;
    QPointer<ProfileErrorDialog> m_profileDialog;
    QPointer<HistoryWindow> m_history;
};

} // namespace easyuc
