#include "pbxhttpcheck.h"

#include "../engine/runcontext.h"
#include "../probes/httpdate.h"
#include "clockfacts.h"
#include "probes/endpoint.h"
#include "wording.h"

namespace easyuc {

PbxHttpCheck::PbxHttpCheck(Kind kind, QObject* parent)
    : Check(kind == Kind::Https ? QStringLiteral("pbx.https") : QStringLiteral("pbx.webcti"),
            parent),
      m_kind(kind)
{
}

bool PbxHttpCheck::judgesName() const
{
    return !isAddressLiteral(m_host);
}

QString PbxHttpCheck::target() const
{
    return formatEndpoint(m_host, m_port);
}

void PbxHttpCheck::run(RunContext& context)
{
    const Profile& p = context.profile();
    m_host = p.pbx;
    m_port = m_kind == Kind::Https ? p.httpsPort : p.webctiPort;
    ConnectRequest req;
    req.host = m_host;
    req.addresses = context.pbxAddresses();
    req.port = m_port;
    req.tls = m_kind == Kind::Https;
    req.deadline = probeDeadline();
    if (req.tls) {
        QString error;
        req.trustedRoots = context.systemRoots(&error);
        if (req.trustedRoots.isEmpty()) {
            RequirementResult r = makeResult(
                Status::Error, tr("The trusted certificates of this computer could not be read."));
            r.addEvidence(QStringLiteral("detail"), error);
            finish(r);
            return;
        }
    }
    m_probe = new HttpProbe(this);
    connect(m_probe, &HttpProbe::finished, this, [this](const HttpResult& http) {
        if (!http.date.isEmpty() || !http.connection.peerChain.isEmpty())
            Check::context()->addClockSample(clockSampleOf(target(), http, judgesName()));
        finish(conclude(http));
    });
    reportProgress(tr("Connecting to %1…").arg(target()));
    m_probe->start(req);
}

void PbxHttpCheck::abort()
{
    if (m_probe)
        m_probe->abort();
}

RequirementResult PbxHttpCheck::resultOnDeadline()
{
    // The probe's own deadline is shorter; reaching this means it never reported. What it saw
    // so far still counts: a TLS handshake done with HTTP silent is "connected, no HTTP
    // answer", not "no answer".
    if (m_probe)
        return conclude(m_probe->snapshot());
    HttpResult silent;
    silent.connection.step = ConnectStep::Connect;
    silent.connection.error = ConnectError::Timeout;
    return conclude(silent);
}

RequirementResult PbxHttpCheck::conclude(const HttpResult& http) const
{
    RequirementResult r;
    addHttpEvidence(r, http, m_port);
    const ConnectResult& c = http.connection;
    const bool connected = c.connectMs >= 0;
    // Given as an IP address, the PBX cannot be judged by its name: only reachability and trust.
    const QList<QSslError> errors = countedErrors(c.sslErrors, judgesName());
    if (http.ok() && m_kind == Kind::Https && errors.isEmpty() && !judgesName()) {
        r.status = Status::Warn;
        r.summary = tr("%1 answered (%2), but the PBX was given as an IP address: Easy UC "
                       "connects by name and the certificate is issued for a name, so it could "
                       "not be checked.")
                        .arg(target(), http.statusLine.section(QLatin1Char(' '), 1));
        r.remediation = pbxByNameAdvice(c.peerChain);
        return r;
    }
    if (http.ok() && (m_kind == Kind::WebCti || errors.isEmpty())) {
        r.status = Status::Pass;
        r.summary =
            tr("%1 answered (%2) in %3 ms.")
                .arg(target(), http.statusLine.section(QLatin1Char(' '), 1))
                .arg(c.connectMs + qMax<qint64>(c.tlsMs, 0) + qMax<qint64>(http.firstByteMs, 0));
        // Happy Eyeballs hid a silently broken family: green, but say so.
        r.summary = withSilentFamilyNote(r.summary, c);
        r.remediation = describeSilentFamily(target(), c);
        return r;
    }
    if (m_kind == Kind::Https && c.tlsMs >= 0 && onlyDateErrors(errors)) {
        // Refused for its dates alone: the server's own Date tells whether our clock is to blame.
        QDateTime serverTime = parseHttpDate(http.date);
        if (!serverTime.isValid() && context())
            serverTime = estimateClock(context()->clockSamples()).serverNow();
        const DateProblem problem = describeDateProblem(target(), c.peerChain, serverTime);
        r.status = Status::Fail;
        r.summary = problem.summary;
        r.remediation = problem.remediation;
        return r;
    }
    if (m_kind == Kind::Https && c.tlsMs >= 0 && !errors.isEmpty()) {
        r.status = Status::Fail;
        r.summary = describeCertificateProblem(target(), c);
    } else if (connected && (m_kind == Kind::WebCti || c.tlsMs >= 0)) {
        // The port is open (proven by the handshake) but the exchange failed: degraded.
        r.status = Status::Warn;
        r.summary = tr("%1 accepts connections but gave no HTTP answer: %2")
                        .arg(target(), describeConnectFailure(target(), c));
    } else {
        r.status = Status::Fail;
        r.summary = describeConnectFailure(target(), c);
    }
    r.remediation = remediation(http);
    return r;
}

QString PbxHttpCheck::remediation(const HttpResult& http) const
{
    const ConnectResult& c = http.connection;
    if (m_kind == Kind::Https && c.tlsMs >= 0 &&
        !countedErrors(c.sslErrors, judgesName()).isEmpty())
        return tr("The certificate presented for %1 is not valid. If the PBX address is right, "
                  "a device on this network may be inspecting secure traffic: ask the network "
                  "administrator to exclude %1 from SSL/TLS inspection.")
            .arg(m_host);
    if (m_kind == Kind::Https)
        return tr("Allow outgoing connections to %1 on TCP port %2 (HTTPS) in the firewall or "
                  "router, and check that the PBX address is correct.")
            .arg(m_host)
            .arg(m_port);
    return tr("Allow outgoing connections to %1 on TCP port %2 (WebCTI) in the firewall. Without "
              "it, Easy UC cannot control desk phones.")
        .arg(m_host)
        .arg(m_port);
}

} // namespace easyuc
