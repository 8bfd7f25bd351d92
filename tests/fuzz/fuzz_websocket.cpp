// WebSocket (R4): the answer to the upgrade request, then the server's frames, as
// WebSocketProbe reads them. The first byte picks which.
#include "fuzzinput.h"
#include "probes/sipmessage.h"
#include "probes/wsframing.h"

using namespace easyuc;

namespace {

void upgradeAnswer(const QByteArray& input)
{
    HttpResponseHead head;
    if (head.feed(input) == HttpResponseHead::State::Complete && head.statusCode() == 101)
        wsUpgradeProblem(head, QByteArrayLiteral("dGhlIHNhbXBsZSBub25jZQ=="));
}

void frames(QByteArray buffer)
{
    qsizetype assembled = 0;
    for (;;) {
        const WsFrameHeader frame = readWsFrameHeader(buffer, assembled, kSipMaxMessageBytes);
        if (frame.status != WsFrameHeader::Status::Complete)
            return;
        fuzz::require(frame.payloadLength <= kSipMaxMessageBytes, "a payload is bounded");
        fuzz::require(frame.headerLength + frame.payloadLength <= buffer.size(), "frame fits");
        assembled = frame.fin ? 0 : assembled + frame.payloadLength;
        buffer.remove(0, frame.headerLength + frame.payloadLength);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray input = fuzz::bytes(data + 1, size - 1);
    if (data[0] & 1)
        frames(input);
    else
        upgradeAnswer(input);
    return 0;
}
