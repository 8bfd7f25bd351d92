#pragma once

#include "../engine/check.h"

namespace easyuc {

class DnsProbe;

// R2 pbx.dns: the PBX name resolves; the addresses found are shared with later checks.
class PbxDnsCheck : public Check
{
    Q_OBJECT
public:
    explicit PbxDnsCheck(QObject* parent = nullptr);

protected:
    void run(RunContext& context) override;
    void abort() override;
    RequirementResult resultOnDeadline() override;

private:
    DnsProbe* m_probe = nullptr;
    QString m_host;
};

} // namespace easyuc
