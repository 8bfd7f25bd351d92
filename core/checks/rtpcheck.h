#pragma once

#include "../engine/check.h"
#include "../probes/portprobe.h"

#include <QList>

namespace easyuc {

class DnsProbe;

// R5 pbx.rtp: UDP probes to ports sampled across the RTP range of the PBX (and of the profile's
// reflector): an answer or ICMP port-unreachable from the PBX proves a port's path open, an
// ICMP prohibited / local refusal proves it blocked, silence proves nothing.
class RtpCheck : public Check
{
    Q_OBJECT
public:
    explicit RtpCheck(QObject* parent = nullptr);

    // `samples` ports across first..last: both ends, the rest spread evenly, no duplicates.
    static QList<quint16> samplePorts(quint16 first, quint16 last, int samples);

protected:
    void run(RunContext& context) override;
    void abort() override;
    RequirementResult resultOnDeadline() override;

private:
    void probe(const QHostAddress& reflector);
    RequirementResult conclude() const;

    QList<quint16> m_ports;
    QList<quint16> m_sampleOf; // per probed target, the sampled RTP port it stands for
    QHostAddress m_pbx;
    QHostAddress m_reflector;
    QString m_reflectorProblem; // why the reflector could not be probed, if so
    int m_budgetMs = 0;
    DnsProbe* m_dns = nullptr;
    UdpPortProbe* m_probe = nullptr;
};

} // namespace easyuc
