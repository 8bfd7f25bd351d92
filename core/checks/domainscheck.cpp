#include "domainscheck.h"

#include "../engine/runcontext.h"
#include "../probes/httpdate.h"
#include "clockfacts.h"
#include "httptargets.h"
#include "probes/endpoint.h"
#include "wording.h"

#include <algorithm>
#include <optional>

namespace easyuc {

namespace {
bool answered(const HttpResult& r)
{
    return r.ok() && r.connection.chainValid();
}

bool resolved(const HttpResult& r)
{
    return !r.connection.resolved.isEmpty();
}
} // namespace

DomainsCheck::DomainsCheck(Mode mode, QObject* parent)
    : Check(mode == Mode::EveryDomain ? QStringLiteral("domains.reach")
                                      : QStringLiteral("internet.access"),
            parent),
      m_mode(mode)
{
}

void DomainsCheck::run(RunContext& context)
{
    const Profile& p = context.profile();
    QString error;
    const TrustRoots roots = context.systemRoots(&error);
    if (roots.isEmpty()) {
        RequirementResult r = makeResult(
            Status::Error, tr("The trusted certificates of this computer could not be read."));
        r.addEvidence(QStringLiteral("detail"), error);
        finish(r);
        return;
    }
    QList<HttpTargets::Target> targets;
    auto add = [&](const QString& host, quint16 port) {
        HttpTargets::Target t;
        t.request.host = host;
        t.request.port = port;
        t.request.tls = true;
        t.request.trustedRoots = roots;
        t.request.deadline = probeDeadline();
        t.label = formatEndpoint(host, port);
        targets.append(t);
    };
    for (const QString& d : p.domains)
        add(d, m_port);
    if (m_mode == Mode::InternetAccess && !p.pbx.isEmpty())
        add(p.pbx, p.httpsPort);
    m_targets = new HttpTargets(this);
    connect(m_targets, &HttpTargets::targetFinished, this, &DomainsCheck::onTargetFinished);
    connect(m_targets, &HttpTargets::allFinished, this, [this] { finish(conclude(false)); });
    reportProgress(tr("Contacting %n server(s)…", "", int(targets.size())));
    m_targets->start(targets);
}

void DomainsCheck::onTargetFinished(int index, const HttpResult& result)
{
    const HttpTargets::Target& target = m_targets->targets().at(index);
    if (!result.date.isEmpty() || !result.connection.peerChain.isEmpty())
        context()->addClockSample(
            clockSampleOf(target.label, result, !isAddressLiteral(target.request.host)));
    // One answer is enough to prove Internet access; the others need not be awaited.
    // Any HTTP answer proves Internet access; whether its certificate is trusted is for R3,
    // R7 and R14 to judge.
    if (m_mode == Mode::InternetAccess && result.ok()) {
        m_targets->abort();
        finish(conclude(false));
    }
}

void DomainsCheck::abort()
{
    if (m_targets)
        m_targets->abort();
}

RequirementResult DomainsCheck::resultOnDeadline()
{
    return conclude(true);
}

RequirementResult DomainsCheck::conclude(bool deadline) const
{
    return m_mode == Mode::EveryDomain ? concludeDomains(deadline) : concludeInternet(deadline);
}

RequirementResult DomainsCheck::concludeDomains(bool deadline) const
{
    RequirementResult r;
    QStringList failed;
    QStringList unproven;
    QList<DateProblem> dateProblems;
    QStringList silentNotes;
    const auto& targets = m_targets->targets();
    for (int i = 0; i < targets.size(); ++i) {
        const QString& label = targets.at(i).label;
        const QString& host = targets.at(i).request.host;
        ResultItem item;
        item.target = host;
        // At the deadline a probe still running counts with what it had seen (a TLS handshake
        // done stays done); before it, every target has its result.
        const std::optional<HttpResult> seen =
            m_targets->result(i) ? std::optional<HttpResult>(*m_targets->result(i))
            : deadline           ? std::optional<HttpResult>(m_targets->snapshot(i))
                                 : std::nullopt;
        const HttpResult* h = seen ? &*seen : nullptr;
        if (!h) {
            item.status = Status::Fail;
            item.summary = tr("No answer from %1 within the time limit.").arg(label);
            failed.append(host);
        } else {
            addHttpEvidence(r, *h, targets.at(i).request.port, host);
            if (answered(*h)) {
                item.status = Status::Pass;
                item.summary = withSilentFamilyNote(
                    tr("Answers over HTTPS (%1).").arg(h->statusLine.section(QLatin1Char(' '), 1)),
                    h->connection);
                const QString silent = describeSilentFamily(label, h->connection);
                if (!silent.isEmpty())
                    silentNotes.append(silent);
            } else if (h->connection.tlsMs >= 0 && onlyDateErrors(h->connection.sslErrors)) {
                QDateTime serverTime = parseHttpDate(h->date);
                if (!serverTime.isValid() && context())
                    serverTime = estimateClock(context()->clockSamples()).serverNow();
                const DateProblem problem =
                    describeDateProblem(label, h->connection.peerChain, serverTime);
                item.status = Status::Fail;
                item.summary = problem.summary;
                failed.append(host);
                dateProblems.append(problem);
            } else if (h->connection.tlsMs >= 0 && !h->connection.chainValid()) {
                item.status = Status::Fail;
                item.summary = describeCertificateProblem(label, h->connection);
                failed.append(host);
            } else if (h->connection.tlsMs >= 0) {
                item.status = Status::Warn;
                item.summary = tr("Secure connection works, but no HTTP answer: %1")
                                   .arg(describeConnectFailure(label, h->connection));
                unproven.append(host);
            } else {
                item.status = Status::Fail;
                item.summary = describeConnectFailure(label, h->connection);
                failed.append(host);
            }
        }
        r.items.append(item);
    }
    const bool clockToBlame = !dateProblems.isEmpty() && dateProblems.size() == failed.size() &&
                              std::all_of(dateProblems.cbegin(), dateProblems.cend(),
                                          [](const DateProblem& p) { return p.clockWrong; });
    if (clockToBlame) {
        // Every refusal is explained by this computer's clock: say so, not "cannot be reached".
        r.status = Status::Fail;
        r.summary = dateProblems.size() == 1 ? dateProblems.first().summary
                                             : tr("The date of this computer is wrong: the "
                                                  "certificates of %n Proxima domain(s) are "
                                                  "refused because of it: %1.",
                                                  "", int(failed.size()))
                                                   .arg(failed.join(QStringLiteral(", ")));
        r.remediation = dateProblems.first().remediation;
    } else if (!failed.isEmpty()) {
        r.status = Status::Fail;
        r.summary = tr("%n Proxima domain(s) cannot be reached: %1.", "", int(failed.size()))
                        .arg(failed.join(QStringLiteral(", ")));
        r.remediation = tr("Allow outgoing HTTPS (TCP 443) to these domains and all their "
                           "subdomains in the firewall or web filter: %1.")
                            .arg(failed.join(QStringLiteral(", ")));
    } else if (!unproven.isEmpty()) {
        r.status = Status::Warn;
        r.summary = tr("%n domain(s) could not be fully confirmed: %1.", "", int(unproven.size()))
                        .arg(unproven.join(QStringLiteral(", ")));
        r.remediation = tr("Check that a web filter or proxy is not holding back HTTPS traffic "
                           "to these domains: %1.")
                            .arg(unproven.join(QStringLiteral(", ")));
    } else {
        r.status = Status::Pass;
        // Italian says "entrambi" for two, never "tutti i 2": a sentence of its own.
        const int n = int(targets.size());
        r.summary = n == 2 ? tr("Both Proxima domains answer over HTTPS.")
                           : tr("All %n Proxima domain(s) answer over HTTPS.", "", n);
        r.remediation = silentNotes.join(QLatin1Char(' '));
    }
    return r;
}

RequirementResult DomainsCheck::concludeInternet(bool deadline) const
{
    RequirementResult r;
    const auto& targets = m_targets->targets();
    int resolvedCount = 0;
    int finishedCount = 0;
    for (int i = 0; i < targets.size(); ++i) {
        const HttpResult* h = m_targets->result(i);
        if (!h) {
            // Still running at the deadline: its name may have resolved all the same.
            if (deadline && resolved(m_targets->snapshot(i)))
                ++resolvedCount;
            continue;
        }
        ++finishedCount;
        if (resolved(*h))
            ++resolvedCount;
        if (h->ok()) {
            r.status = Status::Pass;
            r.summary =
                tr("Internet access works: %1 answered over HTTPS.").arg(targets.at(i).label);
            addHttpEvidence(r, *h, targets.at(i).request.port, targets.at(i).request.host);
            return r;
        }
    }
    for (int i = 0; i < targets.size(); ++i) {
        if (m_targets->result(i) || deadline)
            addHttpEvidence(r, m_targets->snapshot(i), targets.at(i).request.port,
                            targets.at(i).request.host);
    }
    r.addEvidence(QStringLiteral("namesResolved"),
                  QStringLiteral("%1/%2").arg(resolvedCount).arg(targets.size()));
    r.status = Status::Fail;
    if (resolvedCount == 0 && (finishedCount == targets.size() || !deadline)) {
        r.summary = tr("No name could be resolved: DNS does not work on this network.");
        r.remediation = tr("Check the network cable or Wi-Fi, then the DNS server settings of "
                           "this computer or router.");
    } else {
        r.summary = tr("No Proxima server answered over HTTPS (%1 of %2 names resolved).")
                        .arg(resolvedCount)
                        .arg(targets.size());
        r.remediation = tr("Check the Internet connection; then ask the network administrator "
                           "to allow outgoing HTTPS (TCP 443).");
    }
    return r;
}

} // namespace easyuc
