#pragma once

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>

class QTimer;

namespace easyuc {

// What the resolver said about one name.
struct DnsResult
{
    enum class Error
    {
        None,
        NotFound,
        Timeout,
        Failed
    };
    QString host;
    QList<QHostAddress> addresses; // IPv4 first, then IPv6
    Error error = Error::Failed;
    QString detail; // the resolver's own words
    qint64 elapsedMs = 0;

    bool ok() const { return error == Error::None && !addresses.isEmpty(); }
};

// Resolves a name with the system resolver (so /etc/hosts and the system's DNS servers apply),
// within a deadline. An IP literal resolves to itself at once.
class DnsProbe : public QObject
{
    Q_OBJECT
public:
    explicit DnsProbe(QObject* parent = nullptr);
    ~DnsProbe() override;

    void start(const QString& host, int timeoutMs);
    void abort();

Q_SIGNALS:
    void finished(const easyuc::DnsResult& result);

private:
    void conclude(DnsResult result);

    int m_lookupId = -1;
    QTimer* m_timer = nullptr;
    qint64 m_startMs = 0;
    QString m_host;
    bool m_active = false;
};

} // namespace easyuc
