#pragma once

#include "../engine/check.h"
#include "../probes/stunclient.h"

#include <QElapsedTimer>

namespace easyuc {

class DnsProbe;

// How the NAT chooses the public address:port for one local socket (RFC 4787 / RFC 5780).
enum class NatMapping
{
    Unknown,              // fewer than two destinations answered
    EndpointIndependent,  // the same mapping towards every destination
    AddressDependent,     // changes with the destination address only
    AddressPortDependent, // changes with the destination port too
    Dependent             // changes between destinations; which kind cannot be told apart
};

// Which incoming packets the NAT lets through to a mapping (RFC 5780 §4.4).
enum class NatFiltering
{
    Untested,
    EndpointIndependent,
    AddressDependent,
    AddressPortDependent
};

QString natMappingKey(NatMapping mapping);
QString natFilteringKey(NatFiltering filtering);

// One Binding of the mapping test: where it went, what came back.
struct NatObservation
{
    QHostAddress destination;
    quint16 destinationPort = 0;
    QHostAddress mapped;
    quint16 mappedPort = 0;
};

// Classifies the mappings seen from one local socket.
NatMapping classifyNatMapping(const QList<NatObservation>& observations);

// R11 firewall.nat: from ONE local UDP socket, STUN Bindings to every STUN server (up to two
// addresses each) and, where a server offers RFC 5780 OTHER-ADDRESS, to its other IP and port;
// the same mapped address:port everywhere is endpoint-independent mapping (pass), a change is
// symmetric NAT (warn: calls will need TURN). Filtering is measured with CHANGE-REQUEST from a
// second socket where a server supports it and is reported as evidence only: a port-restricted
// filter (address-and-port-dependent) is what nearly every router does and ICE opens it itself.
class NatCheck : public Check
{
    Q_OBJECT
public:
    explicit NatCheck(QObject* parent = nullptr);

protected:
    void run(RunContext& context) override;
    void abort() override;
    RequirementResult resultOnDeadline() override;

private:
    struct Destination
    {
        QString label;
        QHostAddress address;
        quint16 port = 0;
        bool done = false;
        StunBindingResult result;
    };
    void addDestination(const QString& label, const QHostAddress& address, quint16 port);
    void onMappingAnswer(const StunBindingResult& r);
    void startFilteringTests(const QHostAddress& server, quint16 port);
    void maybeFinish();
    int timeLeftMs() const;
    RequirementResult conclude() const;
    NatFiltering filtering() const;

    QList<DnsProbe*> m_dns;
    int m_dnsPending = 0;
    StunClient* m_mapping = nullptr;   // the one socket whose mappings are compared
    StunClient* m_filtering = nullptr; // a fresh socket: no pinhole towards the other address
    QList<Destination> m_destinations;
    bool m_rfc5780Expanded = false;
    QString m_filteringServer;
    std::optional<StunBindingResult> m_changeBoth; // change IP and port
    std::optional<StunBindingResult> m_changePort; // change port only
    int m_filteringPending = 0;
    QElapsedTimer m_clock;
    int m_budgetMs = 0;
};

} // namespace easyuc
