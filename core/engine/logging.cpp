#include "logging.h"

#include "core/platform/platform.h"

#include <QDir>
#include <QStandardPaths>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

namespace easyuc {

QString logDirectory()
{
    QString base = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    if (base.isEmpty())
        base = QDir::tempPath() + QStringLiteral("/easyuc-diag");
    const QString dir = base + QStringLiteral("/logs");
    QDir().mkpath(dir);
    return dir;
}

QString logFilePath()
{
    return logDirectory() + QStringLiteral("/easyuc-diag.log");
}

void initLogging(bool verbose)
{
    std::vector<spdlog::sink_ptr> sinks;
    try {
        constexpr size_t kMaxBytes = 1024 * 1024;
        constexpr size_t kFiles = 3;
        sinks.push_back(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
            spdlog::filename_t(platform::nativePath(logFilePath()).native()), kMaxBytes, kFiles));
    } catch (const spdlog::spdlog_ex&) {
        // An unwritable data folder must not stop a diagnosis; stderr may still log.
    }
    if (verbose) {
        auto err = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
        err->set_level(spdlog::level::debug);
        sinks.push_back(err);
    }
    auto logger = std::make_shared<spdlog::logger>("easyuc", sinks.begin(), sinks.end());
    logger->set_level(spdlog::level::debug);
    logger->set_pattern("%Y-%m-%d %H:%M:%S.%e %^%l%$ %v");
    logger->flush_on(spdlog::level::info);
    spdlog::set_default_logger(logger);
}

void logInfo(const QString& message)
{
    spdlog::info("{}", message.toStdString());
}

void logWarn(const QString& message)
{
    spdlog::warn("{}", message.toStdString());
}

void logDebug(const QString& message)
{
    spdlog::debug("{}", message.toStdString());
}

} // namespace easyuc
