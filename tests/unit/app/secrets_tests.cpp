#include "app/clirunner.h"
#include "support/loopbackworld.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkInterface>
#include <QTemporaryDir>
#include <cstdio>
#include <cstring>
#include <gtest/gtest.h>
#ifdef Q_OS_LINUX
#include <unistd.h>
#endif

using namespace easyuc::test;

namespace {

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray pdfText(const QString& path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    p.waitForFinished(30000);
    return p.readAllStandardOutput();
}

// Sockets the process `pid` holds now (/proc/PID/fd entries that are sockets); -1 where the
// system has no /proc to count them (Windows: the bound is asserted on Linux only).
int socketsOf(qint64 pid)
{
#ifndef Q_OS_LINUX
    Q_UNUSED(pid);
    return -1;
#else
    int n = 0;
    const QString dir = QStringLiteral("/proc/%1/fd/").arg(pid);
    for (const QString& fd :
         QDir(dir).entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot)) {
        char target[64] = {};
        const ssize_t len =
            ::readlink(QFile::encodeName(dir + fd).constData(), target, sizeof target - 1);
        if (len > 0 && std::strncmp(target, "socket:", 7) == 0)
            ++n;
    }
    return n;
#endif
}

} // namespace

// A whole run with TURN credentials that the loopback TURN server accepts, every report format,
// verbose logging to stderr and the log file: the password (and the user name) reach none of
// them, nor any file the run left in its data folder.
TEST(Secrets, TurnPasswordReachesNoOutputOfAFullRun)
{
    LoopbackWorld world;
    ASSERT_TRUE(world.ok());
    QTemporaryDir dir;
    QTemporaryDir dataHome;
    const QString profile = dir.filePath(QStringLiteral("profile.json"));
    {
        QFile f(profile);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(world.profileJson(1500, true));
    }
    auto path = [&](const char* name) { return dir.filePath(QLatin1String(name)); };
    int peakSockets = 0;
    const CliRun run =
        runCli({QStringLiteral("--profile"), profile, QStringLiteral("--verbose"),
                QStringLiteral("--json"), path("r.json"), QStringLiteral("--html"), path("r.html"),
                QStringLiteral("--text"), path("r.txt"), QStringLiteral("--pdf"), path("r.pdf")},
               60000, dataHome.path(),
               [&peakSockets](qint64 pid) { peakSockets = qMax(peakSockets, socketsOf(pid)); });
    ASSERT_GE(run.exitCode, 0) << run.err.toStdString();
    ASSERT_LE(run.exitCode, 2) << run.err.toStdString();
    // The password was really used: the TURN server granted an allocation for it.
    EXPECT_GT(world.turnUdp().allocations(), 0);

    QList<QPair<QString, QByteArray>> outputs{{QStringLiteral("stdout"), run.out},
                                              {QStringLiteral("stderr"), run.err},
                                              {QStringLiteral("pdf text"), pdfText(path("r.pdf"))}};
    int logFiles = 0;
    for (const QString& root : {dir.path(), dataHome.path()}) {
        QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            if (file == profile)
                continue; // the user's own input
            outputs.append({file, readAll(file)});
            if (file.endsWith(QLatin1String(".log")) && !outputs.last().second.isEmpty())
                ++logFiles;
        }
    }
    EXPECT_GE(logFiles, 1) << "the run wrote no log to search";
    EXPECT_GE(outputs.size(), 8); // stdout, stderr, PDF text, JSON, HTML, text, PDF, log
    EXPECT_TRUE(run.err.contains("turn.reach")) << "--verbose logged nothing about TURN";
    for (const auto& [name, bytes] : outputs) {
        EXPECT_FALSE(bytes.isEmpty()) << name.toStdString();
        EXPECT_FALSE(bytes.contains(LoopbackWorld::kTurnPassword)) << name.toStdString();
        EXPECT_FALSE(bytes.contains(LoopbackWorld::kTurnUser)) << name.toStdString();
    }
    const QJsonObject report = QJsonDocument::fromJson(readAll(path("r.json"))).object();
    EXPECT_EQ(report.value(QStringLiteral("requirements")).toArray().size() >= 15, true);
    // SECURITY.md's bound, 3·D + samples + 5·S + T + L + 14 plus 20 for DNS, for this profile
    // (D = 1, samples = 2, S = 1, T = 2) and this machine's L local addresses. Sampled every few
    // milliseconds, so the peak seen may be below the real one, never above it.
    int local = 0;
    for (const QHostAddress& a : QNetworkInterface::allAddresses())
        local += a.isLoopback() ? 0 : 1;
    const int bound = 3 * 1 + 2 + 5 * 1 + 2 + local + 14 + 20;
    if (peakSockets < 0)
        return; // nothing to count on this system
    EXPECT_GT(peakSockets, 0);
    EXPECT_LE(peakSockets, bound);
    RecordProperty("peakSockets", peakSockets);
    std::printf("peak sockets of the CLI: %d (bound %d)\n", peakSockets, bound);
}
