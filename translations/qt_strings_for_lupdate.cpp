// Not compiled: read by lupdate only (see CMakeLists.txt in this directory).
//
// Qt's own QCommandLineParser strings, so that `--help` and command-line errors are Italian
// even where Qt's qtbase_it catalogue lags behind (Qt 6.4 reworded the help options and the
// shipped qtbase_it.qm does not have the new wording) or is not deployed at all. The app's
// translator is installed after Qt's, so these entries take precedence.
#include <QtGlobal>

[[maybe_unused]] static const char* const kQtCommandLineParserStrings[] = {
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays help on commandline options."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays help including Qt specific options."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays version information."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Usage: %1"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "[options]"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Options:"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Arguments:"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Unknown option '%1'."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Unknown options: %1."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Missing value after '%1'."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Unexpected value after '%1'."),
};
