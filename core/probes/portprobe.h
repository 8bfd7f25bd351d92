#pragma once

#include "stunmessage.h"
#include "udpprobe.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <functional>

class QTimer;

namespace easyuc {

// One UDP port to probe.
struct PortTarget
{
    QHostAddress address;
    quint16 port = 0;
};

// What probing one UDP port found, and the raw facts behind it.
struct PortProbeResult
{
    PortTarget target;
    PortVerdict verdict = PortVerdict::Silent;
    KernelError error; // the report behind PathOpen / Blocked (origin None otherwise)
    int sendError = 0; // the raw OS code of a refused send()
    QString answer;    // "stun" (a STUN answer to our request) or "echo" (our own bytes)
    int attempts = 0;
    qint64 rttMs = -1;
    int ignored = 0; // datagrams and errors that were not about this probe
    QString detail;  // raw: why the probe could not run
};

// Sends a STUN Binding request to each target port from its own connected UDP socket and
// classifies each port from what comes back: an answer (a STUN response, or our datagram
// echoed by a reflector), ICMP errors read from the kernel, or silence. Silent ports are sent
// again, paced by the caller's ICMP budget, until the deadline.
class UdpPortProbe : public QObject
{
    Q_OBJECT
public:
    // Books one ICMP error from `host`: the delay in ms before it may be drawn, or -1 with
    // `onlyIfFree` when none is available now. Without a pacer every probe goes at once.
    using IcmpPacer = std::function<int(const QHostAddress& host, bool onlyIfFree)>;

    explicit UdpPortProbe(QObject* parent = nullptr);
    ~UdpPortProbe() override;

    void setPacer(IcmpPacer pacer) { m_pacer = std::move(pacer); }
    // How long an unanswered probe waits before it is sent again, and how many times at most.
    void setRetry(int waitMs, int maxAttempts);
    void start(const QList<PortTarget>& targets, int timeoutMs);
    void abort();
    const QList<PortProbeResult>& results() const { return m_results; }
    bool isFinished() const { return m_finished; }

Q_SIGNALS:
    void finished();

private:
    struct Slot
    {
        UdpProbeSocket* socket = nullptr;
        QList<QByteArray> sent; // every datagram sent (echo detection)
        QList<QByteArray> ids;  // their STUN transaction ids
        QElapsedTimer sentAt;
        qint64 nextSendMs = 0; // on the probe's clock; -1 when no further send is due
        qint64 lastSendMs = 0;
        bool booked = false; // the next retry's ICMP error is booked with the pacer
        bool done = false;
    };
    void sendTo(int index);
    void onDatagram(int index, const QByteArray& data);
    void onKernelError(int index, const KernelError& error);
    void conclude(int index, PortVerdict verdict);
    void schedule();
    void tick();
    void finishAll();

    QList<PortProbeResult> m_results;
    QList<Slot> m_slots;
    StunCodec m_codec;
    IcmpPacer m_pacer;
    QTimer* m_timer = nullptr;
    QElapsedTimer m_clock;
    int m_timeoutMs = 0;
    int m_retryWaitMs = 300;
    int m_maxAttempts = 3;
    bool m_finished = true;
};

} // namespace easyuc
