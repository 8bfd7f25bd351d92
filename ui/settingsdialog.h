#pragma once

#include <QDialog>
#include <QString>

class QCheckBox;
class QLineEdit;
class QSpinBox;

namespace easyuc {

// What the user may change between runs. TURN credentials stay in memory unless `remember`.
struct UiSettings
{
    int timeoutMs = 0; // 0: the profile's
    QString turnUser;
    QString turnPassword;
    bool remember = false;
    bool fullReport = true; // exported reports carry the raw evidence and the appendix

    static UiSettings load();
    void save() const;
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
