#include "truststore.h"

#include "core/platform/systemtrust.h"

#include <QFile>
#include <QSslConfiguration>

namespace easyuc {

bool loadTrustStore(const QString& spec, TrustRoots* roots, QString* error)
{
    *roots = TrustRoots{};
    if (spec == QStringLiteral("system") && platform::hasSystemVerifier()) {
        roots->platformVerifier = true;
        return true;
    }
    if (spec == QStringLiteral("system")) {
        roots->certificates = QSslConfiguration::systemCaCertificates();
    } else {
        const QString path =
            spec == QStringLiteral("builtin") ? QStringLiteral(":/trust/mozilla-roots.pem") : spec;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
            return false;
        }
        roots->certificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    }
    if (roots->isEmpty()) {
        *error = QStringLiteral("no certificates in trust store \"%1\"").arg(spec);
        return false;
    }
    return true;
}

} // namespace easyuc
