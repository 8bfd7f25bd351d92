#include "stunserver.h"

#include "core/platform/sockaddr.h"

#include <QNetworkDatagram>
#include <QUdpSocket>
#include <stun/stunagent.h>
#include <stun/stunmessage.h>

namespace easyuc::test {

LoopbackStunServer::LoopbackStunServer(Mode mode, QObject* parent) : QObject(parent), m_mode(mode)
{
    m_socket = new QUdpSocket(this);
    connect(m_socket, &QUdpSocket::readyRead, this, &LoopbackStunServer::onReadable);
}

LoopbackStunServer::~LoopbackStunServer() = default;

bool LoopbackStunServer::listen()
{
    return m_socket->bind(QHostAddress::LocalHost, 0);
}

quint16 LoopbackStunServer::port() const
{
    return m_socket->localPort();
}

void LoopbackStunServer::onReadable()
{
    while (m_socket->hasPendingDatagrams()) {
        const QNetworkDatagram dg = m_socket->receiveDatagram();
        ++m_requests;
        m_lastSize = int(dg.data().size());
        if (m_mode == Mode::Silent || m_lastSize > m_maxSize)
            continue;
        const QByteArray reply = answer(dg.data(), dg.senderAddress(), quint16(dg.senderPort()));
        if (!reply.isEmpty())
            m_socket->writeDatagram(reply, dg.senderAddress(), quint16(dg.senderPort()));
    }
}

QByteArray LoopbackStunServer::answer(const QByteArray& request, const QHostAddress& from,
                                      quint16 port)
{
    if (m_mode == Mode::Garbage)
        return QByteArray("\x01\x01\x00\x08garbage-not-stun-at-all", 28);
    static const uint16_t known[] = {STUN_ATTRIBUTE_CHANGE_REQUEST, 0x0026, 0};
    StunAgent agent;
    stun_agent_init(&agent, known, STUN_COMPATIBILITY_RFC5389,
                    StunAgentUsageFlags(STUN_AGENT_USAGE_USE_FINGERPRINT |
                                        STUN_AGENT_USAGE_IGNORE_CREDENTIALS));
    QByteArray in = request;
    StunMessage req;
    const StunValidationStatus st = stun_agent_validate(
        &agent, &req, reinterpret_cast<uint8_t*>(in.data()), size_t(in.size()), nullptr, nullptr);
    if (st != STUN_VALIDATION_SUCCESS && st != STUN_VALIDATION_UNKNOWN_REQUEST_ATTRIBUTE)
        return {};
    QByteArray out(1024, '\0');
    StunMessage resp;
    if (m_mode == Mode::ErrorResponse) {
        stun_agent_init_error(&agent, &resp, reinterpret_cast<uint8_t*>(out.data()),
                              size_t(out.size()), &req, STUN_ERROR_SERVER_ERROR);
    } else {
        stun_agent_init_response(&agent, &resp, reinterpret_cast<uint8_t*>(out.data()),
                                 size_t(out.size()), &req);
        sockaddr_in sin{};
        sin.sin_family = AF_INET;
        sin.sin_port = htons(port);
        sin.sin_addr.s_addr = htonl(from.toIPv4Address());
        sockaddr_storage ss{};
        memcpy(&ss, &sin, sizeof sin);
        stun_message_append_xor_addr(&resp, STUN_ATTRIBUTE_XOR_MAPPED_ADDRESS, &ss, sizeof sin);
        if (m_mode == Mode::RewrittenMapped) {
            // What a payload-rewriting ALG leaves: the plain address changed, the XORed one not.
            sin.sin_addr.s_addr = htonl(0xC0A84D0A); // 192.168.77.10
            memcpy(&ss, &sin, sizeof sin);
            stun_message_append_addr(&resp, STUN_ATTRIBUTE_MAPPED_ADDRESS,
                                     reinterpret_cast<const sockaddr*>(&ss), sizeof sin);
        }
    }
    const size_t len = stun_agent_finish_message(&agent, &resp, nullptr, 0);
    out.truncate(qsizetype(len));
    if (m_mode == Mode::WrongCookie)
        out[4] = char(out[4] ^ 0x55);
    if (m_mode == Mode::Truncated)
        out.truncate(out.size() - 10);
    return out;
}

} // namespace easyuc::test
