// The seam for systems without an implementation yet (macOS): every probe that needs the OS
// says "not supported on this platform" instead of guessing.
#include "core/platform/oserror.h"
#include "core/platform/platform.h"

#include <cerrno>
#include <cstring>

namespace easyuc::platform {

OsErrorFamily nativeErrorFamily()
{
    // The numbers differ from Linux on BSD-derived systems: names are only as good as the
    // table, and no probe runs here anyway.
    return OsErrorFamily::LinuxErrno;
}

const Capabilities& capabilities()
{
    static const Capabilities caps{QStringLiteral("other"), false, false, false, false};
    return caps;
}

QStringList defaultGateways()
{
    return {};
}

QStringList dnsServers()
{
    return {};
}

int pendingSocketError(qintptr descriptor)
{
    Q_UNUSED(descriptor);
    return 0;
}

int lastSocketError()
{
    return errno;
}

std::filesystem::path nativePath(const QString& path)
{
    return std::filesystem::path(path.toLocal8Bit().toStdString());
}

void prepareHeadlessRuntime() {}

QString errorText(int code)
{
    return QString::fromLocal8Bit(std::strerror(code));
}

} // namespace easyuc::platform
