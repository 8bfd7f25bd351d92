#pragma once

#include "core/engine/calltest.h"

#include <QByteArray>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>
#include <QObject>

class QTimer;
class QUdpSocket;

namespace easyuc {

// A voice-shaped UDP stream (issue 14): 50 packets a second of 172 bytes, the size of a G.711
// packet with its RTP header, sent to an echo (the RTP reflector) or as padded STUN Binding
// requests to a STUN server, and timed per packet on the way back. Measures; never judges.
class CallStreamProbe : public QObject
{
    Q_OBJECT
public:
    enum class Mode
    {
        Echo, // RTP-like datagrams that the peer sends back as they came (easyuc-reflector)
        Stun  // STUN Binding requests padded to the same size; any STUN answer counts
    };
    static constexpr int kPacketsPerSecond = 50;
    static constexpr int kIntervalUs = 1000000 / kPacketsPerSecond;
    static constexpr int kPacketBytes = 172; // 12 bytes of RTP header + 160 bytes of G.711
    // An answer later than this is lost: a call's jitter buffer would have played on without it.
    static constexpr int kLossTimeoutMs = 1000;
    // Packets sent at once when the event loop was late, at most (the rate stays 50/s).
    static constexpr int kMaxCatchUp = 2;

    explicit CallStreamProbe(QObject* parent = nullptr);
    ~CallStreamProbe() override;

    // Streams for `seconds` (at most what `deadline` leaves once the last answers had their
    // time), then reports finished() once. progress() follows every full second with the
    // figures so far.
    void start(const QHostAddress& address, quint16 port, Mode mode, int seconds,
               QDeadlineTimer deadline);
    void abort();
    bool isRunning() const { return m_running; }
    // The figures of the packets whose answer window is over (answered, or timed out).
    CallTestResult result() const;
    // Datagrams that arrived and were not an answer to this stream (garbage, strangers, copies
    // of the wrong size).
    int ignoredDatagrams() const { return m_ignored; }

Q_SIGNALS:
    void progress(const easyuc::CallTestResult& soFar);
    void finished(const easyuc::CallTestResult& result);

private:
    struct Packet
    {
        qint64 sentUs = -1;
        qint64 rttUs = -1;      // -1: no answer (yet)
        int answers = 0;        // > 1: duplicated on the way
        bool reordered = false; // its answer came after that of a later packet
        double jitterMs = 0;    // the running jitter right after its answer
        int arrival = -1;       // order of arrival of its answer
    };
    void pace();
    void sendOne();
    void onReadable();
    void onAnswer(int seq);
    void conclude();
    QByteArray datagramFor(int seq, qint64 sentUs) const;
    // The sequence number an answer is for, or -1 when it is not one.
    int sequenceOf(const QByteArray& answer) const;
    bool settled(int seq, qint64 nowUs) const;
    qint64 nowUs() const { return m_clock.nsecsElapsed() / 1000; }

    QUdpSocket* m_socket = nullptr;
    QTimer* m_pacer = nullptr;
    QTimer* m_settle = nullptr;
    QElapsedTimer m_clock;
    QDeadlineTimer m_deadline;
    QHostAddress m_address;
    quint16 m_port = 0;
    Mode m_mode = Mode::Echo;
    int m_seconds = 0;
    int m_total = 0; // packets planned
    int m_next = 0;  // next sequence number to send
    QList<Packet> m_packets;
    QByteArray m_session; // 8 random bytes naming this stream in every datagram
    quint32 m_ssrc = 0;
    int m_arrivals = 0;
    int m_highestAnswered = -1;
    qint64 m_lastRttUs = -1;
    double m_jitterMs = 0;
    int m_ignored = 0;
    int m_sendErrors = 0;
    QString m_sendError;
    int m_lastProgressSecond = 0;
    bool m_running = false;
};

} // namespace easyuc
