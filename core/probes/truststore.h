#pragma once

#include <QList>
#include <QSslCertificate>
#include <QString>

namespace easyuc {

// Loads a trust store named by the profile: "system" (the operating system's roots),
// "builtin" (the bundled Mozilla roots, resources/trust) or the path of a PEM bundle.
// Returns false with a raw error when nothing usable was found.
bool loadTrustStore(const QString& spec, QList<QSslCertificate>* roots, QString* error);

} // namespace easyuc
