// Every report writer on a real result set from hostile loopback servers.
#include "engine/i18n.h"
#include "report/htmlreport.h"
#include "report/jsonreport.h"
#include "report/pdfreport.h"
#include "report/reportmodel.h"
#include "report/supportcode.h"
#include "report/textreport.h"
#include "reportfixture.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace easyuc;
using namespace easyuc::test;

namespace {

// Copies an output where a person can look at it: EASYUC_REPORT_ARTIFACTS=/some/dir.
void keep(const QString& path)
{
    const QString dir = qEnvironmentVariable("EASYUC_REPORT_ARTIFACTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    const QString target = dir + QLatin1Char('/') + QFileInfo(path).fileName();
    QFile::remove(target);
    QFile::copy(path, target);
}

QString writePdf(QTemporaryDir& dir, const QString& name)
{
    const QString path = dir.filePath(name);
    QString error;
    EXPECT_TRUE(PdfReport::write(hostileReport(), path, &error)) << error.toStdString();
    keep(path);
    return path;
}

QString pdfText(const QString& path)
{
    return QString::fromUtf8(runTool(QStringLiteral("pdftotext"), {path, QStringLiteral("-")}));
}

QSet<int> requirementNumbers(const QString& text)
{
    QSet<int> numbers;
    static const QRegularExpression re(QStringLiteral("\\bR(\\d{1,2})\\b"));
    auto it = re.globalMatch(text);
    while (it.hasNext())
        numbers.insert(it.next().captured(1).toInt());
    return numbers;
}

void expectEveryRequirement(const QString& text)
{
    const QSet<int> numbers = requirementNumbers(text);
    for (int n = 1; n <= 16; ++n)
        EXPECT_TRUE(numbers.contains(n)) << "R" << n << " missing";
}

void expectNoCredentials(const QByteArray& output, const char* format)
{
    EXPECT_FALSE(output.contains(kTurnPassword.toUtf8())) << format;
    EXPECT_FALSE(output.contains(kTurnUser.toUtf8())) << format;
}

} // namespace

TEST(ReportFixture, ChecksRanForRealAndSawTheHostileServer)
{
    const Report& r = hostileReport();
    ASSERT_EQ(r.entries.size(), 16);
    ASSERT_TRUE(r.entry(QStringLiteral("system.clock")));
    EXPECT_EQ(r.entry(QStringLiteral("system.clock"))->result.status, Status::Fail);
    const ReportEntry* https = r.entry(QStringLiteral("pbx.https"));
    ASSERT_TRUE(https);
    EXPECT_EQ(https->result.status, Status::Pass) << https->result.summary.toStdString();
    EXPECT_EQ(https->result.evidenceValue(QStringLiteral("certificate.subject")), kHostileSubject);
    EXPECT_EQ(https->result.evidenceValue(QStringLiteral("http.server")), kHostileServer);
    EXPECT_EQ(r.entry(QStringLiteral("pbx.webcti"))->result.status, Status::Fail);
    EXPECT_NE(r.entry(QStringLiteral("tls.interception"))->result.status, Status::Skipped);
    EXPECT_TRUE(r.profileJson.contains("<redacted>"));
}

TEST(ReportModel, GroupsEvidenceByTargetAndCollectsChainsSipAndTimings)
{
    const QList<EvidenceGroup> groups = groupEvidence(
        {{QStringLiteral("trust.requireSct"), QStringLiteral("no")},
         {QStringLiteral("a.example:443 cert[0].subject"), QStringLiteral("CN=a")},
         {QStringLiteral("a.example:443 cert[0].sha256"), QStringLiteral("AA")},
         {QStringLiteral("flow 5000 → stun.example:3478"), QStringLiteral("198.51.100.7")},
         {QStringLiteral("lonely key"), QStringLiteral("x")}});
    ASSERT_EQ(groups.size(), 2);
    EXPECT_TRUE(groups.at(0).title.isEmpty());
    EXPECT_EQ(groups.at(0).rows.size(), 3); // the flow and the lone "lonely key" stay whole
    EXPECT_EQ(groups.at(1).title, QStringLiteral("a.example:443"));
    EXPECT_EQ(groups.at(1).rows.first().key, QStringLiteral("cert[0].subject"));

    const ReportModel m = ReportModel::build(hostileReport());
    const bool chainSeen =
        std::any_of(m.certificates.cbegin(), m.certificates.cend(), [](const CertificateView& c) {
            return c.source == QStringLiteral("R14") &&
                   c.subject.contains(QStringLiteral("alert(1)")) && c.sha256.size() >= 64;
        });
    EXPECT_TRUE(chainSeen);
    ASSERT_EQ(m.sipLines.size(), 2);
    EXPECT_EQ(m.sipLines.at(1).line, kHostileReason);
    EXPECT_EQ(m.timings.size(), 16);
    EXPECT_EQ(m.supportCode, SupportCode::encode(hostileReport()));
}

TEST(HtmlReport, IsSelfContainedAndEscapesEverythingFromTheNetwork)
{
    const QByteArray html = HtmlReport::write(hostileReport());
    QTemporaryDir dir;
    QFile out(dir.filePath(QStringLiteral("report.html")));
    ASSERT_TRUE(out.open(QIODevice::WriteOnly));
    out.write(html);
    out.close();
    keep(out.fileName());

    for (const QString& raw :
         {kHostileSubject, kHostileServer, kHostileReason, QStringLiteral("<b>lab</b>"),
          QStringLiteral("<script>log()</script>"), QStringLiteral("<Test>")})
        EXPECT_FALSE(html.contains(raw.toUtf8())) << raw.toStdString();
    EXPECT_TRUE(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    EXPECT_FALSE(html.contains("<script")) << "no script element at all";
    EXPECT_FALSE(html.contains("onerror=alert(2)>"));
    // One file: inline CSS, the logo as a data: URI, nothing fetched.
    EXPECT_TRUE(html.contains("<style>"));
    EXPECT_TRUE(html.contains("@media print"));
    EXPECT_TRUE(html.contains("src=\"data:image/svg+xml;base64,"));
    EXPECT_FALSE(html.contains("<link"));
    EXPECT_FALSE(QRegularExpression(QStringLiteral("(src|href)=\"https?:"))
                     .match(QString::fromUtf8(html))
                     .hasMatch());
    expectEveryRequirement(QString::fromUtf8(html));
    EXPECT_TRUE(html.contains(SupportCode::encode(hostileReport()).toUtf8()));
    expectNoCredentials(html, "html");
}

TEST(JsonReport, IsSchemaOneWithSupportCodeAndAppendix)
{
    const QByteArray bytes = JsonReport::write(hostileReport());
    const QJsonObject json = QJsonDocument::fromJson(bytes).object();
    ASSERT_FALSE(json.isEmpty());
    EXPECT_EQ(json.value(QStringLiteral("schema")).toInt(), 1);
    const QString code = json.value(QStringLiteral("supportCode")).toString();
    EXPECT_EQ(code, SupportCode::encode(hostileReport()));
    QList<Status> statuses;
    QString error;
    ASSERT_TRUE(SupportCode::decode(code, &statuses, &error));
    EXPECT_EQ(statuses.at(2), Status::Pass);   // R3
    EXPECT_EQ(statuses.at(5), Status::Fail);   // R6
    EXPECT_EQ(statuses.at(14), Status::Error); // R15
    EXPECT_EQ(statuses.at(15), Status::Fail);  // R16
    const QJsonArray reqs = json.value(QStringLiteral("requirements")).toArray();
    EXPECT_EQ(reqs.size(), 16);
    EXPECT_EQ(reqs.last().toObject().value(QStringLiteral("id")).toString(),
              QStringLiteral("system.clock"));
    EXPECT_EQ(reqs.last().toObject().value(QStringLiteral("number")).toInt(), 16);
    for (const char* key : {"id", "number", "title", "status", "summary", "items", "evidence",
                            "remediation", "durationMs"})
        EXPECT_TRUE(reqs.first().toObject().contains(QLatin1String(key))) << key;
    const QJsonObject host = json.value(QStringLiteral("host")).toObject();
    for (const char* key :
         {"os", "osVersion", "interfaces", "gateways", "dnsServers", "proxy", "publicAddresses",
          "proxyAnswer", "proxyError", "link", "vpn", "resolvers"})
        EXPECT_TRUE(host.contains(QLatin1String(key))) << key;
    // Issue 15: `proxy` is an object (kind, address, tunnels); the old string is proxyAnswer.
    const QJsonObject proxy = host.value(QStringLiteral("proxy")).toObject();
    for (const char* key : {"kind", "address", "pacUrl", "source", "error", "tunnels"})
        EXPECT_TRUE(proxy.contains(QLatin1String(key))) << key;
    EXPECT_TRUE(host.value(QStringLiteral("proxyAnswer")).isString());
    EXPECT_TRUE(host.value(QStringLiteral("vpn")).toObject().contains(QStringLiteral("active")));
    EXPECT_TRUE(host.value(QStringLiteral("link")).toObject().contains(QStringLiteral("type")));
    EXPECT_TRUE(host.value(QStringLiteral("resolvers")).isArray());
    const QJsonObject appendix = json.value(QStringLiteral("appendix")).toObject();
    EXPECT_EQ(appendix.value(QStringLiteral("profile"))
                  .toObject()
                  .value(QStringLiteral("turnCredentials"))
                  .toObject()
                  .value(QStringLiteral("password"))
                  .toString(),
              QStringLiteral("<redacted>"));
    EXPECT_FALSE(appendix.value(QStringLiteral("certificates")).toArray().isEmpty());
    expectNoCredentials(bytes, "json");
}

TEST(TextReport, CarriesTheSameContent)
{
    const QString text = TextReport::write(hostileReport());
    expectEveryRequirement(text);
    EXPECT_TRUE(text.contains(SupportCode::encode(hostileReport())));
    EXPECT_TRUE(text.contains(kHostileReason));
    EXPECT_TRUE(text.contains(QStringLiteral("<redacted>")));
    EXPECT_TRUE(text.contains(QStringLiteral("info pbx.https pass")));
    expectNoCredentials(text.toUtf8(), "text");
}

TEST(PdfReport, ParsesAndNamesEveryRequirement)
{
    QTemporaryDir dir;
    const QString path = writePdf(dir, QStringLiteral("report-en.pdf"));
    const QString text = pdfText(path);
    ASSERT_FALSE(text.isEmpty()) << "pdftotext could not read the PDF";
    expectEveryRequirement(text);
    EXPECT_TRUE(text.contains(SupportCode::encode(hostileReport())));
    EXPECT_TRUE(text.contains(QStringLiteral("Network diagnosis for Easy UC")));
    EXPECT_TRUE(text.contains(QStringLiteral("Certificate chains seen")))
        << "no ligatures in the text";
    EXPECT_TRUE(text.contains(kHostileSubject)) << "shown as text, not lost";
    EXPECT_TRUE(QRegularExpression(QStringLiteral("Page 1 of \\d+")).match(text).hasMatch());
    expectNoCredentials(text.toUtf8(), "pdf");
    QFile raw(path);
    ASSERT_TRUE(raw.open(QIODevice::ReadOnly));
    const QByteArray bytes = raw.readAll();
    EXPECT_TRUE(bytes.startsWith("%PDF-"));
    expectNoCredentials(bytes, "pdf bytes");
}

// A 420-character word and long hashes wrap inside the page instead of running off it.
TEST(PdfReport, LongNetworkStringsStayOnThePage)
{
    QTemporaryDir dir;
    const QString path = writePdf(dir, QStringLiteral("report-bounds.pdf"));
    const QString bbox = QString::fromUtf8(
        runTool(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), path, QStringLiteral("-")}));
    ASSERT_FALSE(bbox.isEmpty());
    const QRegularExpression pageRe(QStringLiteral("<page width=\"([\\d.]+)\""));
    const QRegularExpressionMatch page = pageRe.match(bbox);
    ASSERT_TRUE(page.hasMatch());
    const double width = page.captured(1).toDouble();
    const QRegularExpression wordRe(
        QStringLiteral("<word xMin=\"([\\d.]+)\" yMin=\"[\\d.]+\" xMax=\"([\\d.]+)\""));
    int words = 0;
    int longWordPieces = 0;
    auto it = wordRe.globalMatch(bbox);
    while (it.hasNext()) {
        const QRegularExpressionMatch w = it.next();
        ++words;
        EXPECT_LE(w.captured(2).toDouble(), width - 20) << "a word runs into the right margin";
        EXPECT_GE(w.captured(1).toDouble(), 20);
    }
    const QRegularExpression pieceRe(QStringLiteral(">W{10,}<"));
    auto pieces = pieceRe.globalMatch(bbox);
    while (pieces.hasNext()) {
        pieces.next();
        ++longWordPieces;
    }
    EXPECT_GT(words, 500);
    EXPECT_GE(longWordPieces, 2) << "the long word was broken over lines";
}

TEST(PdfReport, SpeaksItalianWhenAsked)
{
    ASSERT_EQ(installLanguage(QStringLiteral("it")), QStringLiteral("it"));
    QTemporaryDir dir;
    const QString path = writePdf(dir, QStringLiteral("report-it.pdf"));
    const QString text = pdfText(path);
    installLanguage(QStringLiteral("en"));
    ASSERT_FALSE(text.isEmpty());
    expectEveryRequirement(text);
    for (const char* word : {"Non superato", "Attenzione", "Non eseguito", "Accesso a Internet"})
        EXPECT_TRUE(text.contains(QString::fromUtf8(word))) << word;
    EXPECT_FALSE(text.contains(QStringLiteral("Internet access")));
}

TEST(PdfReport, ReportsAnUnwritablePath)
{
    QString error;
    EXPECT_FALSE(
        PdfReport::write(hostileReport(), QStringLiteral("/nonexistent-dir/x.pdf"), &error));
    EXPECT_FALSE(error.isEmpty());
}

TEST(HostInfo, CollectsTheMachine)
{
    const HostInfo h = HostInfo::collect(QStringLiteral("localhost"));
    EXPECT_FALSE(h.os.isEmpty());
    EXPECT_FALSE(h.kernel.isEmpty());
    EXPECT_FALSE(h.interfaces.isEmpty());
    for (const QString& gw : h.gateways)
        EXPECT_TRUE(gw.contains(QLatin1Char('('))) << gw.toStdString(); // "address (interface)"
}

TEST(HostInfo, LogTailKeepsTheLastLines)
{
    QTemporaryDir dir;
    QFile f(dir.filePath(QStringLiteral("log.txt")));
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    for (int i = 1; i <= 200; ++i)
        f.write(QStringLiteral("line %1\n").arg(i).toUtf8());
    f.close();
    const QStringList tail = readTailLines(f.fileName(), 50);
    ASSERT_EQ(tail.size(), 50);
    EXPECT_EQ(tail.first(), QStringLiteral("line 151"));
    EXPECT_EQ(tail.last(), QStringLiteral("line 200"));
    EXPECT_TRUE(readTailLines(dir.filePath(QStringLiteral("missing")), 50).isEmpty());
}

// Issue 15: the host facts reach "This computer" in every format, and what a proxy or a DNS
// server said is escaped like any network string.
TEST(HostFacts, ReachEveryFormatEscaped)
{
    installLanguage(QStringLiteral("en"));
    Report r = hostileReport();
    r.host.link.type = QStringLiteral("ethernet");
    r.host.link.interfaceName = QStringLiteral("eth0");
    r.host.vpn.ran = true;
    r.host.proxyInfo.kind = QStringLiteral("manual");
    r.host.proxyInfo.address = QStringLiteral("10.0.0.1:3128");
    ProxyTunnel t;
    t.target = QStringLiteral("pbx.example.com:443");
    t.purpose = QStringLiteral("pbx.https");
    t.status = 502;
    t.statusLine = QStringLiteral("HTTP/1.1 502 <script>alert(2)</script>");
    r.host.proxyInfo.tunnels = {t};
    DnsResolverInfo d;
    d.server = QStringLiteral("192.0.2.53");
    d.error = QStringLiteral("<img src=x>");
    r.host.resolvers = {d};
    const QString html = QString::fromUtf8(HtmlReport::write(r));
    EXPECT_TRUE(html.contains(QStringLiteral("Ethernet cable (eth0)")));
    EXPECT_TRUE(html.contains(QStringLiteral("&lt;script&gt;alert(2)&lt;/script&gt;")));
    EXPECT_TRUE(html.contains(QStringLiteral("&lt;img src=x&gt;")));
    EXPECT_FALSE(html.contains(QStringLiteral("<script")));
    EXPECT_FALSE(html.contains(QStringLiteral("<img src=x")));
    const QString text = TextReport::write(r);
    EXPECT_TRUE(text.contains(QStringLiteral("Proxy setting: Set by hand: 10.0.0.1:3128")));
    EXPECT_TRUE(text.contains(QStringLiteral("VPN: No:")));
    const QJsonObject host = QJsonDocument::fromJson(JsonReport::write(r))
                                 .object()
                                 .value(QStringLiteral("host"))
                                 .toObject();
    EXPECT_EQ(host.value(QStringLiteral("proxy"))
                  .toObject()
                  .value(QStringLiteral("tunnels"))
                  .toArray()
                  .first()
                  .toObject()
                  .value(QStringLiteral("statusLine"))
                  .toString(),
              t.statusLine);
    EXPECT_EQ(host.value(QStringLiteral("vpn")).toObject().value(QStringLiteral("active")),
              QJsonValue(false));
}
