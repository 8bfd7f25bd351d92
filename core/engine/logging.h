#pragma once

#include <QString>

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

} // namespace easyuc
