#include "uifixture.h"

#include <QFile>

namespace easyuc::test {

LoopbackWorld::LoopbackWorld(bool silent, int checkMs) : m_ca(QStringLiteral("UI Test Root"))
{
    const Issued leaf = m_ca.issue(QStringLiteral("localhost"), {QStringLiteral("localhost")});
    const Behaviour b = silent ? Behaviour::Silent : Behaviour::ReplyClose;
    m_https = std::make_unique<ScriptedServer>(b, "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n");
    m_https->setTls(serverTlsConfig(leaf.certificate, leaf.key));
    m_https->listen();
    m_webcti = std::make_unique<ScriptedServer>(b, "HTTP/1.1 401 Unauthorized\r\n\r\n");
    m_webcti->listen();
    m_stun = std::make_unique<LoopbackStunServer>(silent ? LoopbackStunServer::Mode::Silent
                                                         : LoopbackStunServer::Mode::Answer);
    m_stun->listen();
    const QString bundle = m_ca.writeBundle(QStringLiteral("ui-roots.pem"));
    m_profilePath = m_dir.filePath(QStringLiteral("loopback.json"));
    QFile f(m_profilePath);
    f.open(QIODevice::WriteOnly);
    f.write(QStringLiteral(R"({"schema": 1, "name": "Loopback", "pbx": "localhost",
             "timeouts": {"checkMs": %6},
             "rules": {"https": {"port": %1}, "webcti": {"port": %2}, "webrtc": {"port": %3}},
             "domains": ["localhost"],
             "stun": ["127.0.0.1:%5"],
             "turn": [],
             "trust": {"reference": "%4", "system": "%4", "requireSct": false}})")
                .arg(m_https->port())
                .arg(m_webcti->port())
                .arg(closedPort())
                .arg(bundle)
                .arg(m_stun->port())
                .arg(checkMs)
                .toUtf8());
}

} // namespace easyuc::test
