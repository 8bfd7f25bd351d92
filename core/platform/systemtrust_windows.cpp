// "system" on Windows: the CryptoAPI chain engine (CertGetCertificateChain) and the SSL policy
// (CertVerifyCertificateChainPolicy with CERT_CHAIN_POLICY_SSL and the server name), as
// Windows' own TLS clients use them. The engine completes a chain from the presented
// intermediates, the user's and machine's stores, and on demand from Windows Update's root
// list (automatic root update) — so it is never a frozen export of the ROOT store. Network
// retrieval is bounded by dwUrlRetrievalTimeout.
#include "core/platform/platform.h"
#include "core/platform/systemtrust.h"

#include <QDateTime>
#include <string>
// dwUrlRetrievalTimeout and the other fields after RequestedUsage (wincrypt.h).
#define CERT_CHAIN_PARA_HAS_EXTRA_FIELDS
#include <windows.h>
// windows.h first.
#include <wincrypt.h>

namespace easyuc::platform {

namespace {
// OpenSSL's X509_V_ERR_* numbers (openssl/x509_vfy.h), the shared vocabulary of
// ChainVerification; written as numbers so this file needs no OpenSSL header.
constexpr int kCertNotYetValid = 9;
constexpr int kCertHasExpired = 10;
constexpr int kDepthZeroSelfSigned = 18;
constexpr int kSelfSignedInChain = 19;
constexpr int kUnableToGetIssuerLocally = 20;
constexpr int kCertRevoked = 23;
constexpr int kInvalidPurpose = 26;
constexpr int kHostnameMismatch = 62;
constexpr DWORD kUrlRetrievalTimeoutMs = 3000;

QString hresultName(DWORD error)
{
    switch (error) {
    case DWORD(CERT_E_EXPIRED):
        return QStringLiteral("CERT_E_EXPIRED");
    case DWORD(CERT_E_UNTRUSTEDROOT):
        return QStringLiteral("CERT_E_UNTRUSTEDROOT");
    case DWORD(CERT_E_CHAINING):
        return QStringLiteral("CERT_E_CHAINING");
    case DWORD(CERT_E_CN_NO_MATCH):
        return QStringLiteral("CERT_E_CN_NO_MATCH");
    case DWORD(CERT_E_WRONG_USAGE):
        return QStringLiteral("CERT_E_WRONG_USAGE");
    case DWORD(CRYPT_E_REVOKED):
        return QStringLiteral("CRYPT_E_REVOKED");
    default:
        return QStringLiteral("0x%1").arg(qulonglong(error), 8, 16, QLatin1Char('0'));
    }
}

// The X509_V_ERR_* that says the same as the policy's error and the chain's trust status.
int openSslCode(DWORD error, DWORD trust, int presented, const QSslCertificate& leaf)
{
    switch (error) {
    case DWORD(CERT_E_EXPIRED):
        return leaf.effectiveDate() > QDateTime::currentDateTimeUtc() ? kCertNotYetValid
                                                                      : kCertHasExpired;
    case DWORD(CERT_E_CN_NO_MATCH):
        return kHostnameMismatch;
    case DWORD(CRYPT_E_REVOKED):
        return kCertRevoked;
    case DWORD(CERT_E_WRONG_USAGE):
        return kInvalidPurpose;
    case DWORD(CERT_E_UNTRUSTEDROOT):
        return presented == 1 ? kDepthZeroSelfSigned : kSelfSignedInChain;
    case DWORD(CERT_E_CHAINING):
        return kUnableToGetIssuerLocally;
    default:
        if (trust & CERT_TRUST_IS_PARTIAL_CHAIN)
            return kUnableToGetIssuerLocally;
        return -1;
    }
}
} // namespace

bool hasSystemVerifier()
{
    return true;
}

ChainVerification verifyWithSystem(const QList<QSslCertificate>& chain, const QString& host,
                                   const TrustOptions& options)
{
    ChainVerification v;
    v.verifier = QStringLiteral("CryptoAPI");
    if (chain.isEmpty()) {
        v.errorCode = -1;
        v.error = QStringLiteral("no certificate presented");
        return v;
    }
    HCERTSTORE presented = CertOpenStore(CERT_STORE_PROV_MEMORY, 0, 0, 0, nullptr);
    if (!presented) {
        v.errorCode = -1;
        v.error = errorText(int(GetLastError()));
        return v;
    }
    PCCERT_CONTEXT leaf = nullptr;
    for (qsizetype i = 0; i < chain.size(); ++i) {
        const QByteArray der = chain.at(i).toDer();
        PCCERT_CONTEXT added = nullptr;
        if (!CertAddEncodedCertificateToStore(presented, X509_ASN_ENCODING | PKCS_7_ASN_ENCODING,
                                              reinterpret_cast<const BYTE*>(der.constData()),
                                              DWORD(der.size()), CERT_STORE_ADD_ALWAYS, &added))
            continue;
        if (i == 0 && !leaf)
            leaf = added;
        else
            CertFreeCertificateContext(added);
    }
    if (!leaf) {
        CertCloseStore(presented, 0);
        v.errorCode = -1;
        v.error = QStringLiteral("the presented certificate cannot be decoded");
        return v;
    }
    char serverAuth[] = szOID_PKIX_KP_SERVER_AUTH;
    LPSTR usages[] = {serverAuth};
    CERT_CHAIN_PARA para{};
    para.cbSize = sizeof para;
    para.RequestedUsage.dwType = USAGE_MATCH_TYPE_AND;
    para.RequestedUsage.Usage.cUsageIdentifier = 1;
    para.RequestedUsage.Usage.rgpszUsageIdentifier = usages;
    para.dwUrlRetrievalTimeout = kUrlRetrievalTimeoutMs;
    // CertGetCertificateChain's pTime: the moment the chain is judged at (null: now).
    FILETIME at{};
    LPFILETIME atPtr = nullptr;
    if (options.at.isValid()) {
        // FILETIME counts 100 ns intervals since 1601-01-01 (11644473600 s before the Unix epoch).
        const quint64 ticks = (quint64(options.at.toSecsSinceEpoch()) + 11644473600ULL) * 10000000ULL;
        at.dwLowDateTime = DWORD(ticks & 0xffffffffULL);
        at.dwHighDateTime = DWORD(ticks >> 32);
        atPtr = &at;
    }
    PCCERT_CHAIN_CONTEXT built = nullptr;
    if (!CertGetCertificateChain(nullptr, leaf, atPtr, presented, &para, 0, nullptr, &built)) {
        v.errorCode = -1;
        v.error = errorText(int(GetLastError()));
        CertFreeCertificateContext(leaf);
        CertCloseStore(presented, 0);
        return v;
    }
    std::wstring name = host.toStdWString();
    SSL_EXTRA_CERT_CHAIN_POLICY_PARA ssl{};
    ssl.cbSize = sizeof ssl;
    ssl.dwAuthType = AUTHTYPE_SERVER;
    // A null server name: the SSL policy does not judge the name (an address given for a PBX).
    ssl.pwszServerName = options.checkName ? name.data() : nullptr;
    CERT_CHAIN_POLICY_PARA policy{};
    policy.cbSize = sizeof policy;
    policy.pvExtraPolicyPara = &ssl;
    if (options.ignoreDates)
        policy.dwFlags |= CERT_CHAIN_POLICY_IGNORE_ALL_NOT_TIME_VALID_FLAGS;
    CERT_CHAIN_POLICY_STATUS status{};
    status.cbSize = sizeof status;
    const bool ran =
        CertVerifyCertificateChainPolicy(CERT_CHAIN_POLICY_SSL, built, &policy, &status);
    const DWORD trust = built->TrustStatus.dwErrorStatus;
    if (ran && status.dwError == 0) {
        v.validated = true;
        if (built->cChain > 0 && built->rgpChain[0]->cElement > 0) {
            const CERT_SIMPLE_CHAIN* simple = built->rgpChain[0];
            const PCCERT_CONTEXT root = simple->rgpElement[simple->cElement - 1]->pCertContext;
            const QList<QSslCertificate> anchor = QSslCertificate::fromData(
                QByteArray(reinterpret_cast<const char*>(root->pbCertEncoded),
                           qsizetype(root->cbCertEncoded)),
                QSsl::Der);
            if (!anchor.isEmpty())
                v.anchor = anchor.first().subjectDisplayName();
        }
    } else {
        const DWORD error = ran ? status.dwError : GetLastError();
        v.errorCode = openSslCode(error, trust, int(chain.size()), chain.first());
        v.nameMismatch = v.errorCode == kHostnameMismatch;
        v.error = QStringLiteral("%1: %2").arg(hresultName(error), errorText(int(error)));
        v.errorCodes.append(v.errorCode);
        v.errorDepths.append(ran && status.lElementIndex >= 0 ? int(status.lElementIndex) : 0);
    }
    CertFreeCertificateChain(built);
    CertFreeCertificateContext(leaf);
    CertCloseStore(presented, 0);
    return v;
}

} // namespace easyuc::platform
