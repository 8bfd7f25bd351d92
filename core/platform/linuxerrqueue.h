#pragma once

#include "core/platform/kernelerror.h"

namespace easyuc {

// Linux only (built with udpprobesocket_linux.cpp). Decodes one IP_RECVERR / IPV6_RECVERR
// control message: the cmsg level and type, its data (sock_extended_err + offender) and the
// msg_name returned with it. Anything truncated, foreign or unknown yields an invalid report
// rather than a guess.
KernelError decodeKernelError(int level, int type, const QByteArray& data, const QByteArray& name);

} // namespace easyuc
