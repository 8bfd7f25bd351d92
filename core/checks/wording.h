#pragma once

#include "../engine/result.h"
#include "../probes/dnsprobe.h"
#include "../probes/httpprobe.h"

#include <QString>

namespace easyuc {

// People's words for what the network answered, shared by the checks so that the same
// condition reads the same everywhere.

// "pbx.example.com does not exist in DNS (NXDOMAIN)." and the like.
QString describeDnsFailure(const QString& host, DnsResult::Error error);
// One sentence for a failed connection or exchange to `target` ("pbx.example.com:443").
QString describeConnectFailure(const QString& target, const ConnectResult& result);
// One sentence for certificate errors on `target`.
QString describeCertificateProblem(const QString& target, const ConnectResult& result);
// Adds the connection facts (address, timings, TLS parameters, certificate errors) as evidence,
// each key prefixed with `prefix` when it is not empty.
void addConnectionEvidence(RequirementResult& result, const ConnectResult& c, quint16 port,
                           const QString& prefix = {});
// As above plus the HTTP facts (status line, Server header, first-byte time, excerpt).
void addHttpEvidence(RequirementResult& result, const HttpResult& h, quint16 port,
                     const QString& prefix = {});

} // namespace easyuc
