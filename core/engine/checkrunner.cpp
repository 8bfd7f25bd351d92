#include "checkrunner.h"

#include "catalogue.h"
#include "core/engine/pathtracer.h"
#include "core/platform/platform.h"
#include "hostadvice.h"
#include "hostprobe.h"
#include "logging.h"
#include "proxyquery.h"
#include "runcontext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimer>
#include <QUuid>
#include <algorithm>

namespace easyuc {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CheckRunner)
};

QString labelOf(const QString& id)
{
    const RequirementInfo* info = findRequirement(id);
    return info ? QStringLiteral("%1 \u201c%2\u201d").arg(info->label(), info->title()) : id;
}
} // namespace

CheckRunner::CheckRunner(QObject* parent) : QObject(parent)
{
    qRegisterMetaType<easyuc::RequirementResult>();
    qRegisterMetaType<easyuc::Report>();
    qRegisterMetaType<easyuc::CallTestResult>();
}

CheckRunner::~CheckRunner()
{
    // Checks may hold sockets whose signals must not reach a half-destroyed runner.
    for (Slot& s : m_checks) {
        s.check->disconnect(this);
        delete s.check;
    }
    delete m_context.data();
}

void CheckRunner::setChecks(QList<Check*> checks, RunContext* context)
{
    Q_ASSERT(!m_running);
    for (Slot& s : m_checks)
        delete s.check;
    m_checks.clear();
    delete m_context.data();
    m_context = context;
    if (context) {
        context->setParent(this);
        connect(context, &RunContext::callTestUpdated, this, &CheckRunner::callTestUpdated);
    }
    for (Check* c : checks) {
        c->setParent(this);
        Slot slot;
        slot.check = c;
        slot.deadline = new QTimer(c);
        slot.deadline->setSingleShot(true);
        slot.deadline->setTimerType(Qt::PreciseTimer);
        connect(slot.deadline, &QTimer::timeout, c, &Check::expire);
        connect(c, &Check::finished, this,
                [this, c](const RequirementResult& r) { onCheckFinished(c, r); });
        connect(c, &Check::progress, this, &CheckRunner::progress);
        m_checks.append(slot);
    }
}

void CheckRunner::start()
{
    if (m_running || !m_context)
        return;
    m_running = true;
    m_finishing = false;
    // The log lines from here on are this run's (its report's appendix).
    m_logMark = logMark();
    logInfo(QStringLiteral("run started: profile '%1', pbx '%2', %3 checks")
                .arg(m_context->profile().name, m_context->profile().pbx)
                .arg(m_checks.size()));
    m_cancelled = false;
    m_results.clear();
    m_active = 0;
    m_done = 0;
    for (Slot& s : m_checks)
        s.started = s.done = false;
    m_report = Report();
    m_report.toolVersion = QStringLiteral(EASYUC_VERSION);
    m_report.startedAt = QDateTime::currentDateTime();
    m_report.runId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    logInfo(QStringLiteral("run id %1").arg(m_report.runId));
    m_report.profileName = m_context->profile().name;
    m_report.pbx = m_context->profile().pbx;
    m_startMs = QDateTime::currentMSecsSinceEpoch();
    QStringList ids;
    for (const Slot& s : m_checks)
        ids.append(s.check->id());
    m_context->setRunIds(ids);
    Q_EMIT countChanged(0, int(m_checks.size()));
    // The host facts (issue 15: link, VPN, proxy and its CONNECT tests, DNS resolvers) are
    // gathered beside the checks, each step bounded; the run's end waits for them.
    if (!m_hostProbe) {
        m_hostProbe = new HostProbe(this);
        connect(m_hostProbe, &HostProbe::finished, this, [this](const HostFacts& facts) {
            m_hostFacts = facts;
            m_hostDone = true;
            if (m_finishing)
                completeRun();
        });
    }
    m_hostDone = false;
    QStringList probing;
    for (const Slot& s : m_checks)
        if (s.check->probesTheNetwork())
            probing.append(s.check->id());
    m_hostProbe->start(m_context->profile(), m_context->checkTimeoutMs(), probing);
    if (!m_path)
        m_path = new PathTracer(this);
    m_path->start(m_context, platform::defaultGateways());
    // Scheduled from the event loop so that listeners connected after start() see everything.
    QTimer::singleShot(0, this, &CheckRunner::schedule);
}

void CheckRunner::cancel()
{
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    for (Slot& s : m_checks) {
        if (!s.started)
            skipWithoutRunning(s, Tr::tr("Stopped before it started."));
    }
    for (Slot& s : m_checks) {
        if (s.started && !s.done)
            s.check->cancel();
    }
    // The host facts end too, with what they know (queued: their end may complete the run).
    if (m_hostProbe)
        QTimer::singleShot(0, m_hostProbe, &HostProbe::cancel);
    if (m_path)
        m_path->cancel();
    QTimer::singleShot(0, this, &CheckRunner::schedule);
}

QString CheckRunner::blockedBy(const Slot& slot, bool* waiting) const
{
    *waiting = false;
    for (const QString& before : slot.check->runsAfter()) {
        const bool inRun = std::any_of(m_checks.cbegin(), m_checks.cend(),
                                       [&](const Slot& s) { return s.check->id() == before; });
        if (inRun && !m_results.contains(before)) {
            *waiting = true;
            return {};
        }
    }
    for (const QString& dep : slot.check->dependencies()) {
        const auto it = m_results.constFind(dep);
        if (it == m_results.cend()) {
            const bool inRun = std::any_of(m_checks.cbegin(), m_checks.cend(),
                                           [&](const Slot& s) { return s.check->id() == dep; });
            if (inRun) {
                *waiting = true;
                return {};
            }
            continue; // not part of this run: the check copes on its own
        }
        if (it->status != Status::Pass && it->status != Status::Warn)
            return Tr::tr("Not run because %1 ended as \u201c%2\u201d.")
                .arg(labelOf(dep), statusWord(it->status));
    }
    return {};
}

void CheckRunner::skipWithoutRunning(Slot& slot, const QString& reason)
{
    slot.started = true;
    slot.done = true;
    RequirementResult r;
    r.id = slot.check->id();
    r.status = Status::Skipped;
    r.summary = reason;
    m_results.insert(r.id, r);
    m_context->noteFinished(r.id);
    ++m_done;
    Q_EMIT finished(r);
    Q_EMIT countChanged(m_done, int(m_checks.size()));
}

void CheckRunner::schedule()
{
    if (!m_running)
        return;
    bool progressed = true;
    while (progressed && !m_cancelled) {
        progressed = false;
        for (Slot& s : m_checks) {
            if (s.started || m_active >= m_parallelLimit)
                continue;
            bool waiting = false;
            const QString reason = blockedBy(s, &waiting);
            if (waiting)
                continue;
            progressed = true;
            if (!reason.isEmpty()) {
                skipWithoutRunning(s, reason);
                continue;
            }
            s.started = true;
            ++m_active;
            Q_EMIT started(s.check->id());
            // One deadline per check (STYLE habit 13): the runner's expiry timer and every
            // probe of the check end on the same instant, derived once from checkMs.
            const QDeadlineTimer deadline(m_context->checkTimeoutMs() + s.check->extraTimeMs(),
                                          Qt::PreciseTimer);
            s.deadline->start(int(deadline.remainingTime()));
            s.check->start(m_context, deadline);
        }
    }
    if (m_done == m_checks.size())
        finishRun();
}

void CheckRunner::onCheckFinished(Check* check, const RequirementResult& result)
{
    auto it = std::find_if(m_checks.begin(), m_checks.end(),
                           [check](const Slot& s) { return s.check == check; });
    if (it == m_checks.end() || it->done || !m_running)
        return;
    it->done = true;
    it->deadline->stop();
    --m_active;
    ++m_done;
    m_results.insert(result.id, result);
    m_context->noteFinished(result.id);
    Q_EMIT finished(result);
    Q_EMIT countChanged(m_done, int(m_checks.size()));
    // Queued: a check that finishes inside start() must not re-enter the scheduler.
    QTimer::singleShot(0, this, &CheckRunner::schedule);
}

void CheckRunner::finishRun()
{
    if (!m_running || m_finishing)
        return;
    m_finishing = true;
    m_report.durationMs = QDateTime::currentMSecsSinceEpoch() - m_startMs;
    // The system proxy query may block for long (PAC, WPAD): the host probe runs it on a worker
    // thread with a deadline, and this thread keeps serving its event loop (a cancel, the
    // host's shutdown) until the host facts are in.
    if (m_hostDone)
        completeRun();
}

void CheckRunner::completeRun()
{
    if (!m_running || !m_finishing)
        return;
    if (m_path && !m_path->isFinished()) {
        // The path ends by its own deadline; the report waits for it.
        connect(
            m_path, &PathTracer::finished, this, [this] { completeRun(); },
            Qt::SingleShotConnection);
        return;
    }
    m_running = false;
    m_finishing = false;
    m_report.host = HostInfo::collect(m_context->profile().pbx, -1);
    m_report.host.setProxy(m_hostFacts.proxyAnswer, m_hostFacts.proxyTimedOut,
                           ProxyQuery::runTimeoutMs());
    m_report.host.link = m_hostFacts.link;
    m_report.host.vpn = m_hostFacts.vpn;
    m_report.host.proxyInfo = m_hostFacts.proxy;
    m_report.host.resolvers = m_hostFacts.resolvers;
    if (m_cancelled && m_hostFacts.proxyTimedOut)
        m_report.host.proxyError = m_report.host.proxyInfo.error =
            QStringLiteral("the run was stopped before the system answered");
    m_report.attachAppendix(m_context->profile(), m_logMark);
    for (const Slot& s : m_checks) {
        ReportEntry e;
        e.result = m_results.value(s.check->id());
        e.severity = s.check->severity();
        m_report.entries.append(e);
    }
    std::stable_sort(m_report.entries.begin(), m_report.entries.end(),
                     [](const ReportEntry& a, const ReportEntry& b) {
                         const RequirementInfo* ia = findRequirement(a.result.id);
                         const RequirementInfo* ib = findRequirement(b.result.id);
                         return (ia ? ia->number : 1000) < (ib ? ib->number : 1000);
                     });
    // What the listeners were told; the path and host findings below may add to it.
    const QList<ReportEntry> asChecked = m_report.entries;
    const auto seen = m_context->publicAddresses();
    for (const QHostAddress& a : seen) {
        if (!m_report.host.publicAddresses.contains(a.toString()))
            m_report.host.publicAddresses.append(a.toString());
    }
    if (m_path) {
        m_report.host.path = m_path->result();
        addPathAdvice(m_report.entries, m_report.host.path);
    }
    m_report.callTest = m_context->callTest();
    const int askedCallS = m_context->profile().callTestSeconds;
    if (askedCallS > 0 && !m_report.callTest.ran && m_report.callTest.error.isEmpty()) {
        // Asked for, never started (R15 not selected, skipped, or stopped before it streamed).
        m_report.callTest.durationS = askedCallS;
        const RequirementResult r15 = m_results.value(QStringLiteral("media.quality"));
        m_report.callTest.error = QStringLiteral("not run (media.quality %1: %2)")
                                      .arg(statusKey(r15.status), r15.summary);
    }
    applyHostFindings(&m_report);
    // A result the path or host facts changed (advice, or the proxied path deciding a status) is
    // told once more, so that every listener's rows end as the report says.
    for (qsizetype i = 0; i < m_report.entries.size(); ++i) {
        const RequirementResult& now = m_report.entries.at(i).result;
        const RequirementResult& before = asChecked.at(i).result;
        if (now.status != before.status || now.summary != before.summary ||
            now.remediation != before.remediation)
            Q_EMIT finished(now);
    }
    m_report.overall = overallStatus(m_report.entries);
    Q_EMIT runFinished(m_report);
}

} // namespace easyuc
