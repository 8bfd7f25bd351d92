#pragma once

#include "sipmessage.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>

class QAbstractSocket;
class QTimer;

namespace easyuc {

class DnsProbe;
struct DnsResult;

// Where to send a SIP OPTIONS over plain UDP or TCP, and how long to try.
struct SipProbeRequest
{
    QString host;                  // Request-URI host (the PBX or reflector name)
    QList<QHostAddress> addresses; // when set, DNS is skipped
    quint16 port = 5060;
    SipTransport transport = SipTransport::Udp; // Udp or Tcp
    int timeoutMs = 4000;
    // Pads the request with a body so that an echoing reflector can answer without sending
    // more bytes than it received (it never amplifies).
    bool padForEcho = false;
};

// Why no usable SIP answer came back.
enum class SipProbeError
{
    None,
    Dns,         // the name did not resolve
    Refused,     // ICMP port-unreachable (UDP) or TCP reset
    Unreachable, // no route, host unreachable
    Timeout,     // silence until the deadline
    Closed,      // TCP closed before an answer
    Garbage,     // something answered that is not a SIP response to our request
    TooLarge,    // the answer grew past kSipMaxMessageBytes
    SocketError
};

QString sipProbeErrorKey(SipProbeError error);

// What an answer says about the path: was what we wrote echoed unchanged?
struct SipEchoComparison
{
    QString sentVia;         // our top Via as sent
    QString echoedVia;       // the response's top Via as received
    bool viaMatches = false; // equal byte for byte once received/rport are set aside
    bool receivedPresent = false;
    QString received;             // the source address the answering server saw
    QString rport;                // the source port it saw
    bool receivedIsLocal = false; // received= names our own (local) address
    // With an echoing reflector: the request as it arrived there, and the headers (or
    // "Request-Line") that differ from what we sent, in order.
    bool echoPresent = false;
    QByteArray echoedRequest;
    QStringList rewrittenHeaders;
};

// Everything learned by one OPTIONS exchange.
struct SipProbeResult
{
    SipTransport transport = SipTransport::Udp;
    SipProbeError error = SipProbeError::Timeout;
    QString detail; // raw: socket or parser text
    QString host;
    QHostAddress server;
    quint16 port = 0;
    QHostAddress localAddress; // our address as written in Via and Contact
    quint16 localPort = 0;
    SipRequest request; // what we sent (bytes included)
    int attempts = 0;   // transmissions (UDP retransmits per RFC 3261 timer A)
    qint64 rttMs = -1;  // from the last transmission to the answer
    int ignored = 0;    // messages that did not answer our request
    SipResponse response;
    QByteArray excerpt; // start of an unusable answer, for the evidence
    SipEchoComparison echo;
    bool ok() const { return error == SipProbeError::None; }
};

// Sends one SIP OPTIONS to a PBX (or reflector) over UDP or TCP, with our real local address
// and port in Via and Contact, and reports the final response and how it echoed the request.
// UDP retransmits per RFC 3261 timer A (T1 = 500 ms, doubling) within the deadline; TCP reads
// are bounded and framed by Content-Length. finished() fires once per start().
class SipProbe : public QObject
{
    Q_OBJECT
public:
    explicit SipProbe(QObject* parent = nullptr);
    ~SipProbe() override;

    void start(const SipProbeRequest& request);
    void abort();
    // What has been seen so far (the deadline of the caller may come first).
    SipProbeResult snapshot() const { return m_result; }

Q_SIGNALS:
    void finished(const easyuc::SipProbeResult& result);

private:
    // Stops and drops the socket and the resolver; no signal from them arrives afterwards.
    void releaseResources();
    void onResolved(const DnsResult& dns);
    void connectSocket();
    void onConnected();
    void sendUdp();
    void checkPendingError();
    void onReadable();
    void onSocketError();
    void handleMessage(const QByteArray& message);
    void conclude(SipProbeError error, const QString& detail = {});

    SipProbeRequest m_request;
    SipProbeResult m_result;
    DnsProbe* m_dns = nullptr;
    QAbstractSocket* m_socket = nullptr;
    QTimer* m_deadline = nullptr;
    QTimer* m_retransmit = nullptr;
    QTimer* m_icmpPoll = nullptr; // ICMP reports for the UDP flow (port unreachable…)
    QElapsedTimer m_clock;
    QElapsedTimer m_sentAt;
    QByteArray m_buffer; // TCP stream bytes not yet framed
    int m_rtoMs = 500;
    bool m_active = false;
};

// Compares what we sent with an answer: top Via echo, received/rport, and (when the body is
// an echo of our request, as the reflector sends) every header of the echoed request.
SipEchoComparison compareSipEcho(const SipRequest& sent, const QHostAddress& local,
                                 const SipResponse& response);

// A Via value without its received and rport parameters (what must survive a round trip).
QString sipViaWithoutNatParameters(const QString& via);

// The names of the headers (and "Request-Line") that differ between two SIP message heads.
QStringList sipHeaderDifferences(const QByteArray& sent, const QByteArray& echoed);

// The value of the first header `name` in a raw message head (long or compact form).
QString sipRawHeader(const QByteArray& message, const QByteArray& name);

// Pads a request with a text/plain body to `size` bytes in total (no-op when larger).
void padSipRequest(SipRequest* request, int size);

} // namespace easyuc
