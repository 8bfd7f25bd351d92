#include "httpparser.h"

namespace easyuc {

QString printableExcerpt(const QByteArray& bytes, int maxChars)
{
    QString out;
    for (char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        if (u >= 0x20 && u < 0x7f)
            out += QLatin1Char(c);
        else if (c == '\r')
            out += QStringLiteral("\\r");
        else if (c == '\n')
            out += QStringLiteral("\\n");
        else
            out += QStringLiteral("\\x%1").arg(u, 2, 16, QLatin1Char('0'));
        if (out.size() >= maxChars) {
            out += QStringLiteral("…");
            break;
        }
    }
    return out;
}

HttpResponseHead::State HttpResponseHead::feed(const QByteArray& bytes)
{
    if (m_state != State::NeedMore) {
        if (m_state == State::Complete)
            m_rest += bytes;
        return m_state;
    }
    m_bytesSeen += int(bytes.size());
    m_buffer += bytes;
    m_state = parse();
    return m_state;
}

HttpResponseHead::State HttpResponseHead::parse()
{
    // Decide "not HTTP" as soon as the first bytes disagree, without waiting for more.
    static const QByteArray kPrefix("HTTP/1.");
    const qsizetype n = qMin(m_buffer.size(), kPrefix.size());
    if (m_buffer.left(n) != kPrefix.left(n))
        return State::NotHttp;
    qsizetype end = m_buffer.indexOf("\r\n\r\n");
    qsizetype sepLen = 4;
    if (end < 0) {
        end = m_buffer.indexOf("\n\n");
        sepLen = 2;
    }
    if (end < 0)
        return m_buffer.size() > kMaxHeadBytes ? State::TooLarge : State::NeedMore;
    if (end > kMaxHeadBytes)
        return State::TooLarge;
    const QByteArray head = m_buffer.left(end);
    m_rest = m_buffer.mid(end + sepLen);
    m_buffer.clear();
    QList<QByteArray> lines = head.split('\n');
    for (QByteArray& l : lines) {
        if (l.endsWith('\r'))
            l.chop(1);
    }
    const QByteArray status = lines.takeFirst();
    // "HTTP/1.1 200 OK"; the reason phrase may be empty.
    const QList<QByteArray> parts = status.split(' ');
    if (parts.size() < 2 || parts.at(1).size() != 3)
        return State::NotHttp;
    bool ok = false;
    m_statusCode = parts.at(1).toInt(&ok);
    if (!ok || m_statusCode < 100 || m_statusCode > 599)
        return State::NotHttp;
    m_statusLine = QString::fromLatin1(status);
    m_reason = QString::fromLatin1(status.mid(parts.at(0).size() + 5)).trimmed();
    for (const QByteArray& line : lines) {
        if (m_headers.size() >= kMaxHeaders)
            return State::TooLarge;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue; // tolerate junk lines rather than reject a real server's quirk
        m_headers.append({line.left(colon).trimmed().toLower(),
                          QString::fromLatin1(line.mid(colon + 1).trimmed())});
    }
    return State::Complete;
}

QString HttpResponseHead::header(const QByteArray& name) const
{
    const QByteArray lower = name.toLower();
    for (const auto& h : m_headers) {
        if (h.first == lower)
            return h.second;
    }
    return {};
}

QString HttpResponseHead::excerpt() const
{
    return printableExcerpt(m_buffer.isEmpty() ? m_rest : m_buffer);
}

} // namespace easyuc
