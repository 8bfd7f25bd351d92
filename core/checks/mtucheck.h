#pragma once

#include "../engine/check.h"

#include <QHostAddress>

namespace easyuc {

class DnsProbe;
class PathMtuProbe;

// R12 firewall.mtu: the MTU of the interface on the route to the PBX, and the path MTU measured
// with don't-fragment STUN Binding requests padded to size towards the first STUN server (its
// answers prove each size; an ICMP fragmentation-needed or silence above a size limits it).
// It sends nothing to the PBX, so the PBX's ICMP budget stays with R5.
class MtuCheck : public Check
{
    Q_OBJECT
public:
    explicit MtuCheck(QObject* parent = nullptr);

protected:
    void run(RunContext& context) override;
    void abort() override;
    RequirementResult resultOnDeadline() override;

private:
    void readInterface(const QHostAddress& pbx);
    RequirementResult conclude() const;

    QString m_interface; // name of the interface on the route to the PBX
    int m_interfaceMtu = -1;
    int m_routeMtu = -1; // IP_MTU of a UDP socket connected to the PBX
    QHostAddress m_local;
    QString m_stunTarget;
    QString m_stunProblem; // why the path could not be probed, if so
    DnsProbe* m_dns = nullptr;
    PathMtuProbe* m_probe = nullptr;
};

} // namespace easyuc
