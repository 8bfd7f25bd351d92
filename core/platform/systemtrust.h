#pragma once

#include <QDateTime>
#include <QList>
#include <QSslCertificate>
#include <QString>

namespace easyuc {

// The outcome of verifying a presented chain against one set of trusted roots. Error codes
// are OpenSSL's X509_V_ERR_* on every platform (the platform verifier maps its own onto them),
// so the words for people are the same wherever the verdict came from.
struct ChainVerification
{
    bool validated = false;
    int errorCode = 0;         // the first X509_V_ERR_* (0 when validated; -1: no such code)
    QString error;             // the verifier's own text, raw ("unable to get local issuer …")
    QString anchor;            // subject of the trusted root the chain ended at, when validated
    bool nameMismatch = false; // the chain may be fine, but not for this host name
    QList<int> errorCodes;     // every X509_V_ERR_* seen, first one first
    QList<int> errorDepths;    // the chain position each refers to (0: the leaf)
    QString verifier;          // "openssl" or the platform's ("CryptoAPI")
    // Refused only for a validity period (expired, not yet valid); issuer and name were fine.
    bool dateProblem = false;
};

// How to verify: at which moment, and whether the host name is judged.
struct TrustOptions
{
    QDateTime at;             // verify at this moment (e.g. the servers' time); invalid: now
    bool ignoreDates = false; // validity periods not checked at all
    bool checkName = true;    // false: the host is an address no certificate needs to name
};

namespace platform {

// Whether trust "system" means the OS's own verifier (Windows: the CryptoAPI chain engine,
// which fetches roots on demand like the Easy UC app's browser engine) rather than a bundle
// of roots read once (Linux: the system bundle, verified with OpenSSL).
bool hasSystemVerifier();
// Verifies `chain` (leaf first) for `host` with the OS's verifier, at the moment and with the
// name rule of `options`; bounded network use (root and intermediate retrieval) where the OS
// does any. Only where hasSystemVerifier().
ChainVerification verifyWithSystem(const QList<QSslCertificate>& chain, const QString& host,
                                   const TrustOptions& options);

} // namespace platform
} // namespace easyuc
