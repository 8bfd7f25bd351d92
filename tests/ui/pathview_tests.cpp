// The path to the PBX in the GUI: the table with its bars, and where it is shown (with the
// media requirements it explains).
#include "detailspanel.h"
#include "engine/catalogue.h"
#include "engine/i18n.h"
#include "pathview.h"
#include "uihelpers.h"

#include <QDir>
#include <QLabel>
#include <QTableWidget>
#include <gtest/gtest.h>

using namespace easyuc;
using namespace easyuc::test;

namespace {
PathInfo lossyPath()
{
    PathInfo p;
    p.ran = true;
    p.target = QStringLiteral("198.51.100.10");
    p.reached = true;
    p.lossFromTtl = 2;
    const auto hop = [](int ttl, const QString& address, const QString& zone, int received,
                        double rtt) {
        PathHop h;
        h.ttl = ttl;
        h.address = address;
        h.zone = zone;
        h.sent = 10;
        h.received = received;
        h.rttMs = rtt;
        h.lossPct = 10.0 * (10 - received);
        return h;
    };
    p.hops = {hop(1, QStringLiteral("192.168.1.1"), QStringLiteral("local"), 10, 1),
              hop(2, QStringLiteral("203.0.113.1"), QStringLiteral("provider"), 6, 10),
              hop(3, QStringLiteral("198.51.100.10"), QStringLiteral("pbx"), 5, 20)};
    return p;
}
} // namespace

TEST(PathView, TableBarsAndVerdict)
{
    installLanguage(QStringLiteral("en"));
    PathView view;
    view.setPath(lossyPath());
    QTableWidget* t = view.table();
    ASSERT_EQ(t->rowCount(), 3);
    EXPECT_EQ(t->item(1, 1)->text(), QStringLiteral("203.0.113.1"));
    EXPECT_EQ(t->item(1, 2)->text(), QStringLiteral("provider"));
    EXPECT_EQ(t->item(1, 3)->text(), QStringLiteral("40%"));
    EXPECT_DOUBLE_EQ(t->item(1, 3)->data(PathView::kBarRole).toDouble(), 0.4);
    // Named loss in red, the slowest hop's RTT bar full.
    EXPECT_EQ(t->item(1, 3)->data(PathView::kBarColourRole).value<QColor>(),
              QColor(0xc0, 0x39, 0x2b));
    EXPECT_DOUBLE_EQ(t->item(2, 5)->data(PathView::kBarRole).toDouble(), 1.0);
    EXPECT_DOUBLE_EQ(t->item(0, 5)->data(PathView::kBarRole).toDouble(), 0.05);
    EXPECT_TRUE(view.sentence().startsWith(QStringLiteral("Loss from hop 2 (203.0.113.1)")));
    // Not traced: no rows, no table.
    view.setPath(PathInfo());
    EXPECT_EQ(t->rowCount(), 0);
    EXPECT_TRUE(t->isHidden());
}

TEST(PathView, DetailsShowItWithTheMediaRequirementsOnly)
{
    installLanguage(QStringLiteral("en"));
    DetailsPanel details;
    details.show();
    details.setPath(lossyPath());
    RequirementResult rtp;
    rtp.id = QStringLiteral("pbx.rtp");
    rtp.status = Status::Pass;
    details.showRequirement(*findRequirement(QStringLiteral("pbx.rtp")), RowState::Done, rtp);
    EXPECT_TRUE(details.pathView()->isVisible());
    RequirementResult https;
    https.id = QStringLiteral("pbx.https");
    https.status = Status::Pass;
    details.showRequirement(*findRequirement(QStringLiteral("pbx.https")), RowState::Done, https);
    EXPECT_FALSE(details.pathView()->isVisible());
    details.showRequirement(*findRequirement(QStringLiteral("media.quality")), RowState::Done,
                            std::nullopt);
    EXPECT_TRUE(details.pathView()->isVisible());
    details.resize(1180, 420);
    QDir().mkpath(QStringLiteral(EASYUC_UI_SCREENSHOT_DIR));
    EXPECT_TRUE(details.grab().save(QStringLiteral(EASYUC_UI_SCREENSHOT_DIR "/path-details.png")));
    // A new profile (a new run) clears it.
    details.setProfile(Profile());
    EXPECT_FALSE(details.pathView()->isVisible());
}
