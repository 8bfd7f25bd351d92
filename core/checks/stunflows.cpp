#include "stunflows.h"

#include "probes/endpoint.h"

namespace easyuc {

StunFlows::StunFlows(QObject* parent) : QObject(parent) {}

void StunFlows::start(const QList<Endpoint>& servers, int flowsPerServer, int timeoutMs)
{
    abort();
    m_flows.clear();
    m_timeoutMs = timeoutMs;
    m_clock.start();
    for (const Endpoint& server : servers) {
        const int first = int(m_flows.size());
        for (int i = 0; i < flowsPerServer; ++i)
            m_flows.append(Flow{server, {}, {}, false});
        auto* dns = new DnsProbe(this);
        m_dns.append(dns);
        connect(dns, &DnsProbe::finished, this,
                [this, first, flowsPerServer](const DnsResult& result) {
                    const int left = qMax(200, m_timeoutMs - int(m_clock.elapsed()));
                    for (int i = first; i < first + flowsPerServer; ++i) {
                        m_flows[i].dns = result;
                        if (!result.ok()) {
                            flowDone(i);
                            continue;
                        }
                        auto* client = new StunClient(this);
                        m_clients.append(client);
                        connect(client, &StunClient::finished, this,
                                [this, i](const StunBindingResult& r) {
                                    m_flows[i].binding = r;
                                    flowDone(i);
                                });
                        client->bind();
                        const Endpoint& s = m_flows.at(i).server;
                        client->query(formatEndpoint(s.host, s.port), result.addresses.first(),
                                      s.port, left);
                    }
                });
        dns->start(server.host, timeoutMs / 2);
    }
    if (m_flows.isEmpty())
        QMetaObject::invokeMethod(this, &StunFlows::allFinished, Qt::QueuedConnection);
}

void StunFlows::flowDone(int index)
{
    m_flows[index].done = true;
    if (allDone())
        Q_EMIT allFinished();
}

bool StunFlows::allDone() const
{
    return std::all_of(m_flows.begin(), m_flows.end(), [](const Flow& f) { return f.done; });
}

void StunFlows::abort()
{
    for (DnsProbe* d : m_dns) {
        d->disconnect(this);
        d->abort();
    }
    for (StunClient* c : m_clients) {
        c->disconnect(this);
        c->abort();
    }
}

} // namespace easyuc
