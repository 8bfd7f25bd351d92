#pragma once

#include "../probes/dnsprobe.h"
#include "../probes/stunclient.h"
#include "../profile/profile.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>

namespace easyuc {

// Resolves the profile's STUN servers and runs Binding transactions to each, every flow from
// its own UDP socket (own local port), so the NAT sees independent flows.
class StunFlows : public QObject
{
    Q_OBJECT
public:
    struct Flow
    {
        Endpoint server;
        DnsResult dns;             // how the server's name resolved
        StunBindingResult binding; // valid when dns.ok()
        bool done = false;
    };

    explicit StunFlows(QObject* parent = nullptr);
    // `flowsPerServer` transactions per server, each from a fresh local port.
    void start(const QList<Endpoint>& servers, int flowsPerServer, int timeoutMs);
    void abort();
    const QList<Flow>& flows() const { return m_flows; }
    bool allDone() const;

Q_SIGNALS:
    void allFinished();

private:
    void flowDone(int index);

    QList<Flow> m_flows;
    QList<DnsProbe*> m_dns;
    QList<StunClient*> m_clients;
    QElapsedTimer m_clock;
    int m_timeoutMs = 0;
};

} // namespace easyuc
