#pragma once

#include <QDialog>
#include <QString>

class QCheckBox;
class QLineEdit;
class QSpinBox;

namespace easyuc {

// What the user may change between runs. TURN credentials stay in memory unless `remember`:
// then the user name goes to the app's settings and the password to the system's key store
// (SecretStore), never to a file.
struct UiSettings
{
    int timeoutMs = 0; // 0: the profile's
    QString turnUser;
    QString turnPassword;
    bool remember = false;
    bool fullReport = true; // exported reports carry the raw evidence and the appendix

    static UiSettings load();
    // Empty when everything asked was kept; else a translated sentence saying what was not.
    QString save() const;
};

// Settings: the time limit per check and the TURN credentials.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(const UiSettings& settings, QWidget* parent = nullptr);
    UiSettings settings() const;

private:
    QSpinBox* m_timeout;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QCheckBox* m_remember;
    QCheckBox* m_fullReport;
};

} // namespace easyuc
