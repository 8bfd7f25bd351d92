#include "mainactions.h"

#include "icons.h"

#include <QAction>
#include <QActionGroup>
#include <QMainWindow>
#include <QMenuBar>
#include <QToolBar>

namespace easyuc {

namespace {
QAction* make(QObject* parent, const QString& icon, const QKeySequence& keys = {})
{
    auto* a = new QAction(parent);
    if (!icon.isEmpty())
        a->setIcon(themedIcon(icon));
    a->setShortcut(keys);
    return a;
}
} // namespace

MainActions::MainActions(QMainWindow* window)
    : QObject(window), run(make(window, QStringLiteral("run"), Qt::Key_F5)),
      stop(make(window, QStringLiteral("stop"), Qt::Key_Escape)),
      focusPbx(make(window, {}, Qt::CTRL | Qt::Key_L)),
      openProfile(make(window, QStringLiteral("open"), QKeySequence::Open)),
      defaultProfile(make(window, {})), quit(make(window, {}, Qt::CTRL | Qt::Key_Q)),
      copy(make(window, QStringLiteral("copy"), Qt::CTRL | Qt::SHIFT | Qt::Key_C)),
      exportReport(make(window, QStringLiteral("export"), Qt::CTRL | Qt::Key_E)),
      saveToDesktop(make(window, {}, Qt::CTRL | Qt::Key_S)),
      openLog(make(window, QStringLiteral("log"))), history(make(window, {}, Qt::CTRL | Qt::Key_H)),
      settings(make(window, QStringLiteral("settings"), Qt::CTRL | Qt::Key_Comma)),
      italian(nullptr), english(nullptr), about(make(window, QStringLiteral("about"), Qt::Key_F1)),
      m_languages(new QActionGroup(this))
{
    // Language names are written in their own language, never translated.
    italian = new QAction(QStringLiteral("&Italiano"), m_languages);
    english = new QAction(QStringLiteral("&English"), m_languages);
    italian->setCheckable(true);
    english->setCheckable(true);
    // Shortcuts work wherever the focus is, menus open or not.
    window->addActions({run, stop, focusPbx});

    QMenuBar* bar = window->menuBar();
    m_runMenu = bar->addMenu(QString());
    m_runMenu->addActions({run, stop, focusPbx});
    m_runMenu->addSeparator();
    m_runMenu->addActions({openProfile, defaultProfile});
    m_runMenu->addSeparator();
    m_runMenu->addAction(quit);
    m_reportMenu = bar->addMenu(QString());
    m_reportMenu->addActions({copy, saveToDesktop, exportReport});
    m_reportMenu->addSeparator();
    m_reportMenu->addAction(history);
    m_reportMenu->addAction(openLog);
    m_settingsMenu = bar->addMenu(QString());
    m_settingsMenu->addAction(settings);
    m_languageMenu = m_settingsMenu->addMenu(themedIcon(QStringLiteral("language")), QString());
    m_languageMenu->addActions({italian, english});
    m_helpMenu = bar->addMenu(QString());
    m_helpMenu->addAction(about);

    m_toolBar = window->addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addActions({openProfile, settings});
    m_toolBar->addSeparator();
    m_toolBar->addActions({copy, exportReport, openLog});
}

void MainActions::retranslate(const QString& lang)
{
    run->setText(tr("&Start the diagnosis"));
    run->setToolTip(tr("Start the diagnosis (F5)"));
    stop->setText(tr("S&top"));
    stop->setToolTip(tr("Stop the diagnosis (Esc)"));
    focusPbx->setText(tr("Edit the PBX &address"));
    openProfile->setText(tr("&Open profile…"));
    openProfile->setToolTip(tr("Use the requirements of another profile file"));
    defaultProfile->setText(tr("Use the &default profile"));
    quit->setText(tr("&Quit"));
    copy->setText(tr("&Copy summary"));
    copy->setToolTip(tr("Copy a text summary of the results (Ctrl+Shift+C)"));
    exportReport->setText(tr("&Export report…"));
    exportReport->setToolTip(tr("Save the report to attach to a support case (Ctrl+E)"));
    saveToDesktop->setText(tr("&Save report to the Desktop and open it"));
    saveToDesktop->setToolTip(tr("Save the PDF report on the Desktop and open it (Ctrl+S)"));
    openLog->setText(tr("Open &log folder"));
    history->setText(tr("&History and monitoring…"));
    history->setToolTip(tr("Past runs on this computer: open, compare, clear; monitor the "
                           "network over time (Ctrl+H)"));
    settings->setText(tr("&Settings…"));
    about->setText(tr("&About Easy UC diagnostic"));
    m_runMenu->setTitle(tr("&Diagnosis"));
    m_reportMenu->setTitle(tr("&Report"));
    m_settingsMenu->setTitle(tr("Se&ttings"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_toolBar->setWindowTitle(tr("Toolbar"));
    italian->setChecked(lang == QStringLiteral("it"));
    english->setChecked(lang == QStringLiteral("en"));
}

} // namespace easyuc
