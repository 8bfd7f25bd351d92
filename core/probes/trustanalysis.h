#pragma once

#include "core/platform/systemtrust.h"
#include "truststore.h"

#include <QDateTime>
#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QString>

namespace easyuc {

// What one presented certificate says about itself.
struct CertificateFacts
{
    QString subject; // RFC 2253: "CN=pbx.example.com,O=Example"
    QString issuer;
    QString issuerName; // the issuer's common name (or organisation), for people
    QString sha256;     // lowercase hex of the DER encoding
};

// Facts about a peer chain for a host name: which trust store accepts it, who issued it,
// whether it names a known interception product, whether the leaf embeds SCTs. No verdict.
struct TrustAnalysis
{
    QString host;
    QList<CertificateFacts> certificates; // as presented, leaf first
    ChainVerification reference;          // against the reference (public) roots
    ChainVerification system;             // against this machine's roots
    QString leafIssuer;                   // RFC 2253
    QString topIssuer;                    // issuer of the last presented certificate
    QString product;                      // a recognised interception product, or empty
    QString productEvidence;              // the name it was recognised in
    int sctCount = 0;                     // SCTs embedded in the leaf
    bool sctMalformed = false;            // the SCT extension is there but unreadable

    bool hasChain() const { return !certificates.isEmpty(); }
};

// The project's one certificate verification, used by every check (R3, R4, R7, R9, R14):
// `chain` (leaf first; the rest are untrusted intermediates) for `host`, at the current time
// unless `options` say otherwise, with OpenSSL against a bundle, or with the platform's verifier
// for trust "system" where the OS has one. The TLS backend that carried the connection
// (OpenSSL, Schannel) never decides.
ChainVerification verifyChain(const QList<QSslCertificate>& chain, const QString& host,
                              const TrustRoots& roots, const TrustOptions& options = {});
// The same outcome as Qt's error list (the shape checks and wording read), one per error.
QList<QSslError> sslErrorsOf(const ChainVerification& verification,
                             const QList<QSslCertificate>& chain);

// Verifies `chain` for `host` separately against `referenceRoots` and `systemRoots` (see
// verifyChain). Synchronous; no network but the platform verifier's bounded retrieval.
TrustAnalysis analyseTrust(const QList<QSslCertificate>& chain, const QString& host,
                           const TrustRoots& referenceRoots, const TrustRoots& systemRoots,
                           const TrustOptions& options = {});

// The interception product named in a distinguished name ("Fortinet", "Zscaler" …), or empty.
QString interceptionProductIn(const QString& distinguishedName);

} // namespace easyuc
