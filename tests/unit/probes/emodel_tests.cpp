// The simplified E-model against worked values of its sources (see core/probes/emodel.cpp).
#include "core/probes/emodel.h"
#include "core/report/callchart.h"

#include <gtest/gtest.h>

using namespace easyuc;

// G.107 Annex B, MOS(R): the default R of G.711 and the points of its user-satisfaction table.
TEST(EModel, MosFromRMatchesG107AnnexB)
{
    EXPECT_NEAR(mosFromR(93.2), 4.41, 0.005);
    // Annex B's table rounds to the next hundredth at R = 80 (4.024 → 4.03).
    EXPECT_NEAR(mosFromR(90), 4.34, 0.005);
    EXPECT_NEAR(mosFromR(80), 4.03, 0.01);
    EXPECT_NEAR(mosFromR(70), 3.60, 0.005);
    EXPECT_NEAR(mosFromR(60), 3.10, 0.005);
    EXPECT_NEAR(mosFromR(50), 2.58, 0.005);
    EXPECT_DOUBLE_EQ(mosFromR(-5), 1.0);
    EXPECT_DOUBLE_EQ(mosFromR(0), 1.0);
    EXPECT_DOUBLE_EQ(mosFromR(100), 4.5);
    EXPECT_DOUBLE_EQ(mosFromR(120), 4.5);
}

// PingPlotter / NetBeez: Ld / 40 below 160 ms, (Ld − 120) / 10 from there; both meet at 4.
TEST(EModel, DelayImpairmentIsTheTwoPiecesOfThePublishedCurve)
{
    EXPECT_DOUBLE_EQ(delayImpairment(40), 1.0);
    EXPECT_DOUBLE_EQ(delayImpairment(159.9), 159.9 / 40.0);
    EXPECT_DOUBLE_EQ(delayImpairment(160), 4.0);
    EXPECT_DOUBLE_EQ(delayImpairment(200), 8.0);
    EXPECT_DOUBLE_EQ(delayImpairment(-3), 0.0);
}

// G.107 (7-29) with G.113 Appendix I's Ie = 0 and Bpl 25.1 (PLC) / 4.3 (no PLC) for G.711.
TEST(EModel, LossImpairmentIsG107WithG113Values)
{
    EXPECT_DOUBLE_EQ(lossImpairment(0, 1), 0.0);
    EXPECT_NEAR(lossImpairment(1, 1), 95.0 / 26.1, 1e-9);                     // 3.64
    EXPECT_NEAR(lossImpairment(2, 1), 190.0 / 27.1, 1e-9);                    // 7.01
    EXPECT_NEAR(lossImpairment(1, 1, 0, emodel::kBplG711NoPlc), 17.92, 0.01); // no PLC: far worse
    // Bursty loss costs more than the same loss spread at random.
    EXPECT_NEAR(lossImpairment(5, 2), 95.0 * 5 / (2.5 + 25.1), 1e-9); // 17.21
    EXPECT_GT(lossImpairment(5, 2), lossImpairment(5, 1));
    EXPECT_NEAR(lossImpairment(100, 1), 95.0 * 100 / 125.1, 1e-9);
}

TEST(EModel, BurstRatioFromTheLossPattern)
{
    QList<bool> everyFifth;
    for (int i = 0; i < 100; ++i)
        everyFifth.append(i % 5 == 4);
    EXPECT_DOUBLE_EQ(burstRatio(everyFifth), 1.0); // 1 / (0.25 + 1) = 0.8, taken as random
    QList<bool> bursts;                            // five lost in a row in every 50
    for (int i = 0; i < 500; ++i)
        bursts.append(i % 50 >= 45);
    // p = 10 / 450 (a burst starts), q = 9 / 49 (it ends; the last one runs to the end)
    EXPECT_NEAR(burstRatio(bursts), 1.0 / (10.0 / 450.0 + 9.0 / 49.0), 1e-9); // 4.86
    EXPECT_DOUBLE_EQ(burstRatio(QList<bool>(50, false)), 1.0);
    EXPECT_DOUBLE_EQ(burstRatio(QList<bool>(50, true)), 1.0);
    EXPECT_DOUBLE_EQ(burstRatio({}), 1.0);
}

// Worked through by hand from the formula in emodel.cpp.
TEST(EModel, ScoreOfACall)
{
    // RTT 40 ms, jitter 5 ms, no loss: Ld = 20 + 10 + 10 = 40, Id = 1, R = 92.2, MOS 4.39.
    const EModelScore clean = scoreCall({40, 5, 0, 1});
    EXPECT_DOUBLE_EQ(clean.effectiveLatencyMs, 40.0);
    EXPECT_DOUBLE_EQ(clean.rFactor, 92.2);
    EXPECT_NEAR(clean.mos, 4.39, 0.005);
    EXPECT_EQ(mosBand(clean.mos), MosBand::Good);
    // A perfect line scores G.711's ceiling less the codec delay: Ld = 10, R = 92.95, MOS 4.40.
    EXPECT_NEAR(scoreCall({0, 0, 0, 1}).mos, 4.40, 0.005);
    // 1 % random loss: R = 93.2 − 1 − 3.64 = 88.56, MOS 4.30.
    const EModelScore lossy = scoreCall({40, 5, 1, 1});
    EXPECT_NEAR(lossy.rFactor, 88.56, 0.01);
    EXPECT_NEAR(lossy.mos, 4.30, 0.01);
    // 20 % random loss: Ie,eff = 42.13, R = 50.07, MOS 2.58: poor.
    const EModelScore bad = scoreCall({2, 0.2, 20, 1});
    EXPECT_NEAR(bad.rFactor, 93.2 - (1.0 + 0.4 + 10) / 40.0 - 95.0 * 20 / 45.1, 0.01);
    EXPECT_EQ(mosBand(bad.mos), MosBand::Poor);
    // 300 ms of RTT, 40 ms of jitter: Ld = 150 + 80 + 10 = 240, Id = 12, R = 81.2, MOS 4.07.
    const EModelScore slow = scoreCall({300, 40, 0, 1});
    EXPECT_DOUBLE_EQ(slow.delayImpairment, 12.0);
    EXPECT_NEAR(slow.mos, mosFromR(81.2), 1e-9);
    EXPECT_EQ(mosBand(3.8), MosBand::Fair);
    EXPECT_EQ(mosBand(3.6), MosBand::Fair);
    EXPECT_EQ(mosBand(3.59), MosBand::Poor);
    EXPECT_EQ(mosBand(4.0), MosBand::Good);
}
