#include "aboutinfo.h"

#include <QCoreApplication>
#include <QSslSocket>
#include <QSysInfo>

#if __has_include(<nice/nice-version.h>)
#include <nice/nice-version.h>
#endif

namespace easyuc {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(About)
};
} // namespace

QString libniceVersion()
{
#if defined(NICE_VERSION_MAJOR)
    return QStringLiteral("%1.%2.%3")
        .arg(NICE_VERSION_MAJOR)
        .arg(NICE_VERSION_MINOR)
        .arg(NICE_VERSION_MICRO);
#else
    return QStringLiteral(EASYUC_NICE_PKG_VERSION);
#endif
}

QString openSslVersion()
{
    // The same libssl the core links against (Debian ships one OpenSSL 3).
    return QSslSocket::sslLibraryVersionString();
}

QString aboutText()
{
    const QString rows =
        QStringLiteral("<tr><td>%1</td><td>%2</td></tr>")
            .arg(Tr::tr("App"), QStringLiteral(EASYUC_VERSION).toHtmlEscaped()) +
        QStringLiteral("<tr><td>%1</td><td>%2</td></tr>")
            .arg(QStringLiteral("Qt"), QString::fromLatin1(qVersion()).toHtmlEscaped()) +
        QStringLiteral("<tr><td>%1</td><td>%2</td></tr>")
            .arg(QStringLiteral("OpenSSL"), openSslVersion().toHtmlEscaped()) +
        QStringLiteral("<tr><td>%1</td><td>%2</td></tr>")
            .arg(QStringLiteral("libnice"), libniceVersion().toHtmlEscaped()) +
        QStringLiteral("<tr><td>%1</td><td>%2</td></tr>")
            .arg(Tr::tr("System"), QSysInfo::prettyProductName().toHtmlEscaped());
    return QStringLiteral("<h3>%1</h3><p>%2</p><table cellspacing=\"4\">%3</table>")
        .arg(Tr::tr("Easy UC network diagnostic").toHtmlEscaped(),
             Tr::tr("Checks whether this network meets every requirement of the Easy UC app and "
                    "its Proxima phone system, and says what to change where it does not.")
                 .toHtmlEscaped(),
             rows);
}

} // namespace easyuc
