#include "truststore.h"

#include <QFile>
#include <QSslConfiguration>

namespace easyuc {

bool loadTrustStore(const QString& spec, QList<QSslCertificate>* roots, QString* error)
{
    if (spec == QStringLiteral("system")) {
        *roots = QSslConfiguration::systemCaCertificates();
    } else {
        const QString path =
            spec == QStringLiteral("builtin") ? QStringLiteral(":/trust/mozilla-roots.pem") : spec;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
            return false;
        }
        *roots = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    }
    if (roots->isEmpty()) {
        *error = QStringLiteral("no certificates in trust store \"%1\"").arg(spec);
        return false;
    }
    return true;
}

} // namespace easyuc
