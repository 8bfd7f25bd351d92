#pragma once

#include "../probes/httpprobe.h"

#include <QList>
#include <QObject>

namespace easyuc {

// Runs HTTP(S) probes to several targets at once and keeps their results in target order.
class HttpTargets : public QObject
{
    Q_OBJECT
public:
    struct Target
    {
        ConnectRequest request;
        QString label; // "nexiop.net:443"
    };

    explicit HttpTargets(QObject* parent = nullptr);

    void start(const QList<Target>& targets);
    void abort();
    const QList<Target>& targets() const { return m_targets; }
    // The result of target i, or nullptr while it is still running.
    const HttpResult* result(int i) const;
    // Target i's result, or what its probe has seen so far while it still runs.
    HttpResult snapshot(int i) const;
    int doneCount() const;

Q_SIGNALS:
    void targetFinished(int index, const easyuc::HttpResult& result);
    void allFinished();

private:
    QList<Target> m_targets;
    QList<HttpProbe*> m_probes;
    QList<std::optional<HttpResult>> m_results;
};

} // namespace easyuc
