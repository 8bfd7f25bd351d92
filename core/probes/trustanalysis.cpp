#include "trustanalysis.h"

#include <QCryptographicHash>
#include <QHostAddress>
#include <memory>
#include <openssl/ct.h>
#include <openssl/err.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>
#include <vector>

namespace easyuc {

namespace {

template <typename T, void (*Free)(T*)> struct Deleter
{
    void operator()(T* p) const { Free(p); }
};
using X509Ptr = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using StorePtr = std::unique_ptr<X509_STORE, Deleter<X509_STORE, X509_STORE_free>>;
using StoreCtxPtr = std::unique_ptr<X509_STORE_CTX, Deleter<X509_STORE_CTX, X509_STORE_CTX_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;

// Products that re-sign HTTPS (firewalls, proxies, antivirus, debugging proxies), as they name
// themselves in their CA certificates. `wholeWord` guards short names against matching inside
// other words ("ESET" in "RESET"). Plain "Symantec" is absent on purpose: it was a public CA.
struct ProductPattern
{
    const char* needle;
    const char* product;
    bool wholeWord;
};

constexpr ProductPattern kProducts[] = {
    {"Fortinet", "Fortinet FortiGate", false},
    {"FortiGate", "Fortinet FortiGate", false},
    {"Sophos", "Sophos", false},
    {"Zscaler", "Zscaler", false},
    {"Palo Alto Networks", "Palo Alto Networks", false},
    {"Cisco Umbrella", "Cisco Umbrella", false},
    {"Kaspersky", "Kaspersky", false},
    {"ESET", "ESET", true},
    {"Avast", "Avast", false},
    {"AVG", "AVG", true},
    {"Bitdefender", "Bitdefender", false},
    {"Blue Coat", "Blue Coat", false},
    {"BlueCoat", "Blue Coat", false},
    {"ProxySG", "Blue Coat ProxySG", false},
    {"Symantec Web Gateway", "Symantec Web Gateway", false},
    {"Symantec Web Security", "Symantec Web Security Service", false},
    {"Forcepoint", "Forcepoint", false},
    {"Websense", "Websense", false},
    {"mitmproxy", "mitmproxy", false},
    {"Fiddler", "Fiddler", false},
    {"DO_NOT_TRUST", "Fiddler", false},
    {"Charles Proxy", "Charles Proxy", false},
    {"Barracuda", "Barracuda", false},
    {"Check Point", "Check Point", false},
    {"Checkpoint", "Check Point", false},
    {"Netskope", "Netskope", false},
    {"McAfee Web Gateway", "McAfee Web Gateway", false},
    {"Untangle", "Untangle", false},
    {"Smoothwall", "Smoothwall", false},
    {"Cyberoam", "Cyberoam", false},
    {"WatchGuard", "WatchGuard", false},
    {"SonicWall", "SonicWall", false},
    {"PortSwigger", "Burp Suite", false},
    {"Burp", "Burp Suite", true},
};

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber();
}

bool containsProduct(const QString& text, const ProductPattern& p)
{
    const QString needle = QString::fromLatin1(p.needle);
    qsizetype from = 0;
    while ((from = text.indexOf(needle, from, Qt::CaseInsensitive)) >= 0) {
        const qsizetype end = from + needle.size();
        const bool startOk = from == 0 || !isWordChar(text.at(from - 1));
        const bool endOk = end >= text.size() || !isWordChar(text.at(end));
        if (!p.wholeWord || (startOk && endOk))
            return true;
        from = end;
    }
    return false;
}

X509Ptr toX509(const QSslCertificate& certificate)
{
    const QByteArray der = certificate.toDer();
    if (der.isEmpty())
        return {};
    const auto* data = reinterpret_cast<const unsigned char*>(der.constData());
    return X509Ptr(d2i_X509(nullptr, &data, long(der.size())));
}

QString nameString(const X509_NAME* name)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!name || !bio)
        return {};
    // RFC 2253 escapes non-ASCII bytes; keep UTF-8 readable instead.
    X509_NAME_print_ex(bio.get(), name, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB);
    char* data = nullptr;
    const long len = BIO_get_mem_data(bio.get(), &data);
    return QString::fromUtf8(data, qsizetype(len));
}

QString nameEntry(const X509_NAME* name, int nid)
{
    const int index = X509_NAME_get_index_by_NID(name, nid, -1);
    if (index < 0)
        return {};
    const ASN1_STRING* value = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, index));
    unsigned char* utf8 = nullptr;
    const int len = ASN1_STRING_to_UTF8(&utf8, value);
    if (len < 0)
        return {};
    const QString out = QString::fromUtf8(reinterpret_cast<const char*>(utf8), len);
    OPENSSL_free(utf8);
    return out;
}

QString displayName(const X509_NAME* name)
{
    QString out = nameEntry(name, NID_commonName);
    if (out.isEmpty())
        out = nameEntry(name, NID_organizationName);
    return out.isEmpty() ? nameString(name) : out;
}

// Refused only for validity periods: every error seen (collectErrors lets OpenSSL go on past
// the first, so issuer and name problems would be listed too) is an expired / not-yet-valid one.
bool onlyDateErrors(const ChainVerification& v)
{
    const QList<int> codes = v.errorCodes.isEmpty() ? QList<int>{v.errorCode} : v.errorCodes;
    for (int code : codes) {
        if (code != X509_V_ERR_CERT_HAS_EXPIRED && code != X509_V_ERR_CERT_NOT_YET_VALID)
            return false;
    }
    return !v.validated;
}

// Records every error and lets verification go on, so that the list is as complete as the
// TLS library's own (an expired certificate for the wrong name is both).
int collectErrors(int ok, X509_STORE_CTX* ctx)
{
    if (ok != 1) {
        if (auto* v = static_cast<ChainVerification*>(X509_STORE_CTX_get_app_data(ctx))) {
            v->errorCodes.append(X509_STORE_CTX_get_error(ctx));
            v->errorDepths.append(X509_STORE_CTX_get_error_depth(ctx));
        }
    }
    return 1;
}

ChainVerification verify(X509* leaf, STACK_OF(X509) * untrusted,
                         const QList<QSslCertificate>& roots, const QString& host,
                         const TrustOptions& options)
{
    ChainVerification v;
    v.verifier = QStringLiteral("openssl");
    StorePtr store(X509_STORE_new());
    StoreCtxPtr ctx(X509_STORE_CTX_new());
    if (!store || !ctx) {
        v.errorCode = -1;
        v.error = QStringLiteral("out of memory");
        return v;
    }
    for (const QSslCertificate& root : roots) {
        // The store keeps its own reference; ours goes at the end of the iteration.
        if (X509Ptr x = toX509(root))
            X509_STORE_add_cert(store.get(), x.get());
    }
    if (X509_STORE_CTX_init(ctx.get(), store.get(), leaf, untrusted) != 1) {
        v.errorCode = -1;
        v.error = QStringLiteral("cannot initialise the verification");
        return v;
    }
    X509_STORE_CTX_set_purpose(ctx.get(), X509_PURPOSE_SSL_SERVER);
    X509_STORE_CTX_set_verify_cb(ctx.get(), collectErrors);
    X509_STORE_CTX_set_app_data(ctx.get(), &v);
    X509_VERIFY_PARAM* param = X509_STORE_CTX_get0_param(ctx.get());
    if (options.ignoreDates)
        X509_VERIFY_PARAM_set_flags(param, X509_V_FLAG_NO_CHECK_TIME);
    else if (options.at.isValid())
        X509_VERIFY_PARAM_set_time(param, time_t(options.at.toSecsSinceEpoch()));
    if (!host.isEmpty() && options.checkName) {
        const QByteArray name = host.toUtf8();
        if (!QHostAddress(host).isNull())
            X509_VERIFY_PARAM_set1_ip_asc(param, name.constData());
        else
            X509_VERIFY_PARAM_set1_host(param, name.constData(), size_t(name.size()));
        X509_VERIFY_PARAM_set_hostflags(param, X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS);
    }
    const int rc = X509_verify_cert(ctx.get());
    X509_STORE_CTX_set_app_data(ctx.get(), nullptr);
    if (rc == 1 && v.errorCodes.isEmpty()) {
        v.validated = true;
        const STACK_OF(X509)* built = X509_STORE_CTX_get0_chain(ctx.get());
        if (built && sk_X509_num(built) > 0)
            v.anchor =
                nameString(X509_get_subject_name(sk_X509_value(built, sk_X509_num(built) - 1)));
        return v;
    }
    v.errorCode =
        v.errorCodes.isEmpty() ? X509_STORE_CTX_get_error(ctx.get()) : v.errorCodes.first();
    if (v.errorCode == X509_V_OK)
        v.errorCode = -1; // failed without naming why (out of memory)
    v.nameMismatch = v.errorCode == X509_V_ERR_HOSTNAME_MISMATCH ||
                     v.errorCode == X509_V_ERR_IP_ADDRESS_MISMATCH;
    v.dateProblem = onlyDateErrors(v);
    v.error = QString::fromUtf8(X509_verify_cert_error_string(v.errorCode));
    return v;
}

void countScts(X509* leaf, TrustAnalysis& out)
{
    int critical = -1;
    auto* scts = static_cast<STACK_OF(SCT)*>(
        X509_get_ext_d2i(leaf, NID_ct_precert_scts, &critical, nullptr));
    if (scts) {
        out.sctCount = sk_SCT_num(scts);
        SCT_LIST_free(scts);
    } else if (critical != -1) {
        // -1 means absent; anything else means present but undecodable (or repeated).
        out.sctMalformed = true;
    }
}

} // namespace

QString interceptionProductIn(const QString& distinguishedName)
{
    for (const ProductPattern& p : kProducts) {
        if (containsProduct(distinguishedName, p))
            return QString::fromLatin1(p.product);
    }
    return {};
}

ChainVerification verifyChain(const QList<QSslCertificate>& chain, const QString& host,
                              const TrustRoots& roots, const TrustOptions& options)
{
    if (roots.platformVerifier) {
        ChainVerification v = platform::verifyWithSystem(chain, host, options);
        v.dateProblem = onlyDateErrors(v);
        return v;
    }
    ChainVerification v;
    std::vector<X509Ptr> certs;
    for (const QSslCertificate& c : chain) {
        if (X509Ptr x = toX509(c))
            certs.push_back(std::move(x));
    }
    if (certs.empty()) {
        v.errorCode = -1;
        v.error = QStringLiteral("no certificate presented");
        return v;
    }
    STACK_OF(X509)* untrusted = sk_X509_new_null();
    for (size_t i = 1; untrusted && i < certs.size(); ++i)
        sk_X509_push(untrusted, certs[i].get());
    v = verify(certs.front().get(), untrusted, roots.certificates, host, options);
    sk_X509_free(untrusted); // the certificates themselves belong to `certs`
    ERR_clear_error();
    return v;
}

QList<QSslError> sslErrorsOf(const ChainVerification& verification,
                             const QList<QSslCertificate>& chain)
{
    QList<QSslError> errors;
    if (verification.validated)
        return errors;
    QList<int> codes = verification.errorCodes;
    QList<int> depths = verification.errorDepths;
    if (codes.isEmpty()) {
        codes.append(verification.errorCode);
        depths.append(0);
    }
    for (qsizetype i = 0; i < codes.size(); ++i) {
        const QSslCertificate cert = chain.value(depths.value(i));
        QSslError::SslError e = QSslError::UnspecifiedError;
        // Qt's own table (qsslsocket_openssl.cpp, _q_OpenSSL_to_QSslError) for the codes a
        // server chain can give.
        switch (codes.at(i)) {
        case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT:
            e = QSslError::UnableToGetIssuerCertificate;
            break;
        case X509_V_ERR_UNABLE_TO_DECRYPT_CERT_SIGNATURE:
            e = QSslError::UnableToDecryptCertificateSignature;
            break;
        case X509_V_ERR_UNABLE_TO_DECODE_ISSUER_PUBLIC_KEY:
            e = QSslError::UnableToDecodeIssuerPublicKey;
            break;
        case X509_V_ERR_CERT_SIGNATURE_FAILURE:
            e = QSslError::CertificateSignatureFailed;
            break;
        case X509_V_ERR_CERT_NOT_YET_VALID:
            e = QSslError::CertificateNotYetValid;
            break;
        case X509_V_ERR_CERT_HAS_EXPIRED:
            e = QSslError::CertificateExpired;
            break;
        case X509_V_ERR_ERROR_IN_CERT_NOT_BEFORE_FIELD:
            e = QSslError::InvalidNotBeforeField;
            break;
        case X509_V_ERR_ERROR_IN_CERT_NOT_AFTER_FIELD:
            e = QSslError::InvalidNotAfterField;
            break;
        case X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT:
            e = QSslError::SelfSignedCertificate;
            break;
        case X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN:
            e = QSslError::SelfSignedCertificateInChain;
            break;
        case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY:
            e = QSslError::UnableToGetLocalIssuerCertificate;
            break;
        case X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE:
            e = QSslError::UnableToVerifyFirstCertificate;
            break;
        case X509_V_ERR_CERT_REVOKED:
            e = QSslError::CertificateRevoked;
            break;
        case X509_V_ERR_INVALID_CA:
            e = QSslError::InvalidCaCertificate;
            break;
        case X509_V_ERR_PATH_LENGTH_EXCEEDED:
            e = QSslError::PathLengthExceeded;
            break;
        case X509_V_ERR_INVALID_PURPOSE:
            e = QSslError::InvalidPurpose;
            break;
        case X509_V_ERR_CERT_UNTRUSTED:
            e = QSslError::CertificateUntrusted;
            break;
        case X509_V_ERR_CERT_REJECTED:
            e = QSslError::CertificateRejected;
            break;
        case X509_V_ERR_HOSTNAME_MISMATCH:
        case X509_V_ERR_IP_ADDRESS_MISMATCH:
            e = QSslError::HostNameMismatch;
            break;
        default:
            break;
        }
        const QSslError error = cert.isNull() ? QSslError(e) : QSslError(e, cert);
        if (!errors.contains(error))
            errors.append(error);
    }
    return errors;
}

TrustAnalysis analyseTrust(const QList<QSslCertificate>& chain, const QString& host,
                           const TrustRoots& referenceRoots, const TrustRoots& systemRoots,
                           const TrustOptions& options)
{
    TrustAnalysis out;
    out.host = host;
    std::vector<X509Ptr> certs;
    for (const QSslCertificate& c : chain) {
        X509Ptr x = toX509(c);
        if (!x)
            continue;
        CertificateFacts facts;
        facts.subject = nameString(X509_get_subject_name(x.get()));
        facts.issuer = nameString(X509_get_issuer_name(x.get()));
        facts.issuerName = displayName(X509_get_issuer_name(x.get()));
        facts.sha256 = QString::fromLatin1(c.digest(QCryptographicHash::Sha256).toHex());
        out.certificates.append(facts);
        certs.push_back(std::move(x));
    }
    if (certs.empty()) {
        const QString none = QStringLiteral("no certificate presented");
        out.reference.errorCode = out.system.errorCode = -1;
        out.reference.error = out.system.error = none;
        return out;
    }
    out.leafIssuer = out.certificates.first().issuer;
    out.topIssuer = out.certificates.last().issuer;

    // Every issuer, and the subjects of the CA certificates. The leaf's own subject is left
    // out: it names the site, and a site may well be called after a product.
    for (qsizetype i = 0; i < out.certificates.size() && out.product.isEmpty(); ++i) {
        const CertificateFacts& f = out.certificates.at(i);
        for (const QString& name : {f.issuer, i > 0 ? f.subject : QString()}) {
            if (const QString p = interceptionProductIn(name); !p.isEmpty()) {
                out.product = p;
                out.productEvidence = name;
                break;
            }
        }
    }

    out.reference = verifyChain(chain, host, referenceRoots, options);
    out.system = verifyChain(chain, host, systemRoots, options);
    countScts(certs.front().get(), out);
    // Decoding failures leave entries in the thread's OpenSSL error queue, where the next TLS
    // operation on this thread would mistake them for its own.
    ERR_clear_error();
    return out;
}

} // namespace easyuc
