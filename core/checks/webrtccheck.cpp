#include "webrtccheck.h"

#include "../engine/runcontext.h"
#include "../probes/httpdate.h"
#include "clockfacts.h"
#include "probes/endpoint.h"
#include "wording.h"

#include <QCryptographicHash>
#include <QSslCertificate>

namespace easyuc {

namespace {
} // namespace

WebRtcCheck::WebRtcCheck(QObject* parent) : Check(QStringLiteral("pbx.webrtc"), parent)
{
    m_probe = new WebSocketProbe(this);
    connect(m_probe, &WebSocketProbe::upgraded, this,
            [this] { reportProgress(tr("WebSocket open; asking the PBX over SIP…")); });
    connect(m_probe, &WebSocketProbe::finished, this,
            [this](const WebSocketSipResult& r) { finish(conclude(r)); });
}

void WebRtcCheck::run(RunContext& context)
{
    const Profile& profile = context.profile();
    m_host = profile.pbx;
    m_port = profile.webrtcPort;
    const QString host =
        m_host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(m_host) : m_host;
    m_url = QStringLiteral("wss://%1:%2%3").arg(host).arg(m_port).arg(profile.webrtcPath);
    if (m_host.isEmpty()) {
        finish(makeResult(Status::Skipped,
                          tr("No PBX address was given, so the PBX was not tested.")));
        return;
    }
    QString rootsError;
    const TrustRoots roots = context.systemRoots(&rootsError);
    if (roots.isEmpty()) {
        RequirementResult r =
            makeResult(Status::Error, tr("The trusted certificates of this computer could not be "
                                         "loaded, so the PBX could not be checked."));
        r.addEvidence(QStringLiteral("trust.system.error"), rootsError);
        finish(r);
        return;
    }
    WebSocketSipRequest request;
    request.connection.host = m_host;
    request.connection.addresses = context.pbxAddresses();
    request.connection.port = m_port;
    request.connection.tls = true;
    request.connection.trustedRoots = roots;
    request.connection.deadline = probeDeadline();
    request.path = profile.webrtcPath;
    request.subprotocol = profile.webrtcSubprotocol;
    reportProgress(tr("Connecting to %1 on port %2…").arg(m_host).arg(m_port));
    m_probe->start(request);
}

void WebRtcCheck::abort()
{
    m_probe->abort();
}

RequirementResult WebRtcCheck::resultOnDeadline()
{
    return conclude(m_probe->snapshot());
}

RequirementResult WebRtcCheck::conclude(const WebSocketSipResult& r) const
{
    const ConnectResult& c = r.connection;
    const QString port = QString::number(m_port);
    const QString remedyBlocked =
        tr("Allow outbound TCP connections to port %1 of the PBX (%2) in the firewall or router.")
            .arg(port, m_host);
    const QString remedyInspection =
        tr("Disable SSL/TLS inspection for the PBX (%1, port %2) in the firewall, proxy or "
           "antivirus. If nothing inspects the traffic, the PBX administrator must renew its "
           "certificate.")
            .arg(m_host, port);
    const QString remedyUpgrade =
        tr("A proxy or firewall may be blocking WebSocket connections: allow WebSocket traffic to "
           "the PBX (%1, port %2) and disable SSL inspection for it. If the problem persists, "
           "contact the PBX administrator.")
            .arg(m_host, port);
    const QString remedySip =
        tr("The WebSocket reaches the PBX but SIP gets no proper answer: make sure no firewall "
           "filters or inspects the traffic to the PBX (%1, port %2). If the problem persists, "
           "contact the PBX administrator.")
            .arg(m_host, port);

    RequirementResult result = makeResult(Status::Fail, QString());
    // Given as an IP address, the PBX cannot be judged by its name: only reachability and trust.
    const bool judgeName = !isAddressLiteral(m_host);
    const QList<QSslError> errors = countedErrors(c.sslErrors, judgeName);
    if (c.tlsMs >= 0 && onlyDateErrors(errors)) {
        // Refused for its dates alone: the servers' time tells whether our clock is to blame.
        QDateTime serverTime = parseHttpDate(r.upgradeDate);
        if (!serverTime.isValid() && context())
            serverTime = estimateClock(context()->clockSamples()).serverNow();
        const DateProblem problem =
            describeDateProblem(formatEndpoint(m_host, m_port), c.peerChain, serverTime);
        result.summary = problem.summary;
        result.remediation = problem.remediation;
    } else if (c.tlsMs >= 0 && !errors.isEmpty()) {
        // A chain the system does not trust for this name is refused by the app's browser
        // engine, whatever lies behind it.
        result.summary = tr("The certificate presented on port %1 is not valid for %2 on this "
                            "computer, so the app would refuse the connection.")
                             .arg(port, m_host);
        result.remediation = remedyInspection;
    } else if (r.ok() && !judgeName) {
        result.status = Status::Warn;
        result.summary = tr("The PBX answered SIP over a secure WebSocket on port %1 (%2), but it "
                            "was given as an IP address: Easy UC connects by name and the "
                            "certificate is issued for a name, so it could not be checked.")
                             .arg(port, r.sipStatusLine);
        result.remediation = pbxByNameAdvice(c.peerChain);
    } else if (r.ok()) {
        result.status = Status::Pass;
        result.summary =
            withSilentFamilyNote(tr("The PBX answered SIP over a secure WebSocket on port %1 (%2).")
                                     .arg(port, r.sipStatusLine),
                                 c);
        result.remediation = describeSilentFamily(formatEndpoint(m_host, m_port), c);
    } else {
        switch (r.failure) {
        case WsSipFailure::None:
        case WsSipFailure::Connection:
            describeConnectionFailure(c, &result);
            break;
        case WsSipFailure::UpgradeSilent:
            result.summary = c.error == ConnectError::Closed
                                 ? tr("The secure connection to port %1 works, but the PBX closed "
                                      "it without answering the WebSocket request.")
                                       .arg(port)
                                 : tr("The secure connection to port %1 works, but no answer to "
                                      "the WebSocket request came within %2 s.")
                                       .arg(port, secondsText(elapsedMs()));
            result.remediation = remedyUpgrade;
            break;
        case WsSipFailure::UpgradeNotHttp:
        case WsSipFailure::UpgradeTooLarge:
            result.summary =
                tr("Something other than a web server answered the WebSocket request on port %1.")
                    .arg(port);
            result.remediation = remedyUpgrade;
            break;
        case WsSipFailure::UpgradeRefused:
            result.summary =
                tr("The PBX refused the WebSocket connection on port %1 with HTTP status %2.")
                    .arg(port, QString::number(r.upgradeStatus));
            result.remediation = remedyUpgrade;
            break;
        case WsSipFailure::UpgradeInvalid:
            result.summary = tr("The answer to the WebSocket request on port %1 is not a valid "
                                "WebSocket handshake.")
                                 .arg(port);
            result.remediation = remedyUpgrade;
            break;
        case WsSipFailure::UpgradeNoSubprotocol:
            result.summary = tr("The PBX opened the WebSocket on port %1 without the “%2” "
                                "subprotocol the app needs.")
                                 .arg(port, context() ? context()->profile().webrtcSubprotocol
                                                      : QStringLiteral("sip"));
            result.remediation = remedyUpgrade;
            break;
        case WsSipFailure::SipSilent:
            result.status = Status::Warn;
            result.summary = c.error == ConnectError::Closed
                                 ? tr("The secure WebSocket to the PBX opens, but the PBX closed "
                                      "it without answering the SIP request.")
                                 : tr("The secure WebSocket to the PBX opens, but the PBX did not "
                                      "answer the SIP request within %1 s.")
                                       .arg(secondsText(elapsedMs()));
            result.remediation = remedySip;
            break;
        case WsSipFailure::SipGarbage:
            result.status = Status::Warn;
            result.summary = tr("The secure WebSocket to the PBX opens, but the answer to the SIP "
                                "request is not a valid SIP response.");
            result.remediation = remedySip;
            break;
        }
        if (result.remediation.isEmpty())
            result.remediation = c.error == ConnectError::NameNotFound ||
                                         c.error == ConnectError::DnsTimeout ||
                                         c.error == ConnectError::DnsFailed
                                     ? tr("Check that the PBX address %1 is spelled correctly and "
                                          "that the DNS servers of this network work.")
                                           .arg(m_host)
                                 : c.step == ConnectStep::Tls ? remedyInspection
                                                              : remedyBlocked;
    }
    result.items.append({m_url, result.status, result.summary});
    addEvidence(r, &result);
    return result;
}

void WebRtcCheck::describeConnectionFailure(const ConnectResult& c, RequirementResult* result) const
{
    const QString port = QString::number(m_port);
    const QString waited = secondsText(elapsedMs());
    // No error yet means our own deadline came first: the step reached tells what hung.
    const bool timedOut = c.error == ConnectError::None || c.error == ConnectError::Timeout ||
                          c.error == ConnectError::DnsTimeout;
    if (c.step == ConnectStep::Dns) {
        result->summary = c.error == ConnectError::NameNotFound
                              ? tr("The PBX name %1 does not exist in DNS.").arg(m_host)
                              : tr("The PBX name %1 could not be resolved.").arg(m_host);
        return;
    }
    if (c.step == ConnectStep::Tls) {
        result->summary =
            timedOut ? tr("The secure (TLS) connection to the PBX on port %1 did not complete "
                          "within %2 s.")
                           .arg(port, waited)
                     : tr("The secure (TLS) connection to the PBX on port %1 failed.").arg(port);
        return;
    }
    switch (c.error) {
    case ConnectError::Refused:
        result->summary = tr("The PBX refused the connection on port %1.").arg(port);
        return;
    case ConnectError::Reset:
        result->summary = tr("The connection to the PBX on port %1 was reset.").arg(port);
        return;
    case ConnectError::Unreachable:
        result->summary = tr("The PBX cannot be reached from this network on port %1.").arg(port);
        return;
    default:
        break;
    }
    result->summary =
        timedOut
            ? tr("No answer from the PBX on port %1 within %2 s: the port is probably blocked.")
                  .arg(port, waited)
            : tr("The connection to the PBX on port %1 failed.").arg(port);
}

void WebRtcCheck::addEvidence(const WebSocketSipResult& r, RequirementResult* result) const
{
    const ConnectResult& c = r.connection;
    const auto add = [result](const QString& key, const QString& value) {
        if (!value.isEmpty())
            result->addEvidence(key, value);
    };
    const auto addMs = [&add](const QString& key, qint64 ms) {
        if (ms >= 0)
            add(key, QString::number(ms));
    };
    add(QStringLiteral("target"), m_url);
    // The connection in the shared vocabulary; the failure keys follow below, since the step
    // that failed may be the WebSocket's or SIP's rather than the connection's.
    ConnectResult connection = c;
    connection.error = ConnectError::None;
    connection.detail.clear();
    addConnectionEvidence(*result, connection, m_port);
    add(QStringLiteral("websocket.status"), r.upgradeStatusLine);
    add(QStringLiteral("websocket.server"), r.upgradeServer);
    add(QStringLiteral("websocket.subprotocol"), r.subprotocol);
    addMs(QStringLiteral("websocket.upgradeMs"), r.upgradeMs);
    if (r.closeCode >= 0)
        add(QStringLiteral("websocket.closeCode"), QString::number(r.closeCode));
    add(QStringLiteral("sip.request"), r.sipRequestLine);
    add(QStringLiteral("sip.status"), r.sipStatusLine);
    add(QStringLiteral("sip.server"), r.sipServer);
    addMs(QStringLiteral("sip.rttMs"), r.sipRttMs);
    if (!r.ok()) {
        add(QStringLiteral("failedStep"), r.failure == WsSipFailure::Connection
                                              ? connectStepKey(c.step)
                                              : wsSipFailureKey(r.failure));
        add(QStringLiteral("error"), connectErrorKey(c.error));
        add(QStringLiteral("detail"), r.detail.isEmpty() ? c.detail : r.detail);
        add(QStringLiteral("received"), r.excerpt);
    }
}

} // namespace easyuc
