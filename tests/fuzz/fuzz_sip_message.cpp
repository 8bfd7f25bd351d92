// SIP answers over UDP, TCP and WebSocket (R4, R10): parsing, matching to our request, the
// echo comparison of the SIP ALG check.
#include "fuzzinput.h"
#include "probes/sipmessage.h"
#include "probes/sipprobe.h"

#include <QHostAddress>

using namespace easyuc;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray message = fuzz::bytes(data, size);
    looksLikeSipRequest(message);
    SipOptionsParams params;
    params.target = QStringLiteral("pbx.example.net");
    params.transport = SipTransport::Udp;
    params.localHost = QStringLiteral("192.168.1.5");
    params.localPort = 40000;
    const SipRequest request = buildSipOptions(params);
    const SipParseResult parsed = parseSipResponse(message);
    if (parsed.ok()) {
        QString why;
        sipResponseMatches(parsed.response, request, &why);
        for (const SipVia& via : parsed.response.vias())
            sipViaParameter(via.raw, QStringLiteral("received"));
        parsed.response.server();
        compareSipEcho(request, QHostAddress(QStringLiteral("192.168.1.5")), parsed.response);
    }
    sipHeaderDifferences(request.bytes, message);
    sipRawHeader(message, "via");
    sipViaWithoutNatParameters(QString::fromUtf8(message.left(512)));
    return 0;
}
