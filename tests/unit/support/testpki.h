#pragma once

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QStringList>

namespace easyuc::test {

// A certificate with its private key, made at test time.
struct Issued
{
    QSslCertificate certificate;
    QSslKey key;
};

// A throw-away certificate authority: signs leaf certificates for loopback TLS servers.
class TestCa
{
public:
    explicit TestCa(const QString& commonName,
                    const QString& organization = QStringLiteral("Test"));
    ~TestCa();
    TestCa(const TestCa&) = delete;
    TestCa& operator=(const TestCa&) = delete;

    const QSslCertificate& certificate() const { return m_ca.certificate; }
    // A server certificate for these DNS names / IP addresses (subjectAltName). With
    // `withSct`, an (unverifiable, syntactically valid) embedded SCT list extension is added.
    Issued issue(const QString& commonName, const QStringList& altNames,
                 bool withSct = false) const;
    // As issue(), valid from `fromS` to `untilS` seconds from now (e.g. only from tomorrow).
    Issued issueValid(const QString& commonName, const QStringList& altNames, long fromS,
                      long untilS) const;
    // Writes the CA certificate as a PEM bundle and returns its path (kept until exit).
    QString writeBundle(const QString& fileName) const;

private:
    Issued issueWindow(const QString& commonName, const QStringList& altNames, bool withSct,
                       long fromS, long untilS) const;

    Issued m_ca;
    void* m_pkey = nullptr; // EVP_PKEY*
};

// Writes PEM certificates to a temporary file; returns its path.
QString writePemBundle(const QList<QSslCertificate>& certs, const QString& fileName);

} // namespace easyuc::test
