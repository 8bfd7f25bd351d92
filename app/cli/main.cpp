// easyuc-diag-cli: runs the diagnosis headless and prints one line per requirement (DESIGN §5).
#include "checks/registry.h"
#include "engine/checkrunner.h"
#include "engine/i18n.h"
#include "engine/logging.h"
#include "engine/runcontext.h"
#include "engine/runoptions.h"
#include "report/jsonreport.h"
#include "report/textreport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>
#include <QSaveFile>

#include <cstdio>

namespace {

enum ExitCode { ExitPass = 0, ExitWarn = 1, ExitFail = 2, ExitUsage = 3, ExitInternal = 4 };

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

void print(FILE* stream, const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

bool writeFile(const QString& path, const QByteArray& data, QString* error)
{
    if (path == QStringLiteral("-")) {
        std::fwrite(data.constData(), 1, size_t(data.size()), stdout);
        std::fflush(stdout);
        return true;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        *error = Tr::tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

int exitCodeFor(easyuc::Status overall)
{
    switch (overall) {
    case easyuc::Status::Pass: return ExitPass;
    case easyuc::Status::Fail: return ExitFail;
    default: return ExitWarn;
    }
}

} // namespace

int main(int argc, char* argv[])
{
    // QtGui only for PDF output; the offscreen platform keeps the CLI free of any display.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("easyuc-diag"));
    QCoreApplication::setOrganizationName(QStringLiteral("easyuc"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EASYUC_VERSION));

    // The language must be known before the help text is built, so peek at --lang first.
    QString lang;
    const QStringList args = app.arguments();
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == QStringLiteral("--lang") && i + 1 < args.size())
            lang = args.at(i + 1);
        else if (args.at(i).startsWith(QStringLiteral("--lang=")))
            lang = args.at(i).mid(7);
    }
    easyuc::installLanguage(lang);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Checks whether this network meets the requirements of the Easy UC app.\n"
               "Exit codes: 0 ready, 1 warnings, 2 problems found, 3 bad usage or profile, "
               "4 internal error."));
    parser.addHelpOption();
    parser.addVersionOption();
    easyuc::RunOptions::addTo(parser);
    parser.addOption({QStringLiteral("json"), Tr::tr("Write the JSON report to FILE (- for stdout)."),
                      Tr::tr("FILE")});
    parser.addOption({QStringLiteral("text"), Tr::tr("Write the plain-text report to FILE."),
                      Tr::tr("FILE")});
    if (!parser.parse(app.arguments())) {
        print(stderr, parser.errorText() + QLatin1Char('\n'));
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        print(stdout, parser.helpText());
        return ExitPass;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        print(stdout, QStringLiteral("easyuc-diag-cli %1\n").arg(QStringLiteral(EASYUC_VERSION)));
        return ExitPass;
    }
    if (!parser.positionalArguments().isEmpty()) {
        print(stderr, Tr::tr("Unexpected argument: %1").arg(parser.positionalArguments().first()) +
                          QLatin1Char('\n'));
        return ExitUsage;
    }

    easyuc::RunOptions options;
    QString error;
    if (!easyuc::RunOptions::read(parser, &options, &error)) {
        print(stderr, error + QLatin1Char('\n'));
        return ExitUsage;
    }
    easyuc::initLogging(options.verbose);
    easyuc::Profile profile;
    if (!options.loadProfile(&profile, &error)) {
        print(stderr, Tr::tr("Profile error: %1").arg(error) + QLatin1Char('\n'));
        return ExitUsage;
    }
    easyuc::logInfo(QStringLiteral("run: profile %1, pbx '%2'").arg(profile.sourcePath, profile.pbx));

    const QString jsonPath = parser.value(QStringLiteral("json"));
    // When JSON goes to stdout, people's lines go to stderr so the JSON stays parseable.
    FILE* human = jsonPath == QStringLiteral("-") ? stderr : stdout;

    easyuc::CheckRunner runner;
    runner.setChecks(easyuc::CheckRegistry::createChecks(profile, options.only),
                     new easyuc::RunContext(profile));
    print(human, Tr::tr("Checking the network for %1 (PBX: %2)…")
                         .arg(profile.name, profile.pbx.isEmpty() ? Tr::tr("not given") : profile.pbx) +
                     QLatin1Char('\n'));
    QObject::connect(&runner, &easyuc::CheckRunner::finished, &app,
                     [human](const easyuc::RequirementResult& r) {
                         print(human, easyuc::TextReport::requirementLine(r) + QLatin1Char('\n'));
                         easyuc::logInfo(QStringLiteral("%1 %2: %3").arg(
                             r.id, easyuc::statusKey(r.status), r.summary));
                     });
    if (options.verbose)
        QObject::connect(&runner, &easyuc::CheckRunner::progress, &app,
                         [](const QString& id, const QString& message) {
                             easyuc::logDebug(id + QStringLiteral(": ") + message);
                         });

    int exitCode = ExitInternal;
    QObject::connect(&runner, &easyuc::CheckRunner::runFinished, &app,
                     [&](const easyuc::Report& report) {
                         print(human, QLatin1Char('\n') +
                                          Tr::tr("Overall: %1 %2 — %3")
                                              .arg(easyuc::statusGlyph(report.overall),
                                                   easyuc::statusWord(report.overall),
                                                   easyuc::TextReport::verdictSentence(report)) +
                                          QLatin1Char('\n'));
                         exitCode = exitCodeFor(report.overall);
                         QString writeError;
                         bool ok = true;
                         if (!jsonPath.isEmpty())
                             ok = writeFile(jsonPath, easyuc::JsonReport::write(report), &writeError);
                         const QString textPath = parser.value(QStringLiteral("text"));
                         if (ok && !textPath.isEmpty())
                             ok = writeFile(textPath, easyuc::TextReport::write(report).toUtf8(),
                                            &writeError);
                         if (!ok) {
                             print(stderr, writeError + QLatin1Char('\n'));
                             exitCode = ExitInternal;
                         }
                         QCoreApplication::exit(exitCode);
                     });
    runner.start();
    app.exec();
    return exitCode;
}
