#pragma once

#include "stunmessage.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>

class QUdpSocket;
class QTimer;

namespace easyuc {

// The outcome of one STUN Binding transaction.
struct StunBindingResult
{
    enum class Error
    {
        None,
        Timeout,
        Refused,
        ErrorResponse,
        SocketError
    };
    QString label; // caller's name for the transaction ("stun.example.net:3478")
    QHostAddress server;
    quint16 serverPort = 0;
    quint16 localPort = 0;
    Error error = Error::Timeout;
    StunBindingAnswer answer;
    qint64 rttMs = -1; // from the last (re)transmission to the answer
    int attempts = 0;
    int ignoredDatagrams = 0; // datagrams that were not a valid answer (garbage, strangers)
    bool ok() const { return error == Error::None; }
};

// Sends STUN Binding requests from one UDP socket (one local port, so that the NAT mapping
// of several transactions can be compared) and matches answers by transaction id.
// Retransmits per RFC 5389 §7.2.1 with a shorter first interval, within each deadline.
class StunClient : public QObject
{
    Q_OBJECT
public:
    explicit StunClient(QObject* parent = nullptr);
    ~StunClient() override;

    bool bind(quint16 port = 0);
    quint16 localPort() const;

    struct Options
    {
        bool changeIp = false;
        bool changePort = false;
        int padTo = 0;
        int firstRtoMs = 250;
        int maxAttempts = 7;
    };
    // Starts a transaction; finished() reports it once, by label.
    void query(const QString& label, const QHostAddress& server, quint16 port, int timeoutMs,
               const Options& options);
    void query(const QString& label, const QHostAddress& server, quint16 port, int timeoutMs)
    {
        query(label, server, port, timeoutMs, Options{});
    }
    void abort();
    int pending() const { return int(m_transactions.size()); }

Q_SIGNALS:
    void finished(const easyuc::StunBindingResult& result);

private:
    struct Transaction
    {
        StunBindingResult result;
        QByteArray request;
        QElapsedTimer sentAt;
        QElapsedTimer started;
        QTimer* retransmit = nullptr;
        int rtoMs = 250;
        int timeoutMs = 0;
        int maxAttempts = 7;
    };
    void send(const QByteArray& id);
    void onReadable();
    void complete(const QByteArray& id, StunBindingResult::Error error);

    QUdpSocket* m_socket = nullptr;
    StunCodec m_codec;
    QHash<QByteArray, Transaction> m_transactions;
};

} // namespace easyuc
