#include "tlsinterceptioncheck.h"

#include "../engine/catalogue.h"
#include "../engine/runcontext.h"
#include "clockfacts.h"
#include "probes/endpoint.h"
#include "wording.h"

namespace easyuc {

namespace {
QString yesNo(bool value)
{
    return value ? QStringLiteral("yes") : QStringLiteral("no");
}

QString listed(const QStringList& names)
{
    return names.join(QStringLiteral(", "));
}
} // namespace

TlsInterceptionCheck::TlsInterceptionCheck(QObject* parent)
    : Check(QStringLiteral("tls.interception"), parent)
{
}

void TlsInterceptionCheck::run(RunContext& context)
{
    stopProbes();
    m_targets.clear();
    const Profile& p = context.profile();
    m_requireSct = p.requireSct;
    m_referenceSpec = p.trustReference;
    m_systemSpec = p.trustSystem;

    // Without both stores there is nothing to compare; that is the tool's problem, not the
    // network's.
    QString referenceError;
    QString systemError;
    m_referenceRoots = context.referenceRoots(&referenceError);
    m_systemRoots = context.systemRoots(&systemError);
    if (m_referenceRoots.isEmpty() || m_systemRoots.isEmpty()) {
        RequirementResult r = makeResult(
            Status::Error, m_referenceRoots.isEmpty()
                               ? tr("The reference certificate authorities (%1) could not be "
                                    "loaded, so interception could not be checked.")
                                     .arg(m_referenceSpec)
                               : tr("The certificate authorities trusted by this computer (%1) "
                                    "could not be loaded, so interception could not be checked.")
                                     .arg(m_systemSpec));
        if (!referenceError.isEmpty())
            r.addEvidence(QStringLiteral("trust.reference.error"), referenceError);
        if (!systemError.isEmpty())
            r.addEvidence(QStringLiteral("trust.system.error"), systemError);
        finish(r);
        return;
    }

    if (!p.pbx.isEmpty()) {
        addTarget(p.pbx, p.httpsPort);
        addTarget(p.pbx, p.webrtcPort);
    }
    for (const QString& domain : p.domains)
        addTarget(domain, m_domainPort);
    if (m_targets.isEmpty()) {
        finish(makeResult(Status::Skipped,
                          tr("Nothing to check: the profile names no PBX and no domain.")));
        return;
    }
    reportProgress(
        tr("Checking the certificates of %n secure connection(s)…", "", int(m_targets.size())));
    // All at once: the probes only wait on the network, and each has the whole budget.
    for (const Target& t : std::as_const(m_targets)) {
        ConnectRequest request;
        request.host = t.host;
        request.port = t.port;
        request.tls = true;
        request.trustedRoots = m_systemRoots;
        request.deadline = probeDeadline();
        if (t.host == p.pbx)
            request.addresses = context.pbxAddresses();
        t.probe->start(request);
    }
}

void TlsInterceptionCheck::addTarget(const QString& host, quint16 port)
{
    const QString label = formatEndpoint(host, port);
    for (const Target& t : std::as_const(m_targets)) {
        if (t.label.compare(label, Qt::CaseInsensitive) == 0)
            return;
    }
    Target t;
    t.host = host;
    t.port = port;
    t.label = label;
    t.probe = new ConnectionProbe(this);
    const int index = int(m_targets.size());
    ConnectionProbe* probe = t.probe;
    // The chain is all this check needs: end the connection as soon as it is encrypted.
    // Queued, so the socket is not torn down inside its own signal.
    connect(probe, &ConnectionProbe::established, probe, [probe] {
        QMetaObject::invokeMethod(probe, &ConnectionProbe::succeed, Qt::QueuedConnection);
    });
    connect(probe, &ConnectionProbe::finished, this,
            [this, index](const ConnectResult& r) { onProbeFinished(index, r); });
    m_targets.append(t);
}

void TlsInterceptionCheck::onProbeFinished(int index, const ConnectResult& result)
{
    if (index < 0 || index >= m_targets.size() || m_targets.at(index).connection)
        return;
    Target& t = m_targets[index];
    t.connection = result;
    TrustOptions options;
    // An address is not a name a certificate must carry: a mismatch there proves nothing.
    options.checkName = !isAddressLiteral(t.host);
    t.analysis = analyseTrust(result.peerChain, t.host, m_referenceRoots, m_systemRoots, options);
    t.verdict = judgeTrust(t.analysis, m_requireSct);
    t.dateHeld = t.analysis.reference.dateProblem || t.analysis.system.dateProblem;
    concludeWhenReady();
}

void TlsInterceptionCheck::concludeWhenReady()
{
    bool held = false;
    for (const Target& t : std::as_const(m_targets)) {
        if (!t.connection)
            return;
        held = held || t.dateHeld;
    }
    if (held && context()) {
        const RequirementInfo* clock = findRequirement(QStringLiteral("system.clock"));
        if (clock && !context()->unfinished(clock->runsAfter).isEmpty()) {
            if (!m_waitForClock)
                m_waitForClock = connect(context(), &RunContext::checkFinished, this,
                                         &TlsInterceptionCheck::concludeWhenReady);
            return;
        }
    }
    disconnect(m_waitForClock);
    judgeHeldAtServerTime();
    finish(conclude());
}

void TlsInterceptionCheck::judgeHeldAtServerTime()
{
    const ClockEstimate clock =
        context() ? estimateClock(context()->clockSamples()) : ClockEstimate();
    for (Target& t : m_targets) {
        if (!t.dateHeld || !t.connection)
            continue;
        t.dateHeld = false;
        TrustOptions options;
        options.checkName = !isAddressLiteral(t.host);
        const QDateTime serverTime = clock.serverNow();
        if (serverTime.isValid())
            options.at = serverTime;
        else
            options.ignoreDates = true;
        t.analysis =
            analyseTrust(t.connection->peerChain, t.host, m_referenceRoots, m_systemRoots, options);
        t.verdict = judgeTrustAtServerTime(t.analysis, m_requireSct, serverTime);
    }
}

void TlsInterceptionCheck::abort()
{
    stopProbes();
}

void TlsInterceptionCheck::stopProbes()
{
    disconnect(m_waitForClock);
    for (Target& t : m_targets) {
        if (!t.probe)
            continue;
        t.probe->disconnect(this);
        t.probe->abort();
        t.probe->deleteLater();
        t.probe = nullptr;
    }
}

RequirementResult TlsInterceptionCheck::resultOnDeadline()
{
    // A probe still running keeps what it saw: a chain already received is judged, and a
    // connection that hung says at which step.
    for (Target& t : m_targets) {
        if (t.connection || !t.probe)
            continue;
        t.connection = t.probe->snapshot();
        if (!t.connection->peerChain.isEmpty()) {
            TrustOptions options;
            options.checkName = !isAddressLiteral(t.host);
            t.analysis = analyseTrust(t.connection->peerChain, t.host, m_referenceRoots,
                                      m_systemRoots, options);
            t.verdict = judgeTrust(t.analysis, m_requireSct);
            t.dateHeld = t.analysis.reference.dateProblem || t.analysis.system.dateProblem;
        }
    }
    judgeHeldAtServerTime();
    return conclude();
}

RequirementResult TlsInterceptionCheck::conclude() const
{
    RequirementResult r;
    r.addEvidence(
        QStringLiteral("trust.reference"),
        QStringLiteral("%1 (%2 roots)").arg(m_referenceSpec).arg(m_referenceRoots.size()));
    r.addEvidence(QStringLiteral("trust.system"),
                  QStringLiteral("%1 (%2 roots)").arg(m_systemSpec).arg(m_systemRoots.size()));
    r.addEvidence(QStringLiteral("trust.requireSct"), yesNo(m_requireSct));

    QStringList failed;
    QStringList unchecked;
    QStringList missingSct;
    QStringList clockWrong;
    QString product;
    bool localAuthority = false;
    QStringList hosts;
    for (const Target& t : m_targets) {
        if (!hosts.contains(t.host, Qt::CaseInsensitive))
            hosts.append(t.host);
        ResultItem item;
        item.target = t.label;
        if (!t.connection) {
            item.status = Status::Warn;
            item.summary = tr("Could not be checked: no answer within the time limit.");
            r.addEvidence(t.label + QStringLiteral(" error"), QStringLiteral("no answer"));
            unchecked.append(t.label);
        } else if (!t.judged() && !t.connection->ok()) {
            // A closed port, a timeout or a server that does not speak TLS says nothing about
            // interception either way.
            item.status = Status::Warn;
            item.summary =
                tr("Could not be checked: %1").arg(describeConnectFailure(t.label, *t.connection));
            addConnectionEvidence(r, *t.connection, t.port, t.label);
            unchecked.append(t.label);
        } else {
            item.status = t.verdict.status;
            item.summary = t.verdict.summary;
            addTargetEvidence(r, t);
            switch (t.verdict.finding) {
            case TrustFinding::InterceptionProduct:
                if (product.isEmpty())
                    product = t.analysis.product;
                failed.append(t.label);
                break;
            case TrustFinding::LocalAuthority:
                localAuthority = true;
                failed.append(t.label);
                break;
            case TrustFinding::Untrusted:
                failed.append(t.label);
                break;
            case TrustFinding::MissingSct:
                missingSct.append(t.label);
                break;
            case TrustFinding::NoCertificate:
                unchecked.append(t.label);
                break;
            case TrustFinding::ClockWrong:
                clockWrong.append(t.label);
                break;
            case TrustFinding::Trusted:
                break;
            }
        }
        r.items.append(item);
    }

    const int total = int(m_targets.size());
    if (!failed.isEmpty()) {
        r.status = Status::Fail;
        if (!product.isEmpty()) {
            r.summary =
                tr("Secure connections are intercepted by %1: %2.").arg(product, listed(failed));
            r.remediation =
                tr("%1 inspects HTTPS traffic on this network and breaks the secure connections "
                   "of Easy UC. In %1, turn off HTTPS (SSL) inspection for %2, or add exceptions "
                   "for these names.")
                    .arg(product, listed(hosts));
        } else if (localAuthority) {
            r.summary = tr("Secure connections are re-signed by an authority that only this "
                           "computer trusts: %1.")
                            .arg(listed(failed));
            r.remediation =
                tr("A firewall, proxy or antivirus program inspects HTTPS traffic with its own "
                   "certificate authority. Turn off HTTPS (SSL) inspection for %1, or add "
                   "exceptions for these names.")
                    .arg(listed(hosts));
        } else {
            r.summary = tr("%n certificate(s) cannot be trusted: %1.", "", int(failed.size()))
                            .arg(listed(failed));
            r.remediation =
                tr("If a firewall, proxy or antivirus program inspects HTTPS traffic, turn off "
                   "HTTPS (SSL) inspection for %1, or add exceptions for these names. Otherwise "
                   "the server's certificate is wrong: tell Proxima support which name failed.")
                    .arg(listed(hosts));
        }
        return r;
    }
    // A wrong clock refuses every certificate: that is R16's finding, never interception.
    if (!clockWrong.isEmpty()) {
        r.status = Status::Warn;
        r.summary = tr("No interception seen, but %n certificate(s) could not be judged while "
                       "this computer's clock is wrong: %1.",
                       "", int(clockWrong.size()))
                        .arg(listed(clockWrong));
        r.remediation = setClockAdvice();
        return r;
    }
    // Silence is never a pass: with nothing checked there is no proof either way.
    if (unchecked.size() == total) {
        r.status = Status::Warn;
        r.summary = tr("Nothing could be checked: none of the %n secure connection(s) delivered "
                       "a certificate.",
                       "", total);
        r.remediation = tr("Make sure these can be reached (see the other requirements), then "
                           "run the test again: %1.")
                            .arg(listed(unchecked));
        return r;
    }
    if (!unchecked.isEmpty() || !missingSct.isEmpty()) {
        r.status = Status::Warn;
        if (missingSct.isEmpty()) {
            r.summary = tr("No interception seen, but %n connection(s) could not be checked: %1.",
                           "", int(unchecked.size()))
                            .arg(listed(unchecked));
            r.remediation = tr("Make sure these can be reached (see the other requirements), "
                               "then run the test again: %1.")
                                .arg(listed(unchecked));
        } else {
            r.summary =
                unchecked.isEmpty()
                    ? tr("Certificates are trusted, but %n carry no Certificate Transparency "
                         "proof: %1.",
                         "", int(missingSct.size()))
                          .arg(listed(missingSct))
                    : tr("No interception seen, but %1 could not be checked and %2 carry no "
                         "Certificate Transparency proof.")
                          .arg(listed(unchecked), listed(missingSct));
            r.remediation =
                tr("Public certificates normally carry Certificate Transparency proof; one "
                   "without it may come from a private authority. If HTTPS is inspected on this "
                   "network, turn the inspection off for %1 or add exceptions for these names; "
                   "otherwise tell Proxima support.")
                    .arg(listed(hosts));
        }
        return r;
    }
    r.status = Status::Pass;
    r.summary = total == 2
                    ? tr("No interception: both certificates are trusted by the public roots.")
                    : tr("No interception: all %n certificate(s) are trusted by the public roots.",
                         "", total);
    return r;
}

void TlsInterceptionCheck::addTargetEvidence(RequirementResult& r, const Target& t) const
{
    const QString& p = t.label;
    auto add = [&](const QString& key, const QString& value) {
        r.addEvidence(p + QLatin1Char(' ') + key, value);
    };
    const TrustAnalysis& a = t.analysis;
    if (!t.connection->address.isNull())
        add(QStringLiteral("address"), t.connection->endpoint(t.port));
    if (!t.connection->tlsProtocol.isEmpty())
        add(QStringLiteral("tls.protocol"), t.connection->tlsProtocol);
    if (!t.connection->silentFamily.isEmpty())
        add(QStringLiteral("silentFamily"), t.connection->silentFamily);
    add(QStringLiteral("certificate.subject"), a.certificates.first().subject);
    add(QStringLiteral("certificate.issuer"), a.leafIssuer);
    add(QStringLiteral("certificate.sha256"), a.certificates.first().sha256);
    add(QStringLiteral("top.issuer"), a.topIssuer);
    for (qsizetype i = 0; i < a.certificates.size(); ++i) {
        const CertificateFacts& c = a.certificates.at(i);
        const QString cert = QStringLiteral("cert[%1].").arg(i);
        add(cert + QStringLiteral("subject"), c.subject);
        add(cert + QStringLiteral("issuer"), c.issuer);
        add(cert + QStringLiteral("sha256"), c.sha256);
    }
    add(QStringLiteral("validated.reference"), yesNo(a.reference.validated));
    add(a.reference.validated ? QStringLiteral("reference.anchor")
                              : QStringLiteral("reference.error"),
        a.reference.validated ? a.reference.anchor : a.reference.error);
    add(QStringLiteral("validated.system"), yesNo(a.system.validated));
    add(a.system.validated ? QStringLiteral("system.anchor") : QStringLiteral("system.error"),
        a.system.validated ? a.system.anchor : a.system.error);
    add(QStringLiteral("scts"), QString::number(a.sctCount));
    if (a.sctMalformed)
        add(QStringLiteral("scts.malformed"), yesNo(true));
    if (!a.product.isEmpty())
        add(QStringLiteral("product"), a.product);
    add(QStringLiteral("finding"), trustFindingKey(t.verdict.finding));
    if (!t.verdict.detail.isEmpty())
        add(QStringLiteral("detail"), t.verdict.detail);
}

} // namespace easyuc
