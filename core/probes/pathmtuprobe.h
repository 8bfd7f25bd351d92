#pragma once

#include "stunmessage.h"
#include "udpprobe.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>

class QTimer;

namespace easyuc {

// What the don't-fragment probes towards one STUN server found. Sizes are whole IP packets.
struct PathMtuResult
{
    QHostAddress server;
    quint16 port = 0;
    int routeMtu = -1;             // IP_MTU before probing: the route's (interface) MTU
    int kernelMtu = -1;            // IP_MTU after probing (lowered by ICMP fragmentation-needed)
    int largestAnswered = 0;       // 0 when no size was answered at all
    int smallestLost = 0;          // smallest size never answered (0: none lost)
    int icmpMtu = 0;               // next-hop MTU named by an ICMP fragmentation-needed, 0 if none
    QHostAddress icmpFrom;         // the router that sent it
    bool localLimit = false;       // the system refused a size (EMSGSIZE): above the interface MTU
    int probes = 0;                // datagrams sent
    QList<QPair<int, bool>> trail; // each size probed and whether it was answered, in order
    QString detail;                // raw: why probing could not run

    bool answered() const { return largestAnswered > 0; }
    // The search closed in on the limit: nothing lost, or lost just above what was answered.
    bool exact() const;
};

// Finds the largest packet that reaches a STUN server and is answered, with STUN Binding
// requests padded to size (RFC 5780 PADDING) and sent with don't-fragment: a few sizes at a
// time, narrowing between the largest answered and the smallest lost. An ICMP
// fragmentation-needed names the next-hop MTU directly; silence above some size while smaller
// ones are answered is a black hole. Answers only prove; a lost size is retried once.
class PathMtuProbe : public QObject
{
    Q_OBJECT
public:
    explicit PathMtuProbe(QObject* parent = nullptr);
    ~PathMtuProbe() override;

    // Probes packet sizes between `low` (expected to pass) and `high` (the size wanted).
    void start(const QHostAddress& server, quint16 port, int low, int high, int timeoutMs);
    void abort();
    const PathMtuResult& result() const { return m_result; }

Q_SIGNALS:
    void finished();

private:
    struct Probe
    {
        int size = 0;
        QByteArray id;
        QByteArray datagram;
        qint64 sentMs = 0;
        int attempts = 0;
        enum class State
        {
            Pending,
            Answered,
            Lost
        } state = State::Pending;
    };
    void startRound(const QList<int>& sizes);
    void send(Probe& probe);
    void tick();
    void onDatagram(const QByteArray& data);
    void onKernelError(const KernelError& error);
    void endRound();
    QList<int> nextSizes() const;
    void finish();

    UdpProbeSocket* m_socket = nullptr;
    StunCodec m_codec;
    QTimer* m_timer = nullptr;
    QElapsedTimer m_clock;
    QList<Probe> m_round;
    QList<int> m_tried;
    PathMtuResult m_result;
    int m_low = 576;
    int m_high = 1500;
    int m_rounds = 0;
    int m_timeoutMs = 0;
    bool m_running = false;
};

} // namespace easyuc
