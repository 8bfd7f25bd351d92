#include "proxyquery.h"

#include <QNetworkProxyFactory>
#include <QTimer>
#include <QUrl>
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <system_error>
#include <thread>

namespace easyuc {

namespace {
std::atomic<int> g_runTimeoutMs{3000};
std::mutex g_queryMutex;
std::function<QString(const QString&)> g_query; // empty: the system's

std::function<QString(const QString&)> currentQuery()
{
    std::lock_guard<std::mutex> lock(g_queryMutex);
    return g_query ? g_query : std::function<QString(const QString&)>(systemProxyFor);
}
} // namespace

// What the worker and its waiter share; the worker may outlive every waiter.
struct ProxyQuery::Shared
{
    std::mutex mutex;
    std::condition_variable answered;
    bool done = false;
    QString value;
    ProxyQuery* receiver = nullptr; // cleared under the mutex when nobody waits any more
};

namespace {
// Runs the query on a detached worker: a system call that never returns must not keep any
// thread of ours (or the process's exit) waiting for it. A worker that cannot be started is
// a query that never answers: its deadline says so.
void launch(std::function<void()> work)
{
    try {
        std::thread(std::move(work)).detach();
    } catch (const std::system_error&) {
    }
}
} // namespace

ProxyQuery::ProxyQuery(QObject* parent) : QObject(parent), m_deadline(new QTimer(this))
{
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, [this] { deliver({}, true); });
}

ProxyQuery::~ProxyQuery()
{
    if (m_shared) {
        std::lock_guard<std::mutex> lock(m_shared->mutex);
        m_shared->receiver = nullptr;
    }
}

void ProxyQuery::start(const QString& host, int timeoutMs)
{
    if (m_shared) {
        std::lock_guard<std::mutex> lock(m_shared->mutex);
        m_shared->receiver = nullptr;
    }
    m_shared = std::make_shared<Shared>();
    m_shared->receiver = this;
    m_done = false;
    m_deadline->start(qMax(0, timeoutMs));
    std::shared_ptr<Shared> shared = m_shared;
    const auto query = currentQuery();
    launch([shared, query, host] {
        const QString value = query(host);
        std::lock_guard<std::mutex> lock(shared->mutex);
        shared->done = true;
        shared->value = value;
        // Posted while the receiver cannot be destroyed (its destructor takes this mutex);
        // an event for an object destroyed later is dropped by Qt.
        if (ProxyQuery* r = shared->receiver)
            QMetaObject::invokeMethod(
                r, [r, value] { r->deliver(value, false); }, Qt::QueuedConnection);
        shared->answered.notify_all();
    });
}

void ProxyQuery::deliver(const QString& proxy, bool timedOut)
{
    if (m_done)
        return;
    m_done = true;
    m_deadline->stop();
    {
        std::lock_guard<std::mutex> lock(m_shared->mutex);
        m_shared->receiver = nullptr;
    }
    Q_EMIT finished(proxy, timedOut);
}

QString ProxyQuery::query(const QString& host, int timeoutMs, bool* timedOut)
{
    auto shared = std::make_shared<Shared>();
    const auto query = currentQuery();
    launch([shared, query, host] {
        const QString value = query(host);
        std::lock_guard<std::mutex> lock(shared->mutex);
        shared->done = true;
        shared->value = value;
        shared->answered.notify_all();
    });
    std::unique_lock<std::mutex> lock(shared->mutex);
    const bool done = shared->answered.wait_for(lock, std::chrono::milliseconds(qMax(0, timeoutMs)),
                                                [&] { return shared->done; });
    if (timedOut)
        *timedOut = !done;
    return done ? shared->value : QString();
}

int ProxyQuery::runTimeoutMs()
{
    return g_runTimeoutMs.load();
}

void ProxyQuery::setRunTimeoutMs(int ms)
{
    g_runTimeoutMs.store(qMax(0, ms));
}

void ProxyQuery::setQueryForTesting(std::function<QString(const QString&)> query)
{
    std::lock_guard<std::mutex> lock(g_queryMutex);
    g_query = std::move(query);
}

QString systemProxyFor(const QString& host)
{
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(host.isEmpty() ? QStringLiteral("example.com") : host);
    const QList<QNetworkProxy> proxies =
        QNetworkProxyFactory::systemProxyForQuery(QNetworkProxyQuery(url));
    QStringList described;
    for (const QNetworkProxy& p : proxies) {
        if (p.type() == QNetworkProxy::NoProxy || p.type() == QNetworkProxy::DefaultProxy ||
            p.hostName().isEmpty())
            continue;
        // Type and address only: never the user name or password a proxy URL may carry.
        const QString scheme = p.type() == QNetworkProxy::Socks5Proxy ? QStringLiteral("socks5")
                                                                      : QStringLiteral("http");
        described.append(QStringLiteral("%1://%2:%3").arg(scheme, p.hostName()).arg(p.port()));
    }
    return described.join(QStringLiteral(", "));
}

} // namespace easyuc
