#pragma once

#include "support/loopbackservers.h"
#include "support/sipresponder.h"
#include "support/stunserver.h"
#include "support/testpki.h"
#include "support/turnserver.h"

#include <QByteArray>
#include <QString>

namespace easyuc::test {

// Every server a full run talks to, on 127.0.0.1, for runs of the whole catalogue: HTTPS (a
// test CA's certificate for localhost), WebCTI, SIP over UDP and TCP, STUN, TURN over UDP and
// TCP with long-term credentials. WebRTC's port is closed. Unit tests only.
class LoopbackWorld
{
public:
    LoopbackWorld();
    // All servers listen.
    bool ok() const { return m_ok; }
    // A schema-1 profile for this world (PBX "localhost", trust = the test CA), with the TURN
    // credentials when `withCredentials` and this check deadline.
    QByteArray profileJson(int checkMs, bool withCredentials) const;

    static constexpr const char* kTurnUser = LoopbackTurnServer::kUser;
    static constexpr const char* kTurnPassword = LoopbackTurnServer::kPassword;

    LoopbackTurnServer& turnUdp() { return m_turnUdp; }

private:
    TestCa m_ca;
    QString m_bundle;
    ScriptedServer m_https;
    ScriptedServer m_webcti;
    SipResponder m_sip;
    LoopbackStunServer m_stun;
    LoopbackTurnServer m_turnUdp;
    LoopbackTurnServer m_turnTcp;
    quint16 m_rtpFirst = 0;
    bool m_ok = false;
};

} // namespace easyuc::test
