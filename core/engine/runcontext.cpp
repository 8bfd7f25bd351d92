#include "runcontext.h"

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

} // namespace easyuc
