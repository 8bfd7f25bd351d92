#include "evidencelabels.h"

#include "reportmodel.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>

namespace easyuc {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Evidence)
};

// One entry per key of the vocabulary. QT_TRANSLATE_NOOP keeps the English in the catalogue;
// the lookup translates at call time, so a language switch takes effect at once.
struct KeyLabel
{
    const char* key;
    const char* label;
};

constexpr KeyLabel kLabels[] = {
    // connections (every check that connects: wording.cpp addConnectionEvidence)
    {"address", QT_TRANSLATE_NOOP("Evidence", "Address contacted")},
    {"resolved", QT_TRANSLATE_NOOP("Evidence", "Addresses of the name")},
    {"attempts", QT_TRANSLATE_NOOP("Evidence", "Attempts")},
    {"silentFamily", QT_TRANSLATE_NOOP("Evidence", "Silent address family")},
    {"path.lossFrom", QT_TRANSLATE_NOOP("Evidence", "Loss on the path to the PBX from hop")},
    {"dnsMs", QT_TRANSLATE_NOOP("Evidence", "Name lookup (ms)")},
    {"connectMs", QT_TRANSLATE_NOOP("Evidence", "TCP connection (ms)")},
    {"tlsMs", QT_TRANSLATE_NOOP("Evidence", "TLS handshake (ms)")},
    {"firstByteMs", QT_TRANSLATE_NOOP("Evidence", "First byte of the answer (ms)")},
    {"tls.protocol", QT_TRANSLATE_NOOP("Evidence", "TLS version")},
    {"tls.cipher", QT_TRANSLATE_NOOP("Evidence", "TLS cipher")},
    {"certificate.subject", QT_TRANSLATE_NOOP("Evidence", "Certificate issued to")},
    {"certificate.issuer", QT_TRANSLATE_NOOP("Evidence", "Certificate issued by")},
    {"certificate.sha256", QT_TRANSLATE_NOOP("Evidence", "Certificate fingerprint (SHA-256)")},
    {"certificate.error", QT_TRANSLATE_NOOP("Evidence", "Certificate problem")},
    {"subject", QT_TRANSLATE_NOOP("Evidence", "Issued to")},
    {"issuer", QT_TRANSLATE_NOOP("Evidence", "Issued by")},
    {"sha256", QT_TRANSLATE_NOOP("Evidence", "Fingerprint (SHA-256)")},
    {"failedStep", QT_TRANSLATE_NOOP("Evidence", "Stopped at")},
    {"error", QT_TRANSLATE_NOOP("Evidence", "Error")},
    {"errorCode", QT_TRANSLATE_NOOP("Evidence", "Error code")},
    {"detail", QT_TRANSLATE_NOOP("Evidence", "Error detail")},
    {"received", QT_TRANSLATE_NOOP("Evidence", "Received")},
    {"excerpt", QT_TRANSLATE_NOOP("Evidence", "Start of the answer")},
    {"http.status", QT_TRANSLATE_NOOP("Evidence", "HTTP status")},
    {"http.server", QT_TRANSLATE_NOOP("Evidence", "Web server")},
    // WebSocket and SIP (R4, R10)
    {"websocket.status", QT_TRANSLATE_NOOP("Evidence", "WebSocket status")},
    {"websocket.server", QT_TRANSLATE_NOOP("Evidence", "WebSocket server")},
    {"websocket.subprotocol", QT_TRANSLATE_NOOP("Evidence", "WebSocket subprotocol")},
    {"websocket.upgradeMs", QT_TRANSLATE_NOOP("Evidence", "WebSocket opening (ms)")},
    {"websocket.closeCode", QT_TRANSLATE_NOOP("Evidence", "WebSocket close code")},
    {"sip.request", QT_TRANSLATE_NOOP("Evidence", "SIP request")},
    {"sip.status", QT_TRANSLATE_NOOP("Evidence", "SIP answer")},
    {"sip.server", QT_TRANSLATE_NOOP("Evidence", "SIP server")},
    {"sip.rttMs", QT_TRANSLATE_NOOP("Evidence", "SIP round trip (ms)")},
    {"server", QT_TRANSLATE_NOOP("Evidence", "Server")},
    {"server.software", QT_TRANSLATE_NOOP("Evidence", "Server software")},
    {"software", QT_TRANSLATE_NOOP("Evidence", "Server software")},
    {"local", QT_TRANSLATE_NOOP("Evidence", "Local address")},
    {"status", QT_TRANSLATE_NOOP("Evidence", "Answer")},
    {"sent.via", QT_TRANSLATE_NOOP("Evidence", "Via sent")},
    {"sent.contact", QT_TRANSLATE_NOOP("Evidence", "Contact sent")},
    {"echoed.via", QT_TRANSLATE_NOOP("Evidence", "Via answered")},
    {"via.matches", QT_TRANSLATE_NOOP("Evidence", "Via unchanged")},
    {"rport", QT_TRANSLATE_NOOP("Evidence", "Port seen by the server (rport)")},
    {"echo.rewritten", QT_TRANSLATE_NOOP("Evidence", "Headers rewritten on the way")},
    {"echo.contact", QT_TRANSLATE_NOOP("Evidence", "Contact as the reflector saw it")},
    {"echo.via", QT_TRANSLATE_NOOP("Evidence", "Via as the reflector saw it")},
    {"reflector", QT_TRANSLATE_NOOP("Evidence", "Reflector")},
    {"reflector.problem", QT_TRANSLATE_NOOP("Evidence", "Reflector problem")},
    // measurements (R5, R8, R9, R11-R13, R15)
    {"rttMs", QT_TRANSLATE_NOOP("Evidence", "Round trip (ms)")},
    {"rttMaxMs", QT_TRANSLATE_NOOP("Evidence", "Longest round trip (ms)")},
    {"jitterMs", QT_TRANSLATE_NOOP("Evidence", "Jitter (ms)")},
    {"lossPercent", QT_TRANSLATE_NOOP("Evidence", "Packet loss (%)")},
    // R15's call test (issue 14)
    {"source", QT_TRANSLATE_NOOP("Evidence", "Measured by")},
    {"mos", QT_TRANSLATE_NOOP("Evidence", "MOS (1-4.5)")},
    {"rFactor", QT_TRANSLATE_NOOP("Evidence", "R-factor (E-model)")},
    {"jitterMeanMs", QT_TRANSLATE_NOOP("Evidence", "Mean jitter (ms)")},
    {"loss15sPercent", QT_TRANSLATE_NOOP("Evidence", "Worst loss in 15 s (%)")},
    {"burstLoss200msPercent", QT_TRANSLATE_NOOP("Evidence", "Worst loss in 200 ms (%)")},
    {"burstLossMax", QT_TRANSLATE_NOOP("Evidence", "Longest run of lost packets")},
    {"reorderPercent", QT_TRANSLATE_NOOP("Evidence", "Packets out of order (%)")},
    {"effectiveLatencyMs", QT_TRANSLATE_NOOP("Evidence", "Effective latency (ms)")},
    {"ignoredDatagrams", QT_TRANSLATE_NOOP("Evidence", "Datagrams ignored")},
    {"packets", QT_TRANSLATE_NOOP("Evidence", "Packets")},
    {"probes", QT_TRANSLATE_NOOP("Evidence", "Test packets")},
    {"requests", QT_TRANSLATE_NOOP("Evidence", "Requests sent")},
    {"range", QT_TRANSLATE_NOOP("Evidence", "Port range")},
    {"samples", QT_TRANSLATE_NOOP("Evidence", "Ports sampled")},
    {"sizes", QT_TRANSLATE_NOOP("Evidence", "Packet sizes tried")},
    {"namesResolved", QT_TRANSLATE_NOOP("Evidence", "Names resolved")},
    {"name", QT_TRANSLATE_NOOP("Evidence", "Name")},
    {"expected", QT_TRANSLATE_NOOP("Evidence", "Expected")},
    {"flows", QT_TRANSLATE_NOOP("Evidence", "STUN exchanges answered")},
    {"mapped", QT_TRANSLATE_NOOP("Evidence", "Public address seen")},
    {"relayed", QT_TRANSLATE_NOOP("Evidence", "Relay address")},
    {"realm", QT_TRANSLATE_NOOP("Evidence", "Realm")},
    {"nonce", QT_TRANSLATE_NOOP("Evidence", "Nonce")},
    {"lifetime", QT_TRANSLATE_NOOP("Evidence", "Allocation lifetime (s)")},
    {"released", QT_TRANSLATE_NOOP("Evidence", "Relay released")},
    {"credentials", QT_TRANSLATE_NOOP("Evidence", "TURN credentials")},
    {"ignoredMessages", QT_TRANSLATE_NOOP("Evidence", "Messages ignored")},
    {"ignoredDatagrams", QT_TRANSLATE_NOOP("Evidence", "Packets ignored")},
    {"otherAddress", QT_TRANSLATE_NOOP("Evidence", "Alternate server address")},
    {"payloadRewritten", QT_TRANSLATE_NOOP("Evidence", "Contents rewritten")},
    {"mapping", QT_TRANSLATE_NOOP("Evidence", "NAT mapping")},
    {"filtering", QT_TRANSLATE_NOOP("Evidence", "NAT filtering")},
    {"filtering.server", QT_TRANSLATE_NOOP("Evidence", "NAT filtering tested against")},
    {"public.address", QT_TRANSLATE_NOOP("Evidence", "Public address")},
    {"local.address", QT_TRANSLATE_NOOP("Evidence", "Local address")},
    {"local.port", QT_TRANSLATE_NOOP("Evidence", "Local port")},
    {"pbx.address", QT_TRANSLATE_NOOP("Evidence", "PBX address")},
    {"stun.server", QT_TRANSLATE_NOOP("Evidence", "STUN server")},
    {"stun.mapped", QT_TRANSLATE_NOOP("Evidence", "Public address (XOR-MAPPED-ADDRESS)")},
    {"stun.mapped.plain", QT_TRANSLATE_NOOP("Evidence", "Public address (MAPPED-ADDRESS)")},
    {"stun.payloadRewritten", QT_TRANSLATE_NOOP("Evidence", "STUN contents rewritten")},
    {"stun.error", QT_TRANSLATE_NOOP("Evidence", "STUN error")},
    {"interface", QT_TRANSLATE_NOOP("Evidence", "Network interface")},
    {"interface.mtu", QT_TRANSLATE_NOOP("Evidence", "Interface MTU (bytes)")},
    {"route.mtu", QT_TRANSLATE_NOOP("Evidence", "Route MTU (bytes)")},
    {"path", QT_TRANSLATE_NOOP("Evidence", "Path")},
    {"path.largestAnswered", QT_TRANSLATE_NOOP("Evidence", "Largest packet answered (bytes)")},
    {"path.smallestLost", QT_TRANSLATE_NOOP("Evidence", "Smallest packet lost (bytes)")},
    {"path.kernelMtu", QT_TRANSLATE_NOOP("Evidence", "Path MTU known to the system (bytes)")},
    {"icmp.fragmentationNeeded", QT_TRANSLATE_NOOP("Evidence", "ICMP “fragmentation needed”")},
    {"trust.system", QT_TRANSLATE_NOOP("Evidence", "Authorities trusted by this computer")},
    {"trust.system.error", QT_TRANSLATE_NOOP("Evidence", "Trusted authorities: error")},
    {"trust.reference.error", QT_TRANSLATE_NOOP("Evidence", "Reference authorities: error")},
    {"trust.requireSct", QT_TRANSLATE_NOOP("Evidence", "Certificate Transparency required")},
    {"target", QT_TRANSLATE_NOOP("Evidence", "Address tested")},
    {"finding", QT_TRANSLATE_NOOP("Evidence", "Finding")},
    {"ignored", QT_TRANSLATE_NOOP("Evidence", "Messages ignored")},
    {"top.issuer", QT_TRANSLATE_NOOP("Evidence", "Top of the chain issued by")},
    {"validated.reference", QT_TRANSLATE_NOOP("Evidence", "Trusted by the public roots")},
    {"reference.anchor", QT_TRANSLATE_NOOP("Evidence", "Public root")},
    {"reference.error", QT_TRANSLATE_NOOP("Evidence", "Public roots: error")},
    {"validated.system", QT_TRANSLATE_NOOP("Evidence", "Trusted by this computer")},
    {"system.anchor", QT_TRANSLATE_NOOP("Evidence", "Root of this computer")},
    {"system.error", QT_TRANSLATE_NOOP("Evidence", "This computer's roots: error")},
    {"trust.reference", QT_TRANSLATE_NOOP("Evidence", "Public roots used")},
    {"scts", QT_TRANSLATE_NOOP("Evidence", "Certificate Transparency proofs (SCT)")},
    {"scts.malformed", QT_TRANSLATE_NOOP("Evidence", "Malformed SCT list")},
    {"ice.host", QT_TRANSLATE_NOOP("Evidence", "ICE local candidates")},
    {"ice.srflx", QT_TRANSLATE_NOOP("Evidence", "ICE public-address candidates")},
    {"ice.relay", QT_TRANSLATE_NOOP("Evidence", "ICE relay candidates")},
    {"ice.candidates", QT_TRANSLATE_NOOP("Evidence", "ICE candidates")},
    {"ice.complete", QT_TRANSLATE_NOOP("Evidence", "ICE gathering complete")},
    {"ice.error", QT_TRANSLATE_NOOP("Evidence", "ICE error")},
};

const QHash<QString, const char*>& labels()
{
    static const QHash<QString, const char*> table = [] {
        QHash<QString, const char*> t;
        for (const KeyLabel& l : kLabels)
            t.insert(QString::fromLatin1(l.key), l.label);
        return t;
    }();
    return table;
}

QString known(const QString& key)
{
    const auto it = labels().constFind(key);
    return it == labels().cend() ? QString() : Tr::tr(it.value());
}

// Words that are ours (the stable codes of README "JSON" and a few yes/no values).
QString ourWord(const QString& value)
{
    static const QHash<QString, const char*> words = {
        {QStringLiteral("timeout"), QT_TRANSLATE_NOOP("Evidence", "no answer in time")},
        {QStringLiteral("refused"), QT_TRANSLATE_NOOP("Evidence", "connection refused")},
        {QStringLiteral("reset"), QT_TRANSLATE_NOOP("Evidence", "connection reset")},
        {QStringLiteral("unreachable"), QT_TRANSLATE_NOOP("Evidence", "unreachable")},
        {QStringLiteral("network-error"), QT_TRANSLATE_NOOP("Evidence", "network error")},
        {QStringLiteral("dns-not-found"), QT_TRANSLATE_NOOP("Evidence", "name not found")},
        {QStringLiteral("dns-timeout"), QT_TRANSLATE_NOOP("Evidence", "DNS did not answer")},
        {QStringLiteral("dns-failed"), QT_TRANSLATE_NOOP("Evidence", "name lookup failed")},
        {QStringLiteral("tls-failed"), QT_TRANSLATE_NOOP("Evidence", "TLS handshake failed")},
        {QStringLiteral("protocol-error"), QT_TRANSLATE_NOOP("Evidence", "unexpected protocol")},
        {QStringLiteral("too-large"), QT_TRANSLATE_NOOP("Evidence", "answer too large")},
        {QStringLiteral("closed"), QT_TRANSLATE_NOOP("Evidence", "closed without an answer")},
        {QStringLiteral("connected"), QT_TRANSLATE_NOOP("Evidence", "connected")},
        {QStringLiteral("silent"), QT_TRANSLATE_NOOP("Evidence", "no answer")},
        {QStringLiteral("dns"), QT_TRANSLATE_NOOP("Evidence", "name lookup")},
        {QStringLiteral("connect"), QT_TRANSLATE_NOOP("Evidence", "TCP connection")},
        {QStringLiteral("tls"), QT_TRANSLATE_NOOP("Evidence", "TLS handshake")},
        {QStringLiteral("exchange"), QT_TRANSLATE_NOOP("Evidence", "exchange of messages")},
        // R14's findings (trustverdict.cpp trustFindingKey)
        {QStringLiteral("trusted"), QT_TRANSLATE_NOOP("Evidence", "trusted")},
        {QStringLiteral("untrusted"), QT_TRANSLATE_NOOP("Evidence", "not trusted")},
        {QStringLiteral("missing-sct"),
         QT_TRANSLATE_NOOP("Evidence", "no Certificate Transparency proof")},
        {QStringLiteral("no-certificate"), QT_TRANSLATE_NOOP("Evidence", "no certificate")},
        {QStringLiteral("local-authority"),
         QT_TRANSLATE_NOOP("Evidence", "authority trusted only by this computer")},
        {QStringLiteral("interception-product"),
         QT_TRANSLATE_NOOP("Evidence", "known interception product")},
        {QStringLiteral("yes"), QT_TRANSLATE_NOOP("Evidence", "yes")},
        {QStringLiteral("no"), QT_TRANSLATE_NOOP("Evidence", "no")},
        {QStringLiteral("none"), QT_TRANSLATE_NOOP("Evidence", "none")},
        {QStringLiteral("true"), QT_TRANSLATE_NOOP("Evidence", "yes")},
        {QStringLiteral("false"), QT_TRANSLATE_NOOP("Evidence", "no")},
        {QStringLiteral("(absent)"), QT_TRANSLATE_NOOP("Evidence", "(absent)")},
    };
    const auto it = words.constFind(value);
    return it == words.cend() ? QString() : Tr::tr(it.value());
}

QString seconds(const QString& ms)
{
    return QLocale().toString(ms.toLongLong() / 1000.0, 'f', 1);
}

} // namespace

QString evidenceLabel(const QString& key)
{
    if (const QString l = known(key); !l.isEmpty())
        return l;
    // R14's chain: cert[N].subject …
    static const QRegularExpression chain(QStringLiteral("^cert\\[(\\d+)\\]\\.(.+)$"));
    if (const auto m = chain.match(key); m.hasMatch())
        return Tr::tr("Chain certificate %1: %2").arg(m.captured(1), evidenceLabel(m.captured(2)));
    // A lone "<target> <key>" that groupEvidence() left whole.
    if (const qsizetype blank = key.lastIndexOf(QLatin1Char(' ')); blank > 0) {
        if (const QString l = evidenceLabel(key.mid(blank + 1)); l != key.mid(blank + 1))
            return Tr::tr("%1 · %2").arg(key.left(blank), l);
    }
    // R10 and R9 prefix a transport: udp.status, tcp.sent.via, tls.rttMs …
    static const QRegularExpression transport(QStringLiteral("^(udp|tcp|tls)\\.(.+)$"));
    if (const auto m = transport.match(key); m.hasMatch()) {
        if (const QString l = known(m.captured(2)); !l.isEmpty())
            // "UDP · Round trip (ms)": the transport leads, as a target does, and a label that
            // ends in a unit keeps its one pair of parentheses.
            return Tr::tr("%1 · %2").arg(m.captured(1).toUpper(), l);
    }
    return key;
}

QString evidenceValue(const QString& key, const QString& value)
{
    Q_UNUSED(key)
    if (const QString w = ourWord(value); !w.isEmpty())
        return w;
    // The probes' own sentences (connectionprobe, websocketprobe, turnprobe, httpprobe).
    static const QRegularExpression within(
        QStringLiteral("^no (SIP |TURN |complete HTTP )?answer within (\\d+) ms(?: \\((\\d+) "
                       "bytes received\\))?$"));
    if (const auto m = within.match(value); m.hasMatch()) {
        const QString s = seconds(m.captured(2));
        const QString what = m.captured(1).trimmed();
        QString text = what == QStringLiteral("SIP") ? Tr::tr("no SIP answer within %1 s").arg(s)
                       : what == QStringLiteral("TURN")
                           ? Tr::tr("no TURN answer within %1 s").arg(s)
                       : what.isEmpty() ? Tr::tr("no answer within %1 s").arg(s)
                                        : Tr::tr("no complete HTTP answer within %1 s").arg(s);
        if (!m.captured(3).isEmpty())
            text = Tr::tr("%1 (%n byte(s) received)", "", m.captured(3).toInt()).arg(text);
        return text;
    }
    static const QRegularExpression waiting(QStringLiteral("^still waiting after (\\d+) ms$"));
    if (const auto m = waiting.match(value); m.hasMatch())
        return Tr::tr("still waiting after %1 s").arg(seconds(m.captured(1)));
    return value;
}

QList<EvidenceGroup> readableEvidence(const QList<Evidence>& evidence)
{
    QList<EvidenceGroup> groups = groupEvidence(evidence);
    for (EvidenceGroup& g : groups)
        for (Evidence& e : g.rows) {
            e.value = evidenceValue(e.key, e.value);
            e.key = evidenceLabel(e.key);
        }
    return groups;
}

} // namespace easyuc
