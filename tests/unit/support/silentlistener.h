#pragma once

#include <QHostAddress>

namespace easyuc::test {

// A TCP port on a loopback address that swallows SYNs: a listening socket with a backlog of 0
// whose one queue slot is taken by a connection nobody accepts. Linux then drops every further
// SYN (tcp_conn_request: accept queue full), so a client's connect() meets pure silence, like a
// firewall that drops. Works on 127.0.0.0/8 and on ::1, without root or iptables.
class SilentListener
{
public:
    // Binds `address` on `port` (0: any free port).
    explicit SilentListener(const QHostAddress& address, quint16 port = 0);
    ~SilentListener();
    SilentListener(const SilentListener&) = delete;
    SilentListener& operator=(const SilentListener&) = delete;

    bool ok() const { return m_filler >= 0; }
    quint16 port() const { return m_port; }

private:
    int m_listener = -1;
    int m_filler = -1;
    quint16 m_port = 0;
};

} // namespace easyuc::test

// Skips the test where no silent endpoint can be made this way (ok() false: not Linux, or Wine).
#define EASYUC_SKIP_UNLESS_SILENT(listener)                                                        \
    if (!(listener).ok())                                                                          \
    GTEST_SKIP() << "no silent TCP endpoint on this system (it needs Linux's full accept queue)"
