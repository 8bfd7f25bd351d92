#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace easyuc {

// The transport a SIP request travels on; it names the Via protocol and the Contact parameter.
enum class SipTransport
{
    Udp,
    Tcp,
    Tls,
    Ws,
    Wss
};

// "UDP", "TCP", "TLS", "WS", "WSS" as written in a Via header.
QString sipTransportToken(SipTransport transport);

// How to build an OPTIONS request: whom to ask, over what, and what to claim as our address.
struct SipOptionsParams
{
    QString target;         // the PBX host in the Request-URI, From and To
    quint16 targetPort = 0; // 0: no port in the Request-URI
    SipTransport transport = SipTransport::Wss;
    QString localHost;     // Via sent-by and Contact host; empty: "<random>.invalid"
    quint16 localPort = 0; // 0: no port in Via and Contact
};

// A request ready to send, with the identifiers its answer must echo.
struct SipRequest
{
    QByteArray bytes;
    QString method;
    QString callId;
    QString branch; // "z9hG4bK…"
    QString fromTag;
    int cseq = 1;
    QString viaHost; // sent-by host as written in Via and Contact
};

// A fresh OPTIONS request (RFC 3261 §11, RFC 7118 for WebSocket transports).
SipRequest buildSipOptions(const SipOptionsParams& params);

// One Via header value, split into the parts a diagnosis looks at.
struct SipVia
{
    QString protocol; // "SIP/2.0/WSS"
    QString sentBy;   // "abc.invalid" or "192.168.1.2:5060"
    QString branch;
    QString received; // received= parameter, empty when absent
    QString rport;    // rport= value, empty when absent or valueless
    bool hasRport = false;
    QString raw;
};

// A parsed SIP response. Header names are stored lower-case in their long form.
struct SipResponse
{
    int statusCode = 0;
    QString reason;
    QString statusLine;
    QList<QPair<QByteArray, QString>> headers;
    QByteArray body;

    // The first header with this (long or compact) name, or an empty string.
    QString header(const QByteArray& name) const;
    // Every value of a header, in order; comma-separated values stay whole.
    QStringList headerValues(const QByteArray& name) const;
    // Every Via entry, top first (several headers and comma-separated lists both count).
    QList<SipVia> vias() const;
    // The Server header, else User-Agent: who answered.
    QString server() const;
};

// Why a message could not be read as a SIP response.
enum class SipParseError
{
    None,
    NotSip,
    BadStatus,
    Malformed,
    Truncated,
    TooLarge,
    TooManyHeaders
};

QString sipParseErrorKey(SipParseError error);

struct SipParseResult
{
    SipParseError error = SipParseError::None;
    QString detail; // raw: what was wrong
    SipResponse response;
    bool ok() const { return error == SipParseError::None; }
};

inline constexpr int kSipMaxMessageBytes = 64 * 1024;
inline constexpr int kSipMaxHeaders = 200;

// Parses one complete SIP response (a WebSocket message or a datagram). Bounded: larger than
// kSipMaxMessageBytes or with more than kSipMaxHeaders headers is refused.
SipParseResult parseSipResponse(const QByteArray& message);

// True when the message starts like a SIP request ("OPTIONS sip:… SIP/2.0").
bool looksLikeSipRequest(const QByteArray& message);

// Whether a response answers this request (Call-ID, CSeq number and method, top Via branch).
// Returns false and sets *why (raw, English) when it does not.
bool sipResponseMatches(const SipResponse& response, const SipRequest& request,
                        QString* why = nullptr);

// A Via parameter value ("branch", "received", "rport") from one raw Via value.
QString sipViaParameter(const QString& via, const QString& name, bool* present = nullptr);

} // namespace easyuc
