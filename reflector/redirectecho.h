#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QtEndian>
#include <functional>

class QSocketNotifier;

namespace easyuc::reflector {

// One datagram as the redirect-mode socket received it.
struct RedirectedDatagram
{
    QByteArray data;
    qint64 size = 0; // on the wire; larger than data.size() when it was cut
    QHostAddress sender;
    quint16 senderPort = 0;
    quint16 originalPort = 0; // the port the sender addressed, from the packet mark; 0 unknown
};

// The original destination port carried by a packet mark that reflectorNftRules() set (the
// UDP header's first 32 bits masked to the destination port, so the port in network byte
// order); 0 when the mark is not one. The rule stores the header bytes [0 0 port-high
// port-low] as the mark's memory.
inline quint16 originalPortFromMark(quint32 mark)
{
    const quint32 value = qFromBigEndian(mark);
    return value > 0xffff ? 0 : quint16(value);
}

// The one UDP socket of redirect mode: nftables redirects the whole echo range to it and marks
// every datagram with its original destination port (SO_RCVMARK hands the mark over). Each
// answer leaves from the address the datagram was addressed to, so conntrack matches it to the
// redirected flow and restores the original port as its source. Linux only (elsewhere open()
// fails with a clear error).
class RedirectEcho : public QObject
{
    Q_OBJECT
public:
    using Handler = std::function<QByteArray(const RedirectedDatagram&)>;
    RedirectEcho(Handler handler, int maxDatagram, QObject* parent = nullptr);
    ~RedirectEcho() override;

    bool open(const QHostAddress& address, quint16 port, QString* error);
    quint16 localPort() const { return m_port; }

private:
    void onReadable();

    Handler m_handler;
    int m_maxDatagram;
    int m_fd = -1;
    quint16 m_port = 0;
    QSocketNotifier* m_notifier = nullptr;
};

} // namespace easyuc::reflector
