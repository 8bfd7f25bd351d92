#include "stunmessage.h"

#include "core/platform/sockaddr.h"
#include "stunframing.h"

#include <cstring>
#include <stun/stunagent.h>
#include <stun/stunmessage.h>
#include <stun/usages/bind.h>

namespace easyuc {

namespace {
// RFC 5780 attributes that libnice's enum does not name.
constexpr int kResponseOrigin = 0x802b;
constexpr int kOtherAddress = 0x802c;
constexpr int kPadding = 0x0026;

const uint16_t kKnownAttributes[] = {
    STUN_ATTRIBUTE_MAPPED_ADDRESS,     STUN_ATTRIBUTE_XOR_MAPPED_ADDRESS, STUN_ATTRIBUTE_ERROR_CODE,
    STUN_ATTRIBUTE_UNKNOWN_ATTRIBUTES, STUN_ATTRIBUTE_CHANGE_REQUEST,     0};

bool toQt(const sockaddr_storage& ss, QHostAddress* addr, quint16* port)
{
    if (ss.ss_family == AF_INET) {
        const auto* in = reinterpret_cast<const sockaddr_in*>(&ss);
        addr->setAddress(ntohl(in->sin_addr.s_addr));
        *port = ntohs(in->sin_port);
        return true;
    }
    if (ss.ss_family == AF_INET6) {
        const auto* in6 = reinterpret_cast<const sockaddr_in6*>(&ss);
        addr->setAddress(in6->sin6_addr.s6_addr);
        *port = ntohs(in6->sin6_port);
        return true;
    }
    return false;
}

void findAddress(const StunMessage& msg, int type, bool xored, QHostAddress* addr, quint16* port)
{
    sockaddr_storage ss{};
    socklen_t len = sizeof ss;
    const StunMessageReturn r =
        xored ? stun_message_find_xor_addr(&msg, StunAttribute(type), &ss, &len)
              : stun_message_find_addr(&msg, StunAttribute(type), &ss, &len);
    if (r == STUN_MESSAGE_RETURN_SUCCESS)
        toQt(ss, addr, port);
}
} // namespace

struct StunCodec::Private
{
    StunAgent agent{};
};

StunCodec::StunCodec() : d(new Private)
{
    stun_agent_init(&d->agent, kKnownAttributes, STUN_COMPATIBILITY_RFC5389,
                    StunAgentUsageFlags(STUN_AGENT_USAGE_USE_FINGERPRINT |
                                        STUN_AGENT_USAGE_IGNORE_CREDENTIALS));
}

StunCodec::~StunCodec()
{
    delete d;
}

QByteArray StunCodec::bindingRequest(QByteArray* transactionId, bool changeIp, bool changePort,
                                     int padTo)
{
    QByteArray buffer(qMax(padTo + 64, 576), '\0');
    auto* buf = reinterpret_cast<uint8_t*>(buffer.data());
    StunMessage msg;
    if (!stun_agent_init_request(&d->agent, &msg, buf, size_t(buffer.size()), STUN_BINDING))
        return {};
    if (changeIp || changePort)
        stun_message_append32(&msg, STUN_ATTRIBUTE_CHANGE_REQUEST,
                              (changeIp ? 0x4u : 0u) | (changePort ? 0x2u : 0u));
    if (padTo > 0) {
        // Header 20 + PADDING header 4 + FINGERPRINT 8 around the padding bytes.
        const int padding = qMax(0, padTo - 20 - 4 - 8 - int(stun_message_length(&msg) - 20));
        if (padding > 0) {
            const QByteArray pad((padding + 3) & ~3, '\0');
            stun_message_append_bytes(&msg, StunAttribute(kPadding), pad.constData(),
                                      size_t(pad.size()));
        }
    }
    return finishStunMessage(&d->agent, &msg, buffer, nullptr, 0, transactionId);
}

bool StunCodec::looksLikeStun(const QByteArray& datagram)
{
    return datagram.size() >= 20 && stun_message_validate_buffer_length(
                                        reinterpret_cast<const uint8_t*>(datagram.constData()),
                                        size_t(datagram.size()), true) > 0;
}

StunBindingAnswer StunCodec::parse(const QByteArray& datagram, QByteArray* transactionId)
{
    StunBindingAnswer answer;
    if (!looksLikeStun(datagram)) {
        answer.kind = StunBindingAnswer::Kind::NotStun;
        return answer;
    }
    // libnice validates in place; keep the caller's bytes untouched.
    QByteArray copy = datagram;
    StunMessage msg;
    const StunValidationStatus status =
        stun_agent_validate(&d->agent, &msg, reinterpret_cast<uint8_t*>(copy.data()),
                            size_t(copy.size()), nullptr, nullptr);
    if (status != STUN_VALIDATION_SUCCESS && status != STUN_VALIDATION_UNKNOWN_ATTRIBUTE) {
        answer.kind = StunBindingAnswer::Kind::Invalid;
        return answer;
    }
    if (stun_message_get_method(&msg) != STUN_BINDING) {
        answer.kind = StunBindingAnswer::Kind::Invalid;
        return answer;
    }
    StunTransactionId id;
    stun_message_id(&msg, id);
    *transactionId = QByteArray(reinterpret_cast<const char*>(id), sizeof id);
    if (stun_message_get_class(&msg) == STUN_ERROR) {
        answer.kind = StunBindingAnswer::Kind::ErrorResponse;
        stun_message_find_error(&msg, &answer.errorCode);
        return answer;
    }
    if (stun_message_get_class(&msg) != STUN_RESPONSE) {
        answer.kind = StunBindingAnswer::Kind::Invalid;
        return answer;
    }
    findAddress(msg, STUN_ATTRIBUTE_XOR_MAPPED_ADDRESS, true, &answer.xorMapped,
                &answer.xorMappedPort);
    findAddress(msg, STUN_ATTRIBUTE_MAPPED_ADDRESS, false, &answer.plainMapped,
                &answer.plainMappedPort);
    findAddress(msg, kOtherAddress, false, &answer.otherAddress, &answer.otherPort);
    findAddress(msg, kResponseOrigin, false, &answer.responseOrigin, &answer.responseOriginPort);
    uint16_t len = 0;
    if (const void* sw = stun_message_find(&msg, STUN_ATTRIBUTE_SOFTWARE, &len); sw && len < 256)
        answer.software = QString::fromUtf8(static_cast<const char*>(sw), len);
    answer.kind =
        answer.hasMapped() ? StunBindingAnswer::Kind::Success : StunBindingAnswer::Kind::Invalid;
    return answer;
}

} // namespace easyuc
