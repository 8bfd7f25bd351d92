#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>

class QTimer;
class QUdpSocket;

namespace easyuc {

// What one DNS server answered when asked directly for a name's A and AAAA records.
struct DnsServerAnswer
{
    QString server;                // "192.0.2.53" (with ":port" when not 53)
    QList<QHostAddress> addresses; // IPv4 first, then IPv6
    QString error;                 // raw: "no answer within 2000 ms", "NXDOMAIN"…; empty when
                                   // the server answered (an empty list is then "no records")
    qint64 answerMs = -1;          // to the first answer
};

// Asks one given DNS server (not the system resolver) over UDP, within a deadline: the A and
// AAAA queries leave together and the probe ends when both are answered or the deadline hits.
class DnsServerQuery : public QObject
{
    Q_OBJECT
public:
    explicit DnsServerQuery(QObject* parent = nullptr);
    ~DnsServerQuery() override;

    void start(const QHostAddress& server, quint16 port, const QString& name, int timeoutMs);
    void abort();

    // The wire format (RFC 1035), public for the tests: a recursive query for `name`.
    static QByteArray encodeQuery(quint16 id, const QString& name, quint16 type);
    // Reads an answer to query `id`: the response code and the A/AAAA records of its answer
    // section. False (with *error) for anything that is not a well-formed answer to it.
    static bool parseAnswer(const QByteArray& packet, quint16 id, int* rcode,
                            QList<QHostAddress>* addresses, QString* error);

Q_SIGNALS:
    void finished(const easyuc::DnsServerAnswer& answer);

private:
    void onReadyRead();
    void conclude();

    QUdpSocket* m_socket = nullptr;
    QTimer* m_timer = nullptr;
    qint64 m_startMs = 0;
    quint16 m_ids[2] = {0, 0};
    bool m_answered[2] = {false, false};
    int m_rcode[2] = {-1, -1};
    QList<QHostAddress> m_v4;
    QList<QHostAddress> m_v6;
    QString m_parseError;
    QHostAddress m_server;
    quint16 m_port = 53;
    int m_timeoutMs = 0;
    DnsServerAnswer m_answer;
    bool m_active = false;
};

} // namespace easyuc

Q_DECLARE_METATYPE(easyuc::DnsServerAnswer)
