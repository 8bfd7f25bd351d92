#include "runcontext.h"

#include "../probes/truststore.h"

namespace easyuc {

RunContext::RunContext(Profile profile, QObject* parent)
    : QObject(parent), m_profile(std::move(profile))
{
    m_clock.start();
}

void RunContext::addPublicAddress(const QString& flow, const QHostAddress& address)
{
    m_publicAddresses.insert(flow, address);
}

int RunContext::bookIcmp(const QHostAddress& host, bool onlyIfFree)
{
    // Linux's token bucket (inet_peer_xrlim_allow): XRLIM_BURST_FACTOR 6, one per second.
    constexpr double kBurst = 6;
    constexpr double kPerSecond = 1;
    const qint64 now = m_clock.elapsed();
    const QString key = host.toString();
    IcmpBucket b = m_icmp.value(key, IcmpBucket{now, kBurst});
    qint64 at = qMax(now, b.atMs);
    double tokens = qMin(kBurst, b.tokens + double(at - b.atMs) * kPerSecond / 1000.0);
    if (tokens < 1) {
        if (onlyIfFree)
            return -1;
        at += qint64((1 - tokens) * 1000.0 / kPerSecond + 0.5);
        tokens = 1;
    }
    m_icmp.insert(key, IcmpBucket{at, tokens - 1});
    return int(at - now);
}

void RunContext::addClockSample(const ClockSample& sample)
{
    for (const ClockSample& s : std::as_const(m_clockSamples)) {
        if (s.server == sample.server)
            return;
    }
    m_clockSamples.append(sample);
}

void RunContext::setRunIds(const QStringList& ids)
{
    m_runIds = ids;
    m_finishedIds.clear();
}

void RunContext::noteFinished(const QString& id)
{
    if (!m_finishedIds.contains(id))
        m_finishedIds.append(id);
    Q_EMIT checkFinished(id);
}

QStringList RunContext::unfinished(const QStringList& ids) const
{
    QStringList out;
    for (const QString& id : ids) {
        if (m_runIds.contains(id) && !m_finishedIds.contains(id))
            out.append(id);
    }
    return out;
}

TrustRoots RunContext::systemRoots(QString* error)
{
    return roots(m_system, m_profile.trustSystem, error);
}

TrustRoots RunContext::referenceRoots(QString* error)
{
    return roots(m_reference, m_profile.trustReference, error);
}

TrustRoots RunContext::roots(Store& store, const QString& spec, QString* error)
{
    if (!store.loaded) {
        store.loaded = true;
        loadTrustStore(spec, &store.roots, &store.error);
    }
    if (error)
        *error = store.error;
    return store.roots;
}

void RunContext::setCallTest(const CallTestResult& result)
{
    m_callTest = result;
    Q_EMIT callTestUpdated(m_callTest);
}

} // namespace easyuc
