#pragma once

#include "../engine/status.h"
#include "../probes/trustanalysis.h"

#include <QString>

namespace easyuc {

// What a chain analysis means for R14 (tls.interception), as a stable code.
enum class TrustFinding
{
    Trusted,             // validates against the reference roots, SCTs as required
    MissingSct,          // trusted, but the leaf embeds no SCT while the profile requires one
    NoCertificate,       // nothing to judge: no chain was presented
    LocalAuthority,      // validates only against this machine's roots: re-signed locally
    InterceptionProduct, // a chain certificate names a known interception product
    Untrusted,           // validates against neither store
    ClockWrong           // refused at this computer's date only; trusted at the servers' date
};

// The verdict on one chain: status, stable code, raw detail and people's words, kept apart.
struct TrustVerdict
{
    Status status = Status::Warn;
    TrustFinding finding = TrustFinding::NoCertificate;
    QString detail;  // raw: OpenSSL's error, the name a product was recognised in …
    QString summary; // one translated sentence
};

// "trusted", "missing-sct", "no-certificate", "local-authority", "interception-product",
// "untrusted", "clock-wrong".
QString trustFindingKey(TrustFinding finding);

// Fail when the chain names an interception product, validates only against the system store
// or against neither; warn when it is trusted but an SCT is required and missing; else pass.
TrustVerdict judgeTrust(const TrustAnalysis& analysis, bool requireSct);

// The verdict when a chain was refused at this computer's date alone and `atServerTime` (the
// same chain verified at the servers' time, or with dates ignored when `serverTime` is
// invalid) shows its issuer: interception is still caught by issuer trust; a chain the public
// roots accept is not proven either way while the clock is wrong (warn, ClockWrong).
TrustVerdict judgeTrustAtServerTime(const TrustAnalysis& atServerTime, bool requireSct,
                                    const QDateTime& serverTime);

} // namespace easyuc
