#include "checks/natcheck.h"
#include "core/platform/sockaddr.h"
#include "support/checkharness.h"
#include "support/stunserver.h"

#include <QNetworkDatagram>
#include <QUdpSocket>
#include <gtest/gtest.h>
#include <stun/stunagent.h>
#include <stun/stunmessage.h>

using namespace easyuc;
using namespace easyuc::test;

namespace {

// An RFC 5780 STUN server on two loopback ports (primary and alternate). It names the alternate
// as OTHER-ADDRESS, honours CHANGE-REQUEST (change port) by answering from the alternate, and
// can report the mapped port shifted on the alternate, as a port-dependent NAT would map it.
class Rfc5780Server
{
public:
    explicit Rfc5780Server(int alternateShift = 0, bool offerOther = true)
        : m_shift(alternateShift), m_offerOther(offerOther)
    {
        m_ok = m_primary.bind(QHostAddress::LocalHost, 0) &&
               m_alternate.bind(QHostAddress::LocalHost, 0);
        QObject::connect(&m_primary, &QUdpSocket::readyRead, [this] { serve(m_primary, false); });
        QObject::connect(&m_alternate, &QUdpSocket::readyRead,
                         [this] { serve(m_alternate, true); });
    }
    bool ok() const { return m_ok; }
    quint16 port() const { return m_primary.localPort(); }
    quint16 alternatePort() const { return m_alternate.localPort(); }

private:
    void serve(QUdpSocket& socket, bool alternate)
    {
        while (socket.hasPendingDatagrams()) {
            const QNetworkDatagram dg = socket.receiveDatagram();
            static const uint16_t known[] = {STUN_ATTRIBUTE_CHANGE_REQUEST, 0};
            StunAgent agent;
            stun_agent_init(&agent, known, STUN_COMPATIBILITY_RFC5389,
                            StunAgentUsageFlags(STUN_AGENT_USAGE_USE_FINGERPRINT |
                                                STUN_AGENT_USAGE_IGNORE_CREDENTIALS));
            QByteArray in = dg.data();
            StunMessage req;
            if (stun_agent_validate(&agent, &req, reinterpret_cast<uint8_t*>(in.data()),
                                    size_t(in.size()), nullptr, nullptr) != STUN_VALIDATION_SUCCESS)
                continue;
            uint32_t change = 0;
            stun_message_find32(&req, STUN_ATTRIBUTE_CHANGE_REQUEST, &change);
            const bool fromAlternate = alternate != bool(change & 0x2);
            QByteArray out(512, '\0');
            StunMessage resp;
            stun_agent_init_response(&agent, &resp, reinterpret_cast<uint8_t*>(out.data()),
                                     size_t(out.size()), &req);
            const quint16 mappedPort = quint16(dg.senderPort() + (alternate ? m_shift : 0));
            appendAddress(&resp, STUN_ATTRIBUTE_XOR_MAPPED_ADDRESS, mappedPort, true);
            if (m_offerOther)
                appendAddress(&resp, 0x802c, m_alternate.localPort(), false);
            out.truncate(qsizetype(stun_agent_finish_message(&agent, &resp, nullptr, 0)));
            (fromAlternate ? m_alternate : m_primary)
                .writeDatagram(out, dg.senderAddress(), quint16(dg.senderPort()));
        }
    }
    static void appendAddress(StunMessage* msg, int type, quint16 port, bool xored)
    {
        sockaddr_in sin{};
        sin.sin_family = AF_INET;
        sin.sin_port = htons(port);
        sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        sockaddr_storage ss{};
        memcpy(&ss, &sin, sizeof sin);
        if (xored)
            stun_message_append_xor_addr(msg, StunAttribute(type), &ss, sizeof sin);
        else
            stun_message_append_addr(msg, StunAttribute(type),
                                     reinterpret_cast<const sockaddr*>(&ss), sizeof sin);
    }

    QUdpSocket m_primary;
    QUdpSocket m_alternate;
    int m_shift;
    bool m_offerOther;
    bool m_ok = false;
};

Profile natProfile(const QList<quint16>& ports, int timeoutMs = 2000)
{
    Profile p;
    p.checkTimeoutMs = timeoutMs;
    for (quint16 port : ports)
        p.stun.append({QStringLiteral("127.0.0.1"), port});
    return p;
}

NatObservation obs(const char* dest, quint16 destPort, quint16 mappedPort)
{
    return {QHostAddress(QString::fromLatin1(dest)), destPort,
            QHostAddress(QStringLiteral("203.0.113.2")), mappedPort};
}

} // namespace

TEST(NatCheck, SameMappingTowardsTwoServersIsPass)
{
    LoopbackStunServer a;
    LoopbackStunServer b;
    ASSERT_TRUE(a.listen() && b.listen());
    NatCheck check;
    const CheckRun run = runCheck(check, natProfile({a.port(), b.port()}));
    EXPECT_EQ(run.finishedCount, 1);
    EXPECT_EQ(run.result.status, Status::Pass) << run.result.summary.toStdString();
    EXPECT_EQ(run.result.evidenceValue(QStringLiteral("mapping")),
              QStringLiteral("endpoint-independent"));
    EXPECT_EQ(run.result.items.size(), 2);
    EXPECT_EQ(a.requests(), 1);
    EXPECT_EQ(b.requests(), 1);
}

TEST(NatCheck, PortDependentMappingIsWarnNeedingTurn)
{
    LoopbackStunServer a;
    Rfc5780Server shifted(7, false);
    ASSERT_TRUE(a.listen() && shifted.ok());
    // The shifted server reports another port only on its alternate socket; name that one.
    NatCheck check;
    const CheckRun run = runCheck(check, natProfile({a.port(), shifted.alternatePort()}));
    EXPECT_EQ(run.result.status, Status::Warn);
    EXPECT_EQ(run.result.evidenceValue(QStringLiteral("mapping")),
              QStringLiteral("address-and-port-dependent"));
    EXPECT_TRUE(run.result.summary.contains(QStringLiteral("TURN")));
    EXPECT_FALSE(run.result.remediation.isEmpty());
}

TEST(NatCheck, Rfc5780OtherAddressGivesASecondDestination)
{
    Rfc5780Server server;
    ASSERT_TRUE(server.ok());
    NatCheck check;
    const CheckRun run = runCheck(check, natProfile({server.port()}));
    EXPECT_EQ(run.result.status, Status::Pass) << run.result.summary.toStdString();
    EXPECT_EQ(run.result.items.size(), 2);
    // Loopback filters nothing: the answer from the other port arrives.
    EXPECT_EQ(run.result.evidenceValue(QStringLiteral("filtering")),
              QStringLiteral("endpoint-independent"));
}

TEST(NatCheck, Rfc5780ShiftedAlternateIsSymmetric)
{
    Rfc5780Server server(1);
    ASSERT_TRUE(server.ok());
    NatCheck check;
    const CheckRun run = runCheck(check, natProfile({server.port()}));
    EXPECT_EQ(run.result.status, Status::Warn);
    EXPECT_EQ(run.result.evidenceValue(QStringLiteral("mapping")),
              QStringLiteral("address-and-port-dependent"));
}

TEST(NatCheck, OneDestinationIsNotProven)
{
    LoopbackStunServer a;
    ASSERT_TRUE(a.listen());
    NatCheck check;
    const CheckRun run = runCheck(check, natProfile({a.port()}));
    EXPECT_EQ(run.result.status, Status::Warn);
    EXPECT_TRUE(run.result.summary.contains(QStringLiteral("Not proven")));
}

TEST(NatCheck, SilenceIsNotProvenWithinTheDeadline)
{
    LoopbackStunServer a(LoopbackStunServer::Mode::Silent);
    LoopbackStunServer b(LoopbackStunServer::Mode::Garbage);
    ASSERT_TRUE(a.listen() && b.listen());
    NatCheck check;
    const CheckRun run = runCheck(check, natProfile({a.port(), b.port()}, 1200));
    EXPECT_EQ(run.result.status, Status::Warn);
    EXPECT_LT(run.wallMs, 1200 + 300);
}

TEST(NatMappingClassifier, Rfc5780Cases)
{
    EXPECT_EQ(classifyNatMapping({}), NatMapping::Unknown);
    EXPECT_EQ(classifyNatMapping({obs("198.51.100.30", 3478, 4000)}), NatMapping::Unknown);
    EXPECT_EQ(
        classifyNatMapping({obs("198.51.100.30", 3478, 4000), obs("198.51.100.31", 3479, 4000)}),
        NatMapping::EndpointIndependent);
    EXPECT_EQ(
        classifyNatMapping({obs("198.51.100.30", 3478, 4000), obs("198.51.100.31", 3478, 4001),
                            obs("198.51.100.31", 3479, 4001)}),
        NatMapping::AddressDependent);
    EXPECT_EQ(
        classifyNatMapping({obs("198.51.100.30", 3478, 4000), obs("198.51.100.31", 3478, 4001),
                            obs("198.51.100.31", 3479, 4002)}),
        NatMapping::AddressPortDependent);
    EXPECT_EQ(
        classifyNatMapping({obs("198.51.100.30", 3478, 4000), obs("198.51.100.31", 3478, 4001)}),
        NatMapping::Dependent);
}
