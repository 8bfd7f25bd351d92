#pragma once

#include "../engine/result.h"
#include "../probes/dnsprobe.h"
#include "../probes/httpprobe.h"
#include "../profile/profile.h"

#include <QString>

namespace easyuc {

// People's words for what the network answered, shared by the checks so that the same
// condition reads the same everywhere.

// "pbx.example.com does not exist in DNS (NXDOMAIN)." and the like.
QString describeDnsFailure(const QString& host, DnsResult::Error error);
// The profile's STUN servers for advice: "global.stun.twilio.com:3478".
QString stunServersText(const Profile& profile);
// The profile's TURN servers for advice: "global.turn.twilio.com (UDP 3478, TCP 3478, TLS 443)".
QString turnServersText(const Profile& profile);
// A duration in seconds with one decimal, in the current language ("1.5" / "1,5").
QString secondsText(qint64 ms);
// One sentence for a failed connection or exchange to `target` ("pbx.example.com:443").
QString describeConnectFailure(const QString& target, const ConnectResult& result);
// One sentence for certificate errors on `target`.
QString describeCertificateProblem(const QString& target, const ConnectResult& result);
// Adds the connection facts as evidence, each key prefixed with `prefix` and a blank when the
// prefix is not empty. The one vocabulary of every check (STYLE habit 16; README "JSON"):
//   address (the endpoint that answered, formatEndpoint), resolved, attempts, silentFamily,
//   dnsMs, connectMs, tlsMs, tls.protocol, tls.cipher, certificate.subject,
//   certificate.issuer, certificate.sha256, certificate.error, and on failure failedStep,
//   error (connectErrorKey) and detail (raw text).
void addConnectionEvidence(RequirementResult& result, const ConnectResult& c, quint16 port,
                           const QString& prefix = {});
// One sentence for advice when a family stayed silent while the other one connected ("IPv6
// to pbx.example.com:443 is silently dropped…"); empty when no family was silent.
QString describeSilentFamily(const QString& target, const ConnectResult& c);
// Appends to a passing summary the short note "IPv6 stayed silent; the connection used IPv4."
// when a family was silent; returns `summary` unchanged otherwise.
QString withSilentFamilyNote(const QString& summary, const ConnectResult& c);
// As above plus the HTTP facts (status line, Server header, first-byte time, excerpt).
void addHttpEvidence(RequirementResult& result, const HttpResult& h, quint16 port,
                     const QString& prefix = {});

} // namespace easyuc
