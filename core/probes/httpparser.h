#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace easyuc {

// Incremental parser for an HTTP/1.x response head (status line + headers), bounded in size so
// that a hostile server cannot make it grow without end.
class HttpResponseHead
{
public:
    enum class State
    {
        NeedMore,
        Complete,
        NotHttp,
        TooLarge
    };
    static constexpr int kMaxHeadBytes = 32 * 1024;
    static constexpr int kMaxHeaders = 100;

    // Feeds received bytes; returns the state after them. Bytes after the head are kept in
    // rest() (the start of a body or of WebSocket frames).
    State feed(const QByteArray& bytes);
    State state() const { return m_state; }

    int statusCode() const { return m_statusCode; }
    QString statusLine() const { return m_statusLine; }
    QString reason() const { return m_reason; }
    // The first header with this name (case-insensitive), or an empty string.
    QString header(const QByteArray& name) const;
    const QList<QPair<QByteArray, QString>>& headers() const { return m_headers; }
    QByteArray rest() const { return m_rest; }
    int bytesSeen() const { return m_bytesSeen; }
    // A printable excerpt of what arrived, for evidence when it was not HTTP.
    QString excerpt() const;

private:
    State parse();

    QByteArray m_buffer;
    QByteArray m_rest;
    int m_bytesSeen = 0;
    State m_state = State::NeedMore;
    int m_statusCode = 0;
    QString m_statusLine;
    QString m_reason;
    QList<QPair<QByteArray, QString>> m_headers;
};

// Makes raw network bytes safe to show: non-printable characters become \xNN, length is capped.
QString printableExcerpt(const QByteArray& bytes, int maxChars = 120);

} // namespace easyuc
