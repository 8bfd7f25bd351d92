#pragma once

#include "../engine/check.h"
#include "../probes/httpprobe.h"

namespace easyuc {

// R3 pbx.https and R6 pbx.webcti: one HTTP(S) exchange with the PBX on a profile port.
// HTTPS needs a certificate valid for the PBX name; WebCTI only needs an HTTP answer.
class PbxHttpCheck : public Check
{
    Q_OBJECT
public:
    enum class Kind
    {
        Https,
        WebCti
    };
    explicit PbxHttpCheck(Kind kind, QObject* parent = nullptr);

protected:
    void run(RunContext& context) override;
    void abort() override;
    RequirementResult resultOnDeadline() override;

private:
    RequirementResult conclude(const HttpResult& http) const;
    QString target() const;
    // False when the PBX was given as an IP address: no certificate is expected to name it.
    bool judgesName() const;
    QString remediation(const HttpResult& http) const;

    Kind m_kind;
    HttpProbe* m_probe = nullptr;
    QString m_host;
    quint16 m_port = 0;
};

} // namespace easyuc
