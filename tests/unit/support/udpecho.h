#pragma once

#include <QNetworkDatagram>
#include <QObject>
#include <QUdpSocket>

namespace easyuc::test {

// A UDP echo on 127.0.0.1 (what easyuc-reflector does on its RTP ports) that can impair the
// stream the way networks do, for the call test.
class ImpairedEcho : public QObject
{
public:
    enum class Mode
    {
        Echo,
        DropEveryFifth,      // loss 20 %, never two in a row
        DuplicateAndReorder, // every 10th answered twice; each even packet held behind the next
        Silent,
        Malformed // answers that are not the packet: garbage, cut, altered, from another port
    };
    explicit ImpairedEcho(Mode mode) : m_mode(mode)
    {
        connect(&m_socket, &QUdpSocket::readyRead, this, &ImpairedEcho::onReadable);
    }
    bool listen()
    {
        return m_socket.bind(QHostAddress::LocalHost, 0) &&
               m_other.bind(QHostAddress::LocalHost, 0);
    }
    quint16 port() const { return m_socket.localPort(); }
    int received() const { return m_received; }
    int largest() const { return m_largest; }

private:
    void onReadable()
    {
        while (m_socket.hasPendingDatagrams()) {
            const QNetworkDatagram d = m_socket.receiveDatagram();
            const int n = m_received++;
            m_largest = qMax(m_largest, int(d.data().size()));
            const auto send = [&](const QByteArray& bytes) {
                m_socket.writeDatagram(bytes, d.senderAddress(), quint16(d.senderPort()));
            };
            switch (m_mode) {
            case Mode::Echo:
                send(d.data());
                break;
            case Mode::DropEveryFifth:
                if (n % 5 != 4)
                    send(d.data());
                break;
            case Mode::DuplicateAndReorder:
                if (n % 2 == 0) {
                    m_held = d.data();
                    break;
                }
                send(d.data());
                send(m_held);
                if (n % 10 == 1)
                    send(d.data());
                break;
            case Mode::Silent:
                break;
            case Mode::Malformed: {
                send(QByteArray("garbage"));
                send(d.data().left(d.data().size() - 1));
                QByteArray altered = d.data();
                altered[30] = char(altered.at(30) ^ 0x55); // inside the send time
                send(altered);
                QByteArray longer = d.data() + "x";
                send(longer);
                m_other.writeDatagram(d.data(), d.senderAddress(), quint16(d.senderPort()));
                break;
            }
            }
        }
    }

    Mode m_mode;
    QUdpSocket m_socket;
    QUdpSocket m_other; // a stranger on another port
    QByteArray m_held;
    int m_received = 0;
    int m_largest = 0;
};

} // namespace easyuc::test
