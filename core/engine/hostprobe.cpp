#include "hostprobe.h"

#include "core/engine/proxyquery.h"
#include "core/platform/hostnet.h"
#include "core/platform/platform.h"
#include "core/probes/dnsprobe.h"
#include "core/probes/dnsquery.h"
#include "core/probes/proxytunnelprobe.h"

#include <QHash>
#include <QTimer>
#include <QUrl>
#include <algorithm>
#include <mutex>

namespace easyuc {

namespace {
std::mutex g_serversMutex;
std::optional<QStringList> g_testServers;

constexpr int kResolverBudgetMs = 2000;
constexpr int kTunnelBudgetMs = 4000;
constexpr int kLookupBudgetMs = 3000;

QStringList dnsServersToAsk()
{
    std::lock_guard<std::mutex> lock(g_serversMutex);
    return g_testServers ? *g_testServers : platform::dnsServers();
}

// "192.0.2.53", "192.0.2.53 (systemd-resolved)", "127.0.0.1:5353", "[2001:db8::53]:53".
bool parseServer(const QString& text, QHostAddress* address, quint16* port)
{
    QString s = text.section(QLatin1Char(' '), 0, 0).trimmed();
    *port = 53;
    if (address->setAddress(s))
        return true;
    const qsizetype colon = s.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    bool ok = false;
    const uint p = s.mid(colon + 1).toUInt(&ok);
    QString host = s.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    if (!ok || p == 0 || p > 65535 || !address->setAddress(host))
        return false;
    *port = quint16(p);
    return true;
}

// Names that never go to a DNS server (RFC 6761 §6.3 localhost, §6.4 invalid) or need none.
bool askableName(const QString& name)
{
    QHostAddress literal;
    const QString n = name.toLower();
    return !name.isEmpty() && !literal.setAddress(name) && n != QStringLiteral("localhost") &&
           !n.endsWith(QStringLiteral(".localhost")) && !n.endsWith(QStringLiteral(".invalid")) &&
           n != QStringLiteral("invalid");
}
} // namespace

HostProbe::HostProbe(QObject* parent) : QObject(parent), m_deadline(new QTimer(this))
{
    qRegisterMetaType<easyuc::HostFacts>();
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, [this] {
        if (!m_proxyDone) {
            m_facts.proxyTimedOut = true;
            m_proxyDone = true;
        }
        conclude();
    });
}

HostProbe::~HostProbe() = default;

void HostProbe::setDnsServersForTesting(std::optional<QStringList> servers)
{
    std::lock_guard<std::mutex> lock(g_serversMutex);
    g_testServers = std::move(servers);
}

void HostProbe::start(const Profile& profile, int budgetMs, const QStringList& runIds)
{
    cancel();
    qDeleteAll(m_lookups);
    qDeleteAll(m_resolverQueries);
    qDeleteAll(m_tunnels);
    m_lookups.clear();
    m_resolverQueries.clear();
    m_tunnels.clear();
    m_profile = profile;
    m_facts = HostFacts();
    m_pbxAddresses.clear();
    m_budgetMs = qMax(100, budgetMs);
    m_pending = 0;
    m_proxyDone = false;
    m_running = true;

    // The link of the default route, read once (Windows: polling the WLAN API disturbs it).
    LinkInfo& link = m_facts.link;
    link.interfaceName = platform::defaultRouteInterface();
    if (!link.interfaceName.isEmpty()) {
        const platform::InterfaceKind kind = platform::interfaceKind(link.interfaceName);
        link.type = kind.tunnel.isEmpty() ? kind.type : QStringLiteral("other");
        if (link.type == QStringLiteral("wifi"))
            platform::readWifi(&link);
    }

    const platform::ProxySettings settings = platform::proxySettings();
    m_facts.proxy.kind = settings.kind;
    m_facts.proxy.address = settings.address;
    m_facts.proxy.pacUrl = settings.pacUrl;
    m_facts.proxy.source = settings.source;
    const int proxyMs = ProxyQuery::runTimeoutMs();
    m_proxyQuery = new ProxyQuery(this);
    connect(m_proxyQuery, &ProxyQuery::finished, this, &HostProbe::onProxyAnswer);
    m_proxyQuery->start(profile.pbx, proxyMs);

    // The routes to the PBX and the first STUN server: resolved the way the checks resolve them.
    QList<QPair<QString, QString>> targets;
    const bool pbxInRun = runIds.contains(QStringLiteral("pbx.dns"));
    if (!profile.pbx.isEmpty() && pbxInRun)
        targets.append({QStringLiteral("pbx"), profile.pbx});
    if (!profile.stun.isEmpty() && runIds.contains(QStringLiteral("stun.binding")))
        targets.append({QStringLiteral("stun"), profile.stun.first().host});
    // Nothing looked up, nothing to say: the report reads "not checked", never "no tunnel".
    m_facts.vpn.ran = !targets.isEmpty();
    for (const auto& t : targets) {
        auto* lookup = new DnsProbe(this);
        m_lookups.append(lookup);
        ++m_pending;
        const QString which = t.first;
        connect(lookup, &DnsProbe::finished, this,
                [this, which](const DnsResult& r) { onTargetResolved(which, r); });
        lookup->start(t.second, qMin(m_budgetMs, kLookupBudgetMs));
    }
    startResolvers(pbxInRun);
    // A guard over every step: each has its own deadline well inside this one.
    m_deadline->start(proxyMs + m_budgetMs + kTunnelBudgetMs + 500);
    if (m_pending == 0 && m_proxyDone)
        QTimer::singleShot(0, this, &HostProbe::maybeFinish);
}

void HostProbe::startResolvers(bool inRun)
{
    const QStringList servers = dnsServersToAsk();
    const bool ask = inRun && askableName(m_profile.pbx);
    for (const QString& text : servers) {
        DnsResolverInfo info;
        info.server = text;
        QHostAddress address;
        quint16 port = 53;
        if (!ask) {
            info.error = m_profile.pbx.isEmpty() ? QStringLiteral("not asked: no PBX name")
                         : !inRun ? QStringLiteral("not asked: R2 is not part of this run")
                                  : QStringLiteral("not asked: the PBX is not a DNS name");
        } else if (!parseServer(text, &address, &port)) {
            info.error = QStringLiteral("not an address a query can be sent to");
        }
        const int index = int(m_facts.resolvers.size());
        m_facts.resolvers.append(info);
        if (!info.error.isEmpty())
            continue;
        auto* query = new DnsServerQuery(this);
        m_resolverQueries.append(query);
        ++m_pending;
        connect(query, &DnsServerQuery::finished, this,
                [this, index](const DnsServerAnswer& a) { onResolverAnswer(index, a); });
        query->start(address, port, m_profile.pbx, qMin(m_budgetMs, kResolverBudgetMs));
    }
}

void HostProbe::onResolverAnswer(int index, const DnsServerAnswer& answer)
{
    if (!m_running || index < 0 || index >= m_facts.resolvers.size())
        return;
    DnsResolverInfo& info = m_facts.resolvers[index];
    info.answerMs = double(answer.answerMs);
    info.error = answer.error;
    for (const QHostAddress& a : answer.addresses)
        info.pbxAddresses.append(a.toString());
    --m_pending;
    maybeFinish();
}

void HostProbe::onTargetResolved(const QString& which, const DnsResult& result)
{
    if (!m_running)
        return;
    --m_pending;
    if (which == QStringLiteral("pbx"))
        m_pbxAddresses = result.addresses;
    VpnInfo& vpn = m_facts.vpn;
    if (!result.ok()) {
        if (vpn.error.isEmpty())
            vpn.error = QStringLiteral("%1: %2 did not resolve").arg(which, result.host);
        maybeFinish();
        return;
    }
    QString error;
    const QString name = platform::routeInterface(result.addresses.first(), &error);
    if (name.isEmpty()) {
        if (vpn.error.isEmpty())
            vpn.error = QStringLiteral("%1: %2").arg(which, error);
    } else {
        const platform::InterfaceKind kind = platform::interfaceKind(name);
        if (!kind.tunnel.isEmpty()) {
            vpn.active = true;
            if (vpn.interfaceName.isEmpty()) {
                vpn.interfaceName = name;
                vpn.kind = kind.tunnel;
            }
            vpn.routedTargets.append(which);
        }
    }
    maybeFinish();
}

void HostProbe::onProxyAnswer(const QString& proxy, bool timedOut)
{
    if (!m_running)
        return;
    m_proxyDone = true;
    m_facts.proxyAnswer = timedOut ? QString() : proxy;
    m_facts.proxyTimedOut = timedOut;
    ProxyInfo& info = m_facts.proxy;
    if (timedOut) {
        info.error = QStringLiteral("no answer from the system within %1 ms")
                         .arg(ProxyQuery::runTimeoutMs());
    } else if (!proxy.isEmpty()) {
        const QUrl first(proxy.section(QStringLiteral(", "), 0, 0));
        info.address = platform::proxyHostPort(first.toString());
        // The query answered with a proxy the settings read here do not name (desktop
        // settings or a PAC script read by libproxy): the app uses it all the same.
        if (info.kind.isEmpty() || info.kind == QStringLiteral("none")) {
            info.kind = QStringLiteral("manual");
            info.source = QStringLiteral("system proxy query");
        }
        if (first.scheme() == QStringLiteral("http") && first.port() > 0)
            startTunnels(first.host(), quint16(first.port()));
        else
            info.error = QStringLiteral("a %1 proxy: not tested through").arg(first.scheme());
    }
    maybeFinish();
}

void HostProbe::startTunnels(const QString& proxyHost, quint16 proxyPort)
{
    QList<ProxyTunnelRequest> requests;
    auto add = [&](const QString& host, quint16 port, const QString& purpose, bool ws) {
        ProxyTunnelRequest r;
        r.proxyHost = proxyHost;
        r.proxyPort = proxyPort;
        r.targetHost = host;
        r.targetPort = port;
        r.purpose = purpose;
        r.websocket = ws;
        r.websocketPath = m_profile.webrtcPath;
        r.websocketProtocol = m_profile.webrtcSubprotocol;
        requests.append(r);
    };
    if (!m_profile.pbx.isEmpty()) {
        add(m_profile.pbx, m_profile.httpsPort, QStringLiteral("pbx.https"), false);
        add(m_profile.pbx, m_profile.webrtcPort, QStringLiteral("pbx.webrtc"), true);
    }
    for (const QString& d : m_profile.domains)
        add(d, 443, QStringLiteral("domain"), false);
    for (const ProxyTunnelRequest& r : requests) {
        const int index = int(m_facts.proxy.tunnels.size());
        ProxyTunnel placeholder;
        placeholder.target = QStringLiteral("%1:%2").arg(r.targetHost).arg(r.targetPort);
        placeholder.purpose = r.purpose;
        placeholder.error = QStringLiteral("not finished");
        m_facts.proxy.tunnels.append(placeholder);
        auto* probe = new ProxyTunnelProbe(this);
        m_tunnels.append(probe);
        ++m_pending;
        connect(probe, &ProxyTunnelProbe::finished, this, [this, index](const ProxyTunnel& t) {
            if (!m_running)
                return;
            m_facts.proxy.tunnels[index] = t;
            --m_pending;
            maybeFinish();
        });
        probe->start(r, qMin(m_budgetMs, kTunnelBudgetMs));
    }
}

void HostProbe::maybeFinish()
{
    if (m_running && m_proxyDone && m_pending <= 0)
        conclude();
}

void HostProbe::cancel()
{
    if (!m_running)
        return;
    if (!m_proxyDone) {
        m_facts.proxyTimedOut = true;
        m_proxyDone = true;
    }
    conclude();
}

void HostProbe::conclude()
{
    if (!m_running)
        return;
    m_running = false;
    m_deadline->stop();
    if (m_proxyQuery) {
        m_proxyQuery->disconnect(this);
        m_proxyQuery->deleteLater();
        m_proxyQuery = nullptr;
    }
    for (DnsProbe* p : std::as_const(m_lookups))
        p->abort();
    for (DnsServerQuery* q : std::as_const(m_resolverQueries))
        q->abort();
    for (ProxyTunnelProbe* t : std::as_const(m_tunnels))
        t->abort();
    for (DnsResolverInfo& r : m_facts.resolvers)
        if (r.answerMs < 0 && r.error.isEmpty())
            r.error = QStringLiteral("not finished");
    if (m_facts.proxyTimedOut && m_facts.proxy.error.isEmpty())
        m_facts.proxy.error = QStringLiteral("no answer from the system within %1 ms")
                                  .arg(ProxyQuery::runTimeoutMs());
    markAgreement(&m_facts.resolvers, m_pbxAddresses);
    std::sort(m_facts.vpn.routedTargets.begin(), m_facts.vpn.routedTargets.end());
    Q_EMIT finished(m_facts);
}

void HostProbe::markAgreement(QList<DnsResolverInfo>* resolvers,
                              const QList<QHostAddress>& systemAnswer)
{
    auto keyOf = [](QStringList addresses) {
        addresses.sort();
        return addresses.join(QLatin1Char(','));
    };
    QHash<QString, int> votes;
    QString systemKey;
    if (!systemAnswer.isEmpty()) {
        QStringList s;
        for (const QHostAddress& a : systemAnswer)
            s.append(a.toString());
        systemKey = keyOf(s);
        votes[systemKey] += 1;
    }
    auto voice = [&](const DnsResolverInfo& r) -> std::optional<QString> {
        if (r.error == QStringLiteral("NXDOMAIN"))
            return QStringLiteral("NXDOMAIN");
        if (r.error.isEmpty())
            return keyOf(r.pbxAddresses);
        return std::nullopt;
    };
    for (const DnsResolverInfo& r : *resolvers)
        if (const auto k = voice(r))
            votes[*k] += 1;
    QString majority = systemKey;
    int best = systemKey.isEmpty() ? 0 : votes.value(systemKey);
    for (auto it = votes.cbegin(); it != votes.cend(); ++it)
        if (it.value() > best) {
            best = it.value();
            majority = it.key();
        }
    for (DnsResolverInfo& r : *resolvers) {
        const auto k = voice(r);
        r.agrees = !k || votes.size() <= 1 || *k == majority;
    }
}

} // namespace easyuc
