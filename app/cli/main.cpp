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
#include "history/historystore.h"
#include "history/historytext.h"
#include "history/monitor.h"
#include "history/runcompare.h"
#include "probes/nicegatherer.h"
#include "report/hostfactsview.h"
#include "report/htmlreport.h"
#include "report/jsonreport.h"
#include "report/pdfreport.h"
#include "report/shortactions.h"
#include "report/supportcode.h"
#include "report/textreport.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QHash>
#include <QSaveFile>
#include <QTimer>
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

// Keeps a finished run in the history; a failure is said, never fatal to the diagnosis.
void keepInHistory(const easyuc::Report& report, FILE* human)
{
    QString error;
    if (!easyuc::HistoryStore().record(report, &error))
        print(human, Tr::tr("Note: this run was not kept in the history: %1").arg(error) +
                         QLatin1Char('\n'));
}

// The run a typed runId (or unique prefix) names; false after saying why not.
bool findRun(easyuc::HistoryStore& store, const QString& typed, easyuc::Report* report)
{
    easyuc::HistoryEntry entry;
    QStringList matches;
    const easyuc::HistoryStore::Lookup found = store.find(typed, &entry, &matches);
    if (found != easyuc::HistoryStore::Lookup::Found) {
        print(stderr, easyuc::historyLookupError(found, typed, matches) + QLatin1Char('\n'));
        return false;
    }
    QString error;
    if (!store.readReport(entry, report, &error)) {
        print(stderr, Tr::tr("The stored run cannot be read: %1").arg(error) + QLatin1Char('\n'));
        return false;
    }
    return true;
}

// --history, --history-show, --compare, --history-clear: they read or remove the history and
// run no diagnosis. Returns the exit code.
int historyCommand(const QCommandLineParser& parser, const QStringList& formats, bool fullDetail)
{
    easyuc::HistoryStore store;
    if (parser.isSet(QStringLiteral("history"))) {
        print(stdout, easyuc::historyListText(store.entries()));
        return ExitPass;
    }
    if (parser.isSet(QStringLiteral("history-clear"))) {
        const int removed = store.clear();
        print(stdout,
              Tr::tr("History cleared: %n run(s) removed.", nullptr, removed) + QLatin1Char('\n'));
        return ExitPass;
    }
    if (parser.isSet(QStringLiteral("compare"))) {
        const QStringList ids =
            parser.values(QStringLiteral("compare")) + parser.positionalArguments();
        if (ids.size() != 2) {
            print(stderr, Tr::tr("--compare needs two run IDs: --compare RUNID RUNID.") +
                              QLatin1Char('\n'));
            return ExitUsage;
        }
        easyuc::Report a, b;
        if (!findRun(store, ids.at(0), &a) || !findRun(store, ids.at(1), &b))
            return ExitUsage;
        print(stdout, easyuc::compareText(a, b));
        return ExitPass;
    }
    easyuc::HistoryEntry entry;
    QStringList matches;
    const QString typed = parser.value(QStringLiteral("history-show"));
    const easyuc::HistoryStore::Lookup found = store.find(typed, &entry, &matches);
    if (found != easyuc::HistoryStore::Lookup::Found) {
        print(stderr, easyuc::historyLookupError(found, typed, matches) + QLatin1Char('\n'));
        return ExitUsage;
    }
    // JSON: the stored report, byte for byte. The others are rendered again from it.
    QByteArray json;
    easyuc::Report report;
    QString error;
    if (!store.readJson(entry, &json, &error) || !store.readReport(entry, &report, &error)) {
        print(stderr, Tr::tr("The stored run cannot be read: %1").arg(error) + QLatin1Char('\n'));
        return ExitInternal;
    }
    report.fullDetail = fullDetail;
    bool any = false;
    for (const QString& format : formats) {
        const QString path = parser.value(format);
        if (path.isEmpty())
            continue;
        any = true;
        const bool ok = format == QStringLiteral("json")
                            ? writeFile(path, json, &error)
                            : writeReport(format, report, path, &error);
        if (!ok) {
            print(stderr, error + QLatin1Char('\n'));
            return ExitInternal;
        }
    }
    if (!any)
        print(stdout, easyuc::TextReport::write(report));
    return ExitPass;
}

// What --repeat/--count ask for; false after saying what is wrong.
bool readRepeat(const QCommandLineParser& parser, int* intervalS, int* count)
{
    const bool repeat = parser.isSet(QStringLiteral("repeat"));
    QString error;
    if (parser.isSet(QStringLiteral("count")) && !repeat)
        error = Tr::tr("--count goes with --repeat INTERVAL.");
    else if (repeat && !parser.isSet(QStringLiteral("count")))
        error = Tr::tr("--repeat needs --count N: how many runs to make.");
    else if (repeat && (!parser.value(QStringLiteral("html")).isEmpty() ||
                        !parser.value(QStringLiteral("pdf")).isEmpty()))
        error = Tr::tr("--repeat writes its summary as text (--text) or JSON (--json); each run's "
                       "own report is in the history (--history-show).");
    else if (repeat && easyuc::monitor::parseInterval(parser.value(QStringLiteral("repeat")),
                                                      intervalS, &error))
        easyuc::monitor::parseCount(parser.value(QStringLiteral("count")), count, &error);
    if (!error.isEmpty())
        print(stderr, error + QLatin1Char('\n'));
    return error.isEmpty();
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
               "4 internal error. --repeat exits with the worst verdict of its runs; --history, "
               "--history-show, --compare and --history-clear exit 0 when done, 3 when a run ID "
               "names no single run, 4 when a stored run cannot be read.\n"
               "The history (every finished run's JSON report, the last 200 runs or 50 MB) is "
               "kept in this computer's application data folder, or in $EASYUC_HISTORY_DIR; "
               "nothing is sent anywhere. EASYUC_TEST_MIN_INTERVAL_S is for tests only: it "
               "lowers the 60 s floor of --repeat, never below 1 s."));
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
    parser.addOption({QStringLiteral("history"),
                      Tr::tr("List the runs kept on this computer, newest first, then exit.")});
    parser.addOption({QStringLiteral("history-show"),
                      Tr::tr("Write a kept run's report (--json as stored; --text, --html, --pdf "
                             "rendered again from it; the text on stdout without them), then "
                             "exit. RUNID may be its first 8 or more characters."),
                      Tr::tr("RUNID")});
    parser.addOption({QStringLiteral("compare"),
                      Tr::tr("Compare two kept runs side by side (--compare RUNID RUNID), changed "
                             "rows first, then exit."),
                      Tr::tr("RUNID")});
    parser.addOption({QStringLiteral("history-clear"),
                      Tr::tr("Remove every kept run from this computer, then exit.")});
    parser.addOption({QStringLiteral("repeat"),
                      Tr::tr("Run the diagnosis every INTERVAL (60s, 5m, 1h; at least 60 s) and "
                             "write a summary of the period (text, or --json)."),
                      Tr::tr("INTERVAL")});
    parser.addOption(
        {QStringLiteral("count"), Tr::tr("With --repeat: how many runs (1-1440)."), Tr::tr("N")});
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
    int historyCommands = 0;
    for (const char* name : {"history", "history-show", "compare", "history-clear", "repeat"})
        historyCommands += parser.isSet(QLatin1String(name)) ? 1 : 0;
    if (historyCommands > 1) {
        print(stderr, Tr::tr("--history, --history-show, --compare, --history-clear and --repeat "
                             "go one at a time.") +
                          QLatin1Char('\n'));
        return ExitUsage;
    }
    if (historyCommands == 1 && !parser.isSet(QStringLiteral("repeat"))) {
        // Only --history-show writes reports, and only --compare takes a second run ID.
        bool writesReport = false;
        for (const QString& f : formats)
            writesReport = writesReport || !parser.value(f).isEmpty();
        if (writesReport && !parser.isSet(QStringLiteral("history-show"))) {
            print(stderr, Tr::tr("--json, --html, --pdf and --text go with a run or with "
                                 "--history-show.") +
                              QLatin1Char('\n'));
            return ExitUsage;
        }
        if (!parser.positionalArguments().isEmpty() && !parser.isSet(QStringLiteral("compare"))) {
            print(stderr,
                  Tr::tr("Unexpected argument: %1").arg(parser.positionalArguments().first()) +
                      QLatin1Char('\n'));
            return ExitUsage;
        }
        easyuc::initLogging(parser.isSet(QStringLiteral("verbose")));
        return historyCommand(parser, formats, detail == QLatin1String("full"));
    }
    int repeatIntervalS = 0;
    int repeatCount = 0;
    if (!readRepeat(parser, &repeatIntervalS, &repeatCount))
        return ExitUsage;
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

    // When a report goes to stdout, people's lines go to stderr so the report stays parseable.
    FILE* human = toStdout > 0 ? stderr : stdout;

    easyuc::CheckRunner runner;
    // One run of the diagnosis; --repeat starts it again every interval (start to start).
    const bool repeating = repeatCount > 0;
    easyuc::MonitorSummary summary(repeatIntervalS, repeatCount);
    qint64 firstStartMs = 0;
    auto startRun = [&] {
        if (firstStartMs == 0)
            firstStartMs = QDateTime::currentMSecsSinceEpoch();
        runner.setChecks(easyuc::CheckRegistry::createChecks(profile, options.only),
                         new easyuc::RunContext(profile));
        runner.start();
    };
    print(human,
          Tr::tr("Checking the network for %1 (PBX: %2)…")
                  .arg(profile.name, profile.pbx.isEmpty() ? Tr::tr("not given") : profile.pbx) +
              QLatin1Char('\n'));
    if (repeating)
        print(human, Tr::tr("Monitoring: %n run(s), one every %1 s.", nullptr, repeatCount)
                             .arg(repeatIntervalS) +
                         QLatin1Char('\n'));
    // A result is told again at the run's end when the host facts changed it (issue 15): its
    // line is printed again only when it reads differently.
    QHash<QString, QString> printed;
    QObject::connect(
        &runner, &easyuc::CheckRunner::finished, &app,
        [human, repeating, &printed](const easyuc::RequirementResult& r) {
            const QString line = easyuc::TextReport::requirementLine(r);
            if (!repeating && printed.value(r.id) != line) {
                printed.insert(r.id, line);
                print(human, line + QLatin1Char('\n'));
            }
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
            keepInHistory(report, human);
            if (repeating) {
                summary.add(report);
                const int done = int(summary.points().size());
                const easyuc::RunFigures f = easyuc::RunFigures::of(report);
                print(human, Tr::tr("Run %1 of %2 (%3): %4 %5, support code %6, RTT %7, jitter "
                                    "%8, loss %9")
                                     .arg(done)
                                     .arg(repeatCount)
                                     .arg(report.runId, easyuc::statusGlyph(report.overall),
                                          easyuc::statusWord(report.overall),
                                          easyuc::SupportCode::encode(report),
                                          easyuc::RunFigures::formatMs(f.rttMs),
                                          easyuc::RunFigures::formatMs(f.jitterMs),
                                          easyuc::RunFigures::formatPct(f.lossPct)) +
                                 QLatin1Char('\n'));
                if (done < repeatCount) {
                    const qint64 next = firstStartMs + qint64(done) * repeatIntervalS * 1000;
                    const qint64 waitMs =
                        qMax<qint64>(0, next - QDateTime::currentMSecsSinceEpoch());
                    QTimer::singleShot(int(waitMs), &app, startRun);
                    return;
                }
                exitCode = exitCodeFor(summary.worstOverall());
                QString writeError;
                bool ok = true;
                const QString json = parser.value(QStringLiteral("json"));
                const QString text = parser.value(QStringLiteral("text"));
                if (!json.isEmpty())
                    ok = writeFile(json, summary.json(), &writeError);
                if (ok && !text.isEmpty())
                    ok = writeFile(text, summary.text().toUtf8(), &writeError);
                if (text != QStringLiteral("-"))
                    print(json == QStringLiteral("-") ? stderr : stdout,
                          QLatin1Char('\n') + summary.text());
                if (!ok) {
                    print(stderr, writeError + QLatin1Char('\n'));
                    exitCode = ExitInternal;
                }
                QCoreApplication::exit(exitCode);
                return;
            }
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
            if (const QString call = easyuc::TextReport::callTestLine(report.callTest);
                !call.isEmpty())
                print(human, call + QLatin1Char('\n'));
            print(human, QLatin1Char('\n') + Tr::tr("This computer:") + QLatin1Char('\n'));
            for (const easyuc::ReportField& f : easyuc::hostFactRows(report.host, report.pbx))
                print(human, QStringLiteral("  %1: %2\n").arg(f.label, f.value));
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
    startRun();
    app.exec();
    // Aborted libnice workers finish in the background; let them leave before exit.
    easyuc::NiceGatherer::drain(2000);
    return exitCode;
}
