#include "sipmessage.h"

#include <QRandomGenerator>
#include <algorithm>

namespace easyuc {

namespace {

QString randomToken(int length)
{
    static const char kAlphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    QString out;
    out.reserve(length);
    QRandomGenerator* rng = QRandomGenerator::system();
    for (int i = 0; i < length; ++i)
        out += QLatin1Char(kAlphabet[rng->bounded(int(sizeof(kAlphabet) - 1))]);
    return out;
}

// An IPv6 literal must be bracketed inside a SIP URI or a Via sent-by.
QString uriHost(const QString& host)
{
    if (host.contains(QLatin1Char(':')) && !host.startsWith(QLatin1Char('[')))
        return QStringLiteral("[%1]").arg(host);
    return host;
}

QString hostPort(const QString& host, quint16 port)
{
    return port ? QStringLiteral("%1:%2").arg(uriHost(host)).arg(port) : uriHost(host);
}

// RFC 7118 §5.2 uses "ws" for both WS and WSS in Contact, as browsers' SIP stacks do.
QString contactTransport(SipTransport transport)
{
    switch (transport) {
    case SipTransport::Udp:
        return QStringLiteral("udp");
    case SipTransport::Tcp:
        return QStringLiteral("tcp");
    case SipTransport::Tls:
        return QStringLiteral("tls");
    case SipTransport::Ws:
    case SipTransport::Wss:
        return QStringLiteral("ws");
    }
    return {};
}

// RFC 3261 §7.3.3 compact forms, plus the common extension ones.
QByteArray longHeaderName(const QByteArray& lower)
{
    if (lower.size() != 1)
        return lower;
    switch (lower.at(0)) {
    case 'v':
        return QByteArrayLiteral("via");
    case 'f':
        return QByteArrayLiteral("from");
    case 't':
        return QByteArrayLiteral("to");
    case 'i':
        return QByteArrayLiteral("call-id");
    case 'm':
        return QByteArrayLiteral("contact");
    case 'l':
        return QByteArrayLiteral("content-length");
    case 'c':
        return QByteArrayLiteral("content-type");
    case 'e':
        return QByteArrayLiteral("content-encoding");
    case 'k':
        return QByteArrayLiteral("supported");
    case 's':
        return QByteArrayLiteral("subject");
    case 'o':
        return QByteArrayLiteral("event");
    case 'u':
        return QByteArrayLiteral("allow-events");
    case 'r':
        return QByteArrayLiteral("refer-to");
    case 'b':
        return QByteArrayLiteral("referred-by");
    case 'x':
        return QByteArrayLiteral("session-expires");
    default:
        return lower;
    }
}

bool isTokenChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           QByteArrayView("-.!%*_+`'~").contains(c);
}

// Splits a header value on commas that are not inside quotes or angle brackets.
QStringList splitList(const QString& value)
{
    QStringList parts;
    QString current;
    bool quoted = false;
    int angle = 0;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (quoted && c == QLatin1Char('\\') && i + 1 < value.size()) {
            current += c;
            current += value.at(++i);
            continue;
        }
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && c == QLatin1Char('<'))
            ++angle;
        else if (!quoted && c == QLatin1Char('>') && angle > 0)
            --angle;
        if (c == QLatin1Char(',') && !quoted && angle == 0) {
            parts.append(current.trimmed());
            current.clear();
            continue;
        }
        current += c;
    }
    if (!current.trimmed().isEmpty())
        parts.append(current.trimmed());
    return parts;
}

SipParseResult parseError(SipParseError error, const QString& detail)
{
    SipParseResult r;
    r.error = error;
    r.detail = detail;
    return r;
}

} // namespace

QString sipTransportToken(SipTransport transport)
{
    switch (transport) {
    case SipTransport::Udp:
        return QStringLiteral("UDP");
    case SipTransport::Tcp:
        return QStringLiteral("TCP");
    case SipTransport::Tls:
        return QStringLiteral("TLS");
    case SipTransport::Ws:
        return QStringLiteral("WS");
    case SipTransport::Wss:
        return QStringLiteral("WSS");
    }
    return {};
}

QString sipParseErrorKey(SipParseError error)
{
    switch (error) {
    case SipParseError::None:
        return QStringLiteral("none");
    case SipParseError::NotSip:
        return QStringLiteral("not-sip");
    case SipParseError::BadStatus:
        return QStringLiteral("bad-status");
    case SipParseError::Malformed:
        return QStringLiteral("malformed");
    case SipParseError::Truncated:
        return QStringLiteral("truncated");
    case SipParseError::TooLarge:
        return QStringLiteral("too-large");
    case SipParseError::TooManyHeaders:
        return QStringLiteral("too-many-headers");
    }
    return {};
}

SipRequest buildSipOptions(const SipOptionsParams& params)
{
    SipRequest req;
    req.method = QStringLiteral("OPTIONS");
    req.cseq = 1;
    req.callId = randomToken(24);
    req.branch = QStringLiteral("z9hG4bK") + randomToken(16);
    req.fromTag = randomToken(10);
    req.viaHost = params.localHost.isEmpty() ? QString(randomToken(12) + QStringLiteral(".invalid"))
                                             : params.localHost;
    const QString target = uriHost(params.target);
    const QString requestUri =
        QStringLiteral("sip:%1").arg(hostPort(params.target, params.targetPort));
    const QString local = hostPort(req.viaHost, params.localPort);
    const QString text = QStringLiteral("OPTIONS %1 SIP/2.0\r\n"
                                        "Via: SIP/2.0/%2 %3;branch=%4;rport\r\n"
                                        "Max-Forwards: 70\r\n"
                                        "From: \"easyuc-diag\" <sip:easyuc-diag@%5>;tag=%6\r\n"
                                        "To: <sip:%5>\r\n"
                                        "Call-ID: %7\r\n"
                                        "CSeq: %8 OPTIONS\r\n"
                                        "Contact: <sip:easyuc-diag@%3;transport=%9>\r\n")
                             .arg(requestUri, sipTransportToken(params.transport), local,
                                  req.branch, target, req.fromTag, req.callId,
                                  QString::number(req.cseq), contactTransport(params.transport)) +
                         QStringLiteral("Accept: application/sdp\r\n"
                                        "User-Agent: easyuc-diag/" EASYUC_VERSION "\r\n"
                                        "Content-Length: 0\r\n\r\n");
    req.bytes = text.toUtf8();
    return req;
}

QString SipResponse::header(const QByteArray& name) const
{
    const QByteArray wanted = longHeaderName(name.toLower());
    for (const auto& h : headers) {
        if (h.first == wanted)
            return h.second;
    }
    return {};
}

QStringList SipResponse::headerValues(const QByteArray& name) const
{
    const QByteArray wanted = longHeaderName(name.toLower());
    QStringList values;
    for (const auto& h : headers) {
        if (h.first == wanted)
            values.append(h.second);
    }
    return values;
}

QString sipViaParameter(const QString& via, const QString& name, bool* present)
{
    if (present)
        *present = false;
    const QStringList parts = via.split(QLatin1Char(';'));
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QString p = parts.at(i).trimmed();
        const qsizetype eq = p.indexOf(QLatin1Char('='));
        const QString key = (eq < 0 ? p : p.left(eq)).trimmed();
        if (key.compare(name, Qt::CaseInsensitive) != 0)
            continue;
        if (present)
            *present = true;
        return eq < 0 ? QString() : p.mid(eq + 1).trimmed();
    }
    return {};
}

QList<SipVia> SipResponse::vias() const
{
    QList<SipVia> out;
    for (const QString& value : headerValues("via")) {
        for (const QString& one : splitList(value)) {
            SipVia via;
            via.raw = one;
            const qsizetype semicolon = one.indexOf(QLatin1Char(';'));
            const QString head = (semicolon < 0 ? one : one.left(semicolon)).simplified();
            // "SIP / 2.0 / WSS host" is legal with spaces around the slashes.
            QString protocolPart = head;
            QString sentBy;
            const qsizetype lastSlash = head.lastIndexOf(QLatin1Char('/'));
            const qsizetype space =
                head.indexOf(QLatin1Char(' '), lastSlash < 0 ? 0 : lastSlash + 2);
            if (space > 0) {
                protocolPart = head.left(space);
                sentBy = head.mid(space + 1).trimmed();
            }
            protocolPart.remove(QLatin1Char(' '));
            via.protocol = protocolPart;
            via.sentBy = sentBy;
            via.branch = sipViaParameter(one, QStringLiteral("branch"));
            via.received = sipViaParameter(one, QStringLiteral("received"));
            via.rport = sipViaParameter(one, QStringLiteral("rport"), &via.hasRport);
            out.append(via);
        }
    }
    return out;
}

QString SipResponse::server() const
{
    const QString s = header("server");
    return s.isEmpty() ? header("user-agent") : s;
}

SipParseResult parseSipResponse(const QByteArray& message)
{
    if (message.size() > kSipMaxMessageBytes)
        return parseError(
            SipParseError::TooLarge,
            QStringLiteral("%1 bytes, more than %2").arg(message.size()).arg(kSipMaxMessageBytes));
    if (!message.startsWith("SIP/2.0 "))
        return parseError(SipParseError::NotSip,
                          QStringLiteral("does not start with \"SIP/2.0 \""));
    qsizetype headEnd = message.indexOf("\r\n\r\n");
    qsizetype sepLen = 4;
    if (headEnd < 0) {
        headEnd = message.indexOf("\n\n");
        sepLen = 2;
    }
    if (headEnd < 0)
        return parseError(SipParseError::Truncated,
                          QStringLiteral("no blank line after the headers"));
    QList<QByteArray> lines = message.left(headEnd).split('\n');
    for (QByteArray& l : lines) {
        if (l.endsWith('\r'))
            l.chop(1);
    }

    SipParseResult r;
    SipResponse& resp = r.response;
    const QByteArray status = lines.takeFirst();
    // "SIP/2.0 200 OK": exactly three digits, then a space or the end of the line.
    const QByteArray code = status.mid(8, 3);
    const bool digits = code.size() == 3 && std::all_of(code.begin(), code.end(), [](char c) {
                            return c >= '0' && c <= '9';
                        });
    if (!digits || (status.size() > 11 && status.at(11) != ' '))
        return parseError(SipParseError::BadStatus, QStringLiteral("no three-digit status code"));
    resp.statusCode = code.toInt();
    if (resp.statusCode < 100 || resp.statusCode > 699)
        return parseError(SipParseError::BadStatus,
                          QStringLiteral("status code %1 out of range").arg(resp.statusCode));
    resp.statusLine = QString::fromUtf8(status).trimmed();
    resp.reason = QString::fromUtf8(status.mid(12)).trimmed();

    for (const QByteArray& line : lines) {
        if (line.startsWith(' ') || line.startsWith('\t')) {
            // RFC 3261 §7.3.1 folding: the line continues the previous header value.
            if (resp.headers.isEmpty())
                return parseError(SipParseError::Malformed,
                                  QStringLiteral("continuation line before any header"));
            resp.headers.last().second += QLatin1Char(' ') + QString::fromUtf8(line.trimmed());
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        const QByteArray name = colon > 0 ? line.left(colon).trimmed() : QByteArray();
        if (name.isEmpty() || !std::all_of(name.begin(), name.end(), isTokenChar))
            return parseError(SipParseError::Malformed,
                              QStringLiteral("header line without a name: \"%1\"")
                                  .arg(QString::fromUtf8(line.left(60))));
        if (resp.headers.size() >= kSipMaxHeaders)
            return parseError(SipParseError::TooManyHeaders,
                              QStringLiteral("more than %1 headers").arg(kSipMaxHeaders));
        resp.headers.append(
            {longHeaderName(name.toLower()), QString::fromUtf8(line.mid(colon + 1).trimmed())});
    }

    resp.body = message.mid(headEnd + sepLen);
    const QString length = resp.header("content-length");
    if (!length.isEmpty()) {
        bool ok = false;
        const int n = length.toInt(&ok);
        if (!ok || n < 0)
            return parseError(SipParseError::Malformed,
                              QStringLiteral("bad Content-Length \"%1\"").arg(length.left(20)));
        if (resp.body.size() < n)
            return parseError(
                SipParseError::Truncated,
                QStringLiteral("body of %1 bytes, Content-Length %2").arg(resp.body.size()).arg(n));
        resp.body.truncate(n);
    }
    return r;
}

bool looksLikeSipRequest(const QByteArray& message)
{
    const qsizetype eol = message.indexOf('\n');
    QByteArray first = message.left(eol < 0 ? qMin<qsizetype>(message.size(), 1024) : eol);
    if (first.endsWith('\r'))
        first.chop(1);
    const QList<QByteArray> parts = first.split(' ');
    return parts.size() == 3 && parts.at(2) == "SIP/2.0" && !parts.at(0).isEmpty() &&
           std::all_of(parts.at(0).begin(), parts.at(0).end(), isTokenChar) &&
           parts.at(1).contains(':');
}

bool sipResponseMatches(const SipResponse& response, const SipRequest& request, QString* why)
{
    const auto mismatch = [why](const QString& text) {
        if (why)
            *why = text;
        return false;
    };
    const QString callId = response.header("call-id");
    if (callId != request.callId)
        return mismatch(QStringLiteral("Call-ID \"%1\" is not ours").arg(callId.left(80)));
    const QStringList cseq = response.header("cseq").simplified().split(QLatin1Char(' '));
    if (cseq.size() != 2 || cseq.at(0) != QString::number(request.cseq) ||
        cseq.at(1) != request.method)
        return mismatch(
            QStringLiteral("CSeq \"%1\" is not ours").arg(response.header("cseq").left(80)));
    const QList<SipVia> vias = response.vias();
    if (vias.isEmpty())
        return mismatch(QStringLiteral("no Via header"));
    if (vias.first().branch != request.branch)
        return mismatch(
            QStringLiteral("top Via branch \"%1\" is not ours").arg(vias.first().branch.left(80)));
    return true;
}

} // namespace easyuc
