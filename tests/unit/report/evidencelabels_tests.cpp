// Evidence keys get labels for people in the reader's language; values that are our own words
// follow the language, values from the network stay as they came; the JSON keeps raw keys.
#include "engine/i18n.h"
#include "report/evidencelabels.h"
#include "report/jsonreport.h"
#include "report/reportmodel.h"

#include <gtest/gtest.h>

using namespace easyuc;

namespace {

// Restores English whatever a test does.
struct Italian
{
    Italian() { installLanguage(QStringLiteral("it")); }
    ~Italian() { installLanguage(QStringLiteral("en")); }
};

} // namespace

TEST(EvidenceLabels, KnownKeysHaveLabelsUnknownKeysStayRaw)
{
    EXPECT_EQ(evidenceLabel(QStringLiteral("connectMs")), QStringLiteral("TCP connection (ms)"));
    EXPECT_EQ(evidenceLabel(QStringLiteral("udp.sent.via")), QStringLiteral("UDP · Via sent"));
    EXPECT_EQ(evidenceLabel(QStringLiteral("cert[1].issuer")),
              QStringLiteral("Chain certificate 1: Issued by"));
    EXPECT_EQ(evidenceLabel(QStringLiteral("pbx.example.com:443 certificate.issuer")),
              QStringLiteral("pbx.example.com:443 · Certificate issued by"));
    EXPECT_EQ(evidenceLabel(QStringLiteral("some.newKey")), QStringLiteral("some.newKey"));
    EXPECT_EQ(evidenceLabel(QStringLiteral("udp.newKey")), QStringLiteral("udp.newKey"));
}

TEST(EvidenceLabels, SpeakItalian)
{
    Italian it;
    EXPECT_EQ(evidenceLabel(QStringLiteral("udp.sent.via")), QStringLiteral("UDP · Via inviato"));
    EXPECT_EQ(evidenceLabel(QStringLiteral("certificate.sha256")),
              QStringLiteral("Impronta del certificato (SHA-256)"));
    EXPECT_EQ(evidenceValue(QStringLiteral("detail"), QStringLiteral("no answer within 4448 ms")),
              QStringLiteral("nessuna risposta entro 4,4 s"));
    EXPECT_EQ(evidenceValue(QStringLiteral("detail"),
                            QStringLiteral("no complete HTTP answer within 2000 ms (12 bytes "
                                           "received)")),
              QStringLiteral("nessuna risposta HTTP completa entro 2,0 s (12 byte ricevuti)"));
    EXPECT_EQ(evidenceValue(QStringLiteral("error"), QStringLiteral("refused")),
              QStringLiteral("connessione rifiutata"));
    // From the network: never touched, even when it looks like one of our words.
    EXPECT_EQ(evidenceValue(QStringLiteral("http.server"), QStringLiteral("nginx/1.22.1")),
              QStringLiteral("nginx/1.22.1"));
    EXPECT_EQ(
        evidenceValue(QStringLiteral("detail"), QStringLiteral("no answer within 4448 ms, really")),
        QStringLiteral("no answer within 4448 ms, really"));
}

TEST(EvidenceLabels, ReportsShowLabelsAndTheJsonKeepsRawKeys)
{
    Italian it;
    Report report;
    report.startedAt = QDateTime::currentDateTimeUtc();
    ReportEntry e;
    e.result.id = QStringLiteral("firewall.sip-alg");
    e.result.status = Status::Fail;
    e.result.addEvidence(QStringLiteral("udp.sent.via"), QStringLiteral("SIP/2.0/UDP 10.0.0.2"));
    e.result.addEvidence(QStringLiteral("udp.detail"), QStringLiteral("no answer within 4448 ms"));
    report.entries.append(e);

    const ReportModel m = ReportModel::build(report);
    ASSERT_EQ(m.requirements.size(), 1);
    ASSERT_FALSE(m.requirements.first().evidence.isEmpty());
    const QList<Evidence>& rows = m.requirements.first().evidence.first().rows;
    ASSERT_EQ(rows.size(), 2);
    EXPECT_EQ(rows.at(0).key, QStringLiteral("UDP · Via inviato"));
    EXPECT_EQ(rows.at(1).key, QStringLiteral("UDP · Dettaglio dell'errore"));
    EXPECT_EQ(rows.at(1).value, QStringLiteral("nessuna risposta entro 4,4 s"));

    const QByteArray json = JsonReport::write(report);
    EXPECT_TRUE(json.contains("\"udp.sent.via\"")) << json.constData();
    EXPECT_TRUE(json.contains("no answer within 4448 ms"));
}
