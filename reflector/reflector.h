#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>

class QTcpServer;
class QTcpSocket;
class QUdpSocket;

namespace easyuc::reflector {

class RedirectEcho;

// A per-source token bucket: `rate` messages per second, bursts of `burst`, at most
// `maxSources` sources remembered (a full table refuses new sources rather than grow).
class RateLimiter
{
public:
    RateLimiter(double rate, int burst, int maxSources);
    bool allow(const QHostAddress& source, qint64 nowMs);
    int sources() const { return int(m_buckets.size()); }

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 lastMs = 0;
    };
    double m_rate;
    int m_burst;
    int m_maxSources;
    QHash<QHostAddress, Bucket> m_buckets;
};

// A STUN Binding success (XOR-MAPPED-ADDRESS, FINGERPRINT) for a Binding request, or an empty
// array when `request` is not one.
QByteArray stunBindingResponse(const QByteArray& request, const QHostAddress& from, quint16 port);

// The answer to a SIP OPTIONS request: 200 OK whose message/sipfrag body is the request's start
// line and headers exactly as received, never larger than `request` (a request too small to be
// echoed gets a short 400 asking for padding, or nothing). Empty when it is not an OPTIONS.
QByteArray sipOptionsResponse(const QByteArray& request, const QHostAddress& from, quint16 port);

// What the reflector sends back for one datagram (empty: nothing). Never more bytes than it got.
QByteArray udpReply(const QByteArray& datagram, const QHostAddress& from, quint16 port,
                    bool sipPort, bool echoPort);

struct ReflectorConfig
{
    QHostAddress address = QHostAddress::AnyIPv4;
    bool sip = true;
    quint16 sipPort = 5060; // UDP and TCP; 0 = any free port (tests)
    bool echo = true;
    quint16 firstEchoPort = 16384; // UDP echo range; 0 = one free port (tests)
    quint16 lastEchoPort = 32768;
    // Sockets: one socket per echo port. Redirect: one socket on firstEchoPort, the range
    // redirected to it by nftables (reflectorNftRules) and each datagram's original port read
    // from its packet mark.
    enum class EchoMode
    {
        Sockets,
        Redirect
    };
    EchoMode echoMode = EchoMode::Sockets;
    // Messages per second per source, and at once: a call test (issue 14) sends 50 a second for
    // minutes, on top of a run's port samples and SIP requests, and must be answered whole.
    double rate = 60;
    int burst = 100;
    int maxSources = 4096;
    int maxDatagram = 4096; // larger datagrams are dropped
    int maxTcpConnections = 64;
    int maxTcpPerSource = 4;
    int tcpIdleMs = 10000;
    bool verbose = false;
};

// Counters since start().
struct ReflectorStats
{
    quint64 received = 0;
    quint64 answered = 0;
    quint64 rateLimited = 0;
    quint64 dropped = 0;     // too large, privileged source port, nothing to answer
    quint64 unknownPort = 0; // redirect mode: no original port in range (nftables rules missing?)
    quint64 bytesIn = 0;
    quint64 bytesOut = 0;
};

// The easyuc-reflector service: echoes UDP on a port range (answering STUN Binding requests
// properly) and answers SIP OPTIONS over UDP and TCP with the request in the body, so that a
// client can see what its network did to its packets. Rate-limited per source and never
// sends more bytes than it received.
class Reflector : public QObject
{
    Q_OBJECT
public:
    explicit Reflector(const ReflectorConfig& config, QObject* parent = nullptr);
    ~Reflector() override;

    bool start(QString* error);
    void stop();
    const ReflectorStats& stats() const { return m_stats; }
    quint16 sipPort() const;          // bound port (after start)
    QList<quint16> echoPorts() const; // bound echo ports (after start)

private:
    void onDatagrams(QUdpSocket* socket, bool sipPort, bool echoPort);
    // Counts one datagram and returns what to send back (empty: nothing); `localPort` is the
    // port it was addressed to (in redirect mode, the original one before the redirect).
    QByteArray answer(const QByteArray& data, qint64 size, const QHostAddress& from, quint16 port,
                      quint16 localPort, bool sipPort, bool echoPort);
    void onTcpConnection();
    void onTcpReadable(QTcpSocket* socket);
    bool admit(const QHostAddress& source, quint16 port);

    ReflectorConfig m_config;
    ReflectorStats m_stats;
    RateLimiter m_limiter;
    QElapsedTimer m_clock;
    QList<QUdpSocket*> m_udp;
    QUdpSocket* m_sipUdp = nullptr;
    RedirectEcho* m_redirect = nullptr;
    QTcpServer* m_tcp = nullptr;
    struct Connection
    {
        QByteArray buffer; // bytes not yet framed
        qint64 credit = 0; // bytes received and not yet matched by bytes sent
    };
    QHash<QTcpSocket*, Connection> m_connections;
};

// What the command line asks for besides running the service.
struct ReflectorAction
{
    bool help = false;
    bool version = false;
    bool nftRules = false; // print reflectorNftRules() and exit
};

// Parses the command line (a --config FILE is read first, the other options override it);
// returns false with *error set on bad usage or a bad configuration file.
bool parseReflectorArguments(const QStringList& arguments, ReflectorConfig* config,
                             ReflectorAction* action, QString* error);

// Whether `key` names a setting of the configuration file.
bool isReflectorSetting(const QString& key);

// Applies one setting named as in the configuration file (the long option without "--").
bool applyReflectorSetting(const QString& key, const QString& value, ReflectorConfig* config,
                           QString* error);

// Reads a configuration file of "key = value" lines ('#' starts a comment line). Every error
// names the file, the line and the key.
bool loadReflectorConfig(const QString& path, ReflectorConfig* config, QString* error);

// Checks settings that only make sense together (empty when they do).
QString reflectorConfigProblem(const ReflectorConfig& config);

// The nftables ruleset of redirect mode (empty in sockets mode): the reflector's own table
// "ip easyuc_reflector", replaced as a whole, that marks each echo datagram with its original
// destination port and redirects the range to the one socket on the first port.
QString reflectorNftRules(const ReflectorConfig& config);

// The man-page style --help text.
QString reflectorHelpText();

} // namespace easyuc::reflector
