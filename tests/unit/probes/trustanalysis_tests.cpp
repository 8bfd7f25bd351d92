#include "probes/trustanalysis.h"
#include "support/testpki.h"

#include <QCryptographicHash>
#include <gtest/gtest.h>

using namespace easyuc;
using easyuc::test::Issued;
using easyuc::test::TestCa;

namespace {

const QString kHost = QStringLiteral("localhost");

// One set of authorities per test binary: key generation is cheap, but not free.
struct Pki
{
    TestCa publicCa{QStringLiteral("Test Public Root CA"), QStringLiteral("Test Trust Services")};
    TestCa corporateCa{QStringLiteral("ACME Corp Internal CA"), QStringLiteral("ACME Corp")};
    TestCa fortinetCa{QStringLiteral("Fortinet FortiGate CA"), QStringLiteral("Fortinet")};
};

Pki& pki()
{
    static Pki p;
    return p;
}

QString sha256Of(const QSslCertificate& c)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(c.toDer(), QCryptographicHash::Sha256).toHex());
}

} // namespace

TEST(TrustAnalysis, PublicChainValidatesAgainstBothStoresWithFacts)
{
    const TestCa& ca = pki().publicCa;
    const Issued leaf = ca.issue(kHost, {kHost}, true);
    const TrustAnalysis a = analyseTrust({leaf.certificate, ca.certificate()}, kHost,
                                         {ca.certificate()}, {ca.certificate()});
    EXPECT_TRUE(a.reference.validated) << a.reference.error.toStdString();
    EXPECT_TRUE(a.system.validated) << a.system.error.toStdString();
    EXPECT_EQ(a.reference.errorCode, 0);
    EXPECT_TRUE(a.reference.error.isEmpty());
    EXPECT_EQ(a.reference.anchor, QStringLiteral("CN=Test Public Root CA,O=Test Trust Services"));
    EXPECT_EQ(a.sctCount, 1);
    EXPECT_FALSE(a.sctMalformed);
    EXPECT_TRUE(a.product.isEmpty());
    ASSERT_EQ(a.certificates.size(), 2);
    EXPECT_EQ(a.certificates.at(0).subject, QStringLiteral("CN=localhost,O=Test"));
    EXPECT_EQ(a.certificates.at(0).issuer,
              QStringLiteral("CN=Test Public Root CA,O=Test Trust Services"));
    EXPECT_EQ(a.certificates.at(0).issuerName, QStringLiteral("Test Public Root CA"));
    EXPECT_EQ(a.certificates.at(0).sha256, sha256Of(leaf.certificate));
    EXPECT_EQ(a.certificates.at(1).sha256, sha256Of(ca.certificate()));
    EXPECT_EQ(a.certificates.at(0).sha256.size(), 64);
    EXPECT_EQ(a.leafIssuer, a.certificates.at(0).issuer);
    EXPECT_EQ(a.topIssuer, QStringLiteral("CN=Test Public Root CA,O=Test Trust Services"));
}

TEST(TrustAnalysis, LeafWithoutSctCountsNone)
{
    const TestCa& ca = pki().publicCa;
    const Issued leaf = ca.issue(kHost, {kHost}, false);
    const TrustAnalysis a =
        analyseTrust({leaf.certificate}, kHost, {ca.certificate()}, {ca.certificate()});
    EXPECT_TRUE(a.reference.validated);
    EXPECT_EQ(a.sctCount, 0);
    EXPECT_FALSE(a.sctMalformed);
}

TEST(TrustAnalysis, CorporateChainValidatesOnlyAgainstSystemStore)
{
    const Issued leaf = pki().corporateCa.issue(kHost, {kHost});
    const TrustAnalysis a =
        analyseTrust({leaf.certificate}, kHost, {pki().publicCa.certificate()},
                     {pki().publicCa.certificate(), pki().corporateCa.certificate()});
    EXPECT_FALSE(a.reference.validated);
    EXPECT_EQ(a.reference.error, QStringLiteral("unable to get local issuer certificate"));
    EXPECT_FALSE(a.reference.nameMismatch);
    EXPECT_TRUE(a.system.validated) << a.system.error.toStdString();
    EXPECT_EQ(a.system.anchor, QStringLiteral("CN=ACME Corp Internal CA,O=ACME Corp"));
    EXPECT_TRUE(a.product.isEmpty());
}

TEST(TrustAnalysis, PresentedRootDoesNotMakeItselfTrusted)
{
    const Issued leaf = pki().corporateCa.issue(kHost, {kHost});
    const TrustAnalysis a =
        analyseTrust({leaf.certificate, pki().corporateCa.certificate()}, kHost,
                     {pki().publicCa.certificate()}, {pki().publicCa.certificate()});
    EXPECT_FALSE(a.reference.validated);
    EXPECT_FALSE(a.system.validated);
    EXPECT_EQ(a.reference.error, QStringLiteral("self-signed certificate in certificate chain"));
}

TEST(TrustAnalysis, WrongHostNameIsAMismatchInBothStores)
{
    const TestCa& ca = pki().publicCa;
    const Issued leaf =
        ca.issue(QStringLiteral("other.example"), {QStringLiteral("other.example")});
    const TrustAnalysis a =
        analyseTrust({leaf.certificate}, kHost, {ca.certificate()}, {ca.certificate()});
    EXPECT_FALSE(a.reference.validated);
    EXPECT_FALSE(a.system.validated);
    EXPECT_TRUE(a.reference.nameMismatch);
    EXPECT_TRUE(a.system.nameMismatch);
    EXPECT_EQ(a.reference.error, QStringLiteral("hostname mismatch"));
}

TEST(TrustAnalysis, IpAddressHostIsCheckedAgainstIpSans)
{
    const TestCa& ca = pki().publicCa;
    const Issued leaf = ca.issue(QStringLiteral("127.0.0.1"), {QStringLiteral("127.0.0.1")});
    const TrustAnalysis ok = analyseTrust({leaf.certificate}, QStringLiteral("127.0.0.1"),
                                          {ca.certificate()}, {ca.certificate()});
    EXPECT_TRUE(ok.reference.validated) << ok.reference.error.toStdString();
    const TrustAnalysis other = analyseTrust({leaf.certificate}, QStringLiteral("127.0.0.2"),
                                             {ca.certificate()}, {ca.certificate()});
    EXPECT_FALSE(other.reference.validated);
    EXPECT_TRUE(other.reference.nameMismatch);
}

TEST(TrustAnalysis, ProductIsRecognisedInTheIssuerEvenWhenTrusted)
{
    const TestCa& ca = pki().fortinetCa;
    const Issued leaf = ca.issue(kHost, {kHost}, true);
    const TrustAnalysis a =
        analyseTrust({leaf.certificate}, kHost, {ca.certificate()}, {ca.certificate()});
    EXPECT_TRUE(a.reference.validated);
    EXPECT_EQ(a.product, QStringLiteral("Fortinet FortiGate"));
    EXPECT_EQ(a.productEvidence, QStringLiteral("CN=Fortinet FortiGate CA,O=Fortinet"));
}

TEST(TrustAnalysis, ProductInTheLeafSubjectAloneIsNotInterception)
{
    const TestCa& ca = pki().publicCa;
    const Issued leaf =
        ca.issue(QStringLiteral("sophos.example"), {QStringLiteral("sophos.example")});
    const TrustAnalysis a = analyseTrust({leaf.certificate}, QStringLiteral("sophos.example"),
                                         {ca.certificate()}, {ca.certificate()});
    EXPECT_TRUE(a.reference.validated);
    EXPECT_TRUE(a.product.isEmpty()) << a.product.toStdString();
}

TEST(TrustAnalysis, EmptyChainValidatesNowhere)
{
    const TrustAnalysis a =
        analyseTrust({}, kHost, {pki().publicCa.certificate()}, {pki().publicCa.certificate()});
    EXPECT_FALSE(a.hasChain());
    EXPECT_FALSE(a.reference.validated);
    EXPECT_FALSE(a.system.validated);
    EXPECT_FALSE(a.reference.error.isEmpty());
    EXPECT_EQ(a.sctCount, 0);
}

TEST(TrustAnalysis, EmptyStoreValidatesNothing)
{
    const TestCa& ca = pki().publicCa;
    const Issued leaf = ca.issue(kHost, {kHost});
    const TrustAnalysis a = analyseTrust({leaf.certificate}, kHost, {}, {ca.certificate()});
    EXPECT_FALSE(a.reference.validated);
    EXPECT_TRUE(a.system.validated);
}

TEST(InterceptionProducts, TableMatchesCaseInsensitivelyAndOnWordsForShortNames)
{
    const auto product = [](const char* dn) {
        return interceptionProductIn(QString::fromUtf8(dn)).toStdString();
    };
    EXPECT_EQ(product("CN=ESET SSL Filter CA"), "ESET");
    EXPECT_EQ(product("CN=RESET Networks Root"), "");
    EXPECT_EQ(product("O=AVG Technologies CZ,CN=AVG Web/Mail Shield Root"), "AVG");
    EXPECT_EQ(product("CN=Savgol Root"), "");
    EXPECT_EQ(product("CN=DO_NOT_TRUST_FiddlerRoot,O=DO_NOT_TRUST"), "Fiddler");
    EXPECT_EQ(product("CN=mitmproxy,O=mitmproxy"), "mitmproxy");
    EXPECT_EQ(product("CN=zscaler root ca"), "Zscaler");
    EXPECT_EQ(product("CN=PortSwigger CA,O=PortSwigger"), "Burp Suite");
    EXPECT_EQ(product("CN=Dell SonicWALL Firewall DPI-SSL"), "SonicWall");
    EXPECT_EQ(product("CN=Kaspersky Anti-Virus Personal Root Certificate"), "Kaspersky");
    EXPECT_EQ(product("CN=Palo Alto Networks Forward Trust"), "Palo Alto Networks");
    EXPECT_EQ(product("CN=Cisco Umbrella Primary SubCA"), "Cisco Umbrella");
    EXPECT_EQ(product("CN=Charles Proxy CA (1 Jan 2024)"), "Charles Proxy");
    EXPECT_EQ(product("CN=Symantec Class 3 Secure Server CA - G4,O=Symantec Corporation"), "");
    EXPECT_EQ(product("CN=R3,O=Let's Encrypt,C=US"), "");
    EXPECT_EQ(product("CN=DigiCert Global Root G2,O=DigiCert Inc"), "");
    EXPECT_EQ(product(""), "");
}

TEST(TrustAnalysis, DatesAreJudgedAtTheMomentAskedAfterIssuerAndName)
{
    const TestCa& ca = pki().publicCa;
    const Issued leaf = ca.issueValid(kHost, {kHost}, 24 * 3600, 20 * 24 * 3600);
    const QList<QSslCertificate> roots{ca.certificate()};
    // Now: refused for its dates alone (issuer and name were fine).
    const TrustAnalysis now = analyseTrust({leaf.certificate}, kHost, roots, roots);
    EXPECT_FALSE(now.reference.validated);
    EXPECT_TRUE(now.reference.dateProblem) << now.reference.error.toStdString();
    // At the servers' time (two days on), or with dates ignored: valid.
    TrustOptions later;
    later.at = QDateTime::currentDateTimeUtc().addDays(2);
    EXPECT_TRUE(analyseTrust({leaf.certificate}, kHost, roots, roots, later).reference.validated);
    TrustOptions noDates;
    noDates.ignoreDates = true;
    EXPECT_TRUE(analyseTrust({leaf.certificate}, kHost, roots, roots, noDates).reference.validated);
    // An untrusted issuer is not a date problem, whatever the dates.
    const TrustAnalysis stranger =
        analyseTrust({leaf.certificate}, kHost, {pki().corporateCa.certificate()}, {});
    EXPECT_FALSE(stranger.reference.dateProblem);
}

TEST(TrustAnalysis, AnAddressNeedNotBeNamedWhenTheNameIsNotJudged)
{
    const TestCa& ca = pki().publicCa;
    const Issued leaf =
        ca.issue(QStringLiteral("pbx.example.com"), {QStringLiteral("pbx.example.com")});
    const QList<QSslCertificate> roots{ca.certificate()};
    const TrustAnalysis judged =
        analyseTrust({leaf.certificate}, QStringLiteral("127.0.0.1"), roots, roots);
    EXPECT_TRUE(judged.reference.nameMismatch);
    TrustOptions noName;
    noName.checkName = false;
    const TrustAnalysis notJudged =
        analyseTrust({leaf.certificate}, QStringLiteral("127.0.0.1"), roots, roots, noName);
    EXPECT_TRUE(notJudged.reference.validated) << notJudged.reference.error.toStdString();
}
