#pragma once

#include "../engine/check.h"
#include "../probes/connectionprobe.h"
#include "../probes/trustanalysis.h"
#include "trustverdict.h"

#include <optional>

namespace easyuc {

// R14 tls.interception: are the secure connections to the PBX (HTTPS and WebRTC ports) and to
// the Proxima domains re-signed by someone in between (firewall, proxy, antivirus)?
class TlsInterceptionCheck : public Check
{
    Q_OBJECT
public:
    explicit TlsInterceptionCheck(QObject* parent = nullptr);
    // The port the Proxima domains are checked on: 443 by the requirement; tests point it at
    // loopback servers.
    void setDomainPort(quint16 port) { m_domainPort = port; }

protected:
    void run(RunContext& context) override;
    void abort() override;
    RequirementResult resultOnDeadline() override;

private:
    struct Target
    {
        QString host;
        quint16 port = 0;
        QString label; // "pbx.example.com:7443"
        ConnectionProbe* probe = nullptr;
        std::optional<ConnectResult> connection; // set when the probe finished
        TrustAnalysis analysis;
        TrustVerdict verdict;
        bool judged() const { return connection && analysis.hasChain(); }
    };

    void addTarget(const QString& host, quint16 port);
    void onProbeFinished(int index, const ConnectResult& result);
    RequirementResult conclude() const;
    void addTargetEvidence(RequirementResult& r, const Target& t) const;
    void stopProbes();

    quint16 m_domainPort = 443;
    bool m_requireSct = true;
    TrustRoots m_referenceRoots;
    TrustRoots m_systemRoots;
    QString m_referenceSpec;
    QString m_systemSpec;
    QList<Target> m_targets;
};

} // namespace easyuc
