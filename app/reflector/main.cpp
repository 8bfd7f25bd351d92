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
    bool help = false;
    bool version = false;
    QString error;
    if (!parseReflectorArguments(QCoreApplication::arguments(), &config, &help, &version, &error)) {
        std::fprintf(stderr, "easyuc-reflector: %s\n", qPrintable(error));
        return 3;
    }
    if (help) {
        std::fputs(qPrintable(reflectorHelpText()), stdout);
        return 0;
    }
    if (version) {
        std::printf("easyuc-reflector %s\n", EASYUC_VERSION);
        return 0;
    }
    raiseFileLimit();
    Reflector reflector(config);
    if (!reflector.start(&error)) {
        std::fprintf(stderr, "easyuc-reflector: %s\n", qPrintable(error));
        return 1;
    }
    std::fprintf(stderr, "easyuc-reflector %s: SIP %s, UDP echo on %lld port(s), %g/s per source\n",
                 EASYUC_VERSION,
                 config.sip ? qPrintable(QString::number(reflector.sipPort())) : "off",
                 qint64(reflector.echoPorts().size()), config.rate);
    return app.exec();
}
