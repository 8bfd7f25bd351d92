#include "settingsdialog.h"

#include "secrets/secretstore.h"

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
// Where versions before the key store kept the password in clear: read once, moved, erased.
const QString kLegacyPassword = QStringLiteral("turn/password");
const QString kSecretKey = QStringLiteral("turn-password");
} // namespace

UiSettings UiSettings::load()
{
    QSettings s;
    UiSettings out;
    out.timeoutMs = s.value(kTimeout, 0).toInt();
    out.remember = s.value(kRemember, false).toBool();
    if (s.contains(kLegacyPassword)) {
        const QString legacy = s.value(kLegacyPassword).toString();
        if (out.remember && !legacy.isEmpty())
            SecretStore::write(kSecretKey, legacy, nullptr);
        s.remove(kLegacyPassword);
    }
    out.fullReport = s.value(kFullReport, true).toBool();
    if (out.remember) {
        out.turnUser = s.value(kUser).toString();
        out.turnPassword = SecretStore::read(kSecretKey, nullptr).value_or(QString());
    }
    return out;
}

QString UiSettings::save() const
{
    QSettings s;
    const bool wasRemembered = s.value(kRemember, false).toBool();
    s.setValue(kTimeout, timeoutMs);
    s.setValue(kRemember, remember);
    s.setValue(kFullReport, fullReport);
    s.remove(kLegacyPassword);
    if (!remember) {
        s.remove(kUser);
        if (wasRemembered)
            SecretStore::remove(kSecretKey);
        return {};
    }
    s.setValue(kUser, turnUser);
    if (turnPassword.isEmpty()) {
        SecretStore::remove(kSecretKey);
        return {};
    }
    if (!SecretStore::compiledIn())
        return SettingsDialog::tr(
            "The TURN password was not saved: this build cannot use the system's key store. "
            "It is kept until you close the app.");
    QString error;
    if (!SecretStore::write(kSecretKey, turnPassword, &error))
        return SettingsDialog::tr(
                   "The TURN password was not saved: the system's key store refused it (%1). It is "
                   "kept until you close the app.")
            .arg(error);
    return {};
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
    m_remember->setText(SecretStore::compiledIn()
                            ? tr("&Remember the TURN credentials on this computer")
                            : tr("&Remember the TURN user name on this computer"));
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
    const QString where =
        SecretStore::compiledIn()
            ? tr("If you tick the box below, the password is kept in the system's key store, "
                 "never in a file.")
            : tr("This build cannot use the system's key store, so the password is never saved: "
                 "type it again after restarting the app.");
    auto* note = new QLabel(tr("With credentials, R9 makes a full TURN allocation. Without them it "
                               "proves the path only. They are kept in memory until you close "
                               "the app and never appear in a report or a log. %1")
                                .arg(where),
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
