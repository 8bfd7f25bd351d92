#pragma once

#include <QList>
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
    QString interfaceName; // the tunnel the PBX / STUN routes leave through
    QString kind;          // "tun" | "tap" | "wireguard" | "ppp" | "gre" | "ipip" | client name…
    QStringList routedTargets; // which targets route through it ("pbx", "stun")
};

struct ProxyInfo
{
    QString kind;    // "none" | "manual" | "pac" | "auto" | "" (unknown)
    QString address; // host:port, without credentials
    QString error;   // raw: why it is unknown
};

struct DnsResolverInfo
{
    QString server;
    double answerMs = -1;
    QStringList pbxAddresses; // what this resolver answered for the PBX name
    QString error;            // raw: timeout, SERVFAIL…
};

} // namespace easyuc
