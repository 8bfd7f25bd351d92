#pragma once

#include <QHostAddress>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QString>

namespace easyuc {

class NiceWorker;

// One local ICE candidate as libnice gathered it.
struct GatheredCandidate
{
    QString type; // "host", "srflx", "prflx", "relay"
    QHostAddress address;
    quint16 port = 0;
};

// What a libnice agent gathered: host, server-reflexive and relayed candidates.
struct GatherResult
{
    bool complete = false; // libnice said gathering is done (else the deadline cut it short)
    QList<GatheredCandidate> candidates;
    QString error; // raw detail when the agent could not gather at all
    qint64 elapsedMs = 0;
    QList<GatheredCandidate> ofType(const QString& type) const;
};

// Where and with what a libnice agent gathers. The password goes to libnice only.
struct GatherRequest
{
    QHostAddress stunServer; // may be null: no server-reflexive discovery
    quint16 stunPort = 3478;
    QHostAddress turnServer; // UDP TURN relay (nice_agent_set_relay_info); may be null
    quint16 turnPort = 3478;
    QString username;
    QString password;
    QList<QHostAddress> localAddresses; // host candidates from these only; empty: every interface
    int timeoutMs = 4000;
};

// Gathers ICE candidates with a libnice NiceAgent on its own GMainContext/GMainLoop thread, the
// way the app's WebRTC stack would, and posts the result back to this object's thread.
// start() and abort() never block; a running agent is stopped and reaped in the background.
class NiceGatherer : public QObject
{
    Q_OBJECT
public:
    explicit NiceGatherer(QObject* parent = nullptr);
    ~NiceGatherer() override;

    void start(const GatherRequest& request);
    void abort();
    // Waits (at most timeoutMs) until every worker thread, aborted ones included, is out of
    // libnice. Called by the executables before they return, so no thread is still inside
    // libnice while static destructors run. True when none is left.
    static bool drain(int timeoutMs);

Q_SIGNALS:
    // Once per start().
    void finished(const easyuc::GatherResult& result);

private:
    QPointer<NiceWorker> m_worker;
};

} // namespace easyuc

Q_DECLARE_METATYPE(easyuc::GatherResult)
