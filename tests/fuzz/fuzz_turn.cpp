// TURN answers over UDP, TCP and TLS (R9): stream framing, then TurnCodec::parse, with and
// without long-term credentials (MESSAGE-INTEGRITY checked with the password).
#include "fuzzinput.h"
#include "probes/turnmessage.h"

using namespace easyuc;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QByteArray stream = fuzz::bytes(data, size);
    const int frame = TurnCodec::frameLength(stream);
    fuzz::require(frame <= stream.size(), "a frame fits in the bytes received");
    TurnCodec codec;
    if (size % 2) {
        codec.setCredentials(QStringLiteral("user"), QStringLiteral("fuzz-password"));
        codec.setChallenge(QStringLiteral("example.org"), QByteArrayLiteral("nonce"));
    }
    QByteArray sent;
    codec.allocate(&sent);
    if (stream.size() >= 20 && sent.size() == 12)
        stream.replace(8, 12, sent);
    QByteArray id;
    const TurnAnswer answer = codec.parse(stream, &id);
    if (answer.kind == TurnAnswer::Kind::Success && answer.method == TurnAnswer::Method::Allocate)
        fuzz::require(!answer.relayed.isNull(), "an Allocate success names its relay");
    return 0;
}
