// TTL-limited probes on Windows: the ICMP helper API (IcmpSendEcho2) sends an echo request
// with IP_OPTION_INFORMATION.Ttl and reports the router whose TTL ran out
// (IP_TTL_EXPIRED_TRANSIT) or the target's echo reply (IP_SUCCESS), with the round-trip time
// the system measured. No admin rights needed. Each request signals its own event; the events
// are polled from the event loop (the system's RoundTripTime keeps the figures exact). IPv4
// only: Icmp6SendEcho2 reports hop-limit errors too but is not wired up yet.
#include "core/platform/platform.h"
#include "core/platform/ttlprobesocket.h"

#include <QList>
#include <QTimer>
#include <cstring>
#include <utility>
#include <winsock2.h>
#include <ws2tcpip.h>
// winsock2.h first.
#include <windows.h>
// windows.h first.
#include <iphlpapi.h>
// iphlpapi.h (ipexport.h: IPAddr, IP_OPTION_INFORMATION) first.
#include <icmpapi.h>

namespace easyuc {

namespace {
constexpr int kPollMs = 10;
constexpr DWORD kRequestTimeoutMs = 2000;
constexpr int kReplySize = int(sizeof(ICMP_ECHO_REPLY)) + 64 + 8 + 64;

struct Request
{
    HANDLE event = nullptr;
    QByteArray reply;
    quint16 tag = 0;
};

// Requests still with the system when the socket closes: their buffers must outlive them, so
// they are freed once their events fire (each ends within kRequestTimeoutMs).
void reapLater(QList<Request> pending)
{
    if (pending.isEmpty())
        return;
    auto* timer = new QTimer;
    QObject::connect(timer, &QTimer::timeout, timer, [timer, pending]() mutable {
        for (qsizetype i = pending.size() - 1; i >= 0; --i) {
            if (WaitForSingleObject(pending.at(i).event, 0) == WAIT_OBJECT_0) {
                CloseHandle(pending.at(i).event);
                pending.removeAt(i);
            }
        }
        if (pending.isEmpty())
            timer->deleteLater();
    });
    timer->start(100);
}
} // namespace

struct TtlProbeSocket::Native
{
    HANDLE icmp = INVALID_HANDLE_VALUE;
    QList<Request> pending;
    QTimer* poll = nullptr;
};

TtlProbeSocket::TtlProbeSocket(QObject* parent) : QObject(parent), m_native(new Native)
{
    qRegisterMetaType<easyuc::HopReport>();
}

TtlProbeSocket::~TtlProbeSocket()
{
    close();
}

bool TtlProbeSocket::isOpen() const
{
    return m_native->icmp != INVALID_HANDLE_VALUE;
}

bool TtlProbeSocket::open(const QHostAddress& target, int tagCount)
{
    close();
    m_target = target;
    m_tagCount = qBound(0, tagCount, 65535 - kFirstPort);
    bool v4 = false;
    target.toIPv4Address(&v4);
    if (!v4) {
        m_error = QStringLiteral("tracing an IPv6 path is not available on Windows yet");
        return false;
    }
    m_native->icmp = IcmpCreateFile();
    if (m_native->icmp == INVALID_HANDLE_VALUE) {
        m_error = platform::errorText(int(GetLastError()));
        return false;
    }
    m_native->poll = new QTimer(this);
    connect(m_native->poll, &QTimer::timeout, this, &TtlProbeSocket::onActivated);
    m_native->poll->start(kPollMs);
    return true;
}

void TtlProbeSocket::close()
{
    if (m_native->poll) {
        m_native->poll->stop();
        m_native->poll->deleteLater();
        m_native->poll = nullptr;
    }
    if (m_native->icmp != INVALID_HANDLE_VALUE)
        IcmpCloseHandle(m_native->icmp);
    m_native->icmp = INVALID_HANDLE_VALUE;
    reapLater(std::exchange(m_native->pending, {}));
}

bool TtlProbeSocket::send(quint16 tag, int ttl)
{
    if (!isOpen() || int(tag) >= m_tagCount) {
        m_error = QStringLiteral("not open");
        return false;
    }
    Request r;
    r.tag = tag;
    r.event = CreateEventW(nullptr, FALSE, FALSE, nullptr);
    if (!r.event) {
        m_error = platform::errorText(int(GetLastError()));
        return false;
    }
    r.reply = QByteArray(kReplySize, '\0');
    static char payload[] = "easyuc-diag path probe";
    IP_OPTION_INFORMATION options{};
    options.Ttl = UCHAR(qBound(1, ttl, 255));
    const IPAddr destination = htonl(m_target.toIPv4Address());
    // Asynchronous with an event: returns 0 and ERROR_IO_PENDING while the request is out.
    const DWORD n = IcmpSendEcho2(m_native->icmp, r.event, nullptr, nullptr, destination, payload,
                                  WORD(sizeof payload - 1), &options, r.reply.data(),
                                  DWORD(r.reply.size()), kRequestTimeoutMs);
    const DWORD error = GetLastError();
    if (n == 0 && error != ERROR_IO_PENDING) {
        CloseHandle(r.event);
        m_error = platform::errorText(int(error));
        return false;
    }
    m_native->pending.append(r);
    return true;
}

void TtlProbeSocket::onActivated()
{
    for (qsizetype i = 0; i < m_native->pending.size();) {
        Request& r = m_native->pending[i];
        if (WaitForSingleObject(r.event, 0) != WAIT_OBJECT_0) {
            ++i;
            continue;
        }
        const Request done = m_native->pending.takeAt(i);
        CloseHandle(done.event);
        QByteArray reply = done.reply;
        if (IcmpParseReplies(reply.data(), DWORD(reply.size())) == 0)
            continue; // timed out or failed: silence
        ICMP_ECHO_REPLY echo;
        std::memcpy(&echo, reply.constData(), sizeof echo);
        HopReport h;
        h.tag = done.tag;
        h.from = QHostAddress(quint32(ntohl(echo.Address)));
        h.rttMs = int(echo.RoundTripTime);
        h.raw = QStringLiteral("IP_STATUS %1 from %2").arg(echo.Status).arg(h.from.toString());
        if (echo.Status == IP_TTL_EXPIRED_TRANSIT)
            h.kind = HopReport::Kind::TimeExceeded;
        else if (echo.Status == IP_SUCCESS)
            h.kind = HopReport::Kind::TargetReached;
        else if (echo.Status == IP_DEST_HOST_UNREACHABLE ||
                 echo.Status == IP_DEST_NET_UNREACHABLE ||
                 echo.Status == IP_DEST_PROT_UNREACHABLE || echo.Status == IP_DEST_PORT_UNREACHABLE)
            h.kind = h.from.isEqual(m_target) ? HopReport::Kind::TargetReached
                                              : HopReport::Kind::Unreachable;
        else
            continue;
        Q_EMIT hopReported(h);
        if (!isOpen())
            return;
    }
}

} // namespace easyuc
