#pragma once

#include <QObject>

class QAction;
class QActionGroup;
class QMainWindow;
class QMenu;
class QToolBar;

namespace easyuc {

// The main window's commands with their shortcuts, menus and toolbar; the window connects them.
class MainActions : public QObject
{
    Q_OBJECT
public:
    explicit MainActions(QMainWindow* window);
    // Re-reads every text; `lang` ("it"/"en") checks the matching language entry.
    void retranslate(const QString& lang);

    QAction* run;
    QAction* stop;
    QAction* focusPbx;
    QAction* openProfile;
    QAction* defaultProfile;
    QAction* quit;
    QAction* copy;
    QAction* exportReport;
    QAction* saveToDesktop;
    QAction* openLog;
    QAction* history;
    QAction* settings;
    QAction* italian;
    QAction* english;
    QAction* about;

private:
    QActionGroup* m_languages;
    QMenu* m_runMenu;
    QMenu* m_reportMenu;
    QMenu* m_settingsMenu;
    QMenu* m_languageMenu;
    QMenu* m_helpMenu;
    QToolBar* m_toolBar;
};

} // namespace easyuc
