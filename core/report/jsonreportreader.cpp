#include "jsonreportreader.h"

#include "core/engine/report.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace easyuc {

namespace {

QStringList stringList(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& e : v.toArray())
        out.append(e.toString());
    return out;
}

double number(const QJsonObject& o, const char* key, double fallback)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isDouble() ? v.toDouble() : fallback;
}

// The host facts of issue 15, as core/report/hostfactsjson.cpp writes them (absent in older
// reports: then they stay unknown, and the views say "not checked" rather than guess).
void readHostFacts(const QJsonObject& h, HostInfo* host)
{
    const QJsonObject link = h.value(QStringLiteral("link")).toObject();
    host->link.type = link.value(QStringLiteral("type")).toString();
    host->link.interfaceName = link.value(QStringLiteral("interface")).toString();
    host->link.source = link.value(QStringLiteral("source")).toString();
    const QJsonObject wifi = link.value(QStringLiteral("wifi")).toObject();
    host->link.wifiSignalPct = int(number(wifi, "signalPct", -1));
    host->link.wifiSignalDbm = int(number(wifi, "signalDbm", 0));
    host->link.wifiBand = wifi.value(QStringLiteral("band")).toString();
    host->link.linkRateMbps = number(wifi, "rateMbps", 0);
    const QJsonObject vpn = h.value(QStringLiteral("vpn")).toObject();
    const QJsonValue active = vpn.value(QStringLiteral("active"));
    host->vpn.ran = active.isBool();
    host->vpn.active = active.toBool();
    host->vpn.interfaceName = vpn.value(QStringLiteral("interface")).toString();
    host->vpn.kind = vpn.value(QStringLiteral("kind")).toString();
    host->vpn.routedTargets = stringList(vpn.value(QStringLiteral("routedTargets")));
    host->vpn.error = vpn.value(QStringLiteral("error")).toString();
    const QJsonObject proxy = h.value(QStringLiteral("proxy")).toObject();
    host->proxyInfo.kind = proxy.value(QStringLiteral("kind")).toString();
    host->proxyInfo.address = proxy.value(QStringLiteral("address")).toString();
    host->proxyInfo.pacUrl = proxy.value(QStringLiteral("pacUrl")).toString();
    host->proxyInfo.source = proxy.value(QStringLiteral("source")).toString();
    host->proxyInfo.error = proxy.value(QStringLiteral("error")).toString();
    for (const QJsonValue& v : proxy.value(QStringLiteral("tunnels")).toArray()) {
        const QJsonObject t = v.toObject();
        ProxyTunnel tunnel;
        tunnel.target = t.value(QStringLiteral("target")).toString();
        tunnel.purpose = t.value(QStringLiteral("purpose")).toString();
        tunnel.status = int(number(t, "status", 0));
        tunnel.statusLine = t.value(QStringLiteral("statusLine")).toString();
        tunnel.error = t.value(QStringLiteral("error")).toString();
        tunnel.tlsOk = t.value(QStringLiteral("tls")).toBool();
        tunnel.tlsError = t.value(QStringLiteral("tlsError")).toString();
        tunnel.upgradeStatus = int(number(t, "websocketStatus", 0));
        tunnel.elapsedMs = number(t, "ms", -1);
        host->proxyInfo.tunnels.append(tunnel);
    }
    for (const QJsonValue& v : h.value(QStringLiteral("resolvers")).toArray()) {
        const QJsonObject o = v.toObject();
        DnsResolverInfo r;
        r.server = o.value(QStringLiteral("server")).toString();
        r.answerMs = number(o, "answerMs", -1);
        r.pbxAddresses = stringList(o.value(QStringLiteral("addresses")));
        r.error = o.value(QStringLiteral("error")).toString();
        r.agrees = o.value(QStringLiteral("agrees")).toBool(true);
        host->resolvers.append(r);
    }
    const QJsonObject path = h.value(QStringLiteral("path")).toObject();
    if (!path.isEmpty()) {
        host->path.ran = true;
        host->path.target = path.value(QStringLiteral("target")).toString();
        host->path.error = path.value(QStringLiteral("error")).toString();
        host->path.reached = path.value(QStringLiteral("reached")).toBool();
        host->path.lossFromTtl = int(number(path, "lossFromTtl", 0));
        host->path.rounds = int(number(path, "rounds", 0));
        host->path.durationMs = qint64(number(path, "durationMs", 0));
        for (const QJsonValue& v : path.value(QStringLiteral("hops")).toArray()) {
            const QJsonObject o = v.toObject();
            PathHop hop;
            hop.ttl = int(number(o, "ttl", 0));
            hop.address = o.value(QStringLiteral("address")).toString();
            hop.name = o.value(QStringLiteral("name")).toString();
            hop.zone = o.value(QStringLiteral("zone")).toString();
            hop.sent = int(number(o, "sent", 0));
            hop.received = int(number(o, "received", 0));
            hop.rttMs = number(o, "rttMs", -1);
            hop.lossPct = number(o, "lossPct", 0);
            host->path.hops.append(hop);
        }
    }
}

bool readRequirement(const QJsonObject& o, ReportEntry* entry, QString* error)
{
    RequirementResult& r = entry->result;
    r.id = o.value(QStringLiteral("id")).toString();
    if (r.id.isEmpty()) {
        *error = QStringLiteral("a requirement without an id");
        return false;
    }
    if (!statusFromKey(o.value(QStringLiteral("status")).toString(), &r.status)) {
        *error = QStringLiteral("requirement %1: unknown status").arg(r.id);
        return false;
    }
    entry->severity = o.value(QStringLiteral("severity")).toString() == QLatin1String("advisory")
                          ? Severity::Advisory
                          : Severity::Required;
    r.summary = o.value(QStringLiteral("summary")).toString();
    r.remediation = o.value(QStringLiteral("remediation")).toString();
    r.durationMs = qint64(o.value(QStringLiteral("durationMs")).toDouble());
    r.selected = o.value(QStringLiteral("selected")).toBool(true);
    for (const QJsonValue& v : o.value(QStringLiteral("items")).toArray()) {
        const QJsonObject item = v.toObject();
        ResultItem i;
        i.target = item.value(QStringLiteral("target")).toString();
        i.summary = item.value(QStringLiteral("summary")).toString();
        if (!statusFromKey(item.value(QStringLiteral("status")).toString(), &i.status))
            i.status = Status::Skipped;
        r.items.append(i);
    }
    // Repeated keys were written as lists, in the order they were learned.
    const QJsonObject evidence = o.value(QStringLiteral("evidence")).toObject();
    for (auto it = evidence.begin(); it != evidence.end(); ++it) {
        if (it.value().isArray()) {
            for (const QJsonValue& v : it.value().toArray())
                r.addEvidence(it.key(), v.toString());
        } else {
            r.addEvidence(it.key(), it.value().toString());
        }
    }
    return true;
}

HostInfo readHost(const QJsonObject& h)
{
    HostInfo host;
    host.os = h.value(QStringLiteral("os")).toString();
    host.osName = h.value(QStringLiteral("osName")).toString();
    host.osVersion = h.value(QStringLiteral("osVersion")).toString();
    host.kernel = h.value(QStringLiteral("kernel")).toString();
    host.hostName = h.value(QStringLiteral("hostName")).toString();
    for (const QJsonValue& v : h.value(QStringLiteral("interfaces")).toArray()) {
        const QJsonObject i = v.toObject();
        host.interfaces.append({i.value(QStringLiteral("name")).toString(),
                                i.value(QStringLiteral("mtu")).toInt(),
                                stringList(i.value(QStringLiteral("addresses")))});
    }
    host.gateways = stringList(h.value(QStringLiteral("gateways")));
    host.dnsServers = stringList(h.value(QStringLiteral("dnsServers")));
    // Schema 1 has "proxy" as a string; a structured proxy (issue 15) is an object.
    const QJsonValue proxy = h.value(QStringLiteral("proxy"));
    if (proxy.isString())
        host.proxy = proxy.toString();
    else
        host.proxy = h.value(QStringLiteral("proxyAnswer")).toString();
    readHostFacts(h, &host);
    host.proxyError = h.value(QStringLiteral("proxyError")).toString();
    host.publicAddresses = stringList(h.value(QStringLiteral("publicAddresses")));
    return host;
}

// DESIGN §5's callTest block, where the run had one (issue 14).
CallTestResult readCallTest(const QJsonObject& c)
{
    CallTestResult t;
    t.ran = c.value(QStringLiteral("ran")).toBool(true);
    t.error = c.value(QStringLiteral("error")).toString();
    t.durationS = c.value(QStringLiteral("durationS")).toInt();
    t.codec = c.value(QStringLiteral("codec")).toString(t.codec);
    t.target = c.value(QStringLiteral("target")).toString();
    t.packetsSent = c.value(QStringLiteral("packetsSent")).toInt();
    t.packetsReceived = c.value(QStringLiteral("packetsReceived")).toInt();
    t.rttMs = number(c, "rttMs", -1);
    t.jitterMs = number(c, "jitterMs", -1);
    t.lossPct = number(c, "lossPct", 0);
    t.mos = number(c, "mos", 0);
    t.rFactor = number(c, "rFactor", 0);
    // The figures the call test's JSON adds to DESIGN §5 (jsonreport.cpp callTestJson).
    t.targetKind = c.value(QStringLiteral("targetKind")).toString();
    t.packetBytes = c.value(QStringLiteral("packetBytes")).toInt(t.packetBytes);
    t.packetsLost = c.value(QStringLiteral("packetsLost")).toInt();
    t.meanJitterMs = number(c, "meanJitterMs", -1);
    t.worstLoss15sPct = number(c, "worstLoss15sPct", 0);
    t.worstBurstLossPct = number(c, "worstBurstLossPct", 0);
    t.maxBurstLoss = c.value(QStringLiteral("maxBurstLoss")).toInt();
    t.burstRatio = number(c, "burstRatio", 1);
    t.reorderPct = number(c, "reorderPct", 0);
    t.reordered = c.value(QStringLiteral("reordered")).toInt();
    t.duplicates = c.value(QStringLiteral("duplicates")).toInt();
    t.effectiveLatencyMs = number(c, "effectiveLatencyMs", 0);
    for (const QJsonValue& v : c.value(QStringLiteral("series")).toArray()) {
        const QJsonObject s = v.toObject();
        CallTestSecond second;
        second.t = s.value(QStringLiteral("t")).toInt();
        second.rttMs = number(s, "rttMs", -1);
        second.jitterMs = number(s, "jitterMs", -1);
        second.lossPct = number(s, "lossPct", 0);
        second.sent = s.value(QStringLiteral("sent")).toInt();
        second.received = s.value(QStringLiteral("received")).toInt();
        second.burstLoss = s.value(QStringLiteral("burstLoss")).toInt();
        second.reordered = s.value(QStringLiteral("reordered")).toInt();
        second.duplicates = s.value(QStringLiteral("duplicates")).toInt();
        t.series.append(second);
    }
    return t;
}

} // namespace

bool JsonReportReader::read(const QByteArray& json, Report* report, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QStringLiteral("not JSON: %1 at offset %2")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return false;
    }
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("schema")).toInt() != 1 ||
        !root.value(QStringLiteral("requirements")).isArray()) {
        *error = QStringLiteral("not a schema-1 easyuc-diag report");
        return false;
    }
    Report r;
    const QJsonObject tool = root.value(QStringLiteral("tool")).toObject();
    r.toolName = tool.value(QStringLiteral("name")).toString(r.toolName);
    r.toolVersion = tool.value(QStringLiteral("version")).toString();
    r.runId = root.value(QStringLiteral("runId")).toString();
    r.startedAt = QDateTime::fromString(root.value(QStringLiteral("startedAt")).toString(),
                                        Qt::ISODateWithMs);
    r.durationMs = qint64(root.value(QStringLiteral("durationMs")).toDouble());
    const QJsonObject profile = root.value(QStringLiteral("profile")).toObject();
    r.profileName = profile.value(QStringLiteral("name")).toString();
    r.pbx = profile.value(QStringLiteral("pbx")).toString();
    if (!statusFromKey(root.value(QStringLiteral("overall")).toString(), &r.overall)) {
        *error = QStringLiteral("the overall verdict is missing or unknown");
        return false;
    }
    r.host = readHost(root.value(QStringLiteral("host")).toObject());
    for (const QJsonValue& v : root.value(QStringLiteral("requirements")).toArray()) {
        ReportEntry e;
        if (!readRequirement(v.toObject(), &e, error))
            return false;
        r.entries.append(e);
    }
    if (root.value(QStringLiteral("callTest")).isObject())
        r.callTest = readCallTest(root.value(QStringLiteral("callTest")).toObject());
    const QJsonObject appendix = root.value(QStringLiteral("appendix")).toObject();
    if (appendix.value(QStringLiteral("profile")).isObject())
        r.profileJson = QJsonDocument(appendix.value(QStringLiteral("profile")).toObject())
                            .toJson(QJsonDocument::Indented);
    r.logTail = stringList(appendix.value(QStringLiteral("logTail")));
    *report = r;
    return true;
}

} // namespace easyuc
