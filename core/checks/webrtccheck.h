#pragma once

#include "../engine/check.h"
#include "../probes/websocketprobe.h"

namespace easyuc {

// R4 pbx.webrtc: the app's signalling path — TLS to the PBX's WebRTC port, a WebSocket with
// the "sip" subprotocol, and a SIP OPTIONS that the PBX answers over it.
class WebRtcCheck : public Check
{
    Q_OBJECT
public:
    explicit WebRtcCheck(QObject* parent = nullptr);

protected:
    void run(RunContext& context) override;
    void abort() override;
    RequirementResult resultOnDeadline() override;

private:
    // The verdict of DESIGN §3 R4 for what the probe saw.
    RequirementResult conclude(const WebSocketSipResult& r) const;
    // Summary and remediation when the connection itself (DNS, TCP, TLS) did not get through.
    void describeConnectionFailure(const ConnectResult& c, RequirementResult* result) const;
    void addEvidence(const WebSocketSipResult& r, RequirementResult* result) const;

    WebSocketProbe* m_probe = nullptr;
    QString m_host;
    quint16 m_port = 0;
    QString m_url;
};

} // namespace easyuc
