#include "turnserver.h"

#include "core/platform/sockaddr.h"

#include <QNetworkDatagram>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTimer>
#include <QUdpSocket>
#include <cstring>
#include <stun/stunagent.h>
#include <stun/stunmessage.h>

namespace easyuc::test {

namespace {
const uint16_t kKnown[] = {STUN_ATTRIBUTE_USERNAME,
                           STUN_ATTRIBUTE_MESSAGE_INTEGRITY,
                           STUN_ATTRIBUTE_REALM,
                           STUN_ATTRIBUTE_NONCE,
                           STUN_ATTRIBUTE_LIFETIME,
                           STUN_ATTRIBUTE_REQUESTED_TRANSPORT,
                           STUN_ATTRIBUTE_BANDWIDTH,
                           STUN_ATTRIBUTE_RESERVATION_TOKEN,
                           STUN_ATTRIBUTE_DONT_FRAGMENT,
                           STUN_ATTRIBUTE_EVEN_PORT,
                           STUN_ATTRIBUTE_PRIORITY,
                           STUN_ATTRIBUTE_CHANGE_REQUEST,
                           0};

void initResponder(StunAgent* agent)
{
    stun_agent_init(agent, kKnown, STUN_COMPATIBILITY_RFC5389,
                    StunAgentUsageFlags(STUN_AGENT_USAGE_LONG_TERM_CREDENTIALS |
                                        STUN_AGENT_USAGE_USE_FINGERPRINT));
}

bool validater(StunAgent*, StunMessage*, uint8_t* username, uint16_t length, uint8_t** password,
               size_t* passwordLength, void*)
{
    const size_t userLength = strlen(LoopbackTurnServer::kUser);
    if (length != userLength || memcmp(username, LoopbackTurnServer::kUser, userLength) != 0)
        return false;
    *password = reinterpret_cast<uint8_t*>(const_cast<char*>(LoopbackTurnServer::kPassword));
    *passwordLength = strlen(LoopbackTurnServer::kPassword);
    return true;
}

void appendAddress(StunMessage* msg, StunAttribute type, const QHostAddress& address, quint16 port)
{
    sockaddr_in sin{};
    sin.sin_family = AF_INET;
    sin.sin_port = htons(port);
    sin.sin_addr.s_addr = htonl(address.toIPv4Address());
    sockaddr_storage ss{};
    memcpy(&ss, &sin, sizeof sin);
    stun_message_append_xor_addr(msg, type, &ss, sizeof sin);
}

// An indication that frames as STUN and answers nothing: a stream of them never ends.
QByteArray noiseIndication()
{
    QByteArray m(20, '\0');
    m[0] = 0x00;
    m[1] = 0x11;
    const int attr = 976;
    m[2] = char((attr + 4) >> 8);
    m[3] = char((attr + 4) & 0xff);
    const char cookie[] = {0x21, 0x12, char(0xa4), 0x42};
    memcpy(m.data() + 4, cookie, 4);
    m.append(char(0x80)).append(char(0x99)).append(char(attr >> 8)).append(char(attr & 0xff));
    m.append(QByteArray(attr, 'n'));
    return m;
}
} // namespace

LoopbackTurnServer::LoopbackTurnServer(Transport transport, Mode mode, QObject* parent)
    : QObject(parent), m_transport(transport), m_mode(mode)
{
}

LoopbackTurnServer::~LoopbackTurnServer() = default;

bool LoopbackTurnServer::listen()
{
    if (m_transport == Transport::Udp) {
        m_udp = new QUdpSocket(this);
        connect(m_udp, &QUdpSocket::readyRead, this, &LoopbackTurnServer::onDatagrams);
        return m_udp->bind(QHostAddress::LocalHost, 0);
    }
    if (m_transport == Transport::Tls) {
        auto* ssl = new QSslServer(this);
        ssl->setSslConfiguration(m_tls);
        ssl->setHandshakeTimeout(5000);
        m_server = ssl;
    } else {
        m_server = new QTcpServer(this);
    }
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
        while (QTcpSocket* s = m_server->nextPendingConnection())
            onConnection(s);
    });
    return m_server->listen(QHostAddress::LocalHost, 0);
}

quint16 LoopbackTurnServer::port() const
{
    return m_udp ? m_udp->localPort() : m_server ? m_server->serverPort() : 0;
}

void LoopbackTurnServer::onDatagrams()
{
    while (m_udp->hasPendingDatagrams()) {
        const QNetworkDatagram dg = m_udp->receiveDatagram();
        ++m_requests;
        if (m_mode == Mode::Silent)
            continue;
        const QHostAddress from = dg.senderAddress();
        const quint16 port = quint16(dg.senderPort());
        if (m_mode == Mode::Endless) {
            for (int i = 0; i < 50; ++i)
                m_udp->writeDatagram(QByteArray(200, char(0xff)), from, port);
            continue;
        }
        const QByteArray reply = answer(dg.data(), from, port);
        if (!reply.isEmpty())
            m_udp->writeDatagram(reply, from, port);
    }
}

void LoopbackTurnServer::onConnection(QTcpSocket* socket)
{
    socket->setParent(this);
    if (m_mode == Mode::Endless) {
        auto* timer = new QTimer(socket);
        const QByteArray noise = noiseIndication();
        connect(timer, &QTimer::timeout, socket, [socket, noise] {
            if (socket->bytesToWrite() < 64 * 1024)
                socket->write(noise.repeated(4));
        });
        timer->start(5);
        return;
    }
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onStream(socket); });
    if (socket->bytesAvailable() > 0)
        onStream(socket);
}

void LoopbackTurnServer::onStream(QTcpSocket* socket)
{
    QByteArray buffer = socket->property("turnBuffer").toByteArray() + socket->readAll();
    while (buffer.size() >= 20) {
        const int length = 20 + ((quint8(buffer.at(2)) << 8) | quint8(buffer.at(3)));
        if (buffer.size() < length)
            break;
        const QByteArray request = buffer.left(length);
        buffer.remove(0, length);
        ++m_requests;
        if (m_mode == Mode::Silent)
            continue;
        const QByteArray reply = answer(request, socket->peerAddress(), socket->peerPort());
        if (!reply.isEmpty())
            socket->write(reply);
    }
    socket->setProperty("turnBuffer", buffer);
}

QByteArray LoopbackTurnServer::challenge(void* request, int code, const QByteArray& nonce)
{
    auto* req = static_cast<StunMessage*>(request);
    StunAgent agent;
    initResponder(&agent);
    QByteArray out(1024, '\0');
    StunMessage resp;
    stun_agent_init_error(&agent, &resp, reinterpret_cast<uint8_t*>(out.data()), size_t(out.size()),
                          req, StunError(code));
    if (m_mode != Mode::ChallengeWithoutNonce) {
        stun_message_append_bytes(&resp, STUN_ATTRIBUTE_REALM, kRealm, strlen(kRealm));
        stun_message_append_bytes(&resp, STUN_ATTRIBUTE_NONCE, nonce.constData(),
                                  size_t(nonce.size()));
    }
    out.truncate(qsizetype(stun_agent_finish_message(&agent, &resp, nullptr, 0)));
    return out;
}

QByteArray LoopbackTurnServer::answer(const QByteArray& request, const QHostAddress& from,
                                      quint16 port)
{
    if (m_mode == Mode::Garbage)
        return QByteArrayLiteral("HTTP/1.1 400 Bad Request\r\nServer: not-turn\r\n\r\n");
    const bool cookie =
        request.size() >= 8 && request.mid(4, 4) == QByteArray("\x21\x12\xa4\x42", 4);
    if (!cookie)
        return answerClassicBinding(request, from, port);
    StunAgent agent;
    stun_agent_init(&agent, kKnown, STUN_COMPATIBILITY_RFC5389,
                    StunAgentUsageFlags(STUN_AGENT_USAGE_LONG_TERM_CREDENTIALS));
    QByteArray in = request;
    StunMessage req;
    const StunValidationStatus st = stun_agent_validate(
        &agent, &req, reinterpret_cast<uint8_t*>(in.data()), size_t(in.size()), validater, nullptr);
    if (st == STUN_VALIDATION_NOT_STUN || st == STUN_VALIDATION_INCOMPLETE_STUN ||
        st == STUN_VALIDATION_BAD_REQUEST || stun_message_get_class(&req) != STUN_REQUEST)
        return {};
    const StunMethod method = stun_message_get_method(&req);
    // Answers are built by an agent that adds FINGERPRINT, as coturn does (libnice's own STUN
    // discovery insists on it); requests are checked by one that does not require it.
    StunAgent responder;
    initResponder(&responder);
    QByteArray out(1024, '\0');
    StunMessage resp;
    if (method == STUN_BINDING) {
        ++m_bindings;
        stun_agent_init_response(&responder, &resp, reinterpret_cast<uint8_t*>(out.data()),
                                 size_t(out.size()), &req);
        appendAddress(&resp, STUN_ATTRIBUTE_XOR_MAPPED_ADDRESS, from, port);
        out.truncate(qsizetype(stun_agent_finish_message(&responder, &resp, nullptr, 0)));
        return out;
    }
    if (method != STUN_ALLOCATE && method != STUN_REFRESH)
        return {};
    if (m_mode == Mode::ErrorResponse)
        return spoil(challenge(&req, STUN_ERROR_FORBIDDEN, {}));
    if (st == STUN_VALIDATION_UNAUTHORIZED || st == STUN_VALIDATION_UNAUTHORIZED_BAD_REQUEST) {
        if (st == STUN_VALIDATION_UNAUTHORIZED)
            ++m_authFailures;
        return spoil(challenge(&req, STUN_ERROR_UNAUTHORIZED, m_nonce));
    }
    uint16_t nonceLength = 0;
    const void* nonce = stun_message_find(&req, STUN_ATTRIBUTE_NONCE, &nonceLength);
    if (!nonce || QByteArray(static_cast<const char*>(nonce), nonceLength) != m_nonce)
        return spoil(challenge(&req, STUN_ERROR_STALE_NONCE, m_nonce));
    if (m_mode == Mode::StaleNonceOnce && !m_staleSent && method == STUN_ALLOCATE) {
        m_staleSent = true;
        m_nonce = QByteArrayLiteral("nonce-0002");
        return challenge(&req, STUN_ERROR_STALE_NONCE, m_nonce);
    }
    stun_agent_init_response(&responder, &resp, reinterpret_cast<uint8_t*>(out.data()),
                             size_t(out.size()), &req);
    uint32_t lifetime = 600;
    stun_message_find32(&req, STUN_ATTRIBUTE_LIFETIME, &lifetime);
    if (method == STUN_ALLOCATE) {
        ++m_allocations;
        appendAddress(&resp, STUN_ATTRIBUTE_XOR_RELAYED_ADDRESS,
                      QHostAddress(QHostAddress::LocalHost), quint16(49152 + m_allocations));
        appendAddress(&resp, STUN_ATTRIBUTE_XOR_MAPPED_ADDRESS, from, port);
        lifetime = qMin<uint32_t>(lifetime, 600);
    } else if (lifetime == 0) {
        ++m_releases;
    }
    stun_message_append32(&resp, STUN_ATTRIBUTE_LIFETIME, lifetime);
    static const char software[] = "easyuc-test-turn";
    stun_message_append_bytes(&resp, STUN_ATTRIBUTE_SOFTWARE, software, sizeof software - 1);
    // A forger without the password: the integrity is computed with another key.
    if (m_mode == Mode::BadIntegrity && method == STUN_ALLOCATE)
        resp.long_term_key[0] = uint8_t(resp.long_term_key[0] ^ 0x01);
    out.truncate(qsizetype(stun_agent_finish_message(&responder, &resp, nullptr, 0)));
    return spoil(out);
}

QByteArray LoopbackTurnServer::answerClassicBinding(const QByteArray& request,
                                                    const QHostAddress& from, quint16 port)
{
    // libnice discovers server-reflexive candidates with RFC 3489 Bindings (no magic cookie),
    // which coturn answers with MAPPED-ADDRESS.
    StunAgent agent;
    stun_agent_init(&agent, kKnown, STUN_COMPATIBILITY_RFC3489, StunAgentUsageFlags(0));
    QByteArray in = request;
    StunMessage req;
    const StunValidationStatus st = stun_agent_validate(
        &agent, &req, reinterpret_cast<uint8_t*>(in.data()), size_t(in.size()), nullptr, nullptr);
    if ((st != STUN_VALIDATION_SUCCESS && st != STUN_VALIDATION_UNKNOWN_REQUEST_ATTRIBUTE) ||
        stun_message_get_class(&req) != STUN_REQUEST ||
        stun_message_get_method(&req) != STUN_BINDING)
        return {};
    ++m_bindings;
    QByteArray out(512, '\0');
    StunMessage resp;
    stun_agent_init_response(&agent, &resp, reinterpret_cast<uint8_t*>(out.data()),
                             size_t(out.size()), &req);
    sockaddr_in sin{};
    sin.sin_family = AF_INET;
    sin.sin_port = htons(port);
    sin.sin_addr.s_addr = htonl(from.toIPv4Address());
    stun_message_append_addr(&resp, STUN_ATTRIBUTE_MAPPED_ADDRESS,
                             reinterpret_cast<const sockaddr*>(&sin), sizeof sin);
    out.truncate(qsizetype(stun_agent_finish_message(&agent, &resp, nullptr, 0)));
    return out;
}

QByteArray LoopbackTurnServer::spoil(QByteArray reply) const
{
    switch (m_mode) {
    case Mode::WrongCookie:
        reply[4] = char(reply.at(4) ^ 0x55);
        break;
    case Mode::Truncated:
        reply.truncate(reply.size() - 10);
        break;
    case Mode::OversizedAttribute:
        reply[22] = char(0xff);
        reply[23] = char(0xf0);
        break;
    default:
        break;
    }
    return reply;
}

} // namespace easyuc::test
