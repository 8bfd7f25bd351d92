// easyuc-diag: the desktop app.
#include "mainwindow.h"

#include "engine/i18n.h"
#include "engine/logging.h"
#include "engine/runoptions.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("easyuc-diag"));
    QApplication::setApplicationDisplayName(QStringLiteral("Easy UC Diagnostic"));
    QApplication::setOrganizationName(QStringLiteral("easyuc"));
    QApplication::setApplicationVersion(QStringLiteral(EASYUC_VERSION));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    easyuc::RunOptions::addTo(parser);
    parser.addOption({QStringLiteral("run"), QStringLiteral("Start the diagnosis at once.")});
    parser.process(app);

    easyuc::RunOptions options;
    QString error;
    const bool optionsOk = easyuc::RunOptions::read(parser, &options, &error);
    easyuc::initLogging(options.verbose);
    easyuc::installLanguage(options.lang);
    if (!optionsOk) {
        QMessageBox::critical(nullptr, QApplication::applicationDisplayName(), error);
        return 3;
    }
    easyuc::MainWindow window(options, parser.isSet(QStringLiteral("run")));
    window.show();
    return app.exec();
}
