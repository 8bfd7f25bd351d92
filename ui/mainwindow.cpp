#include "mainwindow.h"

#include "aboutinfo.h"
#include "calltestpanel.h"
#include "detailspanel.h"
#include "engine/i18n.h"
#include "engine/logging.h"
#include "enginehost.h"
#include "historywindow.h"
#include "hostview.h"
#include "icons.h"
#include "mainactions.h"
#include "profile/hostinput.h"
#include "profileerrordialog.h"
#include "reportexport.h"
#include "resultmodel.h"
#include "resultview.h"
#include "verdictbanner.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableWidget>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace easyuc {

namespace {
const QString kPbxKey = QStringLiteral("pbx");
const QString kLanguageKey = QStringLiteral("language");
const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kFirstRunHintKey = QStringLiteral("hints/pbxFieldShown");
} // namespace

MainWindow::MainWindow(RunOptions options, bool runAtOnce, QWidget* parent)
    : QMainWindow(parent), m_options(std::move(options)), m_settings(UiSettings::load()),
      m_language(QLocale().language() == QLocale::Italian ? QStringLiteral("it")
                                                          : QStringLiteral("en")),
      m_model(new ResultModel(this)), m_engine(new EngineHost(this)),
      m_elapsedTimer(new QTimer(this))
{
    connect(m_engine, &EngineHost::started, this, &MainWindow::onStarted);
    connect(m_engine, &EngineHost::progress, m_model, &ResultModel::setProgress);
    connect(m_engine, &EngineHost::finished, this, &MainWindow::onFinished);
    connect(m_engine, &EngineHost::countChanged, this, &MainWindow::onCount);
    connect(m_engine, &EngineHost::runFinished, this, &MainWindow::onRunFinished);
    setWindowIcon(appIcon());
    m_actions = new MainActions(this);
    connectActions();
    setCentralWidget(createCentral());

    m_progress = new QProgressBar(this);
    m_progress->setTextVisible(true);
    m_progress->setMaximumWidth(fontMetrics().averageCharWidth() * 32);
    m_progress->setRange(0, m_model->requirementCount());
    m_progress->setValue(0);
    m_progress->setVisible(false); // shown once a run counts
    m_elapsed = new QLabel(this);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_elapsed);
    m_elapsedTimer->setInterval(100);
    connect(m_elapsedTimer, &QTimer::timeout, this, &MainWindow::updateElapsed);

    const QString pbx =
        m_options.pbx.isEmpty() ? QSettings().value(kPbxKey).toString() : m_options.pbx;
    m_pbx->setText(pbx);
    QString profileError;
    const bool profileOk = loadProfileForDisplay(
        m_options.pbx.isEmpty() && !m_options.profilePath.isEmpty(), &profileError);
    retranslate();
    validatePbx();
    // Big enough for every row and the advice of the selected one, within the screen.
    QSize size(fontMetrics().height() * 84, fontMetrics().height() * 60);
    if (const QScreen* screen = QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableGeometry().size() * 0.92);
    resize(size);
    restoreGeometry(QSettings().value(kGeometryKey).toByteArray()); // ignored when empty
    m_firstRunHint->setVisible(m_pbx->text().isEmpty() &&
                               !QSettings().value(kFirstRunHintKey).toBool());
    // A profile that cannot be used is asked about first; --run waits for the answer.
    if (!profileOk)
        QTimer::singleShot(
            0, this, [this, profileError, runAtOnce] { askAboutProfile(profileError, runAtOnce); });
    else if (runAtOnce)
        QTimer::singleShot(0, this, &MainWindow::start);
}

MainWindow::~MainWindow() = default;

void MainWindow::connectActions()
{
    connect(m_actions->run, &QAction::triggered, this, &MainWindow::start);
    connect(m_actions->stop, &QAction::triggered, this, &MainWindow::stop);
    connect(m_actions->focusPbx, &QAction::triggered, this, [this] {
        m_pbx->setFocus(Qt::ShortcutFocusReason);
        m_pbx->selectAll();
    });
    connect(m_actions->openProfile, &QAction::triggered, this, &MainWindow::openProfile);
    connect(m_actions->defaultProfile, &QAction::triggered, this, &MainWindow::useDefaultProfile);
    connect(m_actions->quit, &QAction::triggered, this, &QWidget::close);
    connect(m_actions->copy, &QAction::triggered, this, &MainWindow::copySummary);
    connect(m_actions->exportReport, &QAction::triggered, this, &MainWindow::exportInteractive);
    connect(m_actions->saveToDesktop, &QAction::triggered, this, [this] { saveToDesktop(); });
    connect(m_actions->openLog, &QAction::triggered, this, &MainWindow::openLogFolder);
    connect(m_actions->settings, &QAction::triggered, this, &MainWindow::editSettings);
    connect(m_actions->about, &QAction::triggered, this, &MainWindow::about);
    connect(m_actions->history, &QAction::triggered, this, &MainWindow::showHistory);
    HostView::attach(this, m_actions->thisComputer);
    connect(m_actions->italian, &QAction::triggered, this,
            [this] { setLanguage(QStringLiteral("it")); });
    connect(m_actions->english, &QAction::triggered, this,
            [this] { setLanguage(QStringLiteral("en")); });
}

QWidget* MainWindow::createCentral()
{
    auto* central = new QWidget(this);
    m_pbxLabel = new QLabel(central);
    m_pbx = new QLineEdit(central);
    m_pbx->setClearButtonEnabled(true);
    m_pbxLabel->setBuddy(m_pbx);
    QFont fieldFont = m_pbx->font();
    fieldFont.setPointSizeF(fieldFont.pointSizeF() * 1.15);
    m_pbx->setFont(fieldFont);
    connect(m_pbx, &QLineEdit::textChanged, this, &MainWindow::validatePbx);
    connect(m_pbx, &QLineEdit::returnPressed, this, &MainWindow::start);
    m_pbxHint = new QLabel(central);
    m_pbxHint->setWordWrap(true);
    m_pbxHint->setTextFormat(Qt::PlainText);
    // Shown on the very first start only, until a PBX address is typed or a run starts.
    m_firstRunHint = new QLabel(central);
    m_firstRunHint->setWordWrap(true);
    m_firstRunHint->setTextFormat(Qt::PlainText);
    m_firstRunHint->setForegroundRole(QPalette::ToolTipText);
    m_firstRunHint->setBackgroundRole(QPalette::ToolTipBase);
    m_firstRunHint->setAutoFillBackground(true);
    m_firstRunHint->setFrameShape(QFrame::StyledPanel);
    m_firstRunHint->setMargin(fontMetrics().height() / 3);
    m_firstRunHint->hide();
    connect(m_pbx, &QLineEdit::textEdited, this, &MainWindow::dismissFirstRunHint);

    m_start = new QPushButton(central);
    QFont big = m_start->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_start->setFont(big);
    m_start->setMinimumHeight(int(QFontMetrics(big).height() * 2.2));
    m_start->setMinimumWidth(QFontMetrics(big).averageCharWidth() * 14);
    m_start->setIconSize(QSize(QFontMetrics(big).height(), QFontMetrics(big).height()));
    connect(m_start, &QPushButton::clicked, this, [this] { isRunning() ? stop() : start(); });

    auto* field = new QVBoxLayout;
    field->setSpacing(2);
    field->addWidget(m_pbxLabel);
    field->addWidget(m_pbx);
    field->addWidget(m_pbxHint);
    field->addWidget(m_firstRunHint);
    m_callTest = new CallTestPanel(central); // its chart sits in the splitter, below the list
    connect(m_callTest, &CallTestPanel::requested, this, &MainWindow::startCallTest);
    connect(m_engine, &EngineHost::callTestUpdated, m_callTest, &CallTestPanel::showCallTest);
    auto* top = new QHBoxLayout;
    top->addLayout(field, 1);
    top->addWidget(m_start, 0, Qt::AlignTop);
    top->addWidget(m_callTest->button(), 0, Qt::AlignTop);

    m_banner = new VerdictBanner(central);
    m_view = new ResultView(m_model, central);
    m_details = new DetailsPanel;
    auto* scroll = new QScrollArea(central);
    scroll->setWidget(m_details);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* splitter = new QSplitter(Qt::Vertical, central);
    splitter->addWidget(m_view);
    splitter->addWidget(m_callTest);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(central);
    layout->addLayout(top);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::onCurrentChanged);
    connect(m_view, &QAbstractItemView::pressed, this, [this] { m_userSelected = true; });
    connect(m_view, &ResultView::activatedRow, this,
            [this] { m_details->evidenceTable()->setFocus(Qt::OtherFocusReason); });
    setTabOrder(m_pbx, m_start);
    setTabOrder(m_start, m_callTest->button());
    setTabOrder(m_callTest->button(), m_view);
    setTabOrder(m_view, m_details->evidenceTable());
    return central;
}

void MainWindow::retranslate()
{
    // The title once: the platform appends the display name only when it differs from it.
    QGuiApplication::setApplicationDisplayName(tr("Easy UC network diagnostic"));
    setWindowTitle(QGuiApplication::applicationDisplayName());
    m_pbxLabel->setText(tr("&PBX address (the name of your Proxima phone system):"));
    m_pbx->setPlaceholderText(tr("e.g. pbx.example.com"));
    m_pbx->setAccessibleName(tr("PBX address"));
    // The field's clear button is read by its action (Qt names it _q_qlineeditclearaction).
    if (auto* clear = m_pbx->findChild<QAction*>(QStringLiteral("_q_qlineeditclearaction"))) {
        clear->setText(tr("Clear"));
        clear->setToolTip(tr("Clear the PBX address"));
    }
    m_firstRunHint->setText(
        tr("First time here? Type the name of your Proxima phone system in this field, as your "
           "provider or IT department gave it to you (for example pbx.example.com), then press "
           "Start."));
    m_actions->retranslate(m_language);
    m_view->setAccessibleName(tr("Requirements and their results"));
    m_progress->setAccessibleName(tr("Progress"));
    m_model->retranslate();
    validatePbx();
    onCount(m_done, m_total);
    updateElapsed();
    updateActions();
    updateLanguageNote();
    onCurrentChanged();
}

void MainWindow::changeEvent(QEvent* event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings().setValue(kGeometryKey, saveGeometry());
    const QString pbx = m_pbx->text().trimmed();
    if (pbx.isEmpty() || ProfileLoader::isValidHost(pbx))
        QSettings().setValue(kPbxKey, pbx); // what was typed last, even without a run
    m_engine->cancel();
    if (m_history)
        m_history->close(); // a monitor stops with the window
    QMainWindow::closeEvent(event);
}

void MainWindow::dismissFirstRunHint()
{
    if (m_firstRunHint->isHidden())
        return;
    m_firstRunHint->hide();
    QSettings().setValue(kFirstRunHintKey, true);
}

bool MainWindow::setLanguage(const QString& lang)
{
    // The engine thread reads the default locale and the translators while it checks;
    // QLocale::setDefault() is not safe against that, so the language waits for the run's end
    // (the menu entries are disabled meanwhile).
    if (isRunning())
        return false;
    m_language = installLanguage(lang);
    QSettings().setValue(kLanguageKey, m_language);
    // installLanguage() posts LanguageChange to every widget; retranslate() runs from there.
    return true;
}

void MainWindow::updateLanguageNote()
{
    const bool stale = !m_resultsLanguage.isEmpty() && m_resultsLanguage != m_language;
    m_banner->setNote(stale ? tr("The results already shown keep the language they were checked "
                                 "in. Press Start (F5) to check again in this language.")
                            : QString());
}

bool MainWindow::isRunning() const
{
    return m_engine->isRunning();
}

void MainWindow::updateActions()
{
    const bool running = isRunning();
    m_actions->run->setEnabled(!running);
    m_actions->stop->setEnabled(running);
    m_actions->openProfile->setEnabled(!running);
    m_actions->defaultProfile->setEnabled(!running && !m_options.profilePath.isEmpty());
    m_actions->settings->setEnabled(!running);
    m_actions->italian->setEnabled(!running);
    m_actions->english->setEnabled(!running);
    m_actions->copy->setEnabled(m_report.has_value());
    m_actions->exportReport->setEnabled(m_report.has_value());
    m_actions->saveToDesktop->setEnabled(m_report.has_value());
    m_callTest->setRunning(running);
    m_start->setText(running ? tr("Stop") : tr("Start"));
    m_start->setIcon(themedIcon(running ? QStringLiteral("stop") : QStringLiteral("run")));
    m_start->setToolTip(running ? m_actions->stop->toolTip() : m_actions->run->toolTip());
    m_start->setAccessibleName(running ? tr("Stop the diagnosis") : tr("Start the diagnosis"));
}

void MainWindow::validatePbx()
{
    const QString text = m_pbx->text().trimmed();
    const HostInput input = normaliseHostInput(text);
    const bool valid = text.isEmpty() || input.ok();
    QPalette p = m_pbx->palette();
    p.setColor(QPalette::Base, QApplication::palette().color(QPalette::Base));
    if (!valid) {
        QColor tint = statusColor(Status::Fail);
        tint.setAlphaF(0.18);
        p.setColor(QPalette::Base, tint);
    }
    m_pbx->setPalette(p);
    if (!valid)
        m_pbxHint->setText(
            tr("✗ “%1” is not a valid address: type a name such as pbx.example.com.").arg(text));
    else if (text.isEmpty())
        m_pbxHint->setText(tr("Without a PBX address only the Internet, STUN and TLS checks run."));
    else if (input.isAddress)
        m_pbxHint->setText(
            (input.note.isEmpty() ? QString() : input.note + QLatin1Char(' ')) +
            tr("This is an IP address: Easy UC connects to the PBX by its name, and the PBX's "
               "certificate is issued for that name. Enter the name to have it checked too."));
    else
        m_pbxHint->setText(input.note);
    m_pbxHint->setVisible(!m_pbxHint->text().isEmpty());
    m_pbx->setAccessibleDescription(m_pbxHint->text());
    m_actions->run->setEnabled(valid && !isRunning());
    m_start->setEnabled(valid || isRunning());
}

bool MainWindow::loadProfileForDisplay(bool takePbx, QString* error)
{
    Profile profile;
    RunOptions opts = m_options;
    opts.pbx.clear();
    QString ignored;
    if (!opts.loadProfile(&profile, error ? error : &ignored))
        return false;
    if (takePbx && !profile.pbx.isEmpty())
        m_pbx->setText(profile.pbx);
    profile.pbx = normaliseHostInput(m_pbx->text()).host;
    m_details->setProfile(profile);
    return true;
}

void MainWindow::askAboutProfile(const QString& error, bool thenStart)
{
    if (m_profileDialog)
        return;
    logWarn(QStringLiteral("GUI: profile not usable: %1").arg(error));
    m_profileDialog = new ProfileErrorDialog(m_options.profilePath, error, this);
    m_profileDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_profileDialog, &QMessageBox::finished, this, [this, thenStart] {
        if (!m_profileDialog->usesBuiltIn()) {
            close();
            QCoreApplication::exit(3); // as the CLI: bad profile
            return;
        }
        const QString rejected = m_options.profilePath;
        useDefaultProfile();
        statusBar()->showMessage(
            tr("%1 could not be used: checking with the built-in profile.").arg(rejected));
        if (thenStart)
            start();
    });
    m_profileDialog->open();
}

void MainWindow::start()
{
    if (isRunning())
        return;
    const HostInput input = normaliseHostInput(m_pbx->text());
    const QString pbx = input.host;
    if (!m_pbx->text().trimmed().isEmpty() && !input.ok()) {
        m_pbx->setFocus(Qt::OtherFocusReason);
        return;
    }
    Profile profile;
    QString error;
    if (!runProfile(&profile, &error)) {
        askAboutProfile(error, true);
        return;
    }
    if (m_callTestSeconds > 0)
        profile.callTestSeconds = m_callTestSeconds; // "Test a call"; else --call-test, if given
    QSettings().setValue(kPbxKey, pbx);
    dismissFirstRunHint();
    m_details->setProfile(profile);
    m_callTest->beginRun(profile.callTestSeconds);
    logInfo(QStringLiteral("GUI: run started for PBX '%1' with profile %2")
                .arg(pbx, profile.sourcePath));

    m_report.reset();
    m_details->setRootCause(std::nullopt);
    m_userSelected = false;
    m_resultsLanguage = m_language;
    m_model->beginRun();
    m_view->expandToDepth(0);
    m_total = m_model->requirementCount();
    m_done = 0;
    m_banner->showRunning(0, m_total);
    updateLanguageNote();
    m_clock.start();
    m_elapsedTimer->start();
    m_engine->start(profile, m_options.only);
    updateActions();
    Q_EMIT runStarted();
    onCount(0, m_total);
    onCurrentChanged();
}

void MainWindow::startCallTest(int seconds)
{
    m_callTestSeconds = seconds; // start() takes it (the whole diagnosis, then the call)
    start();
    m_callTestSeconds = 0;
}

void MainWindow::stop()
{
    if (!isRunning())
        return;
    statusBar()->showMessage(tr("Stopping…"), 3000);
    m_engine->cancel();
}

void MainWindow::onStarted(const QString& id)
{
    m_model->markStarted(id);
    if (m_model->requirement(m_view->currentIndex()) &&
        m_model->requirement(m_view->currentIndex())->id == id)
        onCurrentChanged();
}

void MainWindow::onFinished(const RequirementResult& result)
{
    m_model->setResult(result);
    // Sub-rows stay folded while the run goes on (an all-silent run would push the list off
    // the screen); the run's end unfolds the one problem it selects.
    const RequirementInfo* shown = m_model->requirement(m_view->currentIndex());
    if (shown && shown->id == result.id)
        onCurrentChanged();
}

void MainWindow::onCount(int done, int total)
{
    m_done = done;
    m_total = total;
    m_progress->setRange(0, qMax(1, total));
    m_progress->setValue(done);
    // Idle (nothing counted yet) says nothing rather than "0 of 0".
    m_progress->setTextVisible(total > 0);
    m_progress->setVisible(total > 0);
    m_progress->setFormat(tr("%1 of %2 checked").arg(done).arg(total));
    if (isRunning())
        m_banner->showRunning(done, total);
}

void MainWindow::onRunFinished(const Report& report)
{
    m_elapsedTimer->stop();
    updateElapsed();
    m_report = report;
    m_banner->showReport(report, ReportExport::supportCode(report));
    m_details->setRootCause(findRootCause(report));
    m_details->setPath(report.host.path);
    updateActions();
    logInfo(QStringLiteral("GUI: run finished, overall %1").arg(statusKey(report.overall)));
    if (!m_userSelected)
        selectFirstProblem();
    Q_EMIT runFinished();
}

void MainWindow::selectFirstProblem()
{
    const ReportEntry* pick = nullptr;
    for (Status wanted : {Status::Fail, Status::Warn}) {
        for (const ReportEntry& e : m_report->entries) {
            if (e.result.status == wanted) {
                pick = &e;
                break;
            }
        }
        if (pick)
            break;
    }
    const QModelIndex index =
        pick ? m_model->indexOf(pick->result.id) : m_model->index(0, 0, m_model->index(0, 0));
    m_view->setCurrentIndex(index);
    if (pick)
        m_view->expand(index);
    m_view->scrollTo(index);
}

void MainWindow::onCurrentChanged()
{
    const QModelIndex current = m_view->currentIndex();
    const RequirementInfo* info = m_model->requirement(current);
    if (!info) {
        m_details->showNothing();
        return;
    }
    const RequirementResult* result = m_model->result(current);
    m_details->showRequirement(*info, m_model->state(current),
                               result ? std::optional<RequirementResult>(*result) : std::nullopt);
}

void MainWindow::updateElapsed()
{
    if (!m_clock.isValid()) {
        m_elapsed->setText(QString());
        return;
    }
    const qint64 ms = isRunning() || !m_report ? m_clock.elapsed() : m_report->durationMs;
    m_elapsed->setText(tr("Elapsed: %1").arg(formatDuration(ms)));
}

void MainWindow::openProfile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open profile"), QDir::homePath(),
                                                      tr("Requirement profiles (*.json)"));
    if (path.isEmpty())
        return;
    RunOptions opts = m_options;
    opts.profilePath = path;
    opts.pbx.clear();
    Profile profile;
    QString error;
    if (!opts.loadProfile(&profile, &error)) {
        QMessageBox::critical(this, tr("Open profile"), error);
        return;
    }
    m_options.profilePath = path;
    loadProfileForDisplay(true);
    statusBar()->showMessage(tr("Profile: %1").arg(profile.name), 5000);
    updateActions();
}

void MainWindow::useDefaultProfile()
{
    m_options.profilePath.clear();
    loadProfileForDisplay(false);
    updateActions();
}

void MainWindow::editSettings()
{
    SettingsDialog dialog(m_settings, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_settings = dialog.settings();
    const QString notKept = m_settings.save();
    if (!notKept.isEmpty())
        statusBar()->showMessage(notKept, 15000);
}

} // namespace easyuc
