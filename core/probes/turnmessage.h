#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QString>
#include <memory>

namespace easyuc {

// What a TURN server said to one Allocate or Refresh request (RFC 5766 / RFC 8656).
struct TurnAnswer
{
    enum class Kind
    {
        Success,
        ErrorResponse,
        NotStun,
        Invalid
    };
    enum class Method
    {
        Allocate,
        Refresh,
        Other
    };
    Kind kind = Kind::Invalid;
    Method method = Method::Other;
    int errorCode = 0;
    QString errorReason;
    QString realm;        // REALM of an error response
    QByteArray nonce;     // NONCE: kept for the next request, never reported
    QHostAddress relayed; // XOR-RELAYED-ADDRESS of an Allocate success
    quint16 relayedPort = 0;
    QHostAddress mapped; // XOR-MAPPED-ADDRESS of an Allocate success
    quint16 mappedPort = 0;
    quint32 lifetime = 0; // LIFETIME in seconds
    QString software;

    // A 401 carrying REALM and NONCE: the answer of a real TURN server to an unauthenticated
    // request, which proves the path.
    bool isChallenge() const
    {
        return kind == Kind::ErrorResponse && errorCode == 401 && !realm.isEmpty() &&
               !nonce.isEmpty();
    }
};

// Builds TURN requests and checks answers with libnice's STUN library. One codec per
// connection: it remembers the requests it sent, so only answers to them are accepted, and it
// checks the MESSAGE-INTEGRITY of authenticated answers. The password stays inside.
class TurnCodec
{
public:
    TurnCodec();
    ~TurnCodec();
    TurnCodec(const TurnCodec&) = delete;
    TurnCodec& operator=(const TurnCodec&) = delete;

    // Long-term credentials for the requests built after a challenge.
    void setCredentials(const QString& username, const QString& password);
    bool hasCredentials() const;
    // REALM and NONCE from a 401 / 438 answer; later requests carry them with USERNAME and
    // MESSAGE-INTEGRITY when credentials are set.
    void setChallenge(const QString& realm, const QByteArray& nonce);

    // An Allocate for a UDP relay (REQUESTED-TRANSPORT 17) with LIFETIME.
    QByteArray allocate(QByteArray* transactionId, quint32 lifetime = 600);
    // A Refresh; lifetime 0 frees the allocation.
    QByteArray refresh(QByteArray* transactionId, quint32 lifetime = 0);
    // Parses one complete message; on success *transactionId names the request it answers.
    TurnAnswer parse(const QByteArray& message, QByteArray* transactionId);

    // For stream transports: the size of the STUN message at the start of `buffer` when it is
    // complete, 0 when more bytes are needed, -1 when the bytes cannot be STUN.
    static int frameLength(const QByteArray& buffer);

private:
    QByteArray request(int method, quint32 lifetime, QByteArray* transactionId);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace easyuc
