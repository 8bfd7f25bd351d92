#pragma once

#include "../engine/check.h"

namespace easyuc {

class HttpTargets;
struct HttpResult;

// R7 domains.reach: every Proxima domain resolves and answers over HTTPS with a certificate
// this computer trusts. R1 internet.access uses the same probes with a looser rule: any one
// profile target answering over HTTPS proves Internet access.
class DomainsCheck : public Check
{
    Q_OBJECT
public:
    enum class Mode
    {
        EveryDomain,
        InternetAccess
    };
    explicit DomainsCheck(Mode mode, QObject* parent = nullptr);
    // Tests point the domains at loopback servers; the requirement itself is port 443.
    void setPort(quint16 port) { m_port = port; }

protected:
    void run(RunContext& context) override;
    void abort() override;
    RequirementResult resultOnDeadline() override;

private:
    void onTargetFinished(int index, const HttpResult& result);
    RequirementResult conclude(bool deadline) const;
    RequirementResult concludeDomains(bool deadline) const;
    RequirementResult concludeInternet(bool deadline) const;

    Mode m_mode;
    quint16 m_port = 443;
    HttpTargets* m_targets = nullptr;
};

} // namespace easyuc
