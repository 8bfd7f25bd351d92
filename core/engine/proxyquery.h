#pragma once

#include <QObject>
#include <QString>
#include <functional>
#include <memory>

class QTimer;

namespace easyuc {

// Asks the system which proxy it would use for HTTPS to a host. The answer may take long (a PAC
// script, WPAD discovery), so it is computed on a worker thread of its own and waited for with
// a deadline: neither the engine nor the window ever waits on it unbounded. A query that misses
// its deadline is abandoned; its worker ends on its own.
class ProxyQuery : public QObject
{
    Q_OBJECT
public:
    // How long a run waits for the system's answer (3 s; tests shorten it).
    static int runTimeoutMs();
    static void setRunTimeoutMs(int ms);

    explicit ProxyQuery(QObject* parent = nullptr);
    ~ProxyQuery() override;

    // Starts the query; finished() follows once, within timeoutMs.
    void start(const QString& host, int timeoutMs);
    // The same, blocking the calling thread for at most timeoutMs.
    static QString query(const QString& host, int timeoutMs, bool* timedOut);
    // Replaces the system's answer (tests: one that never comes); an empty function restores it.
    static void setQueryForTesting(std::function<QString(const QString&)> query);

Q_SIGNALS:
    // `proxy` is "http://host:port" (several joined by ", "), empty for a direct connection.
    void finished(const QString& proxy, bool timedOut);

private:
    struct Shared;
    void deliver(const QString& proxy, bool timedOut);

    std::shared_ptr<Shared> m_shared;
    QTimer* m_deadline = nullptr;
    bool m_done = true;
};

// The proxy the system would use for HTTPS to `host`, without any credentials. May block.
QString systemProxyFor(const QString& host);

} // namespace easyuc
