#include "logging.h"

#include "core/platform/platform.h"

#include <QDir>
#include <QStandardPaths>
#include <deque>
#include <mutex>
#include <spdlog/sinks/base_sink.h>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

namespace easyuc {

namespace {
// Keeps the last lines in memory, each with a sequence number, so that a run can take exactly
// the lines written since it began (the file holds earlier runs and other processes' lines).
class MemorySink : public spdlog::sinks::base_sink<std::mutex>
{
public:
    LogMark mark()
    {
        std::lock_guard<std::mutex> lock(mutex_);
        return m_next;
    }

    QStringList since(LogMark mark, int maxLines)
    {
        std::lock_guard<std::mutex> lock(mutex_);
        QStringList out;
        for (const auto& [seq, line] : m_lines) {
            if (seq >= mark)
                out.append(line);
        }
        return out.mid(qMax(qsizetype(0), out.size() - qMax(0, maxLines)));
    }

protected:
    void sink_it_(const spdlog::details::log_msg& msg) override
    {
        spdlog::memory_buf_t formatted;
        formatter_->format(msg, formatted);
        QString line = QString::fromUtf8(formatted.data(), qsizetype(formatted.size()));
        while (line.endsWith(QLatin1Char('\n')) || line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        m_lines.emplace_back(m_next++, line);
        while (m_lines.size() > kKeep)
            m_lines.pop_front();
    }
    void flush_() override {}

private:
    static constexpr size_t kKeep = 4000;
    std::deque<std::pair<LogMark, QString>> m_lines;
    LogMark m_next = 1;
};

std::shared_ptr<MemorySink> memorySink()
{
    static const auto sink = std::make_shared<MemorySink>();
    return sink;
}
} // namespace

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
    std::vector<spdlog::sink_ptr> sinks{memorySink()};
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

LogMark logMark()
{
    return memorySink()->mark();
}

QStringList logLinesSince(LogMark mark, int maxLines)
{
    return memorySink()->since(mark, maxLines);
}

} // namespace easyuc
