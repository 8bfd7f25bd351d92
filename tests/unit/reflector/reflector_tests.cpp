#include "checks/sipalgcheck.h"
#include "probes/sipframing.h"
#include "probes/stunmessage.h"
#include "reflector.h"
#include "support/checkharness.h"
#include "support/sipresponder.h"

#include <QNetworkDatagram>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QUdpSocket>
#include <gtest/gtest.h>

using namespace easyuc;
using namespace easyuc::reflector;
using namespace easyuc::test;

namespace {

const QHostAddress kClient(QStringLiteral("198.51.100.7"));

QByteArray options(int padTo = 0)
{
    SipOptionsParams p;
    p.target = QStringLiteral("reflector.example.net");
    p.transport = SipTransport::Udp;
    p.localHost = QStringLiteral("192.168.1.5");
    p.localPort = 40000;
    SipRequest r = buildSipOptions(p);
    if (padTo > 0)
        padSipRequest(&r, padTo);
    return r.bytes;
}

ReflectorConfig loopbackConfig()
{
    ReflectorConfig c;
    c.address = QHostAddress::LocalHost;
    c.sipPort = 0;
    c.firstEchoPort = 0;
    c.burst = 10;
    c.rate = 1;
    return c;
}

// A UDP middlebox between the client and the reflector that rewrites the Contact of requests,
// as a SIP ALG does, and passes answers back untouched.
class RewritingRelay
{
public:
    explicit RewritingRelay(quint16 target) : m_target(target)
    {
        m_front.bind(QHostAddress::LocalHost, 0);
        m_back.bind(QHostAddress::LocalHost, 0);
        QObject::connect(&m_front, &QUdpSocket::readyRead, [this] {
            while (m_front.hasPendingDatagrams()) {
                const QNetworkDatagram dg = m_front.receiveDatagram();
                m_client = dg.senderAddress();
                m_clientPort = quint16(dg.senderPort());
                QByteArray data = dg.data();
                const qsizetype at = data.indexOf("Contact: <sip:easyuc-diag@127.0.0.1");
                if (at >= 0)
                    data.replace(at + 34, 1, "2"); // 127.0.0.1 -> 127.0.0.2, same length
                m_back.writeDatagram(data, QHostAddress::LocalHost, m_target);
            }
        });
        QObject::connect(&m_back, &QUdpSocket::readyRead, [this] {
            while (m_back.hasPendingDatagrams())
                m_front.writeDatagram(m_back.receiveDatagram().data(), m_client, m_clientPort);
        });
    }
    quint16 port() const { return m_front.localPort(); }

private:
    quint16 m_target;
    QUdpSocket m_front;
    QUdpSocket m_back;
    QHostAddress m_client;
    quint16 m_clientPort = 0;
};

} // namespace

TEST(ReflectorStun, AnswersAPaddedBindingThatLibniceAccepts)
{
    StunCodec codec;
    QByteArray id;
    const QByteArray request = codec.bindingRequest(&id, false, false, 64);
    const QByteArray response = stunBindingResponse(request, kClient, 40000);
    ASSERT_FALSE(response.isEmpty());
    EXPECT_LE(response.size(), request.size());
    QByteArray answeredId;
    const StunBindingAnswer answer = codec.parse(response, &answeredId);
    ASSERT_EQ(answer.kind, StunBindingAnswer::Kind::Success);
    EXPECT_EQ(answeredId, id);
    EXPECT_EQ(answer.xorMapped, kClient);
    EXPECT_EQ(answer.xorMappedPort, 40000);
    EXPECT_TRUE(answer.plainMapped.isNull());
}

TEST(ReflectorStun, RefusesWhatIsNotABindingRequest)
{
    StunCodec codec;
    QByteArray id;
    const QByteArray request = codec.bindingRequest(&id, false, false, 64);
    QByteArray cookie = request;
    cookie[4] = char(cookie[4] ^ 0x55);
    EXPECT_TRUE(stunBindingResponse(cookie, kClient, 1).isEmpty());
    EXPECT_TRUE(stunBindingResponse(request.left(request.size() - 4), kClient, 1).isEmpty());
    EXPECT_TRUE(stunBindingResponse(request.left(19), kClient, 1).isEmpty());
    QByteArray response = request;
    response[0] = 0x01; // a success response is not answered
    EXPECT_TRUE(stunBindingResponse(response, kClient, 1).isEmpty());
    EXPECT_TRUE(stunBindingResponse(QByteArray(), kClient, 1).isEmpty());
}

TEST(ReflectorUdp, NeverAnswersWithMoreBytesThanReceived)
{
    StunCodec codec;
    QByteArray id;
    const QByteArray small = codec.bindingRequest(&id); // 28 bytes: too small for an answer
    EXPECT_EQ(udpReply(small, kClient, 4000, false, true), small);
    QRandomGenerator rng(42);
    for (int i = 0; i < 2000; ++i) {
        QByteArray d(rng.bounded(0, 1500), '\0');
        for (char& c : d)
            c = char(rng.bounded(256));
        if (i % 3 == 0)
            d.prepend("OPTIONS sip:x SIP/2.0\r\nVia: a\r\nFrom: b\r\nTo: c\r\nCall-ID: d\r\nCSeq: "
                      "1 OPTIONS\r\n\r\n");
        for (bool sip : {false, true}) {
            for (bool echo : {false, true})
                ASSERT_LE(udpReply(d, kClient, 4000, sip, echo).size(), d.size()) << i;
        }
    }
}

TEST(ReflectorSip, EchoesTheRequestHeadInASipfragBody)
{
    const QByteArray request = options(1400);
    const QByteArray reply = sipOptionsResponse(request, kClient, 40001);
    ASSERT_TRUE(reply.startsWith("SIP/2.0 200 OK\r\n")) << reply.constData();
    EXPECT_LE(reply.size(), request.size());
    const SipParseResult parsed = parseSipResponse(reply);
    ASSERT_TRUE(parsed.ok()) << parsed.detail.toStdString();
    EXPECT_EQ(parsed.response.header("content-type"), QStringLiteral("message/sipfrag"));
    EXPECT_EQ(parsed.response.body, request.left(request.indexOf("\r\n\r\n") + 4));
    const SipVia top = parsed.response.vias().first();
    EXPECT_EQ(top.received, QStringLiteral("198.51.100.7"));
    EXPECT_EQ(top.rport, QStringLiteral("40001"));
    EXPECT_TRUE(sipHeaderDifferences(request, parsed.response.body).isEmpty());
}

TEST(ReflectorSip, TooSmallOrHostileRequestsGetNoLargerAnswer)
{
    const QByteArray small = options();
    const QByteArray reply = sipOptionsResponse(small, kClient, 40001);
    EXPECT_TRUE(reply.startsWith("SIP/2.0 400")) << reply.constData();
    EXPECT_LE(reply.size(), small.size());
    EXPECT_TRUE(sipOptionsResponse("INVITE sip:x SIP/2.0\r\n\r\n", kClient, 1).isEmpty());
    EXPECT_TRUE(sipOptionsResponse("OPTIONS sip:x SIP/2.0\r\nVia: a\r\n", kClient, 1).isEmpty());
    EXPECT_TRUE(
        sipOptionsResponse("OPTIONS sip:x SIP/2.0\r\nVia: a\r\n\r\n", kClient, 1).isEmpty());
    EXPECT_EQ(sipStreamFrameLength("OPTIONS x SIP/2.0\r\nl: -5\r\n\r\n", 1000), -1);
    EXPECT_EQ(sipStreamFrameLength(QByteArray(2000, 'a'), 1000), -1);
}

TEST(ReflectorRateLimiter, TokenBucketPerSource)
{
    RateLimiter limiter(10, 5, 2);
    const QHostAddress a(QStringLiteral("192.0.2.1"));
    const QHostAddress b(QStringLiteral("192.0.2.2"));
    const QHostAddress c(QStringLiteral("192.0.2.3"));
    int allowed = 0;
    for (int i = 0; i < 20; ++i)
        allowed += limiter.allow(a, 0) ? 1 : 0;
    EXPECT_EQ(allowed, 5);
    EXPECT_TRUE(limiter.allow(b, 0));  // another source has its own bucket
    EXPECT_FALSE(limiter.allow(c, 0)); // the table is full of active sources
    EXPECT_FALSE(limiter.allow(a, 50));
    EXPECT_TRUE(limiter.allow(a, 100));   // 10/s: one token per 100 ms
    EXPECT_TRUE(limiter.allow(c, 10000)); // idle sources are forgotten when room is needed
}

TEST(ReflectorService, RateLimitsAFloodAndNeverAmplifies)
{
    Reflector reflector(loopbackConfig());
    QString error;
    ASSERT_TRUE(reflector.start(&error)) << error.toStdString();
    ASSERT_EQ(reflector.echoPorts().size(), 1);
    QUdpSocket client;
    ASSERT_TRUE(client.bind(QHostAddress::LocalHost, 0));
    int got = 0;
    qint64 gotBytes = 0;
    QObject::connect(&client, &QUdpSocket::readyRead, [&] {
        while (client.hasPendingDatagrams()) {
            gotBytes += client.receiveDatagram().data().size();
            ++got;
        }
    });
    for (int i = 0; i < 50; ++i)
        client.writeDatagram(QByteArray(100 + i, 'e'), QHostAddress::LocalHost,
                             reflector.echoPorts().first());
    waitFor([&] { return reflector.stats().received >= 50; }, 3000);
    waitFor([] { return false; }, 200);
    EXPECT_EQ(got, 10); // the burst, then the bucket is empty (1/s)
    EXPECT_EQ(reflector.stats().rateLimited, 40u);
    EXPECT_LE(reflector.stats().bytesOut, reflector.stats().bytesIn);
    EXPECT_EQ(gotBytes, qint64(reflector.stats().bytesOut));
}

TEST(ReflectorService, TcpEndlessStreamIsCut)
{
    Reflector reflector(loopbackConfig());
    QString error;
    ASSERT_TRUE(reflector.start(&error));
    QTcpSocket s;
    s.connectToHost(QHostAddress::LocalHost, reflector.sipPort());
    ASSERT_TRUE(s.waitForConnected(2000));
    s.write("OPTIONS sip:x SIP/2.0\r\n");
    bool closed = false;
    QObject::connect(&s, &QTcpSocket::disconnected, [&closed] { closed = true; });
    for (int i = 0; i < 40 && !closed; ++i) {
        s.write("X-Filler: " + QByteArray(1000, 'z') + "\r\n");
        waitFor([] { return false; }, 5);
    }
    waitFor([&closed] { return closed; }, 2000);
    EXPECT_TRUE(closed);
    EXPECT_EQ(s.readAll().size(), 0);
}

// Found by fuzzing: a Content-Length near INT64_MAX overflowed the framing arithmetic (the
// sanitizer-built reflector aborted on one TCP send). The connection is cut instead.
TEST(ReflectorService, TcpHugeContentLengthIsCut)
{
    Reflector reflector(loopbackConfig());
    QString error;
    ASSERT_TRUE(reflector.start(&error)) << error.toStdString();
    QTcpSocket s;
    s.connectToHost(QHostAddress::LocalHost, reflector.sipPort());
    ASSERT_TRUE(s.waitForConnected(2000));
    bool closed = false;
    QObject::connect(&s, &QTcpSocket::disconnected, [&closed] { closed = true; });
    s.write("OPTIONS sip:x SIP/2.0\r\nContent-Length: 9223372036854775807\r\n\r\n");
    waitFor([&closed] { return closed; }, 2000);
    EXPECT_TRUE(closed);
    EXPECT_EQ(s.readAll().size(), 0);
    EXPECT_EQ(reflector.stats().dropped, 1u);
}

TEST(ReflectorCheck, SipProbeThroughTheReflectorIsClean)
{
    SipResponder pbx(SipResponder::Mode::Answer);
    Reflector reflector(loopbackConfig());
    QString error;
    ASSERT_TRUE(pbx.ok() && reflector.start(&error));
    Profile p;
    p.pbx = QStringLiteral("127.0.0.1");
    p.sipPort = pbx.port();
    p.checkTimeoutMs = 2000;
    p.sipReflector = Endpoint{QStringLiteral("127.0.0.1"), reflector.sipPort()};
    SipAlgCheck check;
    const CheckRun run = runCheck(check, p);
    EXPECT_EQ(run.result.status, Status::Pass) << run.result.summary.toStdString();
    ASSERT_EQ(run.result.items.size(), 4);
    EXPECT_EQ(run.result.items.at(2).status, Status::Pass)
        << run.result.items.at(2).summary.toStdString();
    EXPECT_EQ(run.result.items.at(3).status, Status::Pass)
        << run.result.items.at(3).summary.toStdString();
    EXPECT_EQ(run.result.evidenceValue(QStringLiteral("reflector.udp.echo.rewritten")),
              QStringLiteral("none"));
    EXPECT_LE(reflector.stats().bytesOut, reflector.stats().bytesIn);
}

TEST(ReflectorCheck, ContactRewrittenOnTheWayFailsNamingTheHeader)
{
    SipResponder pbx(SipResponder::Mode::Answer);
    Reflector reflector(loopbackConfig());
    QString error;
    ASSERT_TRUE(pbx.ok() && reflector.start(&error));
    RewritingRelay alg(reflector.sipPort());
    Profile p;
    p.pbx = QStringLiteral("127.0.0.1");
    p.sipPort = pbx.port();
    p.checkTimeoutMs = 1500;
    p.sipReflector = Endpoint{QStringLiteral("127.0.0.1"), alg.port()};
    SipAlgCheck check;
    const CheckRun run = runCheck(check, p);
    EXPECT_EQ(run.result.status, Status::Fail);
    ASSERT_GE(run.result.items.size(), 3);
    EXPECT_EQ(run.result.items.at(2).status, Status::Fail);
    EXPECT_TRUE(run.result.items.at(2).summary.contains(QStringLiteral("Contact")))
        << run.result.items.at(2).summary.toStdString();
    EXPECT_EQ(run.result.evidenceValue(QStringLiteral("reflector.udp.echo.rewritten")),
              QStringLiteral("Contact"));
}
