#include "settingsdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace easyuc {

namespace {
const QString kTimeout = QStringLiteral("run/timeoutMs");
const QString kRemember = QStringLiteral("turn/remember");
const QString kFullReport = QStringLiteral("report/full");
const QString kUser = QStringLiteral("turn/username");
const QString kPassword = QStringLiteral("turn/password");
} // namespace

UiSettings UiSettings::load()
{
    QSettings s;
    UiSettings out;
    out.timeoutMs = s.value(kTimeout, 0).toInt();
    out.remember = s.value(kRemember, false).toBool();
    out.fullReport = s.value(kFullReport, true).toBool();
    if (out.remember) {
        out.turnUser = s.value(kUser).toString();
        out.turnPassword = s.value(kPassword).toString();
    }
    return out;
}

void UiSettings::save() const
{
    QSettings s;
    s.setValue(kTimeout, timeoutMs);
    s.setValue(kRemember, remember);
    s.setValue(kFullReport, fullReport);
    if (remember) {
        s.setValue(kUser, turnUser);
        s.setValue(kPassword, turnPassword);
    } else {
        s.remove(kUser);
        s.remove(kPassword);
    }
}

SettingsDialog::SettingsDialog(const UiSettings& settings, QWidget* parent)
    : QDialog(parent), m_timeout(new QSpinBox(this)), m_user(new QLineEdit(this)),
      m_password(new QLineEdit(this)), m_remember(new QCheckBox(this)),
      m_fullReport(new QCheckBox(this))
{
    setWindowTitle(tr("Settings"));
    m_timeout->setRange(0, 60);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setSpecialValueText(tr("As in the profile"));
    m_timeout->setValue(settings.timeoutMs / 1000);
    m_timeout->setAccessibleName(tr("Time limit per check, in seconds"));

    m_user->setText(settings.turnUser);
    m_user->setAccessibleName(tr("TURN user name"));
    m_password->setText(settings.turnPassword);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("TURN password"));
    m_remember->setText(tr("&Remember the TURN credentials on this computer"));
    m_remember->setChecked(settings.remember);

    auto* run = new QGroupBox(tr("Run"), this);
    auto* runForm = new QFormLayout(run);
    runForm->addRow(tr("&Time limit per check:"), m_timeout);
    // --report-detail for the window: off gives the short report (no raw evidence, no appendix).
    m_fullReport->setText(tr("Reports include the raw &evidence and the appendix"));
    m_fullReport->setChecked(settings.fullReport);
    runForm->addRow(m_fullReport);

    auto* turn = new QGroupBox(tr("TURN credentials (optional)"), this);
    auto* turnForm = new QFormLayout(turn);
    auto* note = new QLabel(tr("With credentials, R9 makes a full TURN allocation. Without them it "
                               "proves the path only. They are kept in memory until you close "
                               "the app unless you tick the box below, and never appear in a "
                               "report or a log."),
                            turn);
    note->setWordWrap(true);
    turnForm->addRow(note);
    turnForm->addRow(tr("&User name:"), m_user);
    turnForm->addRow(tr("&Password:"), m_password);
    turnForm->addRow(m_remember);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(run);
    layout->addWidget(turn);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 70, sizeHint().height());
}

UiSettings SettingsDialog::settings() const
{
    UiSettings out;
    out.timeoutMs = m_timeout->value() * 1000;
    out.turnUser = m_user->text().trimmed();
    out.turnPassword = m_password->text();
    out.remember = m_remember->isChecked();
    out.fullReport = m_fullReport->isChecked();
    return out;
}

} // namespace easyuc
