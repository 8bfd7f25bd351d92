#pragma once

#include "support/loopbackservers.h"
#include "support/stunserver.h"
#include "support/testpki.h"

#include <QTemporaryDir>
#include <memory>

namespace easyuc::test {

// A small world on 127.0.0.1 for whole runs of the window: an HTTPS PBX, a WebCTI server, a
// STUN server, nothing on the WebRTC port (R4 fails), and a profile file naming them all.
class LoopbackWorld
{
public:
    // `silent`: every TCP server accepts and never answers (runs that wait for the deadline).
    explicit LoopbackWorld(bool silent = false, int checkMs = 1500);
    QString profilePath() const { return m_profilePath; }

private:
    TestCa m_ca;
    std::unique_ptr<ScriptedServer> m_https;
    std::unique_ptr<ScriptedServer> m_webcti;
    std::unique_ptr<LoopbackStunServer> m_stun;
    QTemporaryDir m_dir;
    QString m_profilePath;
};

} // namespace easyuc::test
