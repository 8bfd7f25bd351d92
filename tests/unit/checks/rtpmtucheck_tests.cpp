#include "checks/mtucheck.h"
#include "checks/rtpcheck.h"
#include "core/platform/platform.h"
#include "support/checkharness.h"
#include "support/loopbackservers.h"
#include "support/stunserver.h"

#include <QNetworkDatagram>
#include <QUdpSocket>
#include <gtest/gtest.h>

using namespace easyuc;
using namespace easyuc::test;

namespace {
const QHostAddress kLoopback(QHostAddress::LocalHost);

void onLoopback(RunContext& context)
{
    context.setPbxAddresses({kLoopback});
}

// The PBX is 127.0.0.1; its RTP range is first..last.
Profile rtpProfile(quint16 first, quint16 last, int samples)
{
    Profile p;
    p.pbx = QStringLiteral("127.0.0.1");
    p.checkTimeoutMs = 4000;
    p.rtpFirst = first;
    p.rtpLast = last;
    p.rtpSamples = samples;
    return p;
}

Profile mtuProfile(quint16 stunPort)
{
    Profile p;
    p.pbx = QStringLiteral("127.0.0.1");
    p.checkTimeoutMs = 4000;
    p.stun = {{QStringLiteral("127.0.0.1"), stunPort}};
    return p;
}

} // namespace

TEST(RtpSampling, BothEndsAndEvenSpread)
{
    const QList<quint16> p = RtpCheck::samplePorts(16384, 32768, 8);
    ASSERT_EQ(p.size(), 8);
    EXPECT_EQ(p.first(), 16384);
    EXPECT_EQ(p.last(), 32768);
    // 16384 / 7 = 2340.57…: every gap is 2340 or 2341.
    for (int i = 1; i < p.size(); ++i) {
        const int gap = p[i] - p[i - 1];
        EXPECT_TRUE(gap == 2340 || gap == 2341) << i << " gap " << gap;
    }
}

TEST(RtpSampling, OddCases)
{
    EXPECT_EQ(RtpCheck::samplePorts(16384, 32768, 1), QList<quint16>({16384}));
    EXPECT_EQ(RtpCheck::samplePorts(16384, 32768, 2), QList<quint16>({16384, 32768}));
    EXPECT_EQ(RtpCheck::samplePorts(20000, 20000, 8), QList<quint16>({20000}));
    EXPECT_EQ(RtpCheck::samplePorts(20000, 20002, 8), QList<quint16>({20000, 20001, 20002}));
    EXPECT_EQ(RtpCheck::samplePorts(20000, 20010, 0), QList<quint16>({20000}));
    EXPECT_EQ(RtpCheck::samplePorts(20010, 20000, 2), QList<quint16>({20000, 20010}));
    EXPECT_EQ(RtpCheck::samplePorts(0, 65535, 3), QList<quint16>({0, 32768, 65535}));
}

TEST(RtpCheck, ClosedPortAnsweringPortUnreachableFromThePbxIsPass)
{
    const quint16 port = closedUdpPort();
    RtpCheck check;
    const CheckRun run = runCheck(check, rtpProfile(port, port, 1), onLoopback);
    EXPECT_EQ(run.finishedCount, 1);
    const QString fact = run.result.evidenceValue(QStringLiteral("udp 127.0.0.1:%1").arg(port));
    ASSERT_EQ(run.result.items.size(), 1);
    if (!easyuc::platform::capabilities().icmpSender) {
        // Windows reports the refusal without its sender: not proven, never a guessed pass.
        EXPECT_EQ(run.result.status, Status::Warn) << run.result.summary.toStdString();
        EXPECT_EQ(run.result.items.first().status, Status::Warn);
        EXPECT_TRUE(fact.startsWith(QStringLiteral("refused-sender-unknown")))
            << fact.toStdString();
        return;
    }
    EXPECT_EQ(run.result.status, Status::Pass) << run.result.summary.toStdString();
    EXPECT_EQ(run.result.items.first().status, Status::Pass);
    EXPECT_TRUE(fact.startsWith(QStringLiteral("path-open (ICMP 3/3 from 127.0.0.1)")))
        << fact.toStdString();
    EXPECT_LT(run.wallMs, 1000);
}

TEST(RtpCheck, StunAnswerIsPass)
{
    LoopbackStunServer server;
    ASSERT_TRUE(server.listen());
    RtpCheck check;
    const CheckRun run = runCheck(check, rtpProfile(server.port(), server.port(), 8), onLoopback);
    EXPECT_EQ(run.result.status, Status::Pass) << run.result.summary.toStdString();
    EXPECT_TRUE(run.result.evidenceValue(QStringLiteral("udp 127.0.0.1:%1").arg(server.port()))
                    .startsWith(QStringLiteral("answered (stun)")));
}

TEST(RtpCheck, SilenceIsWarnNotProvenNeverBlocked)
{
    LoopbackStunServer silent(LoopbackStunServer::Mode::Silent);
    LoopbackStunServer server;
    ASSERT_TRUE(silent.listen() && server.listen());
    const quint16 lo = qMin(silent.port(), server.port());
    const quint16 hi = qMax(silent.port(), server.port());
    RtpCheck check;
    const CheckRun run = runCheck(check, rtpProfile(lo, hi, 2), onLoopback);
    EXPECT_EQ(run.result.status, Status::Warn) << run.result.summary.toStdString();
    EXPECT_TRUE(run.result.summary.contains(QStringLiteral("not proven")));
    EXPECT_TRUE(run.result.summary.contains(QString::number(silent.port())));
    EXPECT_TRUE(run.result.summary.contains(QStringLiteral("TURN")));
    ASSERT_EQ(run.result.items.size(), 2);
    for (const ResultItem& item : run.result.items) {
        const bool isSilent = item.target.endsWith(QStringLiteral(":%1").arg(silent.port()));
        EXPECT_EQ(item.status, isSilent ? Status::Warn : Status::Pass) << item.target.toStdString();
    }
    EXPECT_EQ(silent.requests(), 3); // retried before giving up
    EXPECT_FALSE(run.result.remediation.isEmpty());
}

TEST(RtpCheck, ReflectorAnswerProvesWhatThePbxLeftSilent)
{
    LoopbackStunServer silent(LoopbackStunServer::Mode::Silent);
    ASSERT_TRUE(silent.listen());
    // The reflector sits beside the PBX on the same port numbers (another loopback address).
    UdpEchoServer reflector(QHostAddress(QStringLiteral("127.0.0.2")), silent.port());
    if (reflector.port() == 0 && easyuc::platform::capabilities().system == QStringLiteral("wine"))
        GTEST_SKIP() << "Wine binds only 127.0.0.1 of the loopback network";
    ASSERT_EQ(reflector.port(), silent.port());
    Profile p = rtpProfile(silent.port(), silent.port(), 1);
    p.rtpReflector = Endpoint{QStringLiteral("127.0.0.2"), reflector.port()};
    RtpCheck check;
    const CheckRun run = runCheck(check, p, onLoopback);
    EXPECT_EQ(run.result.status, Status::Pass) << run.result.summary.toStdString();
    EXPECT_EQ(run.result.items.size(), 2);
    EXPECT_TRUE(run.result.evidenceValue(QStringLiteral("udp 127.0.0.2:%1").arg(reflector.port()))
                    .startsWith(QStringLiteral("answered (echo)")));
}

TEST(RtpCheck, ReflectorOnOtherPortsProvesNothingAboutThePbxPorts)
{
    LoopbackStunServer silent(LoopbackStunServer::Mode::Silent);
    ASSERT_TRUE(silent.listen());
    UdpEchoServer reflector; // answers, but on a port the PBX range does not sample
    Profile p = rtpProfile(silent.port(), silent.port(), 1);
    p.rtpReflector = Endpoint{QStringLiteral("127.0.0.1"), reflector.port()};
    RtpCheck check;
    const CheckRun run = runCheck(check, p, onLoopback);
    EXPECT_EQ(run.result.status, Status::Warn) << run.result.summary.toStdString();
}

TEST(RtpCheck, NoPbxAddressIsSkipped)
{
    RtpCheck check;
    EXPECT_EQ(runCheck(check, rtpProfile(16384, 32768, 8)).result.status, Status::Skipped);
}

TEST(MtuCheck, FullSizeAnsweredIsPass)
{
    LoopbackStunServer server;
    ASSERT_TRUE(server.listen());
    MtuCheck check;
    const CheckRun run = runCheck(check, mtuProfile(server.port()), onLoopback);
    EXPECT_EQ(run.finishedCount, 1);
    EXPECT_EQ(run.result.status, Status::Pass) << run.result.summary.toStdString();
    EXPECT_EQ(run.result.evidenceValue(QStringLiteral("interface.mtu")), QStringLiteral("65536"));
    EXPECT_EQ(run.result.evidenceValue(QStringLiteral("path.largestAnswered")),
              QStringLiteral("1500"));
    EXPECT_TRUE(run.result.evidenceValue(QStringLiteral("path")).contains(QStringLiteral("STUN")));
}

TEST(MtuCheck, BlackHoleAbove1400IsWarnWithTheValue)
{
    LoopbackStunServer server;
    ASSERT_TRUE(server.listen());
    server.setMaxRequestSize(1400 - 28);
    MtuCheck check;
    const CheckRun run = runCheck(check, mtuProfile(server.port()), onLoopback);
    EXPECT_EQ(run.result.status, Status::Warn) << run.result.summary.toStdString();
    EXPECT_TRUE(run.result.summary.contains(QStringLiteral("1400")));
    EXPECT_TRUE(run.result.summary.contains(QStringLiteral("black hole")));
    EXPECT_EQ(run.result.evidenceValue(QStringLiteral("path.largestAnswered")),
              QStringLiteral("1400"));
    EXPECT_EQ(run.result.evidenceValue(QStringLiteral("path.smallestLost")),
              QStringLiteral("1404"));
}

TEST(MtuCheck, NoAnswerAtAnySizeIsNotProven)
{
    LoopbackStunServer silent(LoopbackStunServer::Mode::Silent);
    ASSERT_TRUE(silent.listen());
    MtuCheck check;
    const CheckRun run = runCheck(check, mtuProfile(silent.port()), onLoopback);
    EXPECT_EQ(run.result.status, Status::Warn);
    EXPECT_TRUE(run.result.summary.contains(QStringLiteral("not proven")))
        << run.result.summary.toStdString();
}

TEST(MtuCheck, ExpectedAboveTheInterfaceMtuIsWarn)
{
    LoopbackStunServer server;
    ASSERT_TRUE(server.listen());
    Profile p = mtuProfile(server.port());
    p.mtuExpected = 70000; // more than loopback's 65536
    MtuCheck check;
    const CheckRun run = runCheck(check, p, onLoopback);
    EXPECT_EQ(run.result.status, Status::Warn);
    EXPECT_TRUE(run.result.summary.contains(QStringLiteral("65536")))
        << run.result.summary.toStdString();
}
