#pragma once

#include <QMessageBox>

class QAbstractButton;

namespace easyuc {

// A profile that cannot be read or is invalid, said out loud: the error (file, key) and the
// choice to go on with the built-in profile or to quit. Never a silent fallback.
class ProfileErrorDialog : public QMessageBox
{
    Q_OBJECT
public:
    ProfileErrorDialog(const QString& path, const QString& error, QWidget* parent = nullptr);

    QAbstractButton* useBuiltInButton() const { return m_useBuiltIn; }
    QAbstractButton* quitButton() const { return m_quit; }
    // True once the user chose the built-in profile.
    bool usesBuiltIn() const;

private:
    QAbstractButton* m_useBuiltIn = nullptr;
    QAbstractButton* m_quit = nullptr;
};

} // namespace easyuc
