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
        // Refused at this computer's date alone: judged again at the servers' time.
        bool dateHeld = false;
        bool judged() const { return connection && analysis.hasChain(); }
    };

    void addTarget(const QString& host, quint16 port);
    void onProbeFinished(int index, const ConnectResult& result);
    // Concludes once every probe is done and, when a chain was refused for its dates, the
    // checks that learn the servers' time (R16's sources) have finished too.
    void concludeWhenReady();
    void judgeHeldAtServerTime();
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
    QMetaObject::Connection m_waitForClock;
};

} // namespace easyuc
