#pragma once

// SIP over a byte stream (TCP, TLS): where one message ends. Shared by the SIP probe and the
// reflector service, which links QtCore only, so this header needs nothing else.

#include <QByteArray>
#include <QList>

namespace easyuc {

// The length of the first complete SIP message in `buffer` (RFC 3261 §18.3: Content-Length
// framing, long or compact "l" form; no Content-Length means no body), 0 when more bytes are
// needed, -1 when it cannot be framed: a malformed or negative length, or a message (head and
// body) larger than `maxBytes`. The announced length is checked against `maxBytes` before any
// arithmetic, so no value a peer sends can overflow.
inline qsizetype sipStreamFrameLength(const QByteArray& buffer, int maxBytes)
{
    const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return buffer.size() > maxBytes ? -1 : 0;
    if (headEnd + 4 > maxBytes)
        return -1;
    qint64 length = 0;
    const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray& line = lines.at(i);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        if (name != "content-length" && name != "l")
            continue;
        bool ok = false;
        length = line.mid(colon + 1).trimmed().toLongLong(&ok);
        if (!ok || length < 0 || length > maxBytes)
            return -1;
        break;
    }
    const qint64 total = headEnd + 4 + length; // both terms are at most maxBytes
    if (total > maxBytes)
        return -1;
    return buffer.size() < total ? 0 : qsizetype(total);
}

} // namespace easyuc
