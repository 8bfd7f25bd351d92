// easyuc-reflector's UDP input (SIP port and echo ports, STUN inside): whatever arrives, the
// answer is never larger than the datagram (no amplification).
#include "fuzzinput.h"
#include "reflector.h"

#include <QHostAddress>

using namespace easyuc;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray datagram = fuzz::bytes(data + 1, size - 1);
    const QHostAddress from = data[0] & 4 ? QHostAddress(QStringLiteral("2001:db8::7"))
                                          : QHostAddress(QStringLiteral("198.51.100.7"));
    const QByteArray reply =
        reflector::udpReply(datagram, from, 40000 + data[0], data[0] & 1, data[0] & 2);
    fuzz::require(reply.size() <= datagram.size(), "never more bytes out than in");
    return 0;
}
