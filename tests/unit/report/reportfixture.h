#pragma once
// A real result set for the report writers: checks run against hostile loopback servers.

#include "checks/clockcheck.h"
#include "checks/pbxdnscheck.h"
#include "checks/pbxhttpcheck.h"
#include "checks/tlsinterceptioncheck.h"
#include "checks/webrtccheck.h"
#include "engine/catalogue.h"
#include "engine/report.h"
#include "support/checkharness.h"
#include "support/loopbackservers.h"
#include "support/testpki.h"

#include <QProcess>
#include <gtest/gtest.h>

namespace easyuc::test {

// What a hostile network put into the report, and the secret that must never come out.
inline const QString kHostileSubject = QStringLiteral("<script>alert(1)</script>");
inline const QString kHostileServer = QStringLiteral("<b>evil</b>\"><img src=x onerror=alert(2)>");
inline const QString kHostileReason = QStringLiteral("SIP/2.0 200 <i>OK</i><script>x()</script>");
inline const QString kTurnUser = QStringLiteral("turn-user-q7z");
inline const QString kTurnPassword = QStringLiteral("Tr0ub4dor-turn-secret-9931");
// One long word with no break opportunity, as a server may send.
inline const QString kLongWord = QString(420, QLatin1Char('W'));

// Runs R2, R3, R4, R6 and R14 for real against loopback servers (a TLS server whose
// certificate subject is a script tag and whose Server header is markup), and fills the other
// requirements with results covering every status. The profile carries TURN credentials.
inline Report buildHostileReport()
{
    TestCa ca(QStringLiteral("Report Test Root"), QStringLiteral("Report <Test> & Co"));
    const QString bundle = ca.writeBundle(QStringLiteral("report-roots.pem"));
    const Issued leaf = ca.issue(kHostileSubject, {QStringLiteral("localhost")});
    ScriptedServer https(
        Behaviour::Reply,
        QStringLiteral("HTTP/1.1 200 OK\r\nServer: %1\r\nContent-Length: 0\r\n\r\n")
            .arg(kHostileServer)
            .toUtf8());
    https.setTls(serverTlsConfig(leaf.certificate, leaf.key));
    EXPECT_TRUE(https.listen());

    Profile profile;
    profile.name = QStringLiteral("Hostile <b>lab</b>");
    profile.pbx = QStringLiteral("localhost");
    profile.httpsPort = https.port();
    profile.webrtcPort = closedPort();
    profile.webctiPort = closedPort();
    profile.domains = {QStringLiteral("localhost")};
    profile.trustReference = bundle;
    profile.trustSystem = bundle;
    profile.requireSct = false;
    profile.checkTimeoutMs = 2500;
    profile.turnCredentials = TurnCredentials{kTurnUser, kTurnPassword};

    QHash<QString, RequirementResult> results;
    auto run = [&](Check& check) {
        const RequirementResult r = runCheck(check, profile).result;
        results.insert(r.id, r);
    };
    PbxDnsCheck dns;
    run(dns);
    PbxHttpCheck httpsCheck(PbxHttpCheck::Kind::Https);
    run(httpsCheck);
    WebRtcCheck webrtc;
    run(webrtc);
    PbxHttpCheck webcti(PbxHttpCheck::Kind::WebCti);
    run(webcti);
    TlsInterceptionCheck tls;
    tls.setDomainPort(https.port());
    run(tls);

    // R16 from a Date header three days ahead, named by a hostile server.
    ClockCheck clock;
    results.insert(QStringLiteral("system.clock"),
                   runCheck(clock, profile, [](RunContext& c) {
                       ClockSample s;
                       s.server = QStringLiteral("<b>localhost</b>:443");
                       s.dateHeader = QStringLiteral("<script>date()</script>");
                       s.localTime = QDateTime::currentDateTimeUtc();
                       s.serverTime = s.localTime.addDays(3);
                       c.addClockSample(s);
                   }).result);

    RequirementResult rtp;
    rtp.id = QStringLiteral("pbx.rtp");
    rtp.status = Status::Warn;
    rtp.summary = QStringLiteral("Silence on 3 of 8 sampled ports.");
    rtp.remediation = QStringLiteral("Open UDP 16384-32768 towards the PBX.");
    rtp.addEvidence(QStringLiteral("received"), kLongWord);
    rtp.items.append({QStringLiteral("localhost:16384/udp"), Status::Pass,
                      QStringLiteral("ICMP port unreachable")});
    rtp.items.append(
        {QStringLiteral("localhost:32768/udp"), Status::Warn, QStringLiteral("silence")});
    results.insert(rtp.id, rtp);
    RequirementResult alg;
    alg.id = QStringLiteral("firewall.sip-alg");
    alg.status = Status::Pass;
    alg.summary = QStringLiteral("The SIP answer shows no rewriting.");
    alg.addEvidence(QStringLiteral("udp sip.request"),
                    QStringLiteral("OPTIONS sip:localhost SIP/2.0"));
    alg.addEvidence(QStringLiteral("udp sip.status"), kHostileReason);
    alg.addEvidence(QStringLiteral("udp sip.rtt.ms"), QStringLiteral("12"));
    results.insert(alg.id, alg);
    RequirementResult media;
    media.id = QStringLiteral("media.quality");
    media.status = Status::Error;
    media.summary = QStringLiteral("The tool failed to open a socket.");
    results.insert(media.id, media);

    Report report;
    report.toolVersion = QStringLiteral(EASYUC_VERSION);
    report.startedAt = QDateTime::currentDateTime();
    report.durationMs = 1234;
    report.profileName = profile.name;
    report.pbx = profile.pbx;
    for (const RequirementInfo& info : requirementCatalogue()) {
        ReportEntry e;
        e.severity = info.defaultSeverity;
        e.result = results.value(info.id);
        if (e.result.id.isEmpty()) {
            e.result.id = info.id;
            e.result.status = Status::Skipped;
            e.result.summary = QStringLiteral("Not run in this test.");
        }
        report.entries.append(e);
    }
    report.overall = overallStatus(report.entries);
    report.host = HostInfo::collect(profile.pbx);
    report.host.publicAddresses = {QStringLiteral("203.0.113.7")};
    report.attachAppendix(profile, logMark());
    report.logTail = {QStringLiteral("2025-01-01 10:00:00.000 info run: <script>log()</script>"),
                      QStringLiteral("2025-01-01 10:00:01.000 info pbx.https pass")};
    return report;
}

// The report every writer test uses, built once.
inline const Report& hostileReport()
{
    static const Report report = buildHostileReport();
    return report;
}

// Runs a poppler tool and returns its stdout; empty when it failed.
inline QByteArray runTool(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return {};
    return p.readAllStandardOutput();
}

} // namespace easyuc::test
