#include "profileerrordialog.h"

#include <QAbstractButton>
#include <QFileInfo>
#include <QPushButton>

namespace easyuc {

ProfileErrorDialog::ProfileErrorDialog(const QString& path, const QString& error, QWidget* parent)
    : QMessageBox(parent)
{
    setIcon(QMessageBox::Warning);
    setWindowTitle(tr("Profile not usable"));
    setTextFormat(Qt::PlainText); // the error quotes the file's own text
    setText(tr("The requirement profile %1 cannot be used.").arg(QFileInfo(path).fileName()));
    setInformativeText(tr("%1\n\nCorrect the file and open it again, or check this network "
                          "against the built-in Proxima profile.")
                           .arg(error));
    m_useBuiltIn = addButton(tr("Use the &built-in profile"), QMessageBox::AcceptRole);
    m_quit = addButton(tr("&Quit"), QMessageBox::RejectRole);
    setDefaultButton(qobject_cast<QPushButton*>(m_useBuiltIn));
    setEscapeButton(m_quit);
    setAccessibleName(windowTitle());
    setAccessibleDescription(error);
}

bool ProfileErrorDialog::usesBuiltIn() const
{
    return clickedButton() == m_useBuiltIn;
}

} // namespace easyuc
