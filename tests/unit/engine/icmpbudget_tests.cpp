#include "engine/runcontext.h"

#include <gtest/gtest.h>

using namespace easyuc;

// RunContext::bookIcmp models Linux's per-peer ICMP limit: a burst of 6, then one a second.
TEST(IcmpBudget, BurstOfSixThenOnePerSecondPerHost)
{
    RunContext context{Profile{}};
    const QHostAddress pbx(QStringLiteral("198.51.100.10"));
    for (int i = 0; i < 6; ++i)
        EXPECT_EQ(context.bookIcmp(pbx, true), 0) << i;
    EXPECT_EQ(context.bookIcmp(pbx, true), -1); // nothing free, and nothing booked
    const int seventh = context.bookIcmp(pbx);
    EXPECT_GE(seventh, 900);
    EXPECT_LE(seventh, 1000);
    const int eighth = context.bookIcmp(pbx);
    EXPECT_GE(eighth, 1900);
    EXPECT_LE(eighth, 2000);
    // Another host has a budget of its own.
    EXPECT_EQ(context.bookIcmp(QHostAddress(QStringLiteral("198.51.100.30")), true), 0);
}
