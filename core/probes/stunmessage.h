#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QString>

namespace easyuc {

// What a STUN Binding response said (RFC 5389, RFC 5780 attributes included).
struct StunBindingAnswer
{
    enum class Kind
    {
        Success,
        ErrorResponse,
        NotStun,
        Invalid
    };
    Kind kind = Kind::Invalid;
    QHostAddress xorMapped; // XOR-MAPPED-ADDRESS
    quint16 xorMappedPort = 0;
    QHostAddress plainMapped; // MAPPED-ADDRESS, when the server sent one
    quint16 plainMappedPort = 0;
    QHostAddress otherAddress; // RFC 5780 OTHER-ADDRESS: the server's second address
    quint16 otherPort = 0;
    QHostAddress responseOrigin; // RFC 5780 RESPONSE-ORIGIN
    quint16 responseOriginPort = 0;
    int errorCode = 0;
    QString software;

    bool hasMapped() const { return !xorMapped.isNull() || !plainMapped.isNull(); }
    QHostAddress mapped() const { return xorMapped.isNull() ? plainMapped : xorMapped; }
    quint16 mappedPort() const { return xorMapped.isNull() ? plainMappedPort : xorMappedPort; }
    // Both forms present and different: something rewrote the plain address in the payload.
    bool mappedDiffers() const
    {
        return !xorMapped.isNull() && !plainMapped.isNull() &&
               (xorMapped != plainMapped || xorMappedPort != plainMappedPort);
    }
};

// Builds STUN Binding requests and checks answers with libnice's STUN library. One codec per
// socket: it remembers the transactions it sent, so only answers to them are accepted.
class StunCodec
{
public:
    StunCodec();
    ~StunCodec();
    StunCodec(const StunCodec&) = delete;
    StunCodec& operator=(const StunCodec&) = delete;

    // A Binding request; `changeIp` / `changePort` ask an RFC 5780 server to answer from its
    // other address / port; `padTo` > 0 pads the datagram to that many bytes (path-MTU probes).
    QByteArray bindingRequest(QByteArray* transactionId, bool changeIp = false,
                              bool changePort = false, int padTo = 0);
    // Parses a datagram; on success *transactionId names the request it answers.
    StunBindingAnswer parse(const QByteArray& datagram, QByteArray* transactionId);

    // Reads any STUN-framed datagram without checking it answers us (servers, reflectors).
    static bool looksLikeStun(const QByteArray& datagram);

private:
    struct Private;
    Private* d;
};

} // namespace easyuc
