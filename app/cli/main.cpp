// easyuc-diag-cli: runs the diagnosis headless and prints one line per requirement (DESIGN §5).
#include "checks/registry.h"
#include "core/platform/platform.h"
#include "core/report/pathtable.h"
#include "engine/catalogue.h"
#include "engine/checkrunner.h"
#include "engine/i18n.h"
#include "engine/logging.h"
#include "engine/runcontext.h"
#include "engine/runoptions.h"
#include "probes/nicegatherer.h"
#include "report/htmlreport.h"
#include "report/jsonreport.h"
#include "report/pdfreport.h"
#include "report/shortactions.h"
#include "report/supportcode.h"
#include "report/textreport.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QSaveFile>
#include <cstdio>

namespace {

enum ExitCode
{
    ExitPass = 0,
    ExitWarn = 1,
    ExitFail = 2,
    ExitUsage = 3,
    ExitInternal = 4
};

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

// --decode: the statuses a support code carries, by number and title.
int decodeSupportCode(const QString& code)
{
    QList<easyuc::Status> statuses;
    QString error;
    int version = 0;
    if (!easyuc::SupportCode::decode(code, &statuses, &error, &version)) {
        print(stderr, error + QLatin1Char('\n'));
        return ExitUsage;
    }
    QList<easyuc::ReportEntry> entries;
    QString out = Tr::tr("Support code %1:").arg(easyuc::SupportCode::encode(statuses, version)) +
                  QLatin1Char('\n');
    for (const easyuc::RequirementInfo& info : easyuc::requirementCatalogue()) {
        if (info.number < 1 || info.number > statuses.size())
            continue;
        const easyuc::Status s = statuses.at(info.number - 1);
        out += QStringLiteral("%1 %2 %3\n")
                   .arg(info.label().leftJustified(4), easyuc::TextReport::statusCell(s),
                        info.title());
        easyuc::ReportEntry e;
        e.result.id = info.id;
        e.result.status = s;
        e.severity = info.defaultSeverity;
        entries.append(e);
    }
    const easyuc::Status overall = easyuc::overallStatus(entries);
    out += QLatin1Char('\n') +
           Tr::tr("Overall (default severities): %1 %2")
               .arg(easyuc::statusGlyph(overall), easyuc::statusWord(overall)) +
           QLatin1Char('\n');
    // What the agent can tell the caller at once: one line per requirement that is not met.
    QStringList todo;
    for (const easyuc::ReportEntry& e : entries)
        if (e.result.status == easyuc::Status::Fail || e.result.status == easyuc::Status::Warn ||
            e.result.status == easyuc::Status::Error)
            todo.append(easyuc::shortActionLine(e.result.id, e.result.status));
    if (!todo.isEmpty())
        out += QLatin1Char('\n') + Tr::tr("What to do:") + QLatin1Char('\n') +
               todo.join(QLatin1Char('\n')) + QLatin1Char('\n');
    print(stdout, out);
    return ExitPass;
}

int exitCodeFor(easyuc::Status overall)
{
    switch (overall) {
    case easyuc::Status::Pass:
        return ExitPass;
    case easyuc::Status::Fail:
        return ExitFail;
    default:
        return ExitWarn;
    }
}

// Renders one report format and writes it to a file or stdout.
bool writeReport(const QString& format, const easyuc::Report& report, const QString& path,
                 QString* error)
{
    if (format == QStringLiteral("json"))
        return writeFile(path, easyuc::JsonReport::write(report), error);
    if (format == QStringLiteral("html"))
        return writeFile(path, easyuc::HtmlReport::write(report), error);
    if (format == QStringLiteral("text"))
        return writeFile(path, easyuc::TextReport::write(report).toUtf8(), error);
    if (path != QStringLiteral("-"))
        return easyuc::PdfReport::write(report, path, error);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    return easyuc::PdfReport::write(report, &buffer, error) &&
           writeFile(path, buffer.data(), error);
}

} // namespace

int main(int argc, char* argv[])
{
    // QtGui only for PDF output; the offscreen platform keeps the CLI free of any display.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    easyuc::platform::prepareHeadlessRuntime();
    QGuiApplication app(argc, argv);
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
    parser.addOption({QStringLiteral("json"),
                      Tr::tr("Write the JSON report to FILE (- for stdout)."), Tr::tr("FILE")});
    parser.addOption({QStringLiteral("text"),
                      Tr::tr("Write the plain-text report to FILE (- for stdout)."),
                      Tr::tr("FILE")});
    parser.addOption({QStringLiteral("html"),
                      Tr::tr("Write the HTML report to FILE (- for stdout)."), Tr::tr("FILE")});
    parser.addOption({QStringLiteral("pdf"), Tr::tr("Write the PDF report to FILE (- for stdout)."),
                      Tr::tr("FILE")});
    parser.addOption({QStringLiteral("report-detail"),
                      Tr::tr("full: the HTML, PDF and text reports carry the raw evidence and the "
                             "appendix; summary: a short report without them. The JSON always "
                             "has everything. Default: full."),
                      QStringLiteral("summary|full"), QStringLiteral("full")});
    parser.addOption({QStringLiteral("decode"),
                      Tr::tr("Show the results a support code stands for, then exit."),
                      Tr::tr("CODE")});
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
    // Before --decode: a bad value is a usage error whatever else was asked.
    const QString detail = parser.value(QStringLiteral("report-detail"));
    if (detail != QLatin1String("summary") && detail != QLatin1String("full")) {
        print(stderr,
              Tr::tr("--report-detail must be \"summary\" or \"full\", not \"%1\".").arg(detail) +
                  QLatin1Char('\n'));
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("decode")))
        return decodeSupportCode(parser.value(QStringLiteral("decode")));
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
    // What was taken from a pasted --pbx ("https://pbx.example.com/" → "pbx.example.com").
    if (!options.pbxNote.isEmpty())
        print(stderr, options.pbxNote + QLatin1Char('\n'));
    easyuc::initLogging(options.verbose);
    easyuc::Profile profile;
    if (!options.loadProfile(&profile, &error)) {
        print(stderr, Tr::tr("Profile error: %1").arg(error) + QLatin1Char('\n'));
        return ExitUsage;
    }
    easyuc::logInfo(
        QStringLiteral("run: profile %1, pbx '%2'").arg(profile.sourcePath, profile.pbx));

    // Each report format and where it goes; "-" is stdout.
    const QStringList formats{QStringLiteral("json"), QStringLiteral("html"),
                              QStringLiteral("text"), QStringLiteral("pdf")};
    int toStdout = 0;
    for (const QString& f : formats)
        toStdout += parser.value(f) == QStringLiteral("-") ? 1 : 0;
    if (toStdout > 1) {
        print(stderr, Tr::tr("Only one report can go to stdout (-).") + QLatin1Char('\n'));
        return ExitUsage;
    }
    // When a report goes to stdout, people's lines go to stderr so the report stays parseable.
    FILE* human = toStdout > 0 ? stderr : stdout;

    easyuc::CheckRunner runner;
    runner.setChecks(easyuc::CheckRegistry::createChecks(profile, options.only),
                     new easyuc::RunContext(profile));
    print(human,
          Tr::tr("Checking the network for %1 (PBX: %2)…")
                  .arg(profile.name, profile.pbx.isEmpty() ? Tr::tr("not given") : profile.pbx) +
              QLatin1Char('\n'));
    QObject::connect(
        &runner, &easyuc::CheckRunner::finished, &app, [human](const easyuc::RequirementResult& r) {
            print(human, easyuc::TextReport::requirementLine(r) + QLatin1Char('\n'));
            easyuc::logInfo(
                QStringLiteral("%1 %2: %3").arg(r.id, easyuc::statusKey(r.status), r.summary));
        });
    if (options.verbose)
        QObject::connect(&runner, &easyuc::CheckRunner::progress, &app,
                         [](const QString& id, const QString& message) {
                             easyuc::logDebug(id + QStringLiteral(": ") + message);
                         });

    int exitCode = ExitInternal;
    QObject::connect(
        &runner, &easyuc::CheckRunner::runFinished, &app, [&](const easyuc::Report& result) {
            easyuc::Report report = result;
            report.fullDetail = detail == QLatin1String("full");
            print(human, QLatin1Char('\n') +
                             Tr::tr("Overall: %1 %2 — %3")
                                 .arg(easyuc::statusGlyph(report.overall),
                                      easyuc::statusWord(report.overall),
                                      easyuc::TextReport::verdictSentence(report)) +
                             QLatin1Char('\n'));
            for (const QString& line : easyuc::TextReport::verdictLines(report))
                print(human, QStringLiteral("  ") + line + QLatin1Char('\n'));
            print(human, Tr::tr("Support code: %1").arg(easyuc::SupportCode::encode(report)) +
                             QLatin1Char('\n'));
            const QStringList path = easyuc::pathTextLines(report.host.path);
            if (!path.isEmpty())
                print(human, QLatin1Char('\n') + path.join(QLatin1Char('\n')) + QLatin1Char('\n'));
            exitCode = exitCodeFor(report.overall);
            QString writeError;
            bool ok = true;
            for (const QString& format : formats) {
                const QString path = parser.value(format);
                if (!ok || path.isEmpty())
                    continue;
                ok = writeReport(format, report, path, &writeError);
            }
            if (!ok) {
                print(stderr, writeError + QLatin1Char('\n'));
                exitCode = ExitInternal;
            }
            QCoreApplication::exit(exitCode);
        });
    runner.start();
    app.exec();
    // Aborted libnice workers finish in the background; let them leave before exit.
    easyuc::NiceGatherer::drain(2000);
    return exitCode;
}
