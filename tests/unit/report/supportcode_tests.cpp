// The support code: round trips, its alphabet, and what a misread code does.
#include "engine/catalogue.h"
#include "engine/report.h"
#include "report/supportcode.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <gtest/gtest.h>

using namespace easyuc;

namespace {

const QList<Status> kAll{Status::Pass, Status::Warn, Status::Fail, Status::Skipped, Status::Error};

QList<Status> randomStatuses(QRandomGenerator& rng)
{
    QList<Status> s;
    for (int i = 0; i < SupportCode::kRequirementCount; ++i)
        s.append(kAll.at(int(rng.bounded(5))));
    return s;
}

void expectRoundTrip(const QList<Status>& statuses)
{
    const QString code = SupportCode::encode(statuses);
    QList<Status> back;
    QString error;
    ASSERT_TRUE(SupportCode::decode(code, &back, &error))
        << code.toStdString() << ": " << error.toStdString();
    EXPECT_EQ(back, statuses) << code.toStdString();
}

} // namespace

TEST(SupportCode, ShapeIsGroupedAndUsesOnlyUnambiguousCharacters)
{
    const QString code =
        SupportCode::encode(QList<Status>(SupportCode::kRequirementCount, Status::Pass));
    EXPECT_TRUE(QRegularExpression(QStringLiteral("^EUC-[2-9A-Z]{3}-[2-9A-Z]{3}-[2-9A-Z]{3}$"))
                    .match(code)
                    .hasMatch())
        << code.toStdString();
    const QString alphabet = QString::fromLatin1(SupportCode::kAlphabet);
    EXPECT_EQ(alphabet.size(), 31);
    for (const char c : {'0', 'O', '1', 'I', 'L'})
        EXPECT_FALSE(alphabet.contains(QLatin1Char(c))) << c;
}

TEST(SupportCode, EveryStatusAtEveryPositionRoundTrips)
{
    QRandomGenerator rng(20240611);
    for (int pos = 0; pos < SupportCode::kRequirementCount; ++pos) {
        for (Status s : kAll) {
            for (Status background : kAll) {
                QList<Status> statuses(SupportCode::kRequirementCount, background);
                statuses[pos] = s;
                expectRoundTrip(statuses);
            }
            QList<Status> mixed = randomStatuses(rng);
            mixed[pos] = s;
            expectRoundTrip(mixed);
        }
    }
}

TEST(SupportCode, RandomCombinationsRoundTripAndCodesAreDistinct)
{
    QRandomGenerator rng(7);
    QHash<QString, QList<Status>> seen;
    for (int i = 0; i < 20000; ++i) {
        const QList<Status> statuses = randomStatuses(rng);
        expectRoundTrip(statuses);
        const QString code = SupportCode::encode(statuses);
        if (seen.contains(code)) {
            EXPECT_EQ(seen.value(code), statuses) << "collision " << code.toStdString();
        }
        seen.insert(code, statuses);
    }
    // The extremes of the 5^15 range.
    expectRoundTrip(QList<Status>(SupportCode::kRequirementCount, Status::Pass));
    expectRoundTrip(QList<Status>(SupportCode::kRequirementCount, Status::Error));
}

TEST(SupportCode, EncodesAReportByRequirementNumber)
{
    Report report;
    for (const RequirementInfo& info : requirementCatalogue()) {
        ReportEntry e;
        e.result.id = info.id;
        e.result.status = info.number == 3 ? Status::Fail : Status::Pass;
        report.entries.append(e);
    }
    report.entries.removeLast(); // R16 missing from the run: decoded as not run
    QList<Status> back;
    QString error;
    ASSERT_TRUE(SupportCode::decode(SupportCode::encode(report), &back, &error));
    ASSERT_EQ(back.size(), 16);
    EXPECT_EQ(back.at(0), Status::Pass);
    EXPECT_EQ(back.at(2), Status::Fail);
    EXPECT_EQ(back.at(14), Status::Pass);
    EXPECT_EQ(back.at(15), Status::Skipped);
}

TEST(SupportCode, ForgivesCaseSpacesDashesAndAMissingPrefix)
{
    QList<Status> statuses(SupportCode::kRequirementCount, Status::Pass);
    statuses[4] = Status::Warn;
    statuses[13] = Status::Fail;
    const QString code = SupportCode::encode(statuses);
    const QString bare = code.mid(4).remove(QLatin1Char('-'));
    const QStringList variants{
        code.toLower(), bare, bare.toLower(),
        QString(QStringLiteral(" euc ") + bare.left(3) + QStringLiteral(" ") + bare.mid(3)),
        QString(QStringLiteral("EUC") + bare)};
    for (const QString& variant : variants) {
        QList<Status> back;
        QString error;
        ASSERT_TRUE(SupportCode::decode(variant, &back, &error))
            << variant.toStdString() << error.toStdString();
        EXPECT_EQ(back, statuses) << variant.toStdString();
    }
}

TEST(SupportCode, EveryMisreadCharacterAndSwapIsCaught)
{
    QRandomGenerator rng(99);
    const QString alphabet = QString::fromLatin1(SupportCode::kAlphabet);
    for (int round = 0; round < 20; ++round) {
        const QString code = SupportCode::encode(randomStatuses(rng));
        QString bare = code.mid(4).remove(QLatin1Char('-'));
        for (int pos = 0; pos < bare.size(); ++pos) {
            for (const QChar c : alphabet) {
                if (c == bare.at(pos))
                    continue;
                QString wrong = bare;
                wrong[pos] = c;
                QList<Status> back;
                QString error;
                EXPECT_FALSE(SupportCode::decode(wrong, &back, &error)) << wrong.toStdString();
            }
            for (int other = pos + 1; other < bare.size(); ++other) {
                if (bare.at(pos) == bare.at(other))
                    continue;
                QString swapped = bare;
                std::swap(swapped[pos], swapped[other]);
                QList<Status> back;
                QString error;
                EXPECT_FALSE(SupportCode::decode(swapped, &back, &error)) << swapped.toStdString();
            }
        }
    }
}

TEST(SupportCode, MalformedCodesExplainThemselves)
{
    QList<Status> back;
    QString error;
    EXPECT_FALSE(SupportCode::decode(QStringLiteral("EUC-7K2F-9Q"), &back, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("9 characters"))) << error.toStdString();
    EXPECT_FALSE(SupportCode::decode(QStringLiteral("EUC-0K2-F9Q-4MX"), &back, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("\"0\""))) << error.toStdString();
    EXPECT_FALSE(SupportCode::decode(QString(), &back, &error));
    EXPECT_FALSE(SupportCode::decode(QStringLiteral("EUC-\u00e9K2-F9Q-4MX"), &back, &error));
    // Well-formed, but a value no format writes (all zero).
    EXPECT_FALSE(SupportCode::decode(QStringLiteral("EUC-222-222-222"), &back, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("not valid"))) << error.toStdString();
    EXPECT_TRUE(back.isEmpty());
    // A well-formed code of a format a later version will write.
    const QString future = SupportCode::encode(QList<Status>(16, Status::Pass), 3);
    EXPECT_FALSE(SupportCode::decode(future, &back, &error));
    EXPECT_TRUE(error.contains(QStringLiteral("format 3"))) << error.toStdString();
    EXPECT_TRUE(back.isEmpty());
}

TEST(SupportCode, WritesFormatTwoWithR16)
{
    QList<Status> statuses(16, Status::Pass);
    statuses[15] = Status::Fail;
    const QString code = SupportCode::encode(statuses);
    QList<Status> back;
    QString error;
    int version = 0;
    ASSERT_TRUE(SupportCode::decode(code, &back, &error, &version)) << error.toStdString();
    EXPECT_EQ(version, 2);
    EXPECT_EQ(back, statuses);
}

TEST(SupportCode, StillReadsFormatOneCodes)
{
    // A code read out by a customer running the previous version (format 1, R1…R15). Written
    // by hand from that format: "EUC-35D-YU7-P36" is every requirement passed.
    QList<Status> back;
    QString error;
    int version = 0;
    ASSERT_TRUE(SupportCode::decode(QStringLiteral("EUC-35D-YU7-P36"), &back, &error, &version))
        << error.toStdString();
    EXPECT_EQ(version, 1);
    EXPECT_EQ(back, QList<Status>(15, Status::Pass));
    // Every status at every position of the old format survives, and never reads as format 2.
    QRandomGenerator rng(15);
    for (int round = 0; round < 2000; ++round) {
        QList<Status> old;
        for (int i = 0; i < 15; ++i)
            old.append(kAll.at(int(rng.bounded(5))));
        const QString oldCode = SupportCode::encode(old, 1);
        ASSERT_TRUE(SupportCode::decode(oldCode, &back, &error, &version)) << oldCode.toStdString();
        EXPECT_EQ(version, 1);
        EXPECT_EQ(back, old) << oldCode.toStdString();
        EXPECT_NE(oldCode, SupportCode::encode(old)); // the same statuses in format 2 differ
    }
}

// Found by fuzz_supportcode: a code whose check character is right by chance but whose value no
// format writes (version 1 with 16 requirements) was read as 16 statuses of format 1.
TEST(SupportCode, AValueNoFormatWritesIsNotValid)
{
    QList<Status> back;
    QString error;
    int version = 0;
    EXPECT_FALSE(SupportCode::decode(QStringLiteral("A37.6wn66e"), &back, &error, &version));
    EXPECT_TRUE(error.contains(QStringLiteral("not valid"))) << error.toStdString();
    // Every code that does decode carries its format's own number of requirements.
    QRandomGenerator rng(16);
    for (int round = 0; round < 2000; ++round) {
        QList<Status> statuses;
        for (int i = 0; i < 16; ++i)
            statuses.append(kAll.at(int(rng.bounded(5))));
        for (int v : {1, 2}) {
            ASSERT_TRUE(
                SupportCode::decode(SupportCode::encode(statuses, v), &back, &error, &version));
            EXPECT_EQ(version, v);
            EXPECT_EQ(back.size(), SupportCode::requirementCount(v));
        }
    }
}
