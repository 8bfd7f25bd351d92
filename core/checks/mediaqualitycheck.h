#pragma once

#include "../engine/check.h"

#include <QHostAddress>
#include <QList>

class QTimer;

namespace easyuc {

class CallStreamProbe;
class DnsProbe;
class StunClient;
struct CallTestResult;
struct StunBindingResult;

// R15 media.quality (advisory): a train of STUN Bindings to the first STUN server, one every
// 20 ms like voice packets, measuring round-trip time, jitter (RFC 3550 §6.4.1) and loss. With a
// call test asked for (profile.callTestSeconds, --call-test), a voice-shaped stream of that
// length instead, to the RTP reflector when the profile names one, scored as a MOS
// (callverdict.h).
class MediaQualityCheck : public Check
{
    Q_OBJECT
public:
    explicit MediaQualityCheck(QObject* parent = nullptr);
    // Tests shorten the train; the requirement uses 50 packets at 20 ms.
    void setTrain(int packets, int intervalMs);
    // What a call test of `seconds` adds to the check's deadline.
    static int callTestTimeMs(int seconds);

protected:
    void run(RunContext& context) override;
    void abort() override;
    RequirementResult resultOnDeadline() override;

private:
    void sendNext();
    RequirementResult conclude() const;
    void runCallTest(RunContext& context);
    RequirementResult concludeCall(const CallTestResult& result);

    int m_packets = 50;
    int m_intervalMs = 20;
    int m_sent = 0;
    int m_done = 0;
    QList<qint64> m_rtts; // -1 for a packet not answered (yet), in send order
    // Whether packet i's answer window is over (answered, or its loss timeout passed): only
    // those count for loss. Unsent or still in flight at the deadline, a packet proves nothing.
    QList<bool> m_settled;
    QString m_target;
    QHostAddress m_address;
    quint16 m_port = 0;
    DnsProbe* m_dns = nullptr;
    StunClient* m_client = nullptr;
    QTimer* m_pacer = nullptr;
    CallStreamProbe* m_call = nullptr;
    QString m_callKind; // "reflector" | "stun"
    QString m_callHost; // the name the call test was aimed at (profile)
};

} // namespace easyuc
