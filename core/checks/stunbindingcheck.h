#pragma once

#include "../engine/check.h"

namespace easyuc {

class StunFlows;

// R8 stun.binding: each STUN server answers a Binding request over UDP with our public address.
// R13 firewall.public-ip uses the same flows, several per server from different local ports,
// and fails when they leave from more than one public address.
class StunBindingCheck : public Check
{
    Q_OBJECT
public:
    enum class Mode
    {
        Binding,
        PublicIp
    };
    explicit StunBindingCheck(Mode mode, QObject* parent = nullptr);

protected:
    void run(RunContext& context) override;
    void abort() override;
    RequirementResult resultOnDeadline() override;

private:
    RequirementResult concludeBinding() const;
    RequirementResult concludePublicIp() const;

    Mode m_mode;
    StunFlows* m_flows = nullptr;
};

} // namespace easyuc
