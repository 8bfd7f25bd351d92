#pragma once

#include <QDateTime>
#include <QList>
#include <QSslCertificate>
#include <QString>

namespace easyuc {

// The outcome of verifying a presented chain against one set of trusted roots.
struct ChainVerification
{
    bool validated = false;
    int errorCode = 0; // OpenSSL's X509_V_ERR_* (0 when validated)
    QString error;     // OpenSSL's verify error string, raw ("unable to get local issuer …")
    QString anchor;    // subject of the trusted root the chain ended at, when validated
    bool nameMismatch = false; // the chain may be fine, but not for this host name
    // Refused for a validity period (expired, not yet valid); issuer and name were fine so far.
    bool dateProblem = false;
};

// How to verify: at which moment, and whether the host name is judged.
struct TrustOptions
{
    QDateTime at;             // verify at this moment (e.g. the servers' time); invalid: now
    bool ignoreDates = false; // validity periods not checked at all
    bool checkName = true;    // false: the host is an address no certificate needs to name
};

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

// Verifies `chain` (leaf first; the rest are untrusted intermediates) for `host`, separately
// against `referenceRoots` and `systemRoots`, with OpenSSL, at the current time unless `options`
// say otherwise. Synchronous, no network.
TrustAnalysis analyseTrust(const QList<QSslCertificate>& chain, const QString& host,
                           const QList<QSslCertificate>& referenceRoots,
                           const QList<QSslCertificate>& systemRoots,
                           const TrustOptions& options = {});

// The interception product named in a distinguished name ("Fortinet", "Zscaler" …), or empty.
QString interceptionProductIn(const QString& distinguishedName);

} // namespace easyuc
