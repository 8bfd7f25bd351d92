// SIP over TCP/TLS (R10 and the reflector): Content-Length framing of a byte stream.
#include "fuzzinput.h"
#include "probes/sipframing.h"
#include "probes/sipmessage.h"

using namespace easyuc;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QByteArray stream = fuzz::bytes(data, size);
    const int limit = size % 2 ? kSipMaxMessageBytes : 512;
    while (!stream.isEmpty()) {
        const qsizetype frame = sipStreamFrameLength(stream, limit);
        fuzz::require(frame <= stream.size() && frame <= limit, "a frame is within the bytes");
        if (frame <= 0)
            break;
        stream.remove(0, frame);
    }
    return 0;
}
