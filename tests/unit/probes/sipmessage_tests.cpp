#include "probes/sipmessage.h"

#include <QRegularExpression>
#include <gtest/gtest.h>

using namespace easyuc;

namespace {

QStringList lines(const QByteArray& bytes)
{
    return QString::fromUtf8(bytes).split(QStringLiteral("\r\n"));
}

// The value of the first request header named `name`.
QString requestHeader(const QByteArray& bytes, const QString& name)
{
    for (const QString& l : lines(bytes)) {
        if (l.startsWith(name + QLatin1Char(':')))
            return l.mid(name.size() + 1).trimmed();
    }
    return {};
}

// A response to `req` as a PBX (Asterisk-like) would send it.
QByteArray answer(const SipRequest& req, const QByteArray& status = "SIP/2.0 200 OK")
{
    const QString via = requestHeader(req.bytes, QStringLiteral("Via"));
    const QString from = requestHeader(req.bytes, QStringLiteral("From"));
    const QString to = requestHeader(req.bytes, QStringLiteral("To"));
    return status + "\r\nVia: " + via.toUtf8() +
           ";received=198.51.100.7\r\nFrom: " + from.toUtf8() + "\r\nTo: " + to.toUtf8() +
           ";tag=as1234\r\nCall-ID: " + req.callId.toUtf8() +
           "\r\nCSeq: 1 OPTIONS\r\nServer: Asterisk PBX 18.10.0\r\nAllow: INVITE, ACK, OPTIONS\r\n"
           "Content-Length: 0\r\n\r\n";
}

} // namespace

TEST(SipOptions, IsWellFormedForWss)
{
    SipOptionsParams params;
    params.target = QStringLiteral("pbx.example.net");
    const SipRequest req = buildSipOptions(params);
    ASSERT_TRUE(req.bytes.endsWith("\r\n\r\n"));
    const QStringList l = lines(req.bytes.chopped(4));
    EXPECT_EQ(l.first(), QStringLiteral("OPTIONS sip:pbx.example.net SIP/2.0"));
    const QRegularExpression via(
        QStringLiteral("^SIP/2\\.0/WSS [a-z0-9]{12}\\.invalid;branch=z9hG4bK[a-z0-9]{16};rport$"));
    EXPECT_TRUE(via.match(requestHeader(req.bytes, QStringLiteral("Via"))).hasMatch())
        << requestHeader(req.bytes, QStringLiteral("Via")).toStdString();
    EXPECT_EQ(requestHeader(req.bytes, QStringLiteral("Max-Forwards")), QStringLiteral("70"));
    EXPECT_EQ(requestHeader(req.bytes, QStringLiteral("From")),
              QStringLiteral("\"easyuc-diag\" <sip:easyuc-diag@pbx.example.net>;tag=%1")
                  .arg(req.fromTag));
    EXPECT_EQ(requestHeader(req.bytes, QStringLiteral("To")),
              QStringLiteral("<sip:pbx.example.net>"));
    EXPECT_EQ(requestHeader(req.bytes, QStringLiteral("Call-ID")), req.callId);
    EXPECT_EQ(requestHeader(req.bytes, QStringLiteral("CSeq")), QStringLiteral("1 OPTIONS"));
    EXPECT_EQ(requestHeader(req.bytes, QStringLiteral("Contact")),
              QStringLiteral("<sip:easyuc-diag@%1;transport=ws>").arg(req.viaHost));
    EXPECT_EQ(requestHeader(req.bytes, QStringLiteral("Accept")),
              QStringLiteral("application/sdp"));
    EXPECT_EQ(requestHeader(req.bytes, QStringLiteral("User-Agent")),
              QStringLiteral("easyuc-diag/" EASYUC_VERSION));
    EXPECT_EQ(requestHeader(req.bytes, QStringLiteral("Content-Length")), QStringLiteral("0"));
    EXPECT_TRUE(req.branch.startsWith(QStringLiteral("z9hG4bK")));
    for (const QString& line : l)
        EXPECT_FALSE(line.isEmpty());
}

TEST(SipOptions, EveryRequestIsFresh)
{
    SipOptionsParams params;
    params.target = QStringLiteral("pbx.example.net");
    const SipRequest a = buildSipOptions(params);
    const SipRequest b = buildSipOptions(params);
    EXPECT_NE(a.callId, b.callId);
    EXPECT_NE(a.branch, b.branch);
    EXPECT_NE(a.fromTag, b.fromTag);
    EXPECT_NE(a.viaHost, b.viaHost);
}

TEST(SipOptions, UdpWithLocalAddressAndPorts)
{
    SipOptionsParams params;
    params.target = QStringLiteral("203.0.113.10");
    params.targetPort = 5060;
    params.transport = SipTransport::Udp;
    params.localHost = QStringLiteral("192.168.1.20");
    params.localPort = 40000;
    const SipRequest req = buildSipOptions(params);
    EXPECT_TRUE(req.bytes.startsWith("OPTIONS sip:203.0.113.10:5060 SIP/2.0\r\n"));
    EXPECT_TRUE(requestHeader(req.bytes, QStringLiteral("Via"))
                    .startsWith(QStringLiteral("SIP/2.0/UDP 192.168.1.20:40000;branch=z9hG4bK")));
    EXPECT_EQ(requestHeader(req.bytes, QStringLiteral("Contact")),
              QStringLiteral("<sip:easyuc-diag@192.168.1.20:40000;transport=udp>"));
}

TEST(SipOptions, BracketsIpv6Literals)
{
    SipOptionsParams params;
    params.target = QStringLiteral("2001:db8::1");
    params.transport = SipTransport::Tcp;
    params.localHost = QStringLiteral("fd00::2");
    params.localPort = 5062;
    const SipRequest req = buildSipOptions(params);
    EXPECT_TRUE(req.bytes.startsWith("OPTIONS sip:[2001:db8::1] SIP/2.0\r\n"));
    EXPECT_TRUE(requestHeader(req.bytes, QStringLiteral("Via"))
                    .startsWith(QStringLiteral("SIP/2.0/TCP [fd00::2]:5062;")));
}

TEST(SipResponseParser, ParsesARealAnswerAndMatchesIt)
{
    SipOptionsParams params;
    params.target = QStringLiteral("pbx.example.net");
    const SipRequest req = buildSipOptions(params);
    const SipParseResult r = parseSipResponse(answer(req));
    ASSERT_TRUE(r.ok()) << r.detail.toStdString();
    EXPECT_EQ(r.response.statusCode, 200);
    EXPECT_EQ(r.response.reason, QStringLiteral("OK"));
    EXPECT_EQ(r.response.statusLine, QStringLiteral("SIP/2.0 200 OK"));
    EXPECT_EQ(r.response.server(), QStringLiteral("Asterisk PBX 18.10.0"));
    EXPECT_EQ(r.response.header("ALLOW"), QStringLiteral("INVITE, ACK, OPTIONS"));
    const QList<SipVia> vias = r.response.vias();
    ASSERT_EQ(vias.size(), 1);
    EXPECT_EQ(vias.first().protocol, QStringLiteral("SIP/2.0/WSS"));
    EXPECT_EQ(vias.first().sentBy, req.viaHost);
    EXPECT_EQ(vias.first().branch, req.branch);
    EXPECT_EQ(vias.first().received, QStringLiteral("198.51.100.7"));
    EXPECT_TRUE(vias.first().hasRport);
    EXPECT_TRUE(vias.first().rport.isEmpty());
    QString why;
    EXPECT_TRUE(sipResponseMatches(r.response, req, &why)) << why.toStdString();
}

TEST(SipResponseParser, AnyStatusCodeIsAnAnswer)
{
    SipOptionsParams params;
    params.target = QStringLiteral("pbx.example.net");
    const SipRequest req = buildSipOptions(params);
    for (const QByteArray& status :
         {QByteArray("SIP/2.0 404 Not Found"), QByteArray("SIP/2.0 405 Method Not Allowed"),
          QByteArray("SIP/2.0 483 Too Many Hops"), QByteArray("SIP/2.0 100 Trying"),
          QByteArray("SIP/2.0 699")}) {
        const SipParseResult r = parseSipResponse(answer(req, status));
        ASSERT_TRUE(r.ok()) << status.constData();
        EXPECT_EQ(r.response.statusCode, status.mid(8, 3).toInt());
        EXPECT_TRUE(sipResponseMatches(r.response, req));
    }
}

TEST(SipResponseParser, CompactFormsMultipleViasAndFolding)
{
    const QByteArray msg =
        "SIP/2.0 200 OK\r\n"
        "v: SIP/2.0/WSS a.invalid;branch=z9hG4bKabc;rport=51234;received=203.0.113.9, "
        "SIP/2.0/UDP proxy.example:5060;branch=z9hG4bKp1\r\n"
        "v: SIP / 2.0 / TCP 10.0.0.1:5060 ;branch=z9hG4bKp2\r\n"
        "f: <sip:easyuc-diag@pbx>;tag=1\r\n"
        "t: <sip:pbx>;tag=2\r\n"
        "i: call-123\r\n"
        "CSeq: 1\r\n OPTIONS\r\n"
        "m: <sip:pbx:5060>\r\n"
        "User-Agent: FreeSWITCH-mod_sofia/1.10\r\n"
        "l: 4\r\n\r\nbodyEXTRA";
    const SipParseResult r = parseSipResponse(msg);
    ASSERT_TRUE(r.ok()) << r.detail.toStdString();
    EXPECT_EQ(r.response.header("call-id"), QStringLiteral("call-123"));
    EXPECT_EQ(r.response.header("i"), QStringLiteral("call-123"));
    EXPECT_EQ(r.response.header("from"), QStringLiteral("<sip:easyuc-diag@pbx>;tag=1"));
    EXPECT_EQ(r.response.header("To"), QStringLiteral("<sip:pbx>;tag=2"));
    EXPECT_EQ(r.response.header("contact"), QStringLiteral("<sip:pbx:5060>"));
    EXPECT_EQ(r.response.header("cseq"), QStringLiteral("1 OPTIONS"));
    EXPECT_EQ(r.response.server(), QStringLiteral("FreeSWITCH-mod_sofia/1.10"));
    EXPECT_EQ(r.response.body, QByteArray("body"));
    const QList<SipVia> vias = r.response.vias();
    ASSERT_EQ(vias.size(), 3);
    EXPECT_EQ(vias.at(0).rport, QStringLiteral("51234"));
    EXPECT_EQ(vias.at(0).received, QStringLiteral("203.0.113.9"));
    EXPECT_EQ(vias.at(1).protocol, QStringLiteral("SIP/2.0/UDP"));
    EXPECT_EQ(vias.at(1).sentBy, QStringLiteral("proxy.example:5060"));
    EXPECT_FALSE(vias.at(1).hasRport);
    EXPECT_EQ(vias.at(2).protocol, QStringLiteral("SIP/2.0/TCP"));
    EXPECT_EQ(vias.at(2).sentBy, QStringLiteral("10.0.0.1:5060"));
    EXPECT_EQ(vias.at(2).branch, QStringLiteral("z9hG4bKp2"));
}

TEST(SipResponseParser, MismatchIsDetected)
{
    SipOptionsParams params;
    params.target = QStringLiteral("pbx.example.net");
    const SipRequest req = buildSipOptions(params);
    const SipRequest other = buildSipOptions(params);
    const SipParseResult r = parseSipResponse(answer(other));
    ASSERT_TRUE(r.ok());
    QString why;
    EXPECT_FALSE(sipResponseMatches(r.response, req, &why));
    EXPECT_TRUE(why.contains(QStringLiteral("Call-ID"))) << why.toStdString();

    QByteArray wrongBranch = answer(req);
    wrongBranch.replace(req.branch.toUtf8(), "z9hG4bKnotours");
    EXPECT_FALSE(sipResponseMatches(parseSipResponse(wrongBranch).response, req, &why));
    EXPECT_TRUE(why.contains(QStringLiteral("branch"))) << why.toStdString();

    QByteArray wrongCseq = answer(req);
    wrongCseq.replace("CSeq: 1 OPTIONS", "CSeq: 2 OPTIONS");
    EXPECT_FALSE(sipResponseMatches(parseSipResponse(wrongCseq).response, req, &why));
    EXPECT_TRUE(why.contains(QStringLiteral("CSeq"))) << why.toStdString();
}

TEST(SipResponseParser, RejectsHostileInput)
{
    EXPECT_EQ(parseSipResponse("").error, SipParseError::NotSip);
    EXPECT_EQ(parseSipResponse("HTTP/1.1 200 OK\r\n\r\n").error, SipParseError::NotSip);
    EXPECT_EQ(parseSipResponse("SIP/2.0200 OK\r\n\r\n").error, SipParseError::NotSip);
    EXPECT_EQ(parseSipResponse("\x16\x03\x01\x02\x00garbage").error, SipParseError::NotSip);
    EXPECT_EQ(parseSipResponse("SIP/2.0 2000 OK\r\n\r\n").error, SipParseError::BadStatus);
    EXPECT_EQ(parseSipResponse("SIP/2.0 abc OK\r\n\r\n").error, SipParseError::BadStatus);
    EXPECT_EQ(parseSipResponse("SIP/2.0 099 Low\r\n\r\n").error, SipParseError::BadStatus);
    EXPECT_EQ(parseSipResponse("SIP/2.0 700 High\r\n\r\n").error, SipParseError::BadStatus);
    EXPECT_EQ(parseSipResponse("SIP/2.0 200 OK\r\nVia: SIP/2.0/WSS x").error,
              SipParseError::Truncated);
    EXPECT_EQ(parseSipResponse("SIP/2.0 200 OK\r\nContent-Length: 10\r\n\r\nabc").error,
              SipParseError::Truncated);
    EXPECT_EQ(parseSipResponse("SIP/2.0 200 OK\r\nContent-Length: x\r\n\r\n").error,
              SipParseError::Malformed);
    EXPECT_EQ(parseSipResponse("SIP/2.0 200 OK\r\nno colon here\r\n\r\n").error,
              SipParseError::Malformed);
    EXPECT_EQ(parseSipResponse("SIP/2.0 200 OK\r\n folded first\r\n\r\n").error,
              SipParseError::Malformed);
    EXPECT_EQ(parseSipResponse("SIP/2.0 200 OK\r\nBad Name: x\r\n\r\n").error,
              SipParseError::Malformed);

    QByteArray huge = "SIP/2.0 200 OK\r\nX: " + QByteArray(kSipMaxMessageBytes, 'a') + "\r\n\r\n";
    EXPECT_EQ(parseSipResponse(huge).error, SipParseError::TooLarge);

    QByteArray many = "SIP/2.0 200 OK\r\n";
    for (int i = 0; i < 10000; ++i)
        many += "a:b\r\n";
    many += "\r\n";
    ASSERT_LE(many.size(), kSipMaxMessageBytes);
    EXPECT_EQ(parseSipResponse(many).error, SipParseError::TooManyHeaders);

    QByteArray enough = "SIP/2.0 200 OK\r\n";
    for (int i = 0; i < kSipMaxHeaders; ++i)
        enough += "a:b\r\n";
    EXPECT_TRUE(parseSipResponse(enough + "\r\n").ok());
}

TEST(SipResponseParser, TellsRequestsFromResponses)
{
    EXPECT_TRUE(looksLikeSipRequest("OPTIONS sip:client.invalid SIP/2.0\r\nVia: x\r\n\r\n"));
    EXPECT_TRUE(looksLikeSipRequest("NOTIFY sip:a@b;transport=ws SIP/2.0\r\n"));
    EXPECT_FALSE(looksLikeSipRequest("SIP/2.0 200 OK\r\n\r\n"));
    EXPECT_FALSE(looksLikeSipRequest("hello world"));
    EXPECT_FALSE(looksLikeSipRequest(""));
}
