#include "turnmessage.h"

#include "core/platform/sockaddr.h"
#include "stunframing.h"

#include <string>
#include <stun/stunagent.h>
#include <stun/stunmessage.h>

namespace easyuc {

namespace {
// TURN answers are a few hundred bytes; anything much larger is not an answer to us.
constexpr int kMaxMessage = 4096;
constexpr quint32 kMagicCookie = 0x2112A442;
constexpr quint32 kRequestedTransportUdp = 17u << 24;
// RFC 5389 §15.7/15.8: REALM and NONCE are shorter than 763 bytes.
constexpr uint16_t kMaxRealmOrNonce = 763;

// Comprehension-required attributes a TURN answer may carry; an unknown one is tolerated in an
// answer (RFC 5389 §7.3.3 only forbids ignoring it in requests), as StunCodec does.
const uint16_t kKnownAttributes[] = {STUN_ATTRIBUTE_MAPPED_ADDRESS,
                                     STUN_ATTRIBUTE_XOR_MAPPED_ADDRESS,
                                     STUN_ATTRIBUTE_XOR_RELAYED_ADDRESS,
                                     STUN_ATTRIBUTE_LIFETIME,
                                     STUN_ATTRIBUTE_BANDWIDTH,
                                     STUN_ATTRIBUTE_ERROR_CODE,
                                     STUN_ATTRIBUTE_UNKNOWN_ATTRIBUTES,
                                     STUN_ATTRIBUTE_REALM,
                                     STUN_ATTRIBUTE_NONCE,
                                     STUN_ATTRIBUTE_USERNAME,
                                     STUN_ATTRIBUTE_MESSAGE_INTEGRITY,
                                     STUN_ATTRIBUTE_RESERVATION_TOKEN,
                                     STUN_ATTRIBUTE_REQUESTED_TRANSPORT,
                                     0};

quint16 word(const QByteArray& b, int at)
{
    return quint16((quint8(b.at(at)) << 8) | quint8(b.at(at + 1)));
}

void findXorAddress(const StunMessage& msg, StunAttribute type, QHostAddress* addr, quint16* port)
{
    sockaddr_storage ss{};
    socklen_t len = sizeof ss;
    if (stun_message_find_xor_addr(&msg, type, &ss, &len) != STUN_MESSAGE_RETURN_SUCCESS)
        return;
    if (ss.ss_family == AF_INET) {
        const auto* in = reinterpret_cast<const sockaddr_in*>(&ss);
        addr->setAddress(ntohl(in->sin_addr.s_addr));
        *port = ntohs(in->sin_port);
    } else if (ss.ss_family == AF_INET6) {
        const auto* in6 = reinterpret_cast<const sockaddr_in6*>(&ss);
        addr->setAddress(in6->sin6_addr.s6_addr);
        *port = ntohs(in6->sin6_port);
    }
}

QByteArray findBytes(const StunMessage& msg, StunAttribute type)
{
    uint16_t len = 0;
    const void* p = stun_message_find(&msg, type, &len);
    if (!p || len > kMaxRealmOrNonce)
        return {};
    return QByteArray(static_cast<const char*>(p), len);
}
} // namespace

struct TurnCodec::Private
{
    StunAgent agent{};
    // libnice keeps a pointer to the key of every request until its answer arrives, so the
    // password lives here, unchanged, as long as the codec.
    std::string username;
    std::string password;
    QByteArray realm;
    QByteArray nonce;
};

TurnCodec::TurnCodec() : d(std::make_unique<Private>())
{
    stun_agent_init(&d->agent, kKnownAttributes, STUN_COMPATIBILITY_RFC5389,
                    StunAgentUsageFlags(STUN_AGENT_USAGE_LONG_TERM_CREDENTIALS));
}

TurnCodec::~TurnCodec() = default;

void TurnCodec::setCredentials(const QString& username, const QString& password)
{
    d->username = username.toStdString();
    d->password = password.toStdString();
}

bool TurnCodec::hasCredentials() const
{
    return !d->username.empty();
}

void TurnCodec::setChallenge(const QString& realm, const QByteArray& nonce)
{
    d->realm = realm.toUtf8();
    d->nonce = nonce;
}

QByteArray TurnCodec::allocate(QByteArray* transactionId, quint32 lifetime)
{
    return request(STUN_ALLOCATE, lifetime, transactionId);
}

QByteArray TurnCodec::refresh(QByteArray* transactionId, quint32 lifetime)
{
    return request(STUN_REFRESH, lifetime, transactionId);
}

QByteArray TurnCodec::request(int method, quint32 lifetime, QByteArray* transactionId)
{
    QByteArray buffer(1024, '\0');
    StunMessage msg;
    if (!stun_agent_init_request(&d->agent, &msg, reinterpret_cast<uint8_t*>(buffer.data()),
                                 size_t(buffer.size()), StunMethod(method)))
        return {};
    if (method == STUN_ALLOCATE &&
        stun_message_append32(&msg, STUN_ATTRIBUTE_REQUESTED_TRANSPORT, kRequestedTransportUdp) !=
            STUN_MESSAGE_RETURN_SUCCESS)
        return {};
    if (stun_message_append32(&msg, STUN_ATTRIBUTE_LIFETIME, lifetime) !=
        STUN_MESSAGE_RETURN_SUCCESS)
        return {};
    const bool authenticate = hasCredentials() && !d->realm.isEmpty() && !d->nonce.isEmpty();
    if (authenticate) {
        if (stun_message_append_bytes(&msg, STUN_ATTRIBUTE_USERNAME, d->username.data(),
                                      d->username.size()) != STUN_MESSAGE_RETURN_SUCCESS ||
            stun_message_append_bytes(&msg, STUN_ATTRIBUTE_REALM, d->realm.constData(),
                                      size_t(d->realm.size())) != STUN_MESSAGE_RETURN_SUCCESS ||
            stun_message_append_bytes(&msg, STUN_ATTRIBUTE_NONCE, d->nonce.constData(),
                                      size_t(d->nonce.size())) != STUN_MESSAGE_RETURN_SUCCESS)
            return {};
    }
    // With long-term credentials libnice derives the key MD5(username:realm:password) from the
    // USERNAME and REALM just appended.
    const auto* key = authenticate ? reinterpret_cast<const uint8_t*>(d->password.data()) : nullptr;
    return finishStunMessage(&d->agent, &msg, buffer, key,
                             authenticate ? size_t(d->password.size()) : 0, transactionId);
}

int TurnCodec::frameLength(const QByteArray& buffer)
{
    if (buffer.isEmpty())
        return 0;
    if ((quint8(buffer.at(0)) & 0xC0) != 0)
        return -1;
    if (buffer.size() < 8)
        return 0;
    const quint32 cookie = (quint32(word(buffer, 4)) << 16) | word(buffer, 6);
    const int length = word(buffer, 2);
    if (cookie != kMagicCookie || (length % 4) != 0 || 20 + length > kMaxMessage)
        return -1;
    return buffer.size() >= 20 + length ? 20 + length : 0;
}

TurnAnswer TurnCodec::parse(const QByteArray& message, QByteArray* transactionId)
{
    TurnAnswer answer;
    const int frame = frameLength(message);
    if (frame <= 0 || frame != message.size() ||
        stun_message_validate_buffer_length(reinterpret_cast<const uint8_t*>(message.constData()),
                                            size_t(message.size()), true) != message.size()) {
        answer.kind = TurnAnswer::Kind::NotStun;
        return answer;
    }
    // libnice validates in place; keep the caller's bytes untouched.
    QByteArray copy = message;
    StunMessage msg;
    const StunValidationStatus status =
        stun_agent_validate(&d->agent, &msg, reinterpret_cast<uint8_t*>(copy.data()),
                            size_t(copy.size()), nullptr, nullptr);
    if (status != STUN_VALIDATION_SUCCESS && status != STUN_VALIDATION_UNKNOWN_ATTRIBUTE)
        return answer; // Invalid: not an answer to us, or its integrity does not hold
    const StunMethod method = stun_message_get_method(&msg);
    answer.method = method == STUN_ALLOCATE  ? TurnAnswer::Method::Allocate
                    : method == STUN_REFRESH ? TurnAnswer::Method::Refresh
                                             : TurnAnswer::Method::Other;
    StunTransactionId id;
    stun_message_id(&msg, id);
    *transactionId = QByteArray(reinterpret_cast<const char*>(id), sizeof id);
    const QByteArray software = findBytes(msg, STUN_ATTRIBUTE_SOFTWARE);
    answer.software = QString::fromUtf8(software.left(128));
    const StunClass cls = stun_message_get_class(&msg);
    if (cls == STUN_ERROR) {
        if (stun_message_find_error(&msg, &answer.errorCode) != STUN_MESSAGE_RETURN_SUCCESS)
            return answer;
        answer.kind = TurnAnswer::Kind::ErrorResponse;
        // ERROR-CODE: 4 bytes of class/number, then the reason phrase.
        const QByteArray error = findBytes(msg, STUN_ATTRIBUTE_ERROR_CODE);
        answer.errorReason = QString::fromUtf8(error.mid(4, 128));
        answer.realm = QString::fromUtf8(findBytes(msg, STUN_ATTRIBUTE_REALM));
        answer.nonce = findBytes(msg, STUN_ATTRIBUTE_NONCE);
        return answer;
    }
    if (cls != STUN_RESPONSE)
        return answer;
    uint32_t lifetime = 0;
    if (stun_message_find32(&msg, STUN_ATTRIBUTE_LIFETIME, &lifetime) ==
        STUN_MESSAGE_RETURN_SUCCESS)
        answer.lifetime = lifetime;
    if (answer.method == TurnAnswer::Method::Allocate) {
        findXorAddress(msg, STUN_ATTRIBUTE_XOR_RELAYED_ADDRESS, &answer.relayed,
                       &answer.relayedPort);
        findXorAddress(msg, STUN_ATTRIBUTE_XOR_MAPPED_ADDRESS, &answer.mapped, &answer.mappedPort);
        // An Allocate success without a relayed address allocated nothing.
        if (answer.relayed.isNull())
            return answer;
    }
    answer.kind = TurnAnswer::Kind::Success;
    return answer;
}

} // namespace easyuc
