#include "core/platform/hostnet.h"

namespace easyuc::platform {

// The macOS seam: nothing is claimed that was not read.
QString routeInterface(const QHostAddress&, QString* error)
{
    *error = QStringLiteral("not supported on this system");
    return {};
}

QString defaultRouteInterface()
{
    return {};
}

InterfaceKind interfaceKind(const QString&)
{
    return {};
}

void readWifi(LinkInfo*) {}

ProxySettings proxySettings()
{
    return proxyFromEnvironment([](const char* name) { return qEnvironmentVariable(name); });
}

} // namespace easyuc::platform
