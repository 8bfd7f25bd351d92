#pragma once

#include "connectionprobe.h"
#include "httpparser.h"

#include <QDateTime>

namespace easyuc {

// The outcome of one HTTP(S) request: the connection facts plus the response head.
struct HttpResult
{
    ConnectResult connection;
    int statusCode = 0; // 0: no HTTP answer
    QString statusLine;
    QString server;          // the Server header, raw
    QString date;            // the Date header, raw
    QDateTime receivedAt;    // this computer's clock (UTC) when the response head arrived
    qint64 firstByteMs = -1; // from request sent to the first response byte
    QString excerpt;         // what arrived when it was not HTTP
    bool ok() const { return connection.ok() && statusCode > 0; }
};

// Connects (TCP, optionally TLS), sends "GET path" and reads the response head. Anything that
// is not an HTTP/1.x status line is a protocol error; the whole exchange shares one deadline.
class HttpProbe : public QObject
{
    Q_OBJECT
public:
    explicit HttpProbe(QObject* parent = nullptr);

    void start(const ConnectRequest& request, const QString& path = QStringLiteral("/"));
    void abort();
    // What has been learned so far (for a caller whose own deadline came first): the
    // connection's facts (a TLS handshake done stays done) and any response bytes.
    HttpResult snapshot() const;

Q_SIGNALS:
    void finished(const easyuc::HttpResult& result);

private:
    void onReadable();

    ConnectionProbe* m_connection = nullptr;
    HttpResponseHead m_head;
    HttpResult m_result;
    QString m_path;
    QElapsedTimer m_sent;
    bool m_done = false;
};

} // namespace easyuc
