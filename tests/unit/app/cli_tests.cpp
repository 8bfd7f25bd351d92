#include "support/checkharness.h"
#include "support/loopbackservers.h"
#include "support/testpki.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace easyuc::test;

namespace {

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs the CLI while this process's event loop keeps the loopback servers answering.
CliRun runCli(const QStringList& args, int timeoutMs = 30000)
{
    QProcess p;
    p.setProgram(QStringLiteral(EASYUC_CLI_PATH));
    p.setArguments(args);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), QDir::tempPath() + QStringLiteral("/easyuc-cli-tests"));
    p.setProcessEnvironment(env);
    p.start();
    waitFor([&] { return p.state() == QProcess::NotRunning; }, timeoutMs);
    if (p.state() != QProcess::NotRunning) {
        p.kill();
        p.waitForFinished(2000);
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

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

    EXPECT_EQ(runCli({QStringLiteral("--profile"), dir.filePath(QStringLiteral("missing.json"))}).exitCode, 3);
}

TEST(Cli, BadUsageExitsThree)
{
    EXPECT_EQ(runCli({QStringLiteral("--only"), QStringLiteral("pbx.fax")}).exitCode, 3);
    EXPECT_EQ(runCli({QStringLiteral("--lang"), QStringLiteral("de")}).exitCode, 3);
    EXPECT_EQ(runCli({QStringLiteral("--pbx"), QStringLiteral("bad host")}).exitCode, 3);
    EXPECT_EQ(runCli({QStringLiteral("--timeout-ms"), QStringLiteral("abc")}).exitCode, 3);
    EXPECT_EQ(runCli({QStringLiteral("--no-such-option")}).exitCode, 3);
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
    const QString profile = writeFile(
        dir, QStringLiteral("loopback.json"),
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
    EXPECT_EQ(report.value(QStringLiteral("profile")).toObject().value(QStringLiteral("pbx")).toString(),
              QStringLiteral("localhost"));
    EXPECT_FALSE(report.value(QStringLiteral("host")).toObject().value(QStringLiteral("interfaces"))
                     .toArray().isEmpty());
    EXPECT_EQ(report.value(QStringLiteral("requirements")).toArray().size(), 15);
    EXPECT_EQ(requirement(report, QStringLiteral("pbx.dns")).value(QStringLiteral("status")).toString(),
              QStringLiteral("pass"));
    EXPECT_EQ(requirement(report, QStringLiteral("pbx.https")).value(QStringLiteral("status")).toString(),
              QStringLiteral("pass"));
    EXPECT_EQ(requirement(report, QStringLiteral("pbx.https")).value(QStringLiteral("number")).toInt(), 3);
    EXPECT_EQ(requirement(report, QStringLiteral("pbx.webcti")).value(QStringLiteral("status")).toString(),
              QStringLiteral("pass"));
    EXPECT_EQ(requirement(report, QStringLiteral("pbx.webrtc")).value(QStringLiteral("status")).toString(),
              QStringLiteral("fail"));
    EXPECT_EQ(requirement(report, QStringLiteral("domains.reach")).value(QStringLiteral("status")).toString(),
              QStringLiteral("fail"));
    // Every requirement has a status, and nothing unmeasured is green.
    for (const QJsonValue& v : report.value(QStringLiteral("requirements")).toArray()) {
        const QJsonObject o = v.toObject();
        EXPECT_FALSE(o.value(QStringLiteral("summary")).toString().isEmpty()) << o.value(QStringLiteral("id")).toString().toStdString();
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
    const QString profile = writeFile(
        dir, QStringLiteral("only.json"),
        QStringLiteral(R"({"schema": 1, "rules": {"webcti": {"port": %1}}})").arg(webcti.port()).toUtf8());
    const CliRun r = runCli({QStringLiteral("--profile"), profile, QStringLiteral("--pbx"),
                             QStringLiteral("localhost"), QStringLiteral("--only"),
                             QStringLiteral("pbx.webcti"), QStringLiteral("--json"), QStringLiteral("-")});
    const QJsonObject report = QJsonDocument::fromJson(r.out).object();
    ASSERT_FALSE(report.isEmpty()) << r.out.toStdString();
    EXPECT_EQ(requirement(report, QStringLiteral("pbx.webcti")).value(QStringLiteral("status")).toString(),
              QStringLiteral("pass"));
    EXPECT_EQ(requirement(report, QStringLiteral("pbx.dns")).value(QStringLiteral("status")).toString(),
              QStringLiteral("pass"));
    EXPECT_EQ(requirement(report, QStringLiteral("pbx.https")).value(QStringLiteral("status")).toString(),
              QStringLiteral("skipped"));
    // Skipped requirements make the overall verdict a warning, never a pass.
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains("R6")) << r.err.toStdString();
}
