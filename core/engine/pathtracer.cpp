#include "core/engine/pathtracer.h"

#include "core/engine/report.h"
#include "core/engine/runcontext.h"
#include "core/probes/pathanalysis.h"
#include "core/probes/pathprobe.h"

#include <QCoreApplication>
#include <QHostInfo>
#include <QTimer>

namespace easyuc {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PathReport)
};

// The PBX's address comes from pbx.dns. pbx.rtp counts on the PBX's ICMP answers, which the
// PBX's rate limit shares with the path's last hop: the path waits for it too, but only so
// long. A PBX that limits its answers has given pbx.rtp all of them by then (a burst of 6 and
// one a second for the rest of its 8 ports); a pbx.rtp still running later meets silence, which
// the path's probes cannot take from it.
const QString kPbxDns = QStringLiteral("pbx.dns");
const QString kPbxRtp = QStringLiteral("pbx.rtp");
} // namespace

PathTracer::PathTracer(QObject* parent) : QObject(parent)
{
    m_stop = new QTimer(this);
    m_stop->setSingleShot(true);
    connect(m_stop, &QTimer::timeout, this, &PathTracer::cancel);
    m_rtpWait = new QTimer(this);
    m_rtpWait->setSingleShot(true);
    connect(m_rtpWait, &QTimer::timeout, this, &PathTracer::maybeProbe);
}

PathTracer::~PathTracer()
{
    for (auto it = m_lookups.cbegin(); it != m_lookups.cend(); ++it)
        QHostInfo::abortHostLookup(it.key());
}

void PathTracer::start(RunContext* context, const QStringList& gateways)
{
    m_stop->stop();
    m_rtpWait->stop();
    for (auto it = m_lookups.cbegin(); it != m_lookups.cend(); ++it)
        QHostInfo::abortHostLookup(it.key());
    m_lookups.clear();
    if (m_probe) {
        m_probe->disconnect(this);
        m_probe->deleteLater();
        m_probe = nullptr;
    }
    m_context = context;
    m_gateways = gateways;
    m_result = PathInfo();
    m_names.clear();
    m_probing = false;
    m_finished = false;
    if (!context || context->profile().pbx.isEmpty()) {
        QTimer::singleShot(0, this, &PathTracer::conclude);
        return;
    }
    connect(context, &RunContext::checkFinished, this, &PathTracer::maybeProbe);
    m_rtpWait->start(kRtpWaitMs);
    QTimer::singleShot(0, this, &PathTracer::maybeProbe);
}

void PathTracer::maybeProbe()
{
    if (m_finished || m_probing || !m_context || !m_context->unfinished({kPbxDns}).isEmpty() ||
        (m_rtpWait->isActive() && !m_context->unfinished({kPbxRtp}).isEmpty()))
        return;
    m_rtpWait->stop();
    m_probing = true;
    const QList<QHostAddress> addresses = m_context->pbxAddresses();
    // Left out by --only, pbx.dns gave no address: no path either, and nothing to say.
    m_result.ran = !addresses.isEmpty() || m_context->isInRun(kPbxDns);
    if (addresses.isEmpty()) {
        m_result.error = Tr::tr("the address of the PBX is not known");
        conclude();
        return;
    }
    // Probing gets what any check gets (the profile's checkMs), at most kDeadlineMs; the reverse
    // names still on their way then get the rest of their own budget.
    const int budget = qMin(kDeadlineMs, m_context->checkTimeoutMs());
    m_deadline = QDeadlineTimer(budget + kReverseNameMs, Qt::PreciseTimer);
    m_stop->start(budget + kReverseNameMs);
    m_probe = new PathProbe(this);
    connect(m_probe, &PathProbe::hopSeen, this, &PathTracer::onHopSeen);
    connect(m_probe, &PathProbe::finished, this, &PathTracer::conclude);
    m_probe->start(addresses.first(), QDeadlineTimer(budget, Qt::PreciseTimer));
}

void PathTracer::onHopSeen(const QHostAddress& address)
{
    const QString text = address.toString();
    const int id = QHostInfo::lookupHost(text, this, [this, text](const QHostInfo& info) {
        m_lookups.remove(info.lookupId());
        if (info.error() == QHostInfo::NoError && !info.hostName().isEmpty() &&
            info.hostName() != text)
            m_names.insert(text, info.hostName());
        if (m_probe && m_probe->isFinished())
            conclude();
    });
    m_lookups.insert(id, text);
    // Its budget: a name that comes later is left out.
    QTimer::singleShot(kReverseNameMs, this, [this, id] {
        if (m_lookups.remove(id) > 0) {
            QHostInfo::abortHostLookup(id);
            if (m_probe && m_probe->isFinished())
                conclude();
        }
    });
}

void PathTracer::cancel()
{
    if (m_finished)
        return;
    for (auto it = m_lookups.cbegin(); it != m_lookups.cend(); ++it)
        QHostInfo::abortHostLookup(it.key());
    m_lookups.clear();
    if (!m_probing)
        m_result.ran = m_context && !m_context->profile().pbx.isEmpty() &&
                       (m_context->isInRun(kPbxDns) || !m_context->pbxAddresses().isEmpty());
    if ((!m_probe || !m_probe->isFinished()) && m_result.ran && m_result.error.isEmpty())
        m_result.error = Tr::tr("stopped before the path was fully traced");
    if (m_probe && !m_probe->isFinished())
        m_probe->abort();
    conclude();
}

void PathTracer::conclude()
{
    if (m_finished)
        return;
    // The reverse names still on their way get the rest of their budget.
    if (!m_lookups.isEmpty() && !m_deadline.hasExpired())
        return;
    m_finished = true;
    m_stop->stop();
    m_rtpWait->stop();
    if (m_probe) {
        const QString error = m_result.error.isEmpty() ? m_probe->error() : m_result.error;
        m_result = analysePath(m_probe->target(), m_probe->samples(), m_gateways);
        m_result.error = error;
        m_result.durationMs = m_probe->elapsedMs();
        m_result.rounds = m_probe->roundsBegun();
        for (PathHop& h : m_result.hops)
            h.name = m_names.value(h.address);
    }
    if (m_context)
        m_context->disconnect(this);
    Q_EMIT finished();
}

void addPathAdvice(QList<ReportEntry>& entries, const PathInfo& path)
{
    if (!path.reached || path.lossFromTtl <= 0 || path.lossFromTtl > path.hops.size())
        return;
    const PathHop& from = path.hops.at(path.lossFromTtl - 1);
    const PathHop& pbx = path.hops.constLast();
    const QString note =
        Tr::tr("The path to the PBX loses packets from %1, %2 (%3% lost at the PBX): audio "
               "will break up until whoever runs that part of the network fixes it.")
            .arg(describeHop(from), zoneWords(from.zone), QString::number(qRound(pbx.lossPct)));
    for (ReportEntry& e : entries) {
        RequirementResult& r = e.result;
        if (r.id != QLatin1String("pbx.rtp") && r.id != QLatin1String("media.quality"))
            continue;
        r.addEvidence(QStringLiteral("path.lossFrom"),
                      QStringLiteral("%1 %2").arg(from.ttl).arg(from.address));
        r.remediation = r.remediation.isEmpty() ? note : r.remediation + QLatin1Char(' ') + note;
    }
}

} // namespace easyuc
