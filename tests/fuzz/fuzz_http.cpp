// HTTP answers (R1, R3, R6, R7, R16 and the WebSocket upgrade): the bounded response-head
// parser fed in pieces, as a socket delivers them.
#include "fuzzinput.h"
#include "probes/httpparser.h"

using namespace easyuc;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    const int chunk = 1 + data[0] % 64;
    const QByteArray input = fuzz::bytes(data + 1, size - 1);
    HttpResponseHead head;
    for (qsizetype at = 0; at < input.size(); at += chunk) {
        const HttpResponseHead::State state = head.feed(input.mid(at, chunk));
        if (state != HttpResponseHead::State::NeedMore)
            break;
    }
    fuzz::require(head.headers().size() <= HttpResponseHead::kMaxHeaders, "headers are bounded");
    if (head.state() == HttpResponseHead::State::Complete) {
        head.header("date");
        head.statusLine();
        head.rest();
    }
    head.excerpt();
    printableExcerpt(input);
    return 0;
}
