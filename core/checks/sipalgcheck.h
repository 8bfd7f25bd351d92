#pragma once

#include "../engine/check.h"
#include "../probes/sipprobe.h"
#include "../probes/stunclient.h"
#include "../profile/profile.h"

#include <optional>

namespace easyuc {

class DnsProbe;

// What one SIP answer proves about rewriting on the path.
enum class SipAlgFinding
{
    NoAnswer,        // nothing usable came back: unproven
    ViaRewritten,    // the top Via came back changed: proof of an ALG
    ReceivedPrivate, // received= names our private address behind a NAT: proof of an ALG
    EchoRewritten,   // the reflector's echo of our request differs from what we sent: proof
    EchoMissing,     // the reflector answered without the echo: unproven
    ReceivedPublic,  // received= is another (public) address and Via is intact: proof of none
    NoNat,           // no NAT on the path (the address seen is ours) and Via is intact: none
    NotReported      // Via intact but no received= behind a NAT: unproven
};

// The status a finding weighs: Fail for proof of rewriting, Pass for proof of none, else Warn.
Status sipAlgFindingStatus(SipAlgFinding finding);

// Classifies one OPTIONS exchange. `publicAddress` is the address STUN saw (null when unknown);
// without it a NAT is assumed when our address is private and the server's is not.
SipAlgFinding classifySipAnswer(const SipProbeResult& result, const QHostAddress& publicAddress,
                                bool viaReflector);

// RFC 1918, RFC 6598 (carrier-grade NAT), link-local, IPv6 unique-local and link-local.
bool isPrivateAddress(const QHostAddress& address);

// R10 firewall.sip-alg: SIP OPTIONS over UDP and TCP to the PBX's SIP port (and to the SIP
// reflector when the profile names one) with our private address and real port in Via and
// Contact; a STUN Binding to the first STUN server, made by this check itself so that it does
// not depend on R8 having run first, compares MAPPED-ADDRESS with XOR-MAPPED-ADDRESS and tells
// the public address. Fails on proof of rewriting, passes on proof of none, warns otherwise.
class SipAlgCheck : public Check
{
    Q_OBJECT
public:
    explicit SipAlgCheck(QObject* parent = nullptr);

protected:
    void run(RunContext& context) override;
    void abort() override;
    RequirementResult resultOnDeadline() override;

private:
    struct Probe
    {
        QString target; // item target: "UDP 5060", "reflector 198.51.100.11:5060 (UDP)"
        bool reflector = false;
        SipTransport transport = SipTransport::Udp;
        SipProbe* probe = nullptr;
        std::optional<SipProbeResult> result;
    };
    void startProbe(const QString& target, bool reflector, const SipProbeRequest& request);
    void startStun(const Endpoint& server, int timeoutMs);
    void maybeFinish();
    RequirementResult conclude() const;
    QString describe(const Probe& p, const SipProbeResult& r, SipAlgFinding finding) const;
    void addProbeEvidence(RequirementResult& result, const QString& prefix,
                          const SipProbeResult& r) const;

    QList<Probe> m_probes;
    DnsProbe* m_stunDns = nullptr;
    StunClient* m_stun = nullptr;
    QString m_stunLabel;
    std::optional<StunBindingResult> m_stunResult;
    bool m_stunDone = true;
    quint16 m_sipPort = 5060;
};

} // namespace easyuc
