#pragma once

#include "../engine/check.h"
#include "../probes/dnsprobe.h"
#include "../probes/nicegatherer.h"
#include "../probes/turnprobe.h"

#include <optional>

namespace easyuc {

// R9 turn.reach: each TURN server and transport of the profile answers an Allocate (a 401
// challenge proves the path; with credentials, a relayed address); with credentials a libnice
// agent also gathers host, server-reflexive and relayed candidates. Pass when UDP works, warn
// when only TCP/TLS does (media relayed over TCP), fail when none answers.
class TurnCheck : public Check
{
    Q_OBJECT
public:
    explicit TurnCheck(QObject* parent = nullptr);

protected:
    void run(RunContext& context) override;
    void abort() override;
    RequirementResult resultOnDeadline() override;

private:
    struct Target
    {
        TurnServer server;
        QString label; // "global.turn.twilio.com:3478/udp"
        std::optional<DnsResult> dns;
        TurnProbe* probe = nullptr;
        std::optional<TurnProbeResult> result;
        bool done = false;
    };
    void onResolved(const QString& host, const DnsResult& dns);
    void startGatherer(const QHostAddress& turnServer, quint16 port);
    void maybeFinish();
    RequirementResult conclude() const;
    ResultItem judge(const Target& target, RequirementResult& r) const;

    QList<Target> m_targets;
    QList<DnsProbe*> m_dns;
    NiceGatherer* m_gatherer = nullptr;
    std::optional<GatherResult> m_gathered;
    bool m_gathering = false;
    bool m_withCredentials = false;
};

} // namespace easyuc
