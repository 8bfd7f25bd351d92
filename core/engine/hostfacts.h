#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace easyuc {

// Facts about this computer and its path (issue 15). None of them changes a requirement's
// status on its own; they explain and feed the advice. Strings that came from the network or
// the OS are raw here and escaped by each report writer.

// One hop of the MTR-style path to the PBX.
struct PathHop
{
    int ttl = 0;
    QString address; // empty when no hop answered at this TTL
    QString name;    // reverse name, when it resolved within its budget
    int sent = 0;
    int received = 0;
    double rttMs = -1; // median of the answers; negative without any
    double lossPct = 0;
    // Where the hop is: "local" (private addresses, the default gateway), "provider" (the
    // first public hops and carrier-grade NAT), "internet" (beyond), "pbx"; "" when silent.
    QString zone;
};

struct PathInfo
{
    bool ran = false;
    QString target;       // the PBX address probed
    QString error;        // raw: why the path could not be traced
    bool reached = false; // the PBX itself answered
    int lossFromTtl = 0;  // loss that starts at this hop and continues to the PBX (0: none)
    QList<PathHop> hops;
    int rounds = 0;        // rounds of probes sent
    qint64 durationMs = 0; // how long tracing took
};

// The interface of the default route.
struct LinkInfo
{
    QString type; // "ethernet" | "wifi" | "other" | "" (unknown)
    QString interfaceName;
    int wifiSignalPct = -1;
    int wifiSignalDbm = 0; // 0: not given
    QString wifiBand;      // "2.4 GHz" | "5 GHz" | "6 GHz" | ""
    double linkRateMbps = 0;
    QString source; // where the facts came from: "NetworkManager", "nl80211", "WLAN API"…
};

struct VpnInfo
{
    bool active = false;
    bool ran = false;      // the routes were looked up at all
    QString interfaceName; // the tunnel the PBX / STUN routes leave through
    QString kind;          // "tun" | "tap" | "wireguard" | "ppp" | "gre" | "ipip" | client name…
    QStringList routedTargets; // which targets route through it ("pbx", "stun")
    QString error;             // raw: why the routes could not be looked up
};

// One HTTP CONNECT through the system proxy (issue 15): what the proxy answered for a target
// the app needs, and whether TLS (and on 7443 the WebSocket upgrade) worked through the tunnel.
struct ProxyTunnel
{
    QString target;        // "pbx.example.com:443"
    QString purpose;       // "pbx.https" | "pbx.webrtc" | "domain"
    int status = 0;        // the proxy's HTTP status for CONNECT; 0 when none came
    QString statusLine;    // raw, as received
    QString error;         // raw: refused, timeout, garbage…
    bool tlsOk = false;    // a TLS handshake completed through the tunnel
    QString tlsError;      // raw
    int upgradeStatus = 0; // the WebSocket upgrade's HTTP status through the tunnel (7443)
    double elapsedMs = -1;

    bool tunnelled() const { return status == 200 && tlsOk; }
};

struct ProxyInfo
{
    QString kind;    // "none" | "manual" | "pac" | "auto" | "" (unknown)
    QString address; // host:port, without credentials
    QString error;   // raw: why it is unknown
    QString pacUrl;  // the configured PAC script (kind "pac")
    QString source;  // where the setting came from: "environment", "WinHTTP (IE)", "Qt"…
    QList<ProxyTunnel> tunnels; // CONNECT tests through the proxy (only with one)
};

struct DnsResolverInfo
{
    QString server;
    double answerMs = -1;
    QStringList pbxAddresses; // what this resolver answered for the PBX name
    QString error;            // raw: timeout, SERVFAIL…
    bool agrees = true;       // its answer matches the others' (and the system's)
};

} // namespace easyuc

Q_DECLARE_METATYPE(easyuc::ProxyTunnel)
