// The JSON callTest block (DESIGN §5 plus the call test's own figures): written, read back by
// the history's reader, written again the same.
#include "core/engine/report.h"
#include "core/report/jsonreport.h"
#include "core/report/jsonreportreader.h"
#include "core/report/textreport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

using namespace easyuc;

namespace {
Report reportWithCall()
{
    Report r;
    r.toolVersion = QStringLiteral("0.1.0");
    r.startedAt = QDateTime::fromString(QStringLiteral("2026-11-29T20:00:00Z"), Qt::ISODate);
    CallTestResult& c = r.callTest;
    c.ran = true;
    c.durationS = 10;
    c.target = QStringLiteral("198.51.100.11:24576");
    c.targetKind = QStringLiteral("reflector");
    c.packetsSent = 500;
    c.packetsReceived = 450;
    c.packetsLost = 50;
    c.rttMs = 12.5;
    c.jitterMs = 2.16;
    c.meanJitterMs = 0.85;
    c.lossPct = 10;
    c.worstLoss15sPct = 10;
    c.worstBurstLossPct = 30;
    c.maxBurstLoss = 2;
    c.burstRatio = 1.05;
    c.reordered = 1;
    c.reorderPct = 0.22;
    c.duplicates = 3;
    c.effectiveLatencyMs = 20.6;
    c.rFactor = 65.8;
    c.mos = 3.4;
    for (int t = 1; t <= 10; ++t) {
        CallTestSecond s;
        s.t = t;
        s.sent = 50;
        s.received = t == 3 ? 0 : 45;
        s.rttMs = t == 3 ? -1 : 12.5;
        s.jitterMs = t == 3 ? -1 : 0.8;
        s.lossPct = t == 3 ? 100 : 10;
        s.burstLoss = t == 3 ? 50 : 2;
        c.series.append(s);
    }
    return r;
}

QJsonObject callJson(const Report& r)
{
    return QJsonDocument::fromJson(JsonReport::write(r))
        .object()
        .value(QLatin1String("callTest"))
        .toObject();
}
} // namespace

TEST(CallTestJson, TheBlockCarriesTheSeriesAndNullsForWhatWasNotMeasured)
{
    const QJsonObject c = callJson(reportWithCall());
    EXPECT_EQ(c.value(QLatin1String("durationS")).toInt(), 10);
    EXPECT_EQ(c.value(QLatin1String("codec")).toString(), QStringLiteral("G.711"));
    EXPECT_EQ(c.value(QLatin1String("target")).toString(), QStringLiteral("198.51.100.11:24576"));
    EXPECT_EQ(c.value(QLatin1String("packetsSent")).toInt(), 500);
    EXPECT_DOUBLE_EQ(c.value(QLatin1String("mos")).toDouble(), 3.4);
    EXPECT_DOUBLE_EQ(c.value(QLatin1String("rFactor")).toDouble(), 65.8);
    const QJsonArray series = c.value(QLatin1String("series")).toArray();
    ASSERT_EQ(series.size(), 10);
    EXPECT_EQ(series.at(0).toObject().value(QLatin1String("t")).toInt(), 1);
    EXPECT_DOUBLE_EQ(series.at(0).toObject().value(QLatin1String("rttMs")).toDouble(), 12.5);
    EXPECT_TRUE(
        series.at(2).toObject().value(QLatin1String("rttMs")).isNull()); // nothing came back
    EXPECT_TRUE(series.at(2).toObject().value(QLatin1String("jitterMs")).isNull());
    EXPECT_DOUBLE_EQ(series.at(2).toObject().value(QLatin1String("lossPct")).toDouble(), 100.0);
    // No call test asked for: no block at all.
    EXPECT_FALSE(QJsonDocument::fromJson(JsonReport::write(Report()))
                     .object()
                     .contains(QLatin1String("callTest")));
    // Asked for and never run: the block says so, with no score.
    Report notRun;
    notRun.callTest.durationS = 30;
    notRun.callTest.error = QStringLiteral("not run (media.quality skipped: …)");
    const QJsonObject n = callJson(notRun);
    EXPECT_FALSE(n.value(QLatin1String("ran")).toBool());
    EXPECT_TRUE(n.value(QLatin1String("mos")).isNull());
    EXPECT_EQ(n.value(QLatin1String("durationS")).toInt(), 30);
}

TEST(CallTestJson, ReadBackAndWrittenAgainTheSame)
{
    const Report original = reportWithCall();
    Report back;
    QString error;
    ASSERT_TRUE(JsonReportReader::read(JsonReport::write(original), &back, &error))
        << error.toStdString();
    EXPECT_EQ(callJson(back), callJson(original));
    EXPECT_EQ(TextReport::callTestLine(back.callTest), TextReport::callTestLine(original.callTest));
}

TEST(CallTestJson, TheTextLineNamesTheScore)
{
    const QString line = TextReport::callTestLine(reportWithCall().callTest);
    EXPECT_TRUE(line.startsWith(QStringLiteral("Call test: MOS 3.40 (poor), R 65.8 — 10 s to the "
                                               "RTP reflector 198.51.100.11:24576: 500 packets "
                                               "sent, 50 lost")))
        << line.toStdString();
    EXPECT_TRUE(TextReport::callTestLine(Report().callTest).isEmpty());
}
