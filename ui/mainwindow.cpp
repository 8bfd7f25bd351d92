#include "mainwindow.h"

#include "checks/registry.h"
#include "engine/catalogue.h"
#include "engine/checkrunner.h"
#include "engine/runcontext.h"
#include "report/textreport.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace easyuc {

namespace {
QColor statusColor(Status s)
{
    switch (s) {
    case Status::Pass: return QColor(0x2e, 0x7d, 0x32);
    case Status::Warn: return QColor(0xef, 0x8f, 0x00);
    case Status::Fail: return QColor(0xc6, 0x28, 0x28);
    default: return QColor(0x75, 0x75, 0x75);
    }
}
} // namespace

MainWindow::MainWindow(RunOptions options, bool runAtOnce, QWidget* parent)
    : QMainWindow(parent), m_options(std::move(options))
{
    setWindowTitle(tr("Easy UC network diagnostic"));
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    auto* top = new QHBoxLayout;
    auto* pbxLabel = new QLabel(tr("&PBX address:"), central);
    m_pbx = new QLineEdit(central);
    m_pbx->setPlaceholderText(tr("e.g. pbx.example.com"));
    pbxLabel->setBuddy(m_pbx);
    QSettings settings;
    m_pbx->setText(m_options.pbx.isEmpty() ? settings.value(QStringLiteral("pbx")).toString()
                                           : m_options.pbx);
    m_start = new QPushButton(tr("Start"), central);
    m_start->setDefault(true);
    top->addWidget(pbxLabel);
    top->addWidget(m_pbx, 1);
    top->addWidget(m_start);
    layout->addLayout(top);
    m_verdict = new QLabel(tr("Press Start (F5) to check this network."), central);
    QFont big = m_verdict->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_verdict->setFont(big);
    layout->addWidget(m_verdict);
    m_tree = new QTreeWidget(central);
    m_tree->setColumnCount(4);
    m_tree->setHeaderLabels({tr("Status"), tr("No."), tr("Requirement"), tr("Result")});
    m_tree->header()->setSectionResizeMode(3, QHeaderView::Stretch);
    layout->addWidget(m_tree, 1);
    setCentralWidget(central);
    resetRows();
    resize(900, 560);

    connect(m_start, &QPushButton::clicked, this, &MainWindow::startOrStop);
    connect(m_pbx, &QLineEdit::returnPressed, this, &MainWindow::startOrStop);
    auto* f5 = new QShortcut(QKeySequence(Qt::Key_F5), this);
    connect(f5, &QShortcut::activated, this, &MainWindow::startOrStop);
    auto* esc = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(esc, &QShortcut::activated, this, [this] {
        if (m_runner && m_runner->isRunning())
            m_runner->cancel();
    });
    if (runAtOnce)
        QTimer::singleShot(0, this, &MainWindow::startOrStop);
}

MainWindow::~MainWindow() = default;

void MainWindow::resetRows()
{
    m_tree->clear();
    for (const RequirementInfo& info : requirementCatalogue()) {
        auto* row = new QTreeWidgetItem(m_tree);
        row->setData(0, Qt::UserRole, info.id);
        row->setText(0, statusGlyph(Status::Skipped));
        row->setText(1, info.label());
        row->setText(2, info.title());
        row->setText(3, info.description());
    }
    for (int c = 0; c < 3; ++c)
        m_tree->resizeColumnToContents(c);
}

QTreeWidgetItem* MainWindow::rowFor(const QString& id) const
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* row = m_tree->topLevelItem(i);
        if (row->data(0, Qt::UserRole).toString() == id)
            return row;
    }
    return nullptr;
}

void MainWindow::startOrStop()
{
    if (m_runner && m_runner->isRunning()) {
        m_runner->cancel();
        return;
    }
    RunOptions opts = m_options;
    opts.pbx = m_pbx->text().trimmed();
    if (!opts.pbx.isEmpty() && !ProfileLoader::isValidHost(opts.pbx)) {
        QMessageBox::warning(this, windowTitle(), tr("\"%1\" is not a valid PBX address.").arg(opts.pbx));
        return;
    }
    Profile profile;
    QString error;
    if (!opts.loadProfile(&profile, &error)) {
        QMessageBox::critical(this, windowTitle(), error);
        return;
    }
    QSettings().setValue(QStringLiteral("pbx"), opts.pbx);
    delete m_runner;
    m_runner = new CheckRunner(this);
    m_runner->setChecks(CheckRegistry::createChecks(profile, opts.only), new RunContext(profile));
    connect(m_runner, &CheckRunner::finished, this, &MainWindow::onFinished);
    connect(m_runner, &CheckRunner::runFinished, this, &MainWindow::onRunFinished);
    connect(m_runner, &CheckRunner::started, this, [this](const QString& id) {
        if (QTreeWidgetItem* row = rowFor(id))
            row->setText(3, tr("Checking…"));
    });
    resetRows();
    m_verdict->setText(tr("Checking…"));
    m_start->setText(tr("Stop"));
    m_runner->start();
}

void MainWindow::onFinished(const RequirementResult& result)
{
    QTreeWidgetItem* row = rowFor(result.id);
    if (!row)
        return;
    row->setText(0, statusGlyph(result.status) + QLatin1Char(' ') + statusWord(result.status));
    row->setForeground(0, statusColor(result.status));
    row->setText(3, result.summary);
    qDeleteAll(row->takeChildren());
    for (const ResultItem& item : result.items) {
        auto* child = new QTreeWidgetItem(row);
        child->setText(0, statusGlyph(item.status) + QLatin1Char(' ') + statusWord(item.status));
        child->setForeground(0, statusColor(item.status));
        child->setText(2, item.target);
        child->setText(3, item.summary);
    }
    m_tree->resizeColumnToContents(0);
}

void MainWindow::onRunFinished(const Report& report)
{
    m_start->setText(tr("Start"));
    m_verdict->setText(statusGlyph(report.overall) + QLatin1Char(' ') +
                       TextReport::verdictSentence(report));
}

} // namespace easyuc
