// easyuc-diag: the desktop app.
#include "engine/i18n.h"
#include "engine/logging.h"
#include "engine/runoptions.h"
#include "icons.h"
#include "mainwindow.h"
#include "probes/nicegatherer.h"
#include "stallmeter.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>
#include <cstdio>

namespace {

// The language of every message, the command-line errors included: --lang as typed (read
// before the parser judges anything, so its own errors are translated too), else the
// language chosen in the app last time, else the system's (installLanguage's fallback).
QString requestedLanguage(const QStringList& args)
{
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i].startsWith(QLatin1String("--lang=")))
            return args[i].mid(7);
        if (args[i] == QLatin1String("--lang") && i + 1 < args.size())
            return args[i + 1];
    }
    return QSettings().value(QStringLiteral("language")).toString();
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("easyuc-diag"));
    QApplication::setApplicationDisplayName(QStringLiteral("Easy UC Diagnostic"));
    QApplication::setOrganizationName(QStringLiteral("easyuc"));
    QApplication::setApplicationVersion(QStringLiteral(EASYUC_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("easyuc-diag"));
    QApplication::setWindowIcon(easyuc::appIcon());

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    easyuc::RunOptions::addTo(parser);
    parser.addOption(
        {QStringLiteral("run"), QApplication::translate("main", "Start the diagnosis at once.")});
    // Hidden, for the lab and screenshots: save the window as PNG when the run ends, then quit;
    // print the longest event-loop stall seen during the run.
    QCommandLineOption screenshot(QStringLiteral("screenshot"), QString(), QStringLiteral("FILE"));
    screenshot.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption stalls(QStringLiteral("measure-stalls"), QString());
    stalls.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(screenshot);
    parser.addOption(stalls);
    easyuc::installLanguage(requestedLanguage(QApplication::arguments()));
    // The window's own title (MainWindow::retranslate), so dialogs before it say the same.
    QApplication::setApplicationDisplayName(
        QApplication::translate("easyuc::MainWindow", "Easy UC network diagnostic"));
    // Help and version print as usual; a bad option is a dialog, as every other error here.
    if (!parser.parse(QApplication::arguments())) {
        QMessageBox::critical(nullptr, QApplication::applicationDisplayName(), parser.errorText());
        return 3;
    }
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();

    easyuc::RunOptions options;
    QString error;
    const bool optionsOk = easyuc::RunOptions::read(parser, &options, &error);
    easyuc::initLogging(options.verbose);
    if (!optionsOk) {
        QMessageBox::critical(nullptr, QApplication::applicationDisplayName(), error);
        return 3;
    }
    const bool run = parser.isSet(QStringLiteral("run")) || parser.isSet(screenshot);
    easyuc::MainWindow window(options, run);
    easyuc::StallMeter meter;
    if (parser.isSet(stalls))
        QObject::connect(&window, &easyuc::MainWindow::runStarted, &meter,
                         &easyuc::StallMeter::start);
    const QString shotPath = parser.value(screenshot);
    if (!shotPath.isEmpty())
        window.resize(1200, 820); // the same frame whatever the (virtual) screen
    QObject::connect(&window, &easyuc::MainWindow::runFinished, &app, [&] {
        if (parser.isSet(stalls))
            std::fprintf(
                stderr,
                "longest event-loop stall: %lld ms, ending %lld ms into the run (%d samples)\n",
                static_cast<long long>(meter.longestStallMs()),
                static_cast<long long>(meter.longestStallEndMs()), meter.samples());
        if (shotPath.isEmpty())
            return;
        // Let the last repaints land before grabbing.
        QTimer::singleShot(300, &app, [&] {
            const bool saved = window.grab().save(shotPath);
            std::fprintf(stderr, "screenshot %s: %s\n", saved ? "saved" : "NOT saved",
                         qPrintable(shotPath));
            QApplication::exit(saved ? 0 : 4);
        });
    });
    window.show();
    const int code = app.exec();
    // Aborted libnice workers finish in the background; let them leave before exit.
    easyuc::NiceGatherer::drain(2000);
    return code;
}
