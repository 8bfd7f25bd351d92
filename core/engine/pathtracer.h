#pragma once

#include "core/engine/hostfacts.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QTimer;

namespace easyuc {

class PathProbe;
class RunContext;
struct ReportEntry;

// The MTR-style path to the PBX (issue 15), traced beside the checks of one run: it waits for
// the PBX's address (pbx.dns) and for pbx.rtp, which draws on the PBX's ICMP answers (at most
// kRtpWaitMs), then probes within what a check gets (the profile's checkMs, at most kDeadlineMs),
// looks up each hop's reverse name within kReverseNameMs, and emits finished() once. Never changes
// a requirement's status.
class PathTracer : public QObject
{
    Q_OBJECT
public:
    static constexpr int kDeadlineMs = 10000;
    static constexpr int kReverseNameMs = 1000;
    // How long the path waits for pbx.rtp before probing anyway (see the .cpp).
    static constexpr int kRtpWaitMs = 3000;

    explicit PathTracer(QObject* parent = nullptr);
    ~PathTracer() override;

    void start(RunContext* context, const QStringList& gateways);
    // Stops at once with what was learned; finished() follows.
    void cancel();
    bool isFinished() const { return m_finished; }
    const PathInfo& result() const { return m_result; }

Q_SIGNALS:
    void finished();

private:
    void maybeProbe();
    void onHopSeen(const QHostAddress& address);
    void conclude();

    QPointer<RunContext> m_context;
    QStringList m_gateways;
    PathProbe* m_probe = nullptr;
    QTimer* m_stop = nullptr; // the end of the probing budget plus the reverse names'
    QTimer* m_rtpWait = nullptr;
    QDeadlineTimer m_deadline;
    QHash<QString, QString> m_names; // address -> reverse name, when it came in time
    QHash<int, QString> m_lookups;   // lookup id -> address, while pending
    PathInfo m_result;
    bool m_probing = false;
    bool m_finished = true;
};

// Loss on the path explains poor media: a note in the advice and evidence of R5 and R15.
// Never changes a status.
void addPathAdvice(QList<ReportEntry>& entries, const PathInfo& path);

} // namespace easyuc
