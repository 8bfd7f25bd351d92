// ICMP errors as the kernel reports them (R5, R12: IP_RECVERR / IPV6_RECVERR control messages,
// whose offender and quoted payload come from the network): decode, describe, classify.
#include "fuzzinput.h"
#include "core/platform/linuxerrqueue.h"
#include "probes/udpprobe.h"

#include <algorithm>
#include <netinet/in.h>

using namespace easyuc;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 2)
        return 0;
    const bool v6 = data[0] & 1;
    const int level = v6 ? IPPROTO_IPV6 : IPPROTO_IP;
    const int type = v6 ? IPV6_RECVERR : IP_RECVERR;
    // The second byte splits the rest into the control data and the msg_name.
    const size_t nameLength = std::min<size_t>(data[1] % 64, size - 2);
    const QByteArray name = fuzz::bytes(data + 2, nameLength);
    const QByteArray control = fuzz::bytes(data + 2 + nameLength, size - 2 - nameLength);
    const KernelError error = decodeKernelError(level, type, control, name);
    error.describe();
    error.isFragmentationNeeded();
    classifyKernelError(error, QHostAddress(QStringLiteral("203.0.113.10")), 16384);
    return 0;
}
