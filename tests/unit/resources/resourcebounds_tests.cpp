#include "checks/registry.h"
#include "engine/checkrunner.h"
#include "engine/runcontext.h"
#include "profile/profile.h"
#include "support/checkharness.h"
#include "support/loopbackworld.h"

#include <QDir>
#include <QFile>
#include <cstdio>
#include <cstring>
#include <gtest/gtest.h>
#include <unistd.h>

using namespace easyuc;
using namespace easyuc::test;

namespace {

// What this process holds now, from /proc/self.
struct Held
{
    int descriptors = 0;
    int sockets = 0;
    int threads = 0;
};

QStringList entries(const QString& dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot);
}

Held heldNow()
{
    Held h;
    const QString fdDir = QStringLiteral("/proc/self/fd/");
    for (const QString& fd : entries(fdDir)) {
        char target[64] = {};
        const ssize_t n =
            ::readlink(QFile::encodeName(fdDir + fd).constData(), target, sizeof target - 1);
        if (n <= 0)
            continue; // the directory listing's own descriptor, closed by now
        ++h.descriptors;
        if (std::strncmp(target, "socket:", 7) == 0)
            ++h.sockets;
    }
    h.threads = int(entries(QStringLiteral("/proc/self/task")).size());
    return h;
}

bool runOnce(const Profile& profile)
{
    bool done = false;
    {
        CheckRunner runner;
        runner.setChecks(CheckRegistry::createChecks(profile), new RunContext(profile));
        QObject::connect(&runner, &CheckRunner::runFinished, [&done] { done = true; });
        runner.start();
        waitFor([&done] { return done; }, 4 * profile.checkTimeoutMs + 10000);
    }
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return done;
}

// Waits until nothing more than `limit` is held (threads of Qt's DNS pool end when idle).
Held settleTo(const Held& limit, int timeoutMs)
{
    Held now = heldNow();
    waitFor(
        [&] {
            QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
            now = heldNow();
            return now.descriptors <= limit.descriptors && now.sockets <= limit.sockets &&
                   now.threads <= limit.threads;
        },
        timeoutMs);
    return now;
}

} // namespace

// The whole catalogue, 100 times in a row against loopback servers with 250 ms deadlines (so
// both answers and expiries happen): no run leaves a thread, socket or descriptor behind.
TEST(ResourceBounds, HundredRunsLeaveNothingBehind)
{
    LoopbackWorld world;
    ASSERT_TRUE(world.ok());
    Profile profile;
    ProfileError error;
    ASSERT_TRUE(ProfileLoader::loadFromJson(
        world.profileJson(500, true), QStringLiteral("loopback-world.json"), &profile, &error))
        << error.message.toStdString();
    // Shorter than a profile may ask for: half the checks answer, the rest expire, and 100
    // runs stay under half a minute.
    profile.checkTimeoutMs = 250;
    // Two warm-up runs: what a process creates once and keeps (Qt's DNS thread pool, OpenSSL's
    // and GLib's own state) is counted in the baseline, not as a leak.
    ASSERT_TRUE(runOnce(profile));
    ASSERT_TRUE(runOnce(profile));
    waitFor([] { return false; }, 300);
    const Held before = heldNow();

    for (int i = 0; i < 100; ++i)
        ASSERT_TRUE(runOnce(profile)) << "run " << i << " never finished";

    // Idle pool threads expire after Qt's 30 s; anything still held after that is a leak.
    const Held after = settleTo(before, 40000);
    EXPECT_LE(after.descriptors, before.descriptors);
    EXPECT_LE(after.sockets, before.sockets);
    EXPECT_LE(after.threads, before.threads);
    std::printf("held before: %d fds, %d sockets, %d threads; after 100 runs: %d, %d, %d\n",
                before.descriptors, before.sockets, before.threads, after.descriptors,
                after.sockets, after.threads);
}
