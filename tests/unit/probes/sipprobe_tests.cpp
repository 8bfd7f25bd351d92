#include "probes/sipframing.h"
#include "probes/sipprobe.h"
#include "support/checkharness.h"
#include "support/loopbackservers.h"
#include "support/sipresponder.h"

#include <QElapsedTimer>
#include <gtest/gtest.h>

using namespace easyuc;
using namespace easyuc::test;

namespace {

struct ProbeRun
{
    SipProbeResult result;
    qint64 wallMs = 0;
    int finished = 0;
};

ProbeRun probe(quint16 port, SipTransport transport, int timeoutMs = 1500, bool pad = false)
{
    SipProbe p;
    ProbeRun run;
    QObject::connect(&p, &SipProbe::finished, [&run](const SipProbeResult& r) {
        run.result = r;
        ++run.finished;
    });
    SipProbeRequest req;
    req.host = QStringLiteral("127.0.0.1");
    req.addresses = {QHostAddress::LocalHost};
    req.port = port;
    req.transport = transport;
    req.timeoutMs = timeoutMs;
    req.padForEcho = pad;
    QElapsedTimer clock;
    clock.start();
    p.start(req);
    waitFor([&run] { return run.finished > 0; }, timeoutMs + 3000);
    run.wallMs = clock.elapsed();
    waitFor([] { return false; }, 50); // a duplicate signal would show here
    return run;
}

} // namespace

TEST(SipProbe, UdpAnswerEchoesViaWithOurRealPort)
{
    SipResponder pbx(SipResponder::Mode::Answer);
    ASSERT_TRUE(pbx.ok());
    const ProbeRun run = probe(pbx.port(), SipTransport::Udp);
    ASSERT_EQ(run.finished, 1);
    ASSERT_TRUE(run.result.ok()) << run.result.detail.toStdString();
    EXPECT_EQ(run.result.response.statusCode, 200);
    EXPECT_TRUE(run.result.echo.viaMatches);
    EXPECT_TRUE(run.result.echo.receivedPresent);
    EXPECT_TRUE(run.result.echo.receivedIsLocal);
    EXPECT_EQ(run.result.echo.rport, QString::number(run.result.localPort));
    const QString hostPort = QStringLiteral("127.0.0.1:%1").arg(run.result.localPort);
    EXPECT_TRUE(run.result.echo.sentVia.startsWith(QStringLiteral("SIP/2.0/UDP ") + hostPort))
        << run.result.echo.sentVia.toStdString();
    EXPECT_TRUE(sipRawHeader(run.result.request.bytes, "contact").contains(hostPort));
    EXPECT_EQ(run.result.attempts, 1);
}

TEST(SipProbe, TcpAnswerIsFramedAndCompared)
{
    SipResponder pbx(SipResponder::Mode::Answer);
    ASSERT_TRUE(pbx.ok());
    const ProbeRun run = probe(pbx.port(), SipTransport::Tcp);
    ASSERT_TRUE(run.result.ok()) << run.result.detail.toStdString();
    EXPECT_TRUE(run.result.echo.viaMatches);
    EXPECT_TRUE(run.result.echo.sentVia.startsWith(QStringLiteral("SIP/2.0/TCP 127.0.0.1:")));
    EXPECT_TRUE(sipRawHeader(run.result.request.bytes, "contact")
                    .contains(QStringLiteral("transport=tcp")));
}

TEST(SipProbe, RewrittenViaIsSeen)
{
    SipResponder alg(SipResponder::Mode::RewriteVia);
    ASSERT_TRUE(alg.ok());
    for (SipTransport t : {SipTransport::Udp, SipTransport::Tcp}) {
        const ProbeRun run = probe(alg.port(), t);
        ASSERT_TRUE(run.result.ok());
        EXPECT_FALSE(run.result.echo.viaMatches);
        EXPECT_TRUE(run.result.echo.echoedVia.contains(QStringLiteral("203.0.113.2")));
    }
}

TEST(SipProbe, UdpSilenceRetransmitsAndEndsAtTheDeadline)
{
    SipResponder silent(SipResponder::Mode::Silent);
    ASSERT_TRUE(silent.ok());
    const ProbeRun run = probe(silent.port(), SipTransport::Udp, 2000);
    EXPECT_EQ(run.finished, 1);
    EXPECT_EQ(run.result.error, SipProbeError::Timeout);
    // Timer E: 0, 500, 1500 ms.
    EXPECT_EQ(run.result.attempts, 3);
    EXPECT_EQ(silent.requests(), 3);
    EXPECT_GE(run.wallMs, 2000 - 20);
    EXPECT_LT(run.wallMs, 2000 + 400);
}

TEST(SipProbe, GarbageAndMalformedAreNotAnswers)
{
    for (auto mode :
         {SipResponder::Mode::Garbage, SipResponder::Mode::Malformed, SipResponder::Mode::Huge}) {
        SipResponder bad(mode);
        ASSERT_TRUE(bad.ok());
        const ProbeRun udp = probe(bad.port(), SipTransport::Udp, 1000);
        EXPECT_EQ(udp.result.error, SipProbeError::Garbage) << int(mode);
        EXPECT_FALSE(udp.result.excerpt.isEmpty());
        EXPECT_LT(udp.wallMs, 1000 + 400);
        const ProbeRun tcp = probe(bad.port(), SipTransport::Tcp, 3000);
        EXPECT_FALSE(tcp.result.ok()) << int(mode);
        EXPECT_LT(tcp.wallMs, 3000 + 400);
    }
}

TEST(SipProbe, EndlessTcpStreamIsCutAtTheBound)
{
    SipResponder endless(SipResponder::Mode::Huge);
    ASSERT_TRUE(endless.ok());
    const ProbeRun run = probe(endless.port(), SipTransport::Tcp, 4000);
    EXPECT_EQ(run.result.error, SipProbeError::TooLarge) << run.result.detail.toStdString();
    // It stops at the bound, long before its deadline.
    EXPECT_LT(run.wallMs, 3000);
    EXPECT_GT(endless.streamed(), kSipMaxMessageBytes / 2);
}

TEST(SipProbe, RefusedPortsAreReportedQuickly)
{
    const quint16 port = closedPort();
    const ProbeRun tcp = probe(port, SipTransport::Tcp, 2000);
    EXPECT_EQ(tcp.result.error, SipProbeError::Refused);
    const ProbeRun udp = probe(port, SipTransport::Udp, 2000);
    EXPECT_EQ(udp.result.error, SipProbeError::Refused) << udp.result.detail.toStdString();
    EXPECT_LT(udp.wallMs, 1500);
}

TEST(SipEcho, ViaComparisonIgnoresOnlyNatParameters)
{
    const QString sent = QStringLiteral("SIP/2.0/UDP 192.168.1.5:5060;branch=z9hG4bKabc;rport");
    EXPECT_EQ(sipViaWithoutNatParameters(sent),
              QStringLiteral("SIP/2.0/UDP 192.168.1.5:5060;branch=z9hG4bKabc"));
    EXPECT_EQ(sipViaWithoutNatParameters(
                  QStringLiteral("SIP/2.0/UDP 192.168.1.5:5060;branch=z9hG4bKabc;rport=4000;"
                                 "received=203.0.113.2")),
              sipViaWithoutNatParameters(sent));
    EXPECT_NE(sipViaWithoutNatParameters(
                  QStringLiteral("SIP/2.0/UDP 203.0.113.2:5060;branch=z9hG4bKabc;rport=4000")),
              sipViaWithoutNatParameters(sent));
}

TEST(SipEcho, HeaderDifferencesNameTheRewrittenHeaders)
{
    const QByteArray sent =
        "OPTIONS sip:pbx SIP/2.0\r\nVia: SIP/2.0/UDP 10.0.0.2:4000;branch=z9hG4bK1\r\n"
        "From: <sip:a@pbx>;tag=1\r\nContact: <sip:a@10.0.0.2:4000>\r\n"
        "Content-Length: 0\r\n\r\n";
    EXPECT_TRUE(sipHeaderDifferences(sent, sent).isEmpty());
    QByteArray alg = sent;
    alg.replace("10.0.0.2", "203.0.113.2");
    EXPECT_EQ(sipHeaderDifferences(sent, alg),
              (QStringList{QStringLiteral("Via"), QStringLiteral("Contact")}));
    QByteArray inserted = sent;
    inserted.replace("Content-Length", "X-Inspected: yes\r\nContent-Length");
    EXPECT_EQ(sipHeaderDifferences(sent, inserted), QStringList{QStringLiteral("X-Inspected")});
    QByteArray uri = sent;
    uri.replace("sip:pbx SIP", "sip:other SIP");
    EXPECT_EQ(sipHeaderDifferences(sent, uri), QStringList{QStringLiteral("Request-Line")});
    // Hostile: empty and binary echoes never crash and report what is missing.
    EXPECT_FALSE(sipHeaderDifferences(sent, QByteArray()).isEmpty());
    EXPECT_FALSE(sipHeaderDifferences(sent, QByteArray("\0\0\r\n\r\n", 6)).isEmpty());
}

TEST(SipEcho, StreamFramingIsBounded)
{
    EXPECT_EQ(sipStreamFrameLength("SIP/2.0 200 OK\r\nContent-Length: 3\r\n\r\nabc+next",
                                   kSipMaxMessageBytes),
              40);
    EXPECT_EQ(sipStreamFrameLength("SIP/2.0 200 OK\r\nl: 3\r\n\r\nab", kSipMaxMessageBytes), 0);
    EXPECT_EQ(
        sipStreamFrameLength("SIP/2.0 200 OK\r\nContent-Length: -1\r\n\r\n", kSipMaxMessageBytes),
        -1);
    EXPECT_EQ(
        sipStreamFrameLength("SIP/2.0 200 OK\r\nContent-Length: zz\r\n\r\n", kSipMaxMessageBytes),
        -1);
    EXPECT_EQ(sipStreamFrameLength("SIP/2.0 200 OK\r\nContent-Length: 99999999999\r\n\r\n",
                                   kSipMaxMessageBytes),
              -1);
    EXPECT_EQ(sipStreamFrameLength("SIP/2.0 200 OK\r\nX: y", kSipMaxMessageBytes), 0);
    EXPECT_EQ(sipStreamFrameLength(QByteArray(kSipMaxMessageBytes + 1, 'a'), kSipMaxMessageBytes),
              -1);
}

// Found by fuzzing (UBSan: signed overflow of head + 4 + length): the announced length is
// bounded by the limit before it is added to anything.
TEST(SipEcho, StreamFramingRejectsLengthsPastTheLimitWithoutOverflow)
{
    const QByteArray head = "OPTIONS sip:x SIP/2.0\r\nContent-Length: ";
    for (const char* length : {"9223372036854775807", "9223372036854775806", "4294967296", "65537",
                               "99999999999999999999"})
        EXPECT_EQ(sipStreamFrameLength(head + length + "\r\n\r\n", kSipMaxMessageBytes), -1)
            << length;
    EXPECT_EQ(sipStreamFrameLength(head + "65500\r\n\r\n", kSipMaxMessageBytes),
              -1); // head + 65500 > 64 KiB
    EXPECT_EQ(sipStreamFrameLength(head + "65000\r\n\r\n", kSipMaxMessageBytes),
              0); // fits: the body is still to come
    const QByteArray fits = head + "100\r\n\r\n";
    EXPECT_EQ(sipStreamFrameLength(fits + QByteArray(100, 'b'), kSipMaxMessageBytes),
              fits.size() + 100);
}

TEST(SipEcho, PaddingReachesTheSizeAndStaysParseable)
{
    SipOptionsParams params;
    params.target = QStringLiteral("pbx.example.net");
    params.transport = SipTransport::Udp;
    params.localHost = QStringLiteral("192.168.1.5");
    params.localPort = 40000;
    SipRequest req = buildSipOptions(params);
    const qsizetype head = req.bytes.size();
    padSipRequest(&req, 1200);
    EXPECT_EQ(req.bytes.size(), 1200);
    EXPECT_EQ(sipStreamFrameLength(req.bytes, kSipMaxMessageBytes), 1200);
    EXPECT_EQ(sipRawHeader(req.bytes, "content-length").toInt(), 1200 - head - 28);
    padSipRequest(&req, 100); // never shrinks
    EXPECT_EQ(req.bytes.size(), 1200);
}
