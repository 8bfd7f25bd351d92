#pragma once

#include "core/engine/hostfacts.h"
#include "core/profile/profile.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QStringList>
#include <functional>
#include <optional>

class QTimer;

namespace easyuc {

class DnsProbe;
class DnsServerQuery;
class ProxyQuery;
class ProxyTunnelProbe;
struct DnsResult;
struct DnsServerAnswer;
struct ProxyTunnel;

// The host facts of one run (issue 15), gathered while the checks run.
struct HostFacts
{
    LinkInfo link;
    VpnInfo vpn;
    ProxyInfo proxy;
    QList<DnsResolverInfo> resolvers;
    QString proxyAnswer;        // the system's answer for HTTPS to the PBX (HostInfo::proxy)
    bool proxyTimedOut = false; // the system did not answer within ProxyQuery::runTimeoutMs()
};

// Gathers the host facts of a run in parallel with its checks: the link and Wi-Fi of the
// default route, the interface the routes to the PBX and the first STUN server leave through
// (a tunnel → VPN), the system proxy (bounded ProxyQuery) and, when HTTPS goes through an HTTP
// proxy, CONNECT tests to the PBX (443, 7443) and the domains through it, and each DNS server
// asked directly for the PBX name. Every step has a deadline; finished() comes exactly once.
class HostProbe : public QObject
{
    Q_OBJECT
public:
    explicit HostProbe(QObject* parent = nullptr);
    ~HostProbe() override;

    // `budgetMs` bounds the network steps (the proxy query has its own ProxyQuery bound).
    // `runIds`: the checks of the run that probe the network; a name is looked up (and each DNS
    // server asked for the PBX) only when the check that resolves it anyway is among them
    // (pbx.dns, stun.binding), so --only never sends a query the user did not ask for.
    void start(const Profile& profile, int budgetMs, const QStringList& runIds);
    // Ends at once with what is known (the proxy counts as not answered).
    void cancel();
    bool isRunning() const { return m_running; }

    // The DNS servers asked directly ("addr" or "addr:port"); nullopt restores the system's.
    // Tests point them at loopback servers: no test query reaches a real resolver.
    static void setDnsServersForTesting(std::optional<QStringList> servers);

    // Which resolvers' answers disagree: a resolver that answered with another set of addresses
    // than the majority of the others (the system's own answer counts as one voice).
    static void markAgreement(QList<DnsResolverInfo>* resolvers,
                              const QList<QHostAddress>& systemAnswer);

Q_SIGNALS:
    void finished(const easyuc::HostFacts& facts);

private:
    void onProxyAnswer(const QString& proxy, bool timedOut);
    void onTargetResolved(const QString& which, const DnsResult& result);
    void onResolverAnswer(int index, const DnsServerAnswer& answer);
    void startTunnels(const QString& proxyHost, quint16 proxyPort);
    void startResolvers(bool ask);
    void maybeFinish();
    void conclude();

    Profile m_profile;
    HostFacts m_facts;
    QTimer* m_deadline = nullptr;
    ProxyQuery* m_proxyQuery = nullptr;
    QList<DnsProbe*> m_lookups;
    QList<DnsServerQuery*> m_resolverQueries;
    QList<ProxyTunnelProbe*> m_tunnels;
    QList<QHostAddress> m_pbxAddresses; // the system resolver's answer
    int m_budgetMs = 0;
    int m_pending = 0;
    bool m_proxyDone = false;
    bool m_running = false;
};

} // namespace easyuc

Q_DECLARE_METATYPE(easyuc::HostFacts)
