#include "httpprobe.h"

#include <QSslSocket>

namespace easyuc {

HttpProbe::HttpProbe(QObject* parent) : QObject(parent)
{
    m_connection = new ConnectionProbe(this);
    connect(m_connection, &ConnectionProbe::established, this, [this] {
        QSslSocket* s = m_connection->socket();
        const ConnectRequest& req = m_connection->request();
        const QString hostHeader =
            (req.host.contains(QLatin1Char(':')) ? QLatin1Char('[') + req.host + QLatin1Char(']')
                                                 : req.host) +
            (req.port == (req.tls ? 443 : 80) ? QString()
                                              : QLatin1Char(':') + QString::number(req.port));
        const QByteArray request = "GET " + m_path.toUtf8() +
                                   " HTTP/1.1\r\nHost: " + hostHeader.toUtf8() +
                                   "\r\nUser-Agent: easyuc-diag/" EASYUC_VERSION
                                   "\r\nAccept: */*\r\nConnection: close\r\n\r\n";
        connect(s, &QIODevice::readyRead, this, &HttpProbe::onReadable);
        connect(s, &QAbstractSocket::disconnected, this, &HttpProbe::onReadable);
        s->write(request);
        m_sent.start();
    });
    connect(m_connection, &ConnectionProbe::finished, this, [this](const ConnectResult& r) {
        m_done = true;
        m_result.connection = r;
        if (r.error == ConnectError::Timeout && r.step == ConnectStep::Exchange)
            m_result.connection.detail =
                QStringLiteral("no complete HTTP answer within %1 ms (%2 bytes received)")
                    .arg(m_connection->allowedMs())
                    .arg(m_head.bytesSeen());
        if (m_result.excerpt.isEmpty() && m_head.bytesSeen() > 0 &&
            m_head.state() != HttpResponseHead::State::Complete)
            m_result.excerpt = m_head.excerpt();
        Q_EMIT finished(m_result);
    });
}

void HttpProbe::start(const ConnectRequest& request, const QString& path)
{
    m_head = HttpResponseHead();
    m_result = HttpResult();
    m_done = false;
    m_path = path;
    m_connection->start(request);
}

void HttpProbe::abort()
{
    m_connection->abort();
}

HttpResult HttpProbe::snapshot() const
{
    HttpResult r = m_result;
    if (m_done)
        return r;
    r.connection = m_connection->snapshot();
    if (r.connection.error == ConnectError::Timeout && r.connection.step == ConnectStep::Exchange)
        r.connection.detail = QStringLiteral("no complete HTTP answer within %1 ms (%2 bytes "
                                             "received)")
                                  .arg(m_connection->elapsedMs())
                                  .arg(m_head.bytesSeen());
    if (r.excerpt.isEmpty() && m_head.bytesSeen() > 0 &&
        m_head.state() != HttpResponseHead::State::Complete)
        r.excerpt = m_head.excerpt();
    return r;
}

void HttpProbe::onReadable()
{
    QSslSocket* s = m_connection->socket();
    if (!s || !s->isOpen())
        return;
    const QByteArray bytes = s->read(HttpResponseHead::kMaxHeadBytes + 1);
    if (!bytes.isEmpty() && m_result.firstByteMs < 0)
        m_result.firstByteMs = m_sent.elapsed();
    switch (m_head.feed(bytes)) {
    case HttpResponseHead::State::Complete:
        m_result.statusCode = m_head.statusCode();
        m_result.statusLine = m_head.statusLine();
        m_result.server = m_head.header("server");
        m_result.date = m_head.header("date");
        m_result.receivedAt = QDateTime::currentDateTimeUtc();
        m_connection->succeed();
        return;
    case HttpResponseHead::State::NotHttp:
        m_result.excerpt = m_head.excerpt();
        m_connection->fail(ConnectError::ProtocolError, QStringLiteral("not an HTTP response"));
        return;
    case HttpResponseHead::State::TooLarge:
        m_connection->fail(ConnectError::TooLarge,
                           QStringLiteral("response head larger than %1 bytes")
                               .arg(HttpResponseHead::kMaxHeadBytes));
        return;
    case HttpResponseHead::State::NeedMore:
        break;
    }
    if (s->state() != QAbstractSocket::ConnectedState && s->bytesAvailable() == 0)
        m_connection->fail(
            ConnectError::Closed,
            QStringLiteral("connection closed after %1 bytes").arg(m_head.bytesSeen()));
    else if (s->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &HttpProbe::onReadable, Qt::QueuedConnection);
}

} // namespace easyuc
