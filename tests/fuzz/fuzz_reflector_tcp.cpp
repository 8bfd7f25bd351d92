// easyuc-reflector's TCP input on the SIP port: the stream is framed, and each OPTIONS is
// answered with no more bytes than it had.
#include "fuzzinput.h"
#include "probes/sipframing.h"
#include "reflector.h"

#include <QHostAddress>

using namespace easyuc;

namespace {
constexpr int kTcpBufferBytes = 16 * 1024; // as reflector.cpp
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QByteArray stream = fuzz::bytes(data, size);
    const QHostAddress from(QStringLiteral("198.51.100.7"));
    while (!stream.isEmpty()) {
        const qsizetype length = sipStreamFrameLength(stream, kTcpBufferBytes);
        if (length <= 0)
            break;
        const QByteArray message = stream.left(length);
        stream.remove(0, length);
        const QByteArray reply = reflector::sipOptionsResponse(message, from, 40001);
        fuzz::require(reply.size() <= message.size(), "never more bytes out than in");
    }
    return 0;
}
