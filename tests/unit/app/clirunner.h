#pragma once

#include "support/checkharness.h"

#include <QDir>
#include <QProcess>
#include <QStringList>

namespace easyuc::test {

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs the CLI while this process's event loop keeps the loopback servers answering. Its data
// folder (logs) is XDG_DATA_HOME=`dataHome`, a shared temporary one when empty. `whileRunning`
// is called every few milliseconds with the child's process id.
inline CliRun runCli(const QStringList& args, int timeoutMs = 30000, const QString& dataHome = {},
                     const std::function<void(qint64)>& whileRunning = {})
{
    QProcess p;
    // EASYUC_CLI_UNDER_TEST: another build of the CLI (scripts/test-windows.sh: the installed one).
    p.setProgram(qEnvironmentVariable("EASYUC_CLI_UNDER_TEST", QStringLiteral(EASYUC_CLI_PATH)));
    p.setArguments(args);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"),
               dataHome.isEmpty() ? QDir::tempPath() + QStringLiteral("/easyuc-cli-tests")
                                  : dataHome);
    p.setProcessEnvironment(env);
    p.start();
    waitFor(
        [&] {
            if (whileRunning && p.state() == QProcess::Running)
                whileRunning(p.processId());
            return p.state() == QProcess::NotRunning;
        },
        timeoutMs);
    if (p.state() != QProcess::NotRunning) {
        p.kill();
        p.waitForFinished(2000);
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

} // namespace easyuc::test
