#include "core/history/historystore.h"
#include "core/report/jsonreport.h"
#include "core/report/jsonreportreader.h"
#include "history/historytestdata.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <cstdio>
#include <gtest/gtest.h>

using namespace easyuc;
using easyuc::test::sampleReport;

namespace {

const QDateTime kT0 = QDateTime(QDate(2026, 11, 29), QTime(8, 0), Qt::UTC);

void writeRaw(const QString& path, const QByteArray& data)
{
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(data);
}

} // namespace

TEST(HistoryStore, KeepsRunsNewestFirstWithTheirListFields)
{
    QTemporaryDir dir;
    HistoryStore store(dir.path());
    QString error;
    const Report a = sampleReport(kT0);
    const Report b = sampleReport(kT0.addSecs(60), QStringLiteral("pbx.webcti"));
    ASSERT_TRUE(store.record(a, &error)) << error.toStdString();
    ASSERT_TRUE(store.record(b, &error)) << error.toStdString();
    const QList<HistoryEntry> list = HistoryStore(dir.path()).entries();
    ASSERT_EQ(list.size(), 2);
    EXPECT_EQ(list.at(0).runId, b.runId);
    EXPECT_EQ(list.at(0).overall, Status::Fail);
    EXPECT_EQ(list.at(1).runId, a.runId);
    EXPECT_EQ(list.at(1).overall, Status::Pass);
    EXPECT_EQ(list.at(1).pbx, QStringLiteral("pbx.lab.test"));
    EXPECT_EQ(list.at(1).profileName, QStringLiteral("Proxima Easy UC"));
    EXPECT_TRUE(list.at(1).supportCode.startsWith(QStringLiteral("EUC-")));
    EXPECT_EQ(list.at(1).startedAt, kT0);
    EXPECT_EQ(list.at(1).fileName, QStringLiteral("20261129T080000000Z-%1.json").arg(a.runId));
    // The stored file is the JSON report itself.
    QByteArray json;
    ASSERT_TRUE(store.readJson(list.at(1), &json, &error));
    EXPECT_EQ(json, JsonReport::write(a));
}

TEST(HistoryStore, RefusesARunWithoutRunId)
{
    QTemporaryDir dir;
    HistoryStore store(dir.path());
    Report r = sampleReport(kT0);
    r.runId.clear();
    QString error;
    EXPECT_FALSE(store.record(r, &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_TRUE(store.entries().isEmpty());
}

TEST(HistoryStore, KeepsTheNewestRunsWithinTheCount)
{
    QTemporaryDir dir;
    HistoryStore store(dir.path());
    store.setLimits(3, HistoryStore::kMaxBytes);
    QStringList ids;
    QString error;
    for (int i = 0; i < 5; ++i) {
        const Report r = sampleReport(kT0.addSecs(60 * i));
        ids.append(r.runId);
        ASSERT_TRUE(store.record(r, &error));
    }
    const QList<HistoryEntry> list = store.entries();
    ASSERT_EQ(list.size(), 3);
    EXPECT_EQ(list.at(0).runId, ids.at(4));
    EXPECT_EQ(list.at(2).runId, ids.at(2)); // runs 0 and 1, the oldest, are gone
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files).size(), 4); // 3 runs + the index
}

// A run whose clock puts it before the others is still kept; the oldest other run makes room.
TEST(HistoryStore, KeepsTheRunJustRecordedEvenWhenItIsTheOldest)
{
    QTemporaryDir dir;
    HistoryStore store(dir.path());
    store.setLimits(2, HistoryStore::kMaxBytes);
    QString error;
    const Report a = sampleReport(kT0.addSecs(600));
    const Report b = sampleReport(kT0.addSecs(1200));
    const Report early = sampleReport(kT0);
    for (const Report* r : {&a, &b, &early})
        ASSERT_TRUE(store.record(*r, &error));
    const QList<HistoryEntry> list = store.entries();
    ASSERT_EQ(list.size(), 2);
    EXPECT_EQ(list.at(0).runId, b.runId);
    EXPECT_EQ(list.at(1).runId, early.runId);
}

TEST(HistoryStore, KeepsTheNewestRunsWithinTheBytes)
{
    QTemporaryDir dir;
    HistoryStore store(dir.path());
    const qint64 one = JsonReport::write(sampleReport(kT0)).size();
    store.setLimits(200, one * 2 + one / 2); // room for two reports, not three
    QStringList ids;
    QString error;
    for (int i = 0; i < 4; ++i) {
        const Report r = sampleReport(kT0.addSecs(60 * i));
        ids.append(r.runId);
        ASSERT_TRUE(store.record(r, &error));
    }
    const QList<HistoryEntry> list = store.entries();
    ASSERT_EQ(list.size(), 2);
    EXPECT_EQ(list.at(0).runId, ids.at(3));
    EXPECT_EQ(list.at(1).runId, ids.at(2));
    qint64 total = 0;
    for (const HistoryEntry& e : list)
        total += e.bytes;
    EXPECT_LE(total, one * 2 + one / 2);
}

TEST(HistoryStore, SkipsCorruptAndForeignFilesWithoutCrashing)
{
    QTemporaryDir dir;
    HistoryStore store(dir.path());
    QString error;
    const Report good = sampleReport(kT0);
    ASSERT_TRUE(store.record(good, &error));
    const QString corruptName = HistoryStore::fileNameFor(
        kT0.addSecs(10), QStringLiteral("0bad0bad-0000-4000-8000-000000000000"));
    writeRaw(dir.filePath(corruptName), "{\"schema\": 1, \"runId\": trunc");
    const QString wrongName = HistoryStore::fileNameFor(
        kT0.addSecs(20), QStringLiteral("0bad0bad-0000-4000-8000-000000000001"));
    writeRaw(dir.filePath(wrongName), "[1, 2, 3]"); // JSON, but not a report
    writeRaw(dir.filePath(QStringLiteral("notes.txt")), "someone's notes");
    writeRaw(dir.filePath(QStringLiteral("index.json")), "garbage");
    const QList<HistoryEntry> list = HistoryStore(dir.path()).entries();
    ASSERT_EQ(list.size(), 1);
    EXPECT_EQ(list.first().runId, good.runId);
    // The corrupt file is not a run: it cannot be found or shown.
    HistoryEntry found;
    EXPECT_EQ(store.find(QStringLiteral("0bad0bad"), &found), HistoryStore::Lookup::NotFound);
    // Clearing removes our files (the corrupt ones too) and leaves the foreign one.
    EXPECT_EQ(store.clear(), 3);
    EXPECT_TRUE(QFile::exists(dir.filePath(QStringLiteral("notes.txt"))));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("notes.txt")});
    EXPECT_TRUE(store.entries().isEmpty());
}

TEST(HistoryStore, TheIndexFollowsTheFiles)
{
    QTemporaryDir dir;
    HistoryStore store(dir.path());
    QString error;
    const Report a = sampleReport(kT0);
    const Report b = sampleReport(kT0.addSecs(60));
    ASSERT_TRUE(store.record(a, &error));
    ASSERT_TRUE(store.record(b, &error));
    // A run file removed behind the store's back disappears from the list…
    ASSERT_TRUE(QFile::remove(dir.filePath(HistoryStore::fileNameFor(a.startedAt, a.runId))));
    QList<HistoryEntry> list = store.entries();
    ASSERT_EQ(list.size(), 1);
    EXPECT_EQ(list.first().runId, b.runId);
    // …and one added (another process) appears, the index rebuilt from the files.
    const Report c = sampleReport(kT0.addSecs(120));
    writeRaw(dir.filePath(HistoryStore::fileNameFor(c.startedAt, c.runId)), JsonReport::write(c));
    ASSERT_TRUE(QFile::remove(dir.filePath(QStringLiteral("index.json"))));
    list = store.entries();
    ASSERT_EQ(list.size(), 2);
    EXPECT_EQ(list.first().runId, c.runId);
}

TEST(HistoryStore, FindsARunByItsIdOrAUniquePrefix)
{
    QTemporaryDir dir;
    HistoryStore store(dir.path());
    QString error;
    const QString id1 = QStringLiteral("abcdef01-1111-4111-8111-111111111111");
    const QString id2 = QStringLiteral("abcdef01-2222-4222-8222-222222222222");
    const QString id3 = QStringLiteral("12345678-3333-4333-8333-333333333333");
    for (const QString& id : {id1, id2, id3})
        ASSERT_TRUE(store.record(sampleReport(kT0.addSecs(store.entries().size() * 60), {}, 20, id),
                                 &error));
    HistoryEntry e;
    QStringList matches;
    EXPECT_EQ(store.find(id2, &e), HistoryStore::Lookup::Found);
    EXPECT_EQ(e.runId, id2);
    EXPECT_EQ(store.find(QStringLiteral("12345678"), &e), HistoryStore::Lookup::Found);
    EXPECT_EQ(e.runId, id3);
    EXPECT_EQ(store.find(QStringLiteral("ABCDEF01-2"), &e), HistoryStore::Lookup::Found);
    EXPECT_EQ(e.runId, id2);
    EXPECT_EQ(store.find(QStringLiteral("abcdef01"), &e, &matches),
              HistoryStore::Lookup::Ambiguous);
    EXPECT_EQ(matches.size(), 2);
    EXPECT_EQ(store.find(QStringLiteral("1234567"), &e), HistoryStore::Lookup::TooShort);
    EXPECT_EQ(store.find(QStringLiteral("99999999"), &e), HistoryStore::Lookup::NotFound);
}

TEST(HistoryStore, ReadsAStoredRunBackIntoTheSameReport)
{
    QTemporaryDir dir;
    HistoryStore store(dir.path());
    QString error;
    const Report a = sampleReport(kT0.toOffsetFromUtc(3600), QStringLiteral("pbx.rtp"));
    ASSERT_TRUE(store.record(a, &error));
    Report back;
    ASSERT_TRUE(store.readReport(store.entries().first(), &back, &error)) << error.toStdString();
    EXPECT_EQ(back.runId, a.runId);
    EXPECT_EQ(back.startedAt, a.startedAt);
    EXPECT_EQ(back.startedAt.offsetFromUtc(), 3600);
    EXPECT_EQ(back.overall, Status::Fail);
    ASSERT_EQ(back.entries.size(), a.entries.size());
    EXPECT_EQ(back.entry(QStringLiteral("pbx.rtp"))->result.remediation,
              QStringLiteral("do something"));
    EXPECT_EQ(back.entry(QStringLiteral("pbx.rtp"))->result.evidence.size(), 2);
    // Everything the JSON writer writes comes back: the report written again is the same.
    EXPECT_EQ(JsonReport::write(back), JsonReport::write(a));
}

TEST(JsonReportReader, RefusesWhatIsNotAReport)
{
    Report r;
    QString error;
    EXPECT_FALSE(JsonReportReader::read("not json", &r, &error));
    EXPECT_FALSE(JsonReportReader::read("{\"schema\": 2, \"requirements\": []}", &r, &error));
    EXPECT_FALSE(JsonReportReader::read(
        "{\"schema\": 1, \"overall\": \"pass\", \"requirements\": [{\"id\": \"x\", \"status\": "
        "\"green\"}]}",
        &r, &error));
    EXPECT_TRUE(JsonReportReader::read(
        "{\"schema\": 1, \"overall\": \"warn\", \"requirements\": []}", &r, &error));
    EXPECT_EQ(r.overall, Status::Warn);
}

// 200 runs (the bound): how long a list takes with the index, and when every report must be
// scanned because the index is gone.
TEST(HistoryStore, ListsTwoHundredRunsQuickly)
{
    QTemporaryDir dir;
    HistoryStore store(dir.path());
    QString error;
    for (int i = 0; i < 200; ++i) {
        const Report r = sampleReport(kT0.addSecs(60 * i));
        writeRaw(dir.filePath(HistoryStore::fileNameFor(r.startedAt, r.runId)),
                 JsonReport::write(r));
    }
    QElapsedTimer t;
    t.start();
    ASSERT_EQ(store.entries().size(), 200); // scans every report, writes the index
    const qint64 scanMs = t.restart();
    ASSERT_EQ(store.entries().size(), 200);
    const qint64 indexMs = t.elapsed();
    std::printf("200 runs: %lld ms by scanning the reports, %lld ms with the index\n",
                static_cast<long long>(scanMs), static_cast<long long>(indexMs));
    EXPECT_LT(indexMs, 1000);
    EXPECT_LT(scanMs, 10000);
}
