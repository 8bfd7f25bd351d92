// STUN Binding answers (R8, R11, R13, R15, path MTU): StunCodec::parse on one datagram.
#include "fuzzinput.h"
#include "probes/stunmessage.h"

using namespace easyuc;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QByteArray datagram = fuzz::bytes(data, size);
    StunCodec::looksLikeStun(datagram);
    StunCodec codec;
    QByteArray sent;
    codec.bindingRequest(&sent, size % 2, size % 3 == 0);
    // Most inputs then answer the request we sent, so the parser goes past the transaction check.
    if (datagram.size() >= 20 && sent.size() == 12)
        datagram.replace(8, 12, sent);
    QByteArray id;
    const StunBindingAnswer answer = codec.parse(datagram, &id);
    if (answer.kind == StunBindingAnswer::Kind::Success)
        fuzz::require(id == sent, "a success answers the request we sent");
    return 0;
}
