#pragma once

#include <QHostAddress>
#include <QString>

namespace easyuc {

// How an address and port are written everywhere (evidence, items, summaries, reports):
// "203.0.113.10:443", "[2001:db8::10]:443" (RFC 3986 §3.2.2 brackets an IPv6 literal so its
// colons do not read as the port's). An IPv4-mapped IPv6 address is shown as IPv4.
QString formatEndpoint(const QHostAddress& address, quint16 port);
// The same for a host given as text: a name or an IPv4 literal as is, an IPv6 literal
// bracketed ("pbx.example.com:5060", "[2001:db8::10]:5060").
QString formatEndpoint(const QString& host, quint16 port);
// "IPv4" / "IPv6" for an address's family (evidence words, not translated).
QString addressFamilyName(const QHostAddress& address);

} // namespace easyuc
