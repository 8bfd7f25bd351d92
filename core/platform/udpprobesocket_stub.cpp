// The UDP probe socket where no implementation exists yet (the macOS seam): open() fails with
// a clear "not supported", so R5 and R12 end skipped, never green.
#include "core/platform/udpprobesocket.h"

namespace easyuc {

struct UdpProbeSocket::Native
{
};

UdpProbeSocket::UdpProbeSocket(QObject* parent) : QObject(parent), m_native(new Native) {}

UdpProbeSocket::~UdpProbeSocket() = default;

bool UdpProbeSocket::isOpen() const
{
    return false;
}

bool UdpProbeSocket::open(const QHostAddress& peer, quint16 port, bool dontFragment)
{
    Q_UNUSED(dontFragment);
    m_peer = peer;
    m_peerPort = port;
    m_error = QStringLiteral("UDP probing with ICMP error reporting is not supported on this "
                             "platform");
    return false;
}

void UdpProbeSocket::close() {}

platform::SocketCondition UdpProbeSocket::send(const QByteArray& datagram)
{
    Q_UNUSED(datagram);
    return platform::SocketCondition::Other;
}

QString UdpProbeSocket::lastErrorText() const
{
    return m_error;
}

QHostAddress UdpProbeSocket::localAddress() const
{
    return {};
}

int UdpProbeSocket::pathMtu() const
{
    return -1;
}

int UdpProbeSocket::headerBytes() const
{
    return m_peer.protocol() == QAbstractSocket::IPv6Protocol ? 48 : 28;
}

void UdpProbeSocket::onActivated() {}

} // namespace easyuc
