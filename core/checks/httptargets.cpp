#include "httptargets.h"

namespace easyuc {

HttpTargets::HttpTargets(QObject* parent) : QObject(parent) {}

void HttpTargets::start(const QList<Target>& targets)
{
    abort();
    qDeleteAll(m_probes);
    m_probes.clear();
    m_targets = targets;
    m_results = QList<std::optional<HttpResult>>(targets.size());
    for (int i = 0; i < targets.size(); ++i) {
        auto* probe = new HttpProbe(this);
        connect(probe, &HttpProbe::finished, this, [this, i](const HttpResult& r) {
            m_results[i] = r;
            Q_EMIT targetFinished(i, r);
            if (doneCount() == m_targets.size())
                Q_EMIT allFinished();
        });
        m_probes.append(probe);
        probe->start(targets.at(i).request);
    }
}

void HttpTargets::abort()
{
    for (HttpProbe* p : m_probes) {
        p->disconnect(this);
        p->abort();
    }
}

const HttpResult* HttpTargets::result(int i) const
{
    return i >= 0 && i < m_results.size() && m_results.at(i) ? &*m_results.at(i) : nullptr;
}

HttpResult HttpTargets::snapshot(int i) const
{
    if (const HttpResult* r = result(i))
        return *r;
    return i >= 0 && i < m_probes.size() ? m_probes.at(i)->snapshot() : HttpResult{};
}

int HttpTargets::doneCount() const
{
    return int(std::count_if(m_results.begin(), m_results.end(),
                             [](const auto& r) { return r.has_value(); }));
}

} // namespace easyuc
