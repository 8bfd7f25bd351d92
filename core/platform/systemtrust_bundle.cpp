// Linux and the other seams: "system" is the system's root bundle, read once by
// core/probes/truststore.cpp and verified with OpenSSL like any profile bundle.
#include "core/platform/systemtrust.h"

namespace easyuc::platform {

bool hasSystemVerifier()
{
    return false;
}

ChainVerification verifyWithSystem(const QList<QSslCertificate>& chain, const QString& host,
                                   const TrustOptions& options)
{
    Q_UNUSED(chain);
    Q_UNUSED(host);
    Q_UNUSED(options);
    ChainVerification v;
    v.errorCode = -1;
    v.error = QStringLiteral("no platform verifier on this system");
    return v;
}

} // namespace easyuc::platform
