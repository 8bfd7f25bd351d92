#include "support/loopbackworld.h"

namespace easyuc::test {

LoopbackWorld::LoopbackWorld()
    : m_ca(QStringLiteral("Loopback World Root")),
      m_https(Behaviour::ReplyClose, "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n"),
      m_webcti(Behaviour::ReplyClose, "HTTP/1.1 401 Unauthorized\r\nContent-Length: 0\r\n\r\n"),
      m_sip(SipResponder::Mode::Answer), m_turnUdp(LoopbackTurnServer::Transport::Udp),
      m_turnTcp(LoopbackTurnServer::Transport::Tcp)
{
    const Issued leaf = m_ca.issue(QStringLiteral("localhost"),
                                   {QStringLiteral("localhost"), QStringLiteral("127.0.0.1")});
    m_https.setTls(serverTlsConfig(leaf.certificate, leaf.key));
    m_bundle = m_ca.writeBundle(QStringLiteral("loopback-world-roots.pem"));
    m_rtpFirst = closedUdpPort();
    m_ok = m_https.listen() && m_webcti.listen() && m_sip.ok() && m_stun.listen() &&
           m_turnUdp.listen() && m_turnTcp.listen() && m_rtpFirst > 0 && m_rtpFirst < 65000;
}

QByteArray LoopbackWorld::profileJson(int checkMs, bool withCredentials) const
{
    const QString credentials =
        withCredentials ? QStringLiteral(R"({"username": "%1", "password": "%2"})")
                              .arg(QLatin1String(kTurnUser), QLatin1String(kTurnPassword))
                        : QStringLiteral("null");
    return QStringLiteral(R"({"schema": 1, "name": "Loopback world", "pbx": "localhost",
        "timeouts": {"checkMs": %1},
        "rules": {"https": {"port": %2}, "webcti": {"port": %3}, "webrtc": {"port": %4},
                  "rtp": {"first": %5, "last": %6, "samples": 2}},
        "domains": ["localhost"],
        "stun": ["127.0.0.1:%7"],
        "turn": [{"host": "127.0.0.1", "port": %8, "transport": "udp"},
                 {"host": "127.0.0.1", "port": %9, "transport": "tcp"}],
        "turnCredentials": %10,
        "sip": {"port": %11},
        "trust": {"reference": "%12", "system": "%12", "requireSct": false}})")
        .arg(checkMs)
        .arg(m_https.port())
        .arg(m_webcti.port())
        .arg(closedPort())
        .arg(m_rtpFirst)
        .arg(m_rtpFirst + 1)
        .arg(m_stun.port())
        .arg(m_turnUdp.port())
        .arg(m_turnTcp.port())
        .arg(credentials)
        .arg(m_sip.port())
        .arg(m_bundle)
        .toUtf8();
}

} // namespace easyuc::test
