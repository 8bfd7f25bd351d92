#include "resultmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <gtest/gtest.h>

using namespace easyuc;

TEST(ResultModel, GroupsFollowTheSeedAndHoldEveryRequirement)
{
    ResultModel model;
    QAbstractItemModelTester tester(&model,
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    ASSERT_EQ(model.rowCount(), 3);
    EXPECT_EQ(model.index(0, 0).data().toString(), groupTitle(RequirementGroup::InternetAccess));
    EXPECT_EQ(model.index(1, 0).data().toString(), groupTitle(RequirementGroup::FirewallRouter));
    EXPECT_EQ(model.index(2, 0).data().toString(), groupTitle(RequirementGroup::TlsFiltering));
    int total = 0;
    for (int g = 0; g < 3; ++g)
        total += model.rowCount(model.index(g, 0));
    EXPECT_EQ(total, 16);
    const QModelIndex r14 = model.indexOf(QStringLiteral("tls.interception"));
    EXPECT_EQ(r14.parent().row(), 2);
    const QModelIndex r16 = model.indexOf(QStringLiteral("system.clock"));
    EXPECT_EQ(r16.parent().row(), 2);
    EXPECT_EQ(model.index(r16.row(), ResultModel::NumberColumn, r16.parent()).data().toString(),
              QStringLiteral("R16"));
    EXPECT_EQ(model.index(r14.row(), ResultModel::NumberColumn, r14.parent()).data().toString(),
              QStringLiteral("R14"));
}

TEST(ResultModel, ResultsFillRowsAndItemsExpandUnderTheirRow)
{
    ResultModel model;
    QAbstractItemModelTester tester(&model,
                                    QAbstractItemModelTester::FailureReportingMode::Warning);
    model.beginRun();
    const QModelIndex row = model.indexOf(QStringLiteral("domains.reach"));
    EXPECT_EQ(model.state(row), RowState::Waiting);
    model.markStarted(QStringLiteral("domains.reach"));
    EXPECT_EQ(model.state(row), RowState::Running);
    EXPECT_EQ(model.runningIndexes().size(), 1);
    model.setProgress(QStringLiteral("domains.reach"), QStringLiteral("Resolving nexiop.net…"));
    EXPECT_EQ(model.index(row.row(), ResultModel::ResultColumn, row.parent()).data().toString(),
              QStringLiteral("Resolving nexiop.net…"));

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    RequirementResult r;
    r.id = QStringLiteral("domains.reach");
    r.status = Status::Fail;
    r.summary = QStringLiteral("1 domain cannot be reached");
    r.items = {{QStringLiteral("nexiop.net"), Status::Pass, QStringLiteral("ok")},
               {QStringLiteral("myproxima.info"), Status::Fail, QStringLiteral("NXDOMAIN")}};
    r.durationMs = 2400;
    model.setResult(r);
    EXPECT_EQ(inserted.size(), 1);
    EXPECT_EQ(model.state(row), RowState::Done);
    EXPECT_TRUE(model.runningIndexes().isEmpty());
    ASSERT_EQ(model.rowCount(row), 2);
    const QModelIndex item = model.index(1, ResultModel::TitleColumn, row);
    EXPECT_EQ(item.data().toString(), QStringLiteral("myproxima.info"));
    EXPECT_EQ(item.parent(), row);
    EXPECT_EQ(model.requirement(item)->id, QStringLiteral("domains.reach"));
    // Status in words and glyph, never by colour alone; the time is shown.
    const QString cell =
        model.index(row.row(), ResultModel::StatusColumn, row.parent()).data().toString();
    EXPECT_TRUE(cell.contains(statusGlyph(Status::Fail)));
    EXPECT_TRUE(cell.contains(statusWord(Status::Fail)));
    EXPECT_FALSE(model.index(row.row(), ResultModel::StatusColumn, row.parent())
                     .data(Qt::AccessibleTextRole)
                     .toString()
                     .isEmpty());
    EXPECT_EQ(model.index(row.row(), ResultModel::TimeColumn, row.parent()).data().toString(),
              formatDuration(2400));

    // A new run drops the items again.
    model.beginRun();
    EXPECT_EQ(model.rowCount(row), 0);
    EXPECT_EQ(model.state(row), RowState::Waiting);
}

// A sub-row never contradicts its requirement: under an amber row a silent target reads as a
// warning, under a red row a failed target stays failed.
TEST(ResultModel, SubRowsUseTheirRequirementsVocabulary)
{
    ResultModel model;
    model.beginRun();
    RequirementResult r;
    r.id = QStringLiteral("stun.binding");
    r.status = Status::Warn;
    r.items = {{QStringLiteral("stun1.example"), Status::Pass, QStringLiteral("ok")},
               {QStringLiteral("stun2.example"), Status::Fail, QStringLiteral("no answer")}};
    model.setResult(r);
    const QModelIndex row = model.indexOf(r.id);
    const QModelIndex silent = model.index(1, ResultModel::StatusColumn, row);
    EXPECT_EQ(silent.data(ResultModel::StatusRole).toInt(), int(Status::Warn));
    EXPECT_TRUE(silent.data().toString().contains(statusWord(Status::Warn)));

    r.status = Status::Fail;
    model.setResult(r);
    EXPECT_EQ(model.index(1, ResultModel::StatusColumn, row).data(ResultModel::StatusRole).toInt(),
              int(Status::Fail));
}
