#include "endpoint.h"

namespace easyuc {

namespace {
QHostAddress unmapped(const QHostAddress& address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 && address.protocol() == QAbstractSocket::IPv6Protocol ? QHostAddress(v4) : address;
}
} // namespace

QString formatEndpoint(const QHostAddress& address, quint16 port)
{
    return formatEndpoint(unmapped(address).toString(), port);
}

QString formatEndpoint(const QString& host, quint16 port)
{
    const bool ipv6Literal = host.contains(QLatin1Char(':')) && !host.startsWith(QLatin1Char('['));
    return ipv6Literal ? QStringLiteral("[%1]:%2").arg(host).arg(port)
                       : QStringLiteral("%1:%2").arg(host).arg(port);
}

QString addressFamilyName(const QHostAddress& address)
{
    return unmapped(address).protocol() == QAbstractSocket::IPv6Protocol ? QStringLiteral("IPv6")
                                                                         : QStringLiteral("IPv4");
}

} // namespace easyuc
