#pragma once

#include <QString>
#include <QStringList>

namespace easyuc {

// Sets up spdlog: a rotating file in the app's data folder, and stderr when verbose.
// Safe to call more than once (the last call wins).
void initLogging(bool verbose);
// Folder of the log files (created on first use).
QString logDirectory();
// Path of the current log file.
QString logFilePath();
// Writers that take QStrings, so callers need not convert.
void logInfo(const QString& message);
void logWarn(const QString& message);
void logDebug(const QString& message);

// A position in the log: the lines written after it are those of whoever took it (a run).
using LogMark = quint64;
LogMark logMark();
// The last `maxLines` lines logged since `mark`, formatted as in the log file. They come from
// memory (the last few thousand lines), never from the file, which holds earlier runs too.
// Empty when initLogging() was not called.
QStringList logLinesSince(LogMark mark, int maxLines);

} // namespace easyuc
