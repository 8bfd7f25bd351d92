// The path traced beside a run: started by the runner, after the PBX's address and the ICMP-
// counting check are done, finished before the report, never changing a status.
#include "engine/checkrunner.h"
#include "engine/pathtracer.h"
#include "engine/runcontext.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>
#include <gtest/gtest.h>
#include <optional>

using namespace easyuc;

namespace {
// Finishes with `status` after `delayMs`; notes when it ended.
class LaterCheck : public Check
{
public:
    // `endedAt` (optional) outlives the check: the runner deletes its checks with itself.
    LaterCheck(const QString& id, Status status, int delayMs, QElapsedTimer* endedAt = nullptr)
        : Check(id), m_status(status), m_delayMs(delayMs), m_endedAt(endedAt)
    {
    }

protected:
    void run(RunContext&) override
    {
        QTimer::singleShot(m_delayMs, this, [this] {
            if (m_endedAt)
                m_endedAt->start();
            finish(makeResult(m_status, QStringLiteral("done")));
        });
    }

private:
    Status m_status;
    int m_delayMs;
    QElapsedTimer* m_endedAt;
};

std::optional<Report> runWith(const QString& pbx, QList<Check*> checks, QElapsedTimer* finishedAt)
{
    Profile p;
    p.pbx = pbx;
    auto* context = new RunContext(p);
    if (!pbx.isEmpty())
        context->setPbxAddresses({QHostAddress(pbx)});
    CheckRunner runner;
    std::optional<Report> report;
    QObject::connect(&runner, &CheckRunner::runFinished, [&](const Report& r) {
        report = r;
        if (finishedAt)
            finishedAt->start();
    });
    runner.setChecks(checks, context);
    runner.start();
    QElapsedTimer t;
    t.start();
    while (!report && t.elapsed() < 15000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    return report;
}
} // namespace

TEST(PathTracer, TheRunTracesThePathToThePbxAfterPbxRtp)
{
    QElapsedTimer rtpEndedAt;
    auto* rtp = new LaterCheck(QStringLiteral("pbx.rtp"), Status::Pass, 300, &rtpEndedAt);
    QElapsedTimer finishedAt;
    const auto report = runWith(QStringLiteral("127.0.0.1"), {rtp}, &finishedAt);
    ASSERT_TRUE(report.has_value());
    const PathInfo& path = report->host.path;
    ASSERT_TRUE(path.ran);
#ifndef Q_OS_LINUX
    if (path.hops.isEmpty())
        GTEST_SKIP() << "no TTL probing here: " << path.error.toStdString();
#endif
    EXPECT_TRUE(path.error.isEmpty()) << path.error.toStdString();
    EXPECT_EQ(path.target, QStringLiteral("127.0.0.1"));
    EXPECT_TRUE(path.reached);
    ASSERT_EQ(path.hops.size(), 1);
    EXPECT_EQ(path.hops.at(0).zone, QStringLiteral("pbx"));
    EXPECT_EQ(path.rounds, 10);
    // Probing began once pbx.rtp was done: the report came at least the path's own time later.
    EXPECT_GE(rtpEndedAt.elapsed() - finishedAt.elapsed(), path.durationMs);
    EXPECT_EQ(report->entries.size(), 1);
    EXPECT_EQ(report->entries.at(0).result.status, Status::Pass);
}

TEST(PathTracer, NoPbxNoPath)
{
    const auto report =
        runWith(QString(), {new LaterCheck(QStringLiteral("pbx.rtp"), Status::Pass, 10)}, nullptr);
    ASSERT_TRUE(report.has_value());
    EXPECT_FALSE(report->host.path.ran);
}

TEST(PathTracer, LossOnThePathIsANoteOnMediaNeverAStatus)
{
    PathInfo path;
    path.ran = true;
    path.reached = true;
    path.lossFromTtl = 2;
    PathHop h1;
    h1.ttl = 1;
    h1.address = QStringLiteral("192.168.1.1");
    h1.zone = QStringLiteral("local");
    PathHop h2 = h1;
    h2.ttl = 2;
    h2.address = QStringLiteral("203.0.113.1");
    h2.zone = QStringLiteral("provider");
    h2.lossPct = 40;
    PathHop h3 = h2;
    h3.ttl = 3;
    h3.zone = QStringLiteral("pbx");
    path.hops = {h1, h2, h3};
    QList<ReportEntry> entries(3);
    entries[0].result.id = QStringLiteral("pbx.rtp");
    entries[0].result.status = Status::Pass;
    entries[1].result.id = QStringLiteral("media.quality");
    entries[1].result.status = Status::Warn;
    entries[1].result.remediation = QStringLiteral("Check the line.");
    entries[2].result.id = QStringLiteral("pbx.https");
    entries[2].result.status = Status::Pass;
    addPathAdvice(entries, path);
    EXPECT_EQ(entries[0].result.status, Status::Pass);
    EXPECT_EQ(entries[1].result.status, Status::Warn);
    EXPECT_EQ(entries[0].result.evidenceValue(QStringLiteral("path.lossFrom")),
              QStringLiteral("2 203.0.113.1"));
    EXPECT_TRUE(
        entries[1].result.remediation.startsWith(QStringLiteral("Check the line. The path "
                                                                "to the PBX loses packets "
                                                                "from hop 2 (203.0.113.1)")))
        << entries[1].result.remediation.toStdString();
    EXPECT_TRUE(entries[2].result.evidence.isEmpty());
    EXPECT_TRUE(entries[2].result.remediation.isEmpty());
    // No loss named: no note.
    path.lossFromTtl = 0;
    QList<ReportEntry> clean(1);
    clean[0].result.id = QStringLiteral("media.quality");
    addPathAdvice(clean, path);
    EXPECT_TRUE(clean[0].result.remediation.isEmpty());
}

TEST(PathTracer, ASlowPbxRtpDelaysThePathOnlySoLong)
{
    Profile p;
    p.pbx = QStringLiteral("127.0.0.1");
    RunContext context(p);
    context.setPbxAddresses({QHostAddress(QHostAddress::LocalHost)});
    context.setRunIds({QStringLiteral("pbx.dns"), QStringLiteral("pbx.rtp")});
    context.noteFinished(QStringLiteral("pbx.dns"));
    PathTracer tracer;
    QElapsedTimer t;
    t.start();
    tracer.start(&context, {});
    // pbx.rtp never finishes here: the path waits kRtpWaitMs, then probes.
    while (!tracer.isFinished() && t.elapsed() < 12000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    ASSERT_TRUE(tracer.isFinished());
    EXPECT_GE(t.elapsed(), PathTracer::kRtpWaitMs);
    EXPECT_TRUE(tracer.result().ran);
#ifdef Q_OS_LINUX
    EXPECT_TRUE(tracer.result().reached);
#endif
}
