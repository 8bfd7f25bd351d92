#include "app/clirunner.h"
#include "engine/catalogue.h"
#include "report/supportcode.h"
#include "support/checkharness.h"
#include "support/loopbackservers.h"
#include "support/testpki.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace easyuc::test;

namespace {

QString writeFile(QTemporaryDir& dir, const QString& name, const QByteArray& data)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(data);
    return path;
}

QJsonObject requirement(const QJsonObject& report, const QString& id)
{
    for (const QJsonValue& v : report.value(QStringLiteral("requirements")).toArray()) {
        if (v.toObject().value(QStringLiteral("id")).toString() == id)
            return v.toObject();
    }
    return {};
}

} // namespace

TEST(Cli, VersionAndHelp)
{
    const CliRun v = runCli({QStringLiteral("--version")});
    EXPECT_EQ(v.exitCode, 0);
    EXPECT_TRUE(v.out.contains(EASYUC_VERSION));
    const CliRun h = runCli({QStringLiteral("--help")});
    EXPECT_EQ(h.exitCode, 0);
    EXPECT_TRUE(h.out.contains("--pbx"));
    EXPECT_TRUE(h.out.contains("--only"));
}

TEST(Cli, BadProfileExitsThreeNamingTheKey)
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("bad.json"),
                                   R"({"schema": 1, "rules": {"https": {"port": "x"}}})");
    const CliRun r = runCli({QStringLiteral("--profile"), path});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_TRUE(r.err.contains("rules.https.port")) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(path.toUtf8()));

    const QString broken = writeFile(dir, QStringLiteral("broken.json"), "{\n \"schema\": 1,,\n}");
    const CliRun b = runCli({QStringLiteral("--profile"), broken});
    EXPECT_EQ(b.exitCode, 3);
    EXPECT_TRUE(b.err.contains("line 2")) << b.err.toStdString();

    EXPECT_EQ(runCli({QStringLiteral("--profile"), dir.filePath(QStringLiteral("missing.json"))})
                  .exitCode,
              3);
}

TEST(Cli, BadUsageExitsThree)
{
    EXPECT_EQ(runCli({QStringLiteral("--only"), QStringLiteral("pbx.fax")}).exitCode, 3);
    EXPECT_EQ(runCli({QStringLiteral("--lang"), QStringLiteral("de")}).exitCode, 3);
    EXPECT_EQ(runCli({QStringLiteral("--pbx"), QStringLiteral("bad host")}).exitCode, 3);
    EXPECT_EQ(runCli({QStringLiteral("--timeout-ms"), QStringLiteral("abc")}).exitCode, 3);
    EXPECT_EQ(runCli({QStringLiteral("--no-such-option")}).exitCode, 3);
    for (const char* bad : {"9", "301", "abc", "-10", "15.5"}) {
        const CliRun run = runCli({QStringLiteral("--call-test"), QString::fromLatin1(bad)});
        EXPECT_EQ(run.exitCode, 3) << bad;
        EXPECT_TRUE(
            run.err.contains("--call-test must be a whole number of seconds from 10 to 300"))
            << run.err.toStdString();
    }
}

// A whole run against loopback fixtures: a healthy HTTPS server and WebCTI server, nothing on
// the WebRTC port, the domains' port 443 closed.
TEST(Cli, FullRunOnLoopbackWritesSchemaOneReport)
{
    TestCa ca(QStringLiteral("CLI Test Root"));
    const Issued leaf = ca.issue(QStringLiteral("localhost"), {QStringLiteral("localhost")});
    ScriptedServer https(Behaviour::ReplyClose, "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n");
    https.setTls(serverTlsConfig(leaf.certificate, leaf.key));
    ASSERT_TRUE(https.listen());
    ScriptedServer webcti(Behaviour::ReplyClose, "HTTP/1.1 401 Unauthorized\r\n\r\n");
    ASSERT_TRUE(webcti.listen());
    QTemporaryDir dir;
    const QString bundle = ca.writeBundle(QStringLiteral("cli-roots.pem"));
    const QString profile =
        writeFile(dir, QStringLiteral("loopback.json"),
                  QStringLiteral(R"({"schema": 1, "name": "Loopback", "pbx": "localhost",
             "timeouts": {"checkMs": 1500},
             "rules": {"https": {"port": %1}, "webcti": {"port": %2}, "webrtc": {"port": %3}},
             "domains": ["localhost"],
             "trust": {"reference": "%4", "system": "%4", "requireSct": false}})")
                      .arg(https.port())
                      .arg(webcti.port())
                      .arg(closedPort())
                      .arg(bundle)
                      .toUtf8());
    const QString json = dir.filePath(QStringLiteral("report.json"));
    const CliRun r = runCli({QStringLiteral("--profile"), profile, QStringLiteral("--json"), json});
    EXPECT_EQ(r.exitCode, 2) << r.out.toStdString() << r.err.toStdString();
    EXPECT_TRUE(r.out.contains("R3 ")) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains("Overall:"));

    QFile f(json);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QJsonObject report = QJsonDocument::fromJson(f.readAll()).object();
    EXPECT_EQ(report.value(QStringLiteral("schema")).toInt(), 1);
    EXPECT_EQ(report.value(QStringLiteral("overall")).toString(), QStringLiteral("fail"));
    EXPECT_EQ(
        report.value(QStringLiteral("profile")).toObject().value(QStringLiteral("pbx")).toString(),
        QStringLiteral("localhost"));
    EXPECT_FALSE(report.value(QStringLiteral("host"))
                     .toObject()
                     .value(QStringLiteral("interfaces"))
                     .toArray()
                     .isEmpty());
    EXPECT_EQ(report.value(QStringLiteral("requirements")).toArray().size(), 16);
    EXPECT_EQ(
        requirement(report, QStringLiteral("pbx.dns")).value(QStringLiteral("status")).toString(),
        QStringLiteral("pass"));
    EXPECT_EQ(
        requirement(report, QStringLiteral("pbx.https")).value(QStringLiteral("status")).toString(),
        QStringLiteral("pass"));
    EXPECT_EQ(
        requirement(report, QStringLiteral("pbx.https")).value(QStringLiteral("number")).toInt(),
        3);
    EXPECT_EQ(requirement(report, QStringLiteral("pbx.webcti"))
                  .value(QStringLiteral("status"))
                  .toString(),
              QStringLiteral("pass"));
    EXPECT_EQ(requirement(report, QStringLiteral("pbx.webrtc"))
                  .value(QStringLiteral("status"))
                  .toString(),
              QStringLiteral("fail"));
    EXPECT_EQ(requirement(report, QStringLiteral("domains.reach"))
                  .value(QStringLiteral("status"))
                  .toString(),
              QStringLiteral("fail"));
    // Every requirement has a status, and nothing unmeasured is green.
    for (const QJsonValue& v : report.value(QStringLiteral("requirements")).toArray()) {
        const QJsonObject o = v.toObject();
        EXPECT_FALSE(o.value(QStringLiteral("summary")).toString().isEmpty())
            << o.value(QStringLiteral("id")).toString().toStdString();
        if (o.value(QStringLiteral("status")).toString() == QStringLiteral("pass")) {
            EXPECT_FALSE(o.value(QStringLiteral("evidence")).toObject().isEmpty());
        }
    }
}

TEST(Cli, OnlyRunsTheSelectionAndItsDependencies)
{
    ScriptedServer webcti(Behaviour::ReplyClose, "HTTP/1.1 200 OK\r\n\r\n");
    ASSERT_TRUE(webcti.listen());
    QTemporaryDir dir;
    const QString profile =
        writeFile(dir, QStringLiteral("only.json"),
                  QStringLiteral(R"({"schema": 1, "rules": {"webcti": {"port": %1}}})")
                      .arg(webcti.port())
                      .toUtf8());
    const CliRun r =
        runCli({QStringLiteral("--profile"), profile, QStringLiteral("--pbx"),
                QStringLiteral("localhost"), QStringLiteral("--only"), QStringLiteral("pbx.webcti"),
                QStringLiteral("--json"), QStringLiteral("-")});
    const QJsonObject report = QJsonDocument::fromJson(r.out).object();
    ASSERT_FALSE(report.isEmpty()) << r.out.toStdString();
    EXPECT_EQ(requirement(report, QStringLiteral("pbx.webcti"))
                  .value(QStringLiteral("status"))
                  .toString(),
              QStringLiteral("pass"));
    EXPECT_EQ(
        requirement(report, QStringLiteral("pbx.dns")).value(QStringLiteral("status")).toString(),
        QStringLiteral("pass"));
    // The rest are "not selected": skipped, marked as such, and weighing nothing, so a run whose
    // selected checks (and the dependency it pulled in) all pass exits 0.
    const QJsonObject https = requirement(report, QStringLiteral("pbx.https"));
    EXPECT_EQ(https.value(QStringLiteral("status")).toString(), QStringLiteral("skipped"));
    EXPECT_FALSE(https.value(QStringLiteral("selected")).toBool(true));
    EXPECT_TRUE(requirement(report, QStringLiteral("pbx.dns"))
                    .value(QStringLiteral("selected"))
                    .toBool(false));
    EXPECT_EQ(report.value(QStringLiteral("overall")).toString(), QStringLiteral("pass"));
    EXPECT_TRUE(report.value(QStringLiteral("rootCause")).isNull());
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains("R6")) << r.err.toStdString();
    EXPECT_TRUE(QRegularExpression(QStringLiteral("R3 +\u2013 Not selected +PBX web access"))
                    .match(QString::fromUtf8(r.err))
                    .hasMatch())
        << r.err.toStdString();
    EXPECT_FALSE(r.err.contains("Warning")) << r.err.toStdString();

    // A dependency pulled in by --only still counts: with the PBX's name unknown, R2 fails and
    // so does the run, though R6 itself was never reached.
    const CliRun bad =
        runCli({QStringLiteral("--profile"), profile, QStringLiteral("--pbx"),
                QStringLiteral("no-such-host.invalid"), QStringLiteral("--only"),
                QStringLiteral("pbx.webcti"), QStringLiteral("--json"), QStringLiteral("-")});
    const QJsonObject badReport = QJsonDocument::fromJson(bad.out).object();
    EXPECT_EQ(requirement(badReport, QStringLiteral("pbx.dns"))
                  .value(QStringLiteral("status"))
                  .toString(),
              QStringLiteral("fail"));
    EXPECT_EQ(bad.exitCode, 2) << bad.err.toStdString();
}

// Every target silent or refused is one root cause: the summary leads with it and its action,
// the other requirements keep their own lines, and the JSON names it.
TEST(Cli, NothingAnsweringIsOneRootCause)
{
    QTemporaryDir dir;
    const quint16 closed = closedPort();
    const QString profile =
        writeFile(dir, QStringLiteral("silent.json"),
                  QStringLiteral(R"({"schema": 1, "name": "Refused", "pbx": "localhost",
             "timeouts": {"checkMs": 1500},
             "rules": {"https": {"port": %1}, "webcti": {"port": %1}, "webrtc": {"port": %1}},
             "domains": ["localhost"], "stun": ["127.0.0.1:%1"], "turn": []})")
                      .arg(closed)
                      .toUtf8());
    // R5 is left out: loopback answers UDP with ICMP port-unreachable, which proves a path.
    const CliRun r =
        runCli({QStringLiteral("--profile"), profile, QStringLiteral("--lang"),
                QStringLiteral("en"), QStringLiteral("--only"),
                QStringLiteral(
                    "internet.access,pbx.https,pbx.webrtc,pbx.webcti,domains.reach,stun.binding"),
                QStringLiteral("--json"), QStringLiteral("-")});
    EXPECT_EQ(r.exitCode, 2) << r.err.toStdString();
    const QJsonObject report = QJsonDocument::fromJson(r.out).object();
    const QJsonObject cause = report.value(QStringLiteral("rootCause")).toObject();
    EXPECT_EQ(cause.value(QStringLiteral("id")).toString(), QStringLiteral("internet.blocked"))
        << r.err.toStdString();
    // Windows consoles end lines with CR LF.
    const QString err =
        QString::fromUtf8(r.err).replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    EXPECT_TRUE(err.contains(QStringLiteral(
        "Overall: \u2717 Failed \u2014 Nothing reaches the Internet: names resolve, but every "
        "server is silent or refuses the connection.\n  What to do: Check that the router")))
        << err.toStdString();
    EXPECT_TRUE(err.contains(QStringLiteral("These failed because of it: R3, R4, R6, R7, R8.")))
        << err.toStdString();
    EXPECT_EQ(cause.value(QStringLiteral("failed")).toArray().size(), 5);
    // The dependent requirements still have their own line and light.
    EXPECT_TRUE(QRegularExpression(QStringLiteral("R3 +\u2717 Failed")).match(err).hasMatch());
}

TEST(Cli, DecodePrintsEveryStatusByNumberAndTitle)
{
    QList<easyuc::Status> statuses(16, easyuc::Status::Pass);
    statuses[2] = easyuc::Status::Fail;
    statuses[14] = easyuc::Status::Warn;
    statuses[15] = easyuc::Status::Fail;
    const QString code = easyuc::SupportCode::encode(statuses);
    const CliRun r = runCli({QStringLiteral("--lang"), QStringLiteral("en"),
                             QStringLiteral("--decode"), code.toLower()});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString out = QString::fromUtf8(r.out);
    for (const easyuc::RequirementInfo& info : easyuc::requirementCatalogue())
        EXPECT_TRUE(out.contains(info.label() + QLatin1Char(' '))) << info.label().toStdString();
    EXPECT_TRUE(QRegularExpression(QStringLiteral("R3 +\u2717 Failed +PBX web access"))
                    .match(out)
                    .hasMatch())
        << out.toStdString();
    EXPECT_TRUE(QRegularExpression(QStringLiteral("R15 +! Warning")).match(out).hasMatch());
    EXPECT_TRUE(QRegularExpression(QStringLiteral("R16 +\u2717 Failed +Date and time"))
                    .match(out)
                    .hasMatch())
        << out.toStdString();
    EXPECT_TRUE(out.contains(code));
}

// The agent on the phone reads what to do, per requirement that is not met, in one line each.
TEST(Cli, DecodeSaysWhatToDoPerProblemInTheChosenLanguage)
{
    QList<easyuc::Status> statuses(15, easyuc::Status::Pass);
    statuses[9] = easyuc::Status::Fail; // R10 SIP ALG
    statuses[4] = easyuc::Status::Warn; // R5 RTP
    const QString code = easyuc::SupportCode::encode(statuses);
    const CliRun it =
        runCli({QStringLiteral("--lang"), QStringLiteral("it"), QStringLiteral("--decode"), code});
    EXPECT_EQ(it.exitCode, 0) << it.err.toStdString();
    const QString out = QString::fromUtf8(it.out);
    const QStringList lines = out.split(QLatin1Char('\n'));
    const auto lineOf = [&](const QString& start) {
        for (const QString& l : lines)
            if (l.startsWith(start))
                return l;
        return QString();
    };
    const QString sipAlg = lineOf(QStringLiteral("R10 Nessun SIP ALG"));
    EXPECT_TRUE(sipAlg.contains(QStringLiteral("Non superato")) &&
                sipAlg.contains(QStringLiteral("Disattivare il SIP ALG")))
        << out.toStdString();
    EXPECT_TRUE(lineOf(QStringLiteral("R5 ")).contains(QStringLiteral("UDP"))) << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("Cosa fare:")));
    // Green requirements get no action line.
    EXPECT_TRUE(lineOf(QStringLiteral("R3 Accesso web")).isEmpty()) << out.toStdString();
}

TEST(Cli, ReportDetailIsSummaryOrFull)
{
    const CliRun bad = runCli({QStringLiteral("--report-detail"), QStringLiteral("short"),
                               QStringLiteral("--decode"), QStringLiteral("EUC-OOO-111")});
    EXPECT_EQ(bad.exitCode, 3);
    EXPECT_TRUE(bad.err.contains("--report-detail")) << bad.err.toStdString();
}

TEST(Cli, MalformedSupportCodeExitsThree)
{
    const CliRun bad = runCli({QStringLiteral("--decode"), QStringLiteral("EUC-OOO-111")});
    EXPECT_EQ(bad.exitCode, 3);
    EXPECT_FALSE(bad.err.isEmpty());
    QString misread = easyuc::SupportCode::encode(QList<easyuc::Status>(16, easyuc::Status::Pass));
    misread[5] = misread.at(5) == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    const CliRun typo = runCli({QStringLiteral("--decode"), misread});
    EXPECT_EQ(typo.exitCode, 3);
    EXPECT_TRUE(typo.err.contains("misread")) << typo.err.toStdString();
}

// Every report format from one loopback run, in English and in Italian; the support code is
// printed after the verdict and matches the JSON; the TURN secret reaches no output.
TEST(Cli, WritesEveryReportFormatWithTheSupportCode)
{
    TestCa ca(QStringLiteral("CLI Report Root"));
    const Issued leaf = ca.issue(QStringLiteral("localhost"), {QStringLiteral("localhost")});
    ScriptedServer https(Behaviour::ReplyClose, "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n");
    https.setTls(serverTlsConfig(leaf.certificate, leaf.key));
    ASSERT_TRUE(https.listen());
    QTemporaryDir dir;
    const QString bundle = ca.writeBundle(QStringLiteral("cli-report-roots.pem"));
    const QByteArray secret = "cli-turn-secret-5521";
    const QString profile =
        writeFile(dir, QStringLiteral("report.json"),
                  QStringLiteral(R"({"schema": 1, "name": "Loopback", "pbx": "localhost",
             "timeouts": {"checkMs": 1500},
             "rules": {"https": {"port": %1}, "webcti": {"port": %2}, "webrtc": {"port": %2}},
             "domains": ["localhost"], "stun": [], "turn": [],
             "turnCredentials": {"username": "cli-turn-user", "password": "%3"},
             "trust": {"reference": "%4", "system": "%4", "requireSct": false}})")
                      .arg(https.port())
                      .arg(closedPort())
                      .arg(QString::fromLatin1(secret), bundle)
                      .toUtf8());
    const QStringList only{QStringLiteral("--only"),
                           QStringLiteral("pbx.https,pbx.webcti,tls.interception")};
    auto path = [&](const char* name) { return dir.filePath(QLatin1String(name)); };
    const CliRun en =
        runCli(QStringList{QStringLiteral("--profile"), profile, QStringLiteral("--lang"),
                           QStringLiteral("en"), QStringLiteral("--json"), path("r.json"),
                           QStringLiteral("--html"), path("r.html"), QStringLiteral("--text"),
                           path("r.txt"), QStringLiteral("--pdf"), path("r.pdf")} +
               only);
    EXPECT_EQ(en.exitCode, 2) << en.out.toStdString() << en.err.toStdString();
    const QRegularExpressionMatch printed =
        QRegularExpression(
            QStringLiteral("Overall:[^\n]*\n(?:  [^\n]*\n)*Support code: (EUC-[2-9A-Z-]+)"))
            .match(QString::fromUtf8(en.out));
    ASSERT_TRUE(printed.hasMatch()) << en.out.toStdString();

    QFile json(path("r.json"));
    ASSERT_TRUE(json.open(QIODevice::ReadOnly));
    const QByteArray jsonBytes = json.readAll();
    EXPECT_EQ(
        QJsonDocument::fromJson(jsonBytes).object().value(QStringLiteral("supportCode")).toString(),
        printed.captured(1));
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {path("r.pdf"), QStringLiteral("-")});
    ASSERT_TRUE(pdftotext.waitForFinished(30000));
    const QByteArray pdfText = pdftotext.readAllStandardOutput();
    for (int n = 1; n <= 15; ++n)
        EXPECT_TRUE(QRegularExpression(QStringLiteral("\\bR%1\\b").arg(n))
                        .match(QString::fromUtf8(pdfText))
                        .hasMatch())
            << n;
    EXPECT_TRUE(pdfText.contains(printed.captured(1).toUtf8()));
    QFile html(path("r.html"));
    ASSERT_TRUE(html.open(QIODevice::ReadOnly));
    const QByteArray htmlBytes = html.readAll();
    QFile text(path("r.txt"));
    ASSERT_TRUE(text.open(QIODevice::ReadOnly));
    const QByteArray textBytes = text.readAll();
    for (const QByteArray& output : {jsonBytes, htmlBytes, textBytes, pdfText, en.out, en.err}) {
        EXPECT_FALSE(output.contains(secret));
        EXPECT_FALSE(output.contains("cli-turn-user"));
    }
    EXPECT_TRUE(htmlBytes.contains(printed.captured(1).toUtf8()));
    EXPECT_TRUE(textBytes.contains(printed.captured(1).toUtf8()));

    const CliRun it =
        runCli(QStringList{QStringLiteral("--profile"), profile, QStringLiteral("--lang"),
                           QStringLiteral("it"), QStringLiteral("--pdf"), QStringLiteral("-")} +
               only);
    EXPECT_EQ(it.exitCode, 2);
    EXPECT_TRUE(it.out.startsWith("%PDF-")) << "the PDF went to stdout";
    EXPECT_TRUE(it.err.contains("EUC-")) << "people's lines moved to stderr";
    const QString itPdf = writeFile(dir, QStringLiteral("it.pdf"), it.out);
    QProcess itText;
    itText.start(QStringLiteral("pdftotext"), {itPdf, QStringLiteral("-")});
    ASSERT_TRUE(itText.waitForFinished(30000));
    const QString italian = QString::fromUtf8(itText.readAllStandardOutput());
    EXPECT_TRUE(italian.contains(QStringLiteral("Errore"))) << italian.left(400).toStdString();
    EXPECT_TRUE(italian.contains(QStringLiteral("Requisiti")) ||
                italian.contains(QStringLiteral("requisiti")))
        << italian.left(400).toStdString();
}

TEST(Cli, OnlyOneReportToStdout)
{
    EXPECT_EQ(runCli({QStringLiteral("--json"), QStringLiteral("-"), QStringLiteral("--html"),
                      QStringLiteral("-")})
                  .exitCode,
              3);
}

TEST(Cli, DecodeReadsAFormatOneCodeWithoutR16)
{
    // Every requirement passed, as the previous version (format 1, R1…R15) printed it.
    const CliRun r = runCli({QStringLiteral("--lang"), QStringLiteral("en"),
                             QStringLiteral("--decode"), QStringLiteral("EUC-35D-YU7-P36")});
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString out = QString::fromUtf8(r.out);
    EXPECT_TRUE(out.contains(QStringLiteral("EUC-35D-YU7-P36"))) << out.toStdString();
    EXPECT_TRUE(out.contains(QStringLiteral("R15 "))) << out.toStdString();
    EXPECT_FALSE(out.contains(QStringLiteral("R16 "))) << out.toStdString();
}

TEST(Cli, OnlyAcceptsNumbersAndNamesAndListsBoth)
{
    const CliRun bad = runCli({QStringLiteral("--lang"), QStringLiteral("en"),
                               QStringLiteral("--only"), QStringLiteral("R99")});
    EXPECT_EQ(bad.exitCode, 3);
    EXPECT_TRUE(bad.err.contains("R10 firewall.sip-alg")) << bad.err.toStdString();
    EXPECT_TRUE(bad.err.contains("R16 system.clock")) << bad.err.toStdString();
    // "R2" is pbx.dns: with a PBX that is an IP address it concludes at once, without traffic.
    const CliRun ok =
        runCli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--pbx"),
                QStringLiteral(" https://127.0.0.1:8443/x "), QStringLiteral("--only"),
                QStringLiteral("r2"), QStringLiteral("--json"), QStringLiteral("-")});
    EXPECT_EQ(ok.exitCode, 1) << ok.err.toStdString();
    EXPECT_TRUE(ok.err.contains("Using \"127.0.0.1\" (taken from \"https://127.0.0.1:8443/x\")."))
        << ok.err.toStdString();
    const QJsonObject report = QJsonDocument::fromJson(ok.out).object();
    EXPECT_EQ(report.value(QStringLiteral("profile")).toObject().value(QStringLiteral("pbx")),
              QStringLiteral("127.0.0.1"));
    EXPECT_EQ(
        requirement(report, QStringLiteral("pbx.dns")).value(QStringLiteral("status")).toString(),
        QStringLiteral("warn"));
}
