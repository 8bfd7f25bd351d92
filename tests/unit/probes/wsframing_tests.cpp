#include "probes/sipmessage.h"
#include "probes/wsframing.h"

#include <gtest/gtest.h>

using namespace easyuc;

namespace {
QByteArray bytes(std::initializer_list<int> values)
{
    QByteArray out;
    for (int v : values)
        out.append(char(v));
    return out;
}
} // namespace

TEST(WsFraming, ReadsServerFramesAndWaitsForTheRest)
{
    const WsFrameHeader text = readWsFrameHeader(bytes({0x81, 3, 'a', 'b', 'c'}), 0, 1000);
    EXPECT_EQ(text.status, WsFrameHeader::Status::Complete);
    EXPECT_TRUE(text.fin);
    EXPECT_EQ(text.opcode, WsText);
    EXPECT_EQ(text.headerLength, 2);
    EXPECT_EQ(text.payloadLength, 3);
    EXPECT_EQ(readWsFrameHeader(bytes({0x81, 3, 'a'}), 0, 1000).status,
              WsFrameHeader::Status::NeedMore);
    EXPECT_EQ(readWsFrameHeader(bytes({0x82, 126, 0x01}), 0, 1000).status,
              WsFrameHeader::Status::NeedMore);
    const WsFrameHeader medium = readWsFrameHeader(bytes({0x02, 126, 0x01, 0x2c}), 0, 1000);
    EXPECT_EQ(medium.payloadLength, 300);
    EXPECT_EQ(medium.status, WsFrameHeader::Status::NeedMore);
}

TEST(WsFraming, RefusesWhatAServerMustNotSend)
{
    EXPECT_EQ(readWsFrameHeader(bytes({0xc1, 0}), 0, 1000).status,
              WsFrameHeader::Status::Invalid); // RSV1 without an extension
    EXPECT_EQ(readWsFrameHeader(bytes({0x81, 0x80, 0, 0, 0, 0}), 0, 1000).status,
              WsFrameHeader::Status::Invalid); // masked
    EXPECT_EQ(readWsFrameHeader(bytes({0x83, 0}), 0, 1000).status,
              WsFrameHeader::Status::Invalid); // reserved opcode
    EXPECT_EQ(readWsFrameHeader(bytes({0x09, 0}), 0, 1000).status,
              WsFrameHeader::Status::Invalid); // fragmented ping
}

// A 64-bit length a peer announces is compared with the limit before any arithmetic.
TEST(WsFraming, HugeLengthsAreTooLargeWithoutOverflow)
{
    const QByteArray huge = bytes({0x81, 127, 0x7f, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff});
    EXPECT_EQ(readWsFrameHeader(huge, 0, kSipMaxMessageBytes).status,
              WsFrameHeader::Status::TooLarge);
    const QByteArray max = bytes({0x81, 127, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff});
    EXPECT_EQ(readWsFrameHeader(max, 0, kSipMaxMessageBytes).status,
              WsFrameHeader::Status::TooLarge);
    EXPECT_EQ(
        readWsFrameHeader(bytes({0x00, 100}), kSipMaxMessageBytes - 50, kSipMaxMessageBytes).status,
        WsFrameHeader::Status::TooLarge); // the continuation would pass the limit
}

TEST(WsFraming, UpgradeAnswerMustProveItReadTheKey)
{
    const QByteArray key = "dGhlIHNhbXBsZSBub25jZQ==";
    EXPECT_EQ(wsAcceptFor(key), QByteArray("s3pPLMBiTxaQ9kYGzzhZRbK+xOo=")); // RFC 6455 §1.3
    HttpResponseHead good;
    good.feed("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
              "Sec-WebSocket-Accept: s3pPLMBiTxaQ9kYGzzhZRbK+xOo=\r\n\r\n");
    EXPECT_TRUE(wsUpgradeProblem(good, key).isEmpty());
    HttpResponseHead wrong;
    wrong.feed("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
               "Sec-WebSocket-Accept: AAAA\r\n\r\n");
    EXPECT_TRUE(wsUpgradeProblem(wrong, key).contains(QStringLiteral("does not match")));
}
