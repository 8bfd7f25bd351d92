// easyuc-reflector: the UDP/SIP echo service a provider deploys next to the PBX.
#include "reflector.h"

#include <QCoreApplication>
#include <cstdio>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

namespace {
// One socket per echoed port: lift the soft open-file limit to the hard one.
void raiseFileLimit()
{
#ifdef Q_OS_UNIX
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        setrlimit(RLIMIT_NOFILE, &limit);
    }
#endif
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("easyuc-reflector"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EASYUC_VERSION));
    using namespace easyuc::reflector;
    ReflectorConfig config;
    ReflectorAction action;
    QString error;
    if (!parseReflectorArguments(QCoreApplication::arguments(), &config, &action, &error)) {
        std::fprintf(stderr, "easyuc-reflector: %s\n", qPrintable(error));
        return 3;
    }
    if (action.help) {
        std::fputs(qPrintable(reflectorHelpText()), stdout);
        return 0;
    }
    if (action.version) {
        std::printf("easyuc-reflector %s\n", EASYUC_VERSION);
        return 0;
    }
    if (action.nftRules) {
        std::fputs(qPrintable(reflectorNftRules(config)), stdout);
        return 0;
    }
    raiseFileLimit();
    Reflector reflector(config);
    if (!reflector.start(&error)) {
        std::fprintf(stderr, "easyuc-reflector: %s\n", qPrintable(error));
        return 1;
    }
    const QString sip = config.sip ? QString::number(reflector.sipPort()) : QStringLiteral("off");
    QString echo = QStringLiteral("off");
    if (config.echo && config.echoMode == ReflectorConfig::EchoMode::Redirect)
        echo = QStringLiteral("%1-%2 redirected to one socket on port %3 (nftables)")
                   .arg(config.firstEchoPort)
                   .arg(config.lastEchoPort)
                   .arg(reflector.echoPorts().value(0));
    else if (config.echo)
        echo = QStringLiteral("%1 socket(s)").arg(reflector.echoPorts().size());
    std::fprintf(stderr, "easyuc-reflector %s: SIP %s, UDP echo %s, %g/s per source\n",
                 EASYUC_VERSION, qPrintable(sip), qPrintable(echo), config.rate);
    return app.exec();
}
