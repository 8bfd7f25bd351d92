#include "testpki.h"

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QTemporaryDir>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace easyuc::test {

namespace {
EVP_PKEY* newKey()
{
    return EVP_EC_gen("P-256");
}

QByteArray pemOf(X509* cert)
{
    BIO* bio = BIO_new(BIO_s_mem());
    PEM_write_bio_X509(bio, cert);
    char* data = nullptr;
    const long len = BIO_get_mem_data(bio, &data);
    QByteArray out(data, int(len));
    BIO_free(bio);
    return out;
}

QByteArray pemOfKey(EVP_PKEY* key)
{
    BIO* bio = BIO_new(BIO_s_mem());
    PEM_write_bio_PrivateKey(bio, key, nullptr, nullptr, 0, nullptr, nullptr);
    char* data = nullptr;
    const long len = BIO_get_mem_data(bio, &data);
    QByteArray out(data, int(len));
    BIO_free(bio);
    return out;
}

void addExt(X509* cert, X509* issuer, int nid, const char* value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    X509_EXTENSION* ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value);
    if (ext) {
        X509_add_ext(cert, ext, -1);
        X509_EXTENSION_free(ext);
    }
}

X509* makeCert(const QString& cn, const QString& org, EVP_PKEY* key, X509* issuer,
               EVP_PKEY* issuerKey, long serial)
{
    X509* cert = X509_new();
    X509_set_version(cert, 2);
    ASN1_INTEGER_set(X509_get_serialNumber(cert), serial);
    X509_gmtime_adj(X509_getm_notBefore(cert), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert), 30L * 24 * 3600);
    X509_set_pubkey(cert, key);
    X509_NAME* name = X509_get_subject_name(cert);
    const QByteArray o = org.toUtf8();
    const QByteArray c = cn.toUtf8();
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char*>(o.constData()), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char*>(c.constData()), -1, -1, 0);
    X509_set_issuer_name(cert, issuer ? X509_get_subject_name(issuer) : name);
    X509* signer = issuer ? issuer : cert;
    if (!issuer) {
        addExt(cert, signer, NID_basic_constraints, "critical,CA:TRUE");
        addExt(cert, signer, NID_key_usage, "critical,keyCertSign,cRLSign");
        addExt(cert, signer, NID_subject_key_identifier, "hash");
    } else {
        addExt(cert, signer, NID_basic_constraints, "critical,CA:FALSE");
        addExt(cert, signer, NID_ext_key_usage, "serverAuth");
        addExt(cert, signer, NID_authority_key_identifier, "keyid");
    }
    X509_sign(cert, issuerKey ? issuerKey : key, EVP_sha256());
    return cert;
}

// An SCT list with one syntactically valid v1 SCT (RFC 6962 §3.3); the signature is junk,
// which is fine: the tool only checks presence, as browsers' own policy is out of its reach.
QByteArray fakeSctList()
{
    QByteArray sct;
    sct.append(char(0));                   // version v1
    sct.append(QByteArray(32, '\x11'));    // log id
    sct.append(QByteArray(8, '\x00'));     // timestamp
    sct.append(QByteArray("\x00\x00", 2)); // no extensions
    sct.append(char(4));                   // hash sha256
    sct.append(char(3));                   // ecdsa
    sct.append(QByteArray("\x00\x04", 2));
    sct.append(QByteArray(4, '\x22'));
    QByteArray list;
    list.append(char((sct.size() + 2) >> 8)).append(char((sct.size() + 2) & 0xff));
    list.append(char(sct.size() >> 8)).append(char(sct.size() & 0xff));
    list.append(sct);
    return list;
}

QString tempDir()
{
    static QTemporaryDir dir;
    return dir.path();
}
} // namespace

TestCa::TestCa(const QString& commonName, const QString& organization)
{
    EVP_PKEY* key = newKey();
    X509* cert = makeCert(commonName, organization, key, nullptr, nullptr, 1);
    m_ca.certificate = QSslCertificate(pemOf(cert));
    m_ca.key = QSslKey(pemOfKey(key), QSsl::Ec);
    X509_free(cert);
    m_pkey = key;
}

TestCa::~TestCa()
{
    EVP_PKEY_free(static_cast<EVP_PKEY*>(m_pkey));
}

Issued TestCa::issue(const QString& commonName, const QStringList& altNames, bool withSct) const
{
    return issueWindow(commonName, altNames, withSct, -3600, 30L * 24 * 3600);
}

Issued TestCa::issueValid(const QString& commonName, const QStringList& altNames, long fromS,
                          long untilS) const
{
    return issueWindow(commonName, altNames, false, fromS, untilS);
}

Issued TestCa::issueWindow(const QString& commonName, const QStringList& altNames, bool withSct,
                           long fromS, long untilS) const
{
    static long serial = 100;
    const QByteArray caPem = m_ca.certificate.toPem();
    BIO* bio = BIO_new_mem_buf(caPem.constData(), int(caPem.size()));
    X509* ca = PEM_read_bio_X509(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);

    EVP_PKEY* key = newKey();
    // makeCert self-signs; the extensions below come first, then the CA signs for real.
    X509* cert = makeCert(commonName, QStringLiteral("Test"), key, ca, nullptr, ++serial);
    X509_gmtime_adj(X509_getm_notBefore(cert), fromS);
    X509_gmtime_adj(X509_getm_notAfter(cert), untilS);
    QStringList san;
    for (const QString& n : altNames)
        san.append(QHostAddress(n).isNull() ? QStringLiteral("DNS:") + n
                                            : QStringLiteral("IP:") + n);
    if (!san.isEmpty())
        addExt(cert, ca, NID_subject_alt_name, san.join(QLatin1Char(',')).toUtf8().constData());
    if (withSct) {
        const QByteArray list = fakeSctList();
        ASN1_OCTET_STRING* inner = ASN1_OCTET_STRING_new();
        ASN1_OCTET_STRING_set(inner, reinterpret_cast<const unsigned char*>(list.constData()),
                              int(list.size()));
        unsigned char* der = nullptr;
        const int derLen = i2d_ASN1_OCTET_STRING(inner, &der);
        ASN1_OCTET_STRING* value = ASN1_OCTET_STRING_new();
        ASN1_OCTET_STRING_set(value, der, derLen);
        X509_EXTENSION* ext = X509_EXTENSION_create_by_NID(nullptr, NID_ct_precert_scts, 0, value);
        X509_add_ext(cert, ext, -1);
        X509_EXTENSION_free(ext);
        ASN1_OCTET_STRING_free(value);
        ASN1_OCTET_STRING_free(inner);
        OPENSSL_free(der);
    }
    X509_sign(cert, static_cast<EVP_PKEY*>(m_pkey), EVP_sha256());
    Issued out{QSslCertificate(pemOf(cert)), QSslKey(pemOfKey(key), QSsl::Ec)};
    X509_free(cert);
    X509_free(ca);
    EVP_PKEY_free(key);
    return out;
}

QString TestCa::writeBundle(const QString& fileName) const
{
    return writePemBundle({m_ca.certificate}, fileName);
}

QString writePemBundle(const QList<QSslCertificate>& certs, const QString& fileName)
{
    const QString path = tempDir() + QLatin1Char('/') + fileName;
    QFile f(path);
    if (f.open(QIODevice::WriteOnly)) {
        for (const QSslCertificate& c : certs)
            f.write(c.toPem());
    }
    return path;
}

} // namespace easyuc::test
