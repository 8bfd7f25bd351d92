#include "runcontext.h"

#include "../probes/truststore.h"

namespace easyuc {

RunContext::RunContext(Profile profile, QObject* parent)
    : QObject(parent), m_profile(std::move(profile))
{
}

int RunContext::probeBudgetMs() const
{
    // Leave the check a moment to conclude and report before the runner's hard deadline.
    const int margin = qBound(100, m_profile.checkTimeoutMs / 10, 500);
    return m_profile.checkTimeoutMs - margin;
}

void RunContext::addPublicAddress(const QString& flow, const QHostAddress& address)
{
    m_publicAddresses.insert(flow, address);
}

QList<QSslCertificate> RunContext::systemRoots(QString* error)
{
    return roots(m_system, m_profile.trustSystem, error);
}

QList<QSslCertificate> RunContext::referenceRoots(QString* error)
{
    return roots(m_reference, m_profile.trustReference, error);
}

QList<QSslCertificate> RunContext::roots(Store& store, const QString& spec, QString* error)
{
    if (!store.loaded) {
        store.loaded = true;
        loadTrustStore(spec, &store.roots, &store.error);
    }
    if (error)
        *error = store.error;
    return store.roots;
}

} // namespace easyuc
