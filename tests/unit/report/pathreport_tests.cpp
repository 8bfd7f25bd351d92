// host.path in every report: the JSON names of DESIGN §5, the text table and the HTML section
// with its bars, and every string from the network escaped.
#include "core/engine/report.h"
#include "core/report/htmlreport.h"
#include "core/report/jsonreport.h"
#include "core/report/pathtable.h"
#include "core/report/textreport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

using namespace easyuc;

namespace {
Report lossyPath()
{
    Report r;
    r.pbx = QStringLiteral("pbx.example.com");
    r.startedAt = QDateTime::currentDateTime();
    PathInfo& p = r.host.path;
    p.ran = true;
    p.target = QStringLiteral("198.51.100.10");
    p.reached = true;
    p.lossFromTtl = 2;
    p.rounds = 10;
    const auto hop = [](int ttl, const QString& address, const QString& name, const QString& zone,
                        int sent, int received, double rtt) {
        PathHop h;
        h.ttl = ttl;
        h.address = address;
        h.name = name;
        h.zone = zone;
        h.sent = sent;
        h.received = received;
        h.rttMs = rtt;
        h.lossPct = 100.0 * (sent - received) / sent;
        return h;
    };
    p.hops = {hop(1, QStringLiteral("192.168.1.1"), QString(), QStringLiteral("local"), 7, 7, 0.8),
              hop(2, QStringLiteral("203.0.113.1"), QStringLiteral("<b>core1</b>.isp.example"),
                  QStringLiteral("provider"), 8, 4, 12.25),
              hop(3, QString(), QString(), QString(), 10, 0, -1),
              hop(4, QStringLiteral("198.51.100.10"), QString(), QStringLiteral("pbx"), 7, 4, 20)};
    return r;
}
} // namespace

TEST(PathReport, JsonCarriesHostPathWithTheDesignNames)
{
    const QJsonObject root = QJsonDocument::fromJson(JsonReport::write(lossyPath())).object();
    const QJsonObject path =
        root.value(QStringLiteral("host")).toObject().value(QStringLiteral("path")).toObject();
    EXPECT_EQ(path.value(QStringLiteral("target")).toString(), QStringLiteral("198.51.100.10"));
    EXPECT_TRUE(path.value(QStringLiteral("reached")).toBool());
    EXPECT_EQ(path.value(QStringLiteral("lossFromTtl")).toInt(), 2);
    const QJsonArray hops = path.value(QStringLiteral("hops")).toArray();
    ASSERT_EQ(hops.size(), 4);
    const QJsonObject h2 = hops.at(1).toObject();
    EXPECT_EQ(h2.value(QStringLiteral("ttl")).toInt(), 2);
    EXPECT_EQ(h2.value(QStringLiteral("address")).toString(), QStringLiteral("203.0.113.1"));
    EXPECT_EQ(h2.value(QStringLiteral("name")).toString(),
              QStringLiteral("<b>core1</b>.isp.example"));
    EXPECT_DOUBLE_EQ(h2.value(QStringLiteral("rttMs")).toDouble(), 12.25);
    EXPECT_DOUBLE_EQ(h2.value(QStringLiteral("lossPct")).toDouble(), 50);
    EXPECT_EQ(h2.value(QStringLiteral("sent")).toInt(), 8);
    EXPECT_EQ(h2.value(QStringLiteral("received")).toInt(), 4);
    EXPECT_EQ(h2.value(QStringLiteral("zone")).toString(), QStringLiteral("provider"));
    // A silent hop: no address, no RTT.
    EXPECT_TRUE(hops.at(2).toObject().value(QStringLiteral("address")).isNull());
    EXPECT_TRUE(hops.at(2).toObject().value(QStringLiteral("rttMs")).isNull());
}

TEST(PathReport, JsonPathIsNullWhenNotTraced)
{
    Report r;
    const QJsonObject root = QJsonDocument::fromJson(JsonReport::write(r)).object();
    EXPECT_TRUE(
        root.value(QStringLiteral("host")).toObject().value(QStringLiteral("path")).isNull());
}

TEST(PathReport, TextTableMarksTheLossThatContinues)
{
    const QStringList lines = pathTextLines(lossyPath().host.path);
    ASSERT_GE(lines.size(), 6);
    EXPECT_EQ(lines.at(0), QStringLiteral("Path to the PBX (198.51.100.10):"));
    EXPECT_TRUE(lines.at(2).contains(QStringLiteral("192.168.1.1")));
    EXPECT_FALSE(lines.at(2).endsWith(QStringLiteral("<")));
    EXPECT_TRUE(lines.at(3).contains(QStringLiteral("<b>core1</b>.isp.example (203.0.113.1)")));
    EXPECT_TRUE(lines.at(3).contains(QStringLiteral("50%")));
    EXPECT_TRUE(lines.at(3).contains(QStringLiteral("4/8")));
    EXPECT_TRUE(lines.at(3).endsWith(QStringLiteral("<")));
    EXPECT_TRUE(lines.at(4).contains(QStringLiteral("*")));
    EXPECT_TRUE(lines.constLast().contains(QStringLiteral("Loss from hop 2")));
    EXPECT_TRUE(TextReport::write(lossyPath()).contains(lines.at(3)));
}

TEST(PathReport, HtmlSectionEscapesNamesAndDrawsBars)
{
    const QString html = QString::fromUtf8(HtmlReport::write(lossyPath()));
    EXPECT_TRUE(html.contains(QStringLiteral("Path to the PBX (198.51.100.10)")));
    EXPECT_FALSE(html.contains(QStringLiteral("<b>core1</b>")));
    EXPECT_TRUE(html.contains(QStringLiteral("&lt;b&gt;core1&lt;/b&gt;.isp.example")));
    // Hop 2 loses half its answers: a 30 px red bar of 60, in the colour of named loss.
    EXPECT_TRUE(html.contains(QStringLiteral("width=\"30\" bgcolor=\"#c0392b\"")));
    const QString rich = pathHtml(lossyPath().host.path, true);
    EXPECT_TRUE(rich.contains(QStringLiteral("cellpadding=\"3\"")));
    EXPECT_TRUE(pathHtml(PathInfo(), false).isEmpty());
}
