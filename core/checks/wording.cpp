#include "wording.h"

#include "probes/endpoint.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QLocale>
#include <QSslError>

namespace easyuc {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Wording)
};

QString key(const QString& prefix, const QString& name)
{
    return prefix.isEmpty() ? name : prefix + QLatin1Char(' ') + name;
}
} // namespace

QString stunServersText(const Profile& profile)
{
    QStringList list;
    for (const Endpoint& e : profile.stun)
        list.append(formatEndpoint(e.host, e.port));
    return list.join(QStringLiteral(", "));
}

QString turnServersText(const Profile& profile)
{
    QStringList hosts;
    QHash<QString, QStringList> ways;
    for (const TurnServer& t : profile.turn) {
        if (!hosts.contains(t.host))
            hosts.append(t.host);
        ways[t.host].append(
            QStringLiteral("%1 %2").arg(turnTransportKey(t.transport).toUpper()).arg(t.port));
    }
    QStringList list;
    for (const QString& h : hosts)
        list.append(QStringLiteral("%1 (%2)").arg(h, ways.value(h).join(QStringLiteral(", "))));
    return list.join(QStringLiteral("; "));
}

QString secondsText(qint64 ms)
{
    return QLocale().toString(double(ms) / 1000.0, 'f', 1);
}

QString describeDnsFailure(const QString& host, DnsResult::Error error)
{
    switch (error) {
    case DnsResult::Error::NotFound:
        return Tr::tr("The name %1 does not exist in DNS (no address found).").arg(host);
    case DnsResult::Error::Timeout:
        return Tr::tr("The DNS server did not answer for %1.").arg(host);
    default:
        return Tr::tr("The name %1 could not be resolved.").arg(host);
    }
}

QString describeConnectFailure(const QString& target, const ConnectResult& r)
{
    // "host:port" or "[v6]:port" (formatEndpoint): the host alone for the DNS sentences.
    const QString host = target.startsWith(QLatin1Char('['))
                             ? target.mid(1).section(QLatin1Char(']'), 0, 0)
                             : target.section(QLatin1Char(':'), 0, 0);
    switch (r.error) {
    case ConnectError::None:
        return {};
    case ConnectError::NameNotFound:
        return describeDnsFailure(host, DnsResult::Error::NotFound);
    case ConnectError::DnsTimeout:
        return describeDnsFailure(host, DnsResult::Error::Timeout);
    case ConnectError::DnsFailed:
        return describeDnsFailure(host, DnsResult::Error::Failed);
    case ConnectError::Refused:
        return Tr::tr("The connection to %1 was refused (blocked by a firewall or nothing "
                      "listening).")
            .arg(target);
    case ConnectError::Reset:
        return Tr::tr("The connection to %1 was reset.").arg(target);
    case ConnectError::Unreachable:
        return Tr::tr("%1 is unreachable from this network.").arg(target);
    case ConnectError::NetworkError:
        return Tr::tr("The connection to %1 failed with a network error.").arg(target);
    case ConnectError::Timeout:
        if (r.step == ConnectStep::Connect)
            return Tr::tr("No answer from %1: the connection attempt timed out (probably "
                          "blocked by a firewall).")
                .arg(target);
        if (r.step == ConnectStep::Tls)
            return Tr::tr("%1 accepted the connection but the secure (TLS) handshake never "
                          "completed.")
                .arg(target);
        return Tr::tr("%1 accepted the connection but did not answer in time.").arg(target);
    case ConnectError::TlsFailed:
        return Tr::tr("The secure (TLS) connection to %1 failed.").arg(target);
    case ConnectError::ProtocolError:
        return Tr::tr("%1 answered, but not with the expected protocol.").arg(target);
    case ConnectError::TooLarge:
        return Tr::tr("%1 sent an oversized answer.").arg(target);
    case ConnectError::Closed:
        return Tr::tr("%1 closed the connection without answering.").arg(target);
    }
    return {};
}

QString describeCertificateProblem(const QString& target, const ConnectResult& r)
{
    if (r.sslErrors.isEmpty())
        return {};
    for (const QSslError& e : r.sslErrors) {
        if (e.error() == QSslError::HostNameMismatch)
            return Tr::tr("The certificate of %1 is not valid for that name.").arg(target);
    }
    return Tr::tr("The certificate of %1 is not trusted by this computer.").arg(target);
}

void addConnectionEvidence(RequirementResult& result, const ConnectResult& c, quint16 port,
                           const QString& prefix)
{
    if (!c.address.isNull())
        result.addEvidence(key(prefix, QStringLiteral("address")), c.endpoint(port));
    if (c.resolved.size() > 1) {
        QStringList all;
        for (const QHostAddress& a : c.resolved)
            all.append(a.toString());
        result.addEvidence(key(prefix, QStringLiteral("resolved")), all.join(QStringLiteral(", ")));
    }
    if (c.attempts.size() > 1) {
        // The Happy Eyeballs race (RFC 8305), one entry per address tried.
        QStringList tried;
        for (const ConnectAttempt& a : c.attempts) {
            const QString outcome = a.outcome == ConnectAttempt::Outcome::Failed
                                        ? connectErrorKey(a.error)
                                        : connectAttemptOutcomeKey(a.outcome);
            tried.append(QStringLiteral("%1 %2 after %3 ms (started at %4 ms)")
                             .arg(formatEndpoint(a.address, port), outcome)
                             .arg(qMax<qint64>(0, a.lastedMs))
                             .arg(a.startedMs));
        }
        result.addEvidence(key(prefix, QStringLiteral("attempts")),
                           tried.join(QStringLiteral("; ")));
    }
    if (!c.silentFamily.isEmpty())
        result.addEvidence(key(prefix, QStringLiteral("silentFamily")), c.silentFamily);
    if (c.dnsMs > 0)
        result.addEvidence(key(prefix, QStringLiteral("dnsMs")), QString::number(c.dnsMs));
    if (c.connectMs >= 0)
        result.addEvidence(key(prefix, QStringLiteral("connectMs")), QString::number(c.connectMs));
    if (c.tlsMs >= 0)
        result.addEvidence(key(prefix, QStringLiteral("tlsMs")), QString::number(c.tlsMs));
    if (!c.tlsProtocol.isEmpty())
        result.addEvidence(key(prefix, QStringLiteral("tls.protocol")), c.tlsProtocol);
    if (!c.tlsCipher.isEmpty())
        result.addEvidence(key(prefix, QStringLiteral("tls.cipher")), c.tlsCipher);
    if (!c.peerChain.isEmpty()) {
        const QSslCertificate& leaf = c.peerChain.first();
        result.addEvidence(key(prefix, QStringLiteral("certificate.subject")),
                           leaf.subjectDisplayName());
        result.addEvidence(key(prefix, QStringLiteral("certificate.issuer")),
                           leaf.issuerDisplayName());
        result.addEvidence(key(prefix, QStringLiteral("certificate.sha256")),
                           QString::fromLatin1(leaf.digest(QCryptographicHash::Sha256).toHex()));
    }
    for (const QSslError& e : c.sslErrors)
        result.addEvidence(key(prefix, QStringLiteral("certificate.error")), e.errorString());
    if (!c.ok()) {
        result.addEvidence(key(prefix, QStringLiteral("failedStep")), connectStepKey(c.step));
        result.addEvidence(key(prefix, QStringLiteral("error")), connectErrorKey(c.error));
        if (!c.detail.isEmpty())
            result.addEvidence(key(prefix, QStringLiteral("detail")), c.detail);
    }
}

QString describeSilentFamily(const QString& target, const ConnectResult& c)
{
    if (c.silentFamily.isEmpty() || !c.ok())
        return {};
    const QString family = c.silentFamily;
    const QString other =
        family == QStringLiteral("IPv6") ? QStringLiteral("IPv4") : QStringLiteral("IPv6");
    return Tr::tr("%1 to %2 is silently dropped on this network: the connection only worked over "
                  "%3, after a delay. Ask the network administrator to fix %1 routing or "
                  "filtering (or to turn %1 off on this network) so that the app does not wait "
                  "for it.")
        .arg(family, target, other);
}

QString withSilentFamilyNote(const QString& summary, const ConnectResult& c)
{
    if (c.silentFamily.isEmpty() || !c.ok())
        return summary;
    return Tr::tr("%1 (%2 stayed silent; the connection used %3.)")
        .arg(summary, c.silentFamily, addressFamilyName(c.address));
}

void addHttpEvidence(RequirementResult& result, const HttpResult& h, quint16 port,
                     const QString& prefix)
{
    addConnectionEvidence(result, h.connection, port, prefix);
    if (h.firstByteMs >= 0)
        result.addEvidence(key(prefix, QStringLiteral("firstByteMs")),
                           QString::number(h.firstByteMs));
    if (!h.statusLine.isEmpty())
        result.addEvidence(key(prefix, QStringLiteral("http.status")), h.statusLine);
    if (!h.server.isEmpty())
        result.addEvidence(key(prefix, QStringLiteral("http.server")), h.server);
    if (!h.excerpt.isEmpty())
        result.addEvidence(key(prefix, QStringLiteral("received")), h.excerpt);
}

} // namespace easyuc
