#pragma once

#include <QList>
#include <QSslCertificate>
#include <QString>
#include <initializer_list>

namespace easyuc {

// The roots a chain is verified against: a bundle (a path, "builtin", or "system" where the
// system's roots are a bundle, as on Linux), or the platform's own verifier ("system" on
// Windows). Either way one verification decides (core/probes/trustanalysis.h verifyChain).
struct TrustRoots
{
    TrustRoots() = default;
    TrustRoots(QList<QSslCertificate> roots) : certificates(std::move(roots)) {}
    TrustRoots(std::initializer_list<QSslCertificate> roots) : certificates(roots) {}

    QList<QSslCertificate> certificates;
    bool platformVerifier = false; // verify with platform::verifyWithSystem instead

    bool isEmpty() const { return certificates.isEmpty() && !platformVerifier; }
    qsizetype size() const { return certificates.size(); }
};

// Loads a trust store named by the profile: "system" (the operating system's roots, or its
// verifier where it has one), "builtin" (the bundled Mozilla roots, resources/trust) or the
// path of a PEM bundle. Returns false with a raw error when nothing usable was found.
bool loadTrustStore(const QString& spec, TrustRoots* roots, QString* error);

} // namespace easyuc
