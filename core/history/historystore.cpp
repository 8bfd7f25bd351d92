#include "historystore.h"

#include "core/engine/logging.h"
#include "core/engine/report.h"
#include "core/report/jsonreport.h"
#include "core/report/jsonreportreader.h"
#include "core/report/supportcode.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>
#include <algorithm>

namespace easyuc {

namespace {

const QString kIndexName = QStringLiteral("index.json");

const QRegularExpression& runFilePattern()
{
    static const QRegularExpression re(QStringLiteral(
        "^\\d{8}T\\d{9}Z-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\.json$"));
    return re;
}

QJsonObject entryJson(const HistoryEntry& e)
{
    return QJsonObject{{QStringLiteral("file"), e.fileName},
                       {QStringLiteral("runId"), e.runId},
                       {QStringLiteral("startedAt"), e.startedAt.toString(Qt::ISODateWithMs)},
                       {QStringLiteral("pbx"), e.pbx},
                       {QStringLiteral("overall"), statusKey(e.overall)},
                       {QStringLiteral("supportCode"), e.supportCode},
                       {QStringLiteral("profile"), e.profileName},
                       {QStringLiteral("bytes"), double(e.bytes)}};
}

// The list's fields from a report's top level (the rest of it is not needed for the list).
bool entryFromReport(const QJsonObject& root, HistoryEntry* e, QString* error)
{
    if (root.value(QStringLiteral("schema")).toInt() != 1) {
        *error = QStringLiteral("not a schema-1 report");
        return false;
    }
    e->runId = root.value(QStringLiteral("runId")).toString();
    e->startedAt = QDateTime::fromString(root.value(QStringLiteral("startedAt")).toString(),
                                         Qt::ISODateWithMs);
    const QJsonObject profile = root.value(QStringLiteral("profile")).toObject();
    e->pbx = profile.value(QStringLiteral("pbx")).toString();
    e->profileName = profile.value(QStringLiteral("name")).toString();
    e->supportCode = root.value(QStringLiteral("supportCode")).toString();
    if (e->runId.isEmpty() || !e->startedAt.isValid() ||
        !statusFromKey(root.value(QStringLiteral("overall")).toString(), &e->overall)) {
        *error = QStringLiteral("runId, startedAt or overall missing");
        return false;
    }
    return true;
}

bool entryFromIndex(const QJsonObject& o, HistoryEntry* e)
{
    e->fileName = o.value(QStringLiteral("file")).toString();
    e->runId = o.value(QStringLiteral("runId")).toString();
    e->startedAt =
        QDateTime::fromString(o.value(QStringLiteral("startedAt")).toString(), Qt::ISODateWithMs);
    e->pbx = o.value(QStringLiteral("pbx")).toString();
    e->supportCode = o.value(QStringLiteral("supportCode")).toString();
    e->profileName = o.value(QStringLiteral("profile")).toString();
    e->bytes = qint64(o.value(QStringLiteral("bytes")).toDouble());
    return !e->fileName.isEmpty() && !e->runId.isEmpty() && e->startedAt.isValid() &&
           statusFromKey(o.value(QStringLiteral("overall")).toString(), &e->overall);
}

} // namespace

QString HistoryStore::defaultDirectory()
{
    const QString forced = qEnvironmentVariable("EASYUC_HISTORY_DIR");
    if (!forced.isEmpty())
        return forced;
    QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (base.isEmpty())
        base = QDir::tempPath() + QStringLiteral("/easyuc-diag");
    return base + QStringLiteral("/history");
}

HistoryStore::HistoryStore(QString directory) : m_dir(std::move(directory)) {}

void HistoryStore::setLimits(int maxRuns, qint64 maxBytes)
{
    m_maxRuns = qMax(1, maxRuns);
    m_maxBytes = qMax<qint64>(1, maxBytes);
}

QString HistoryStore::fileNameFor(const QDateTime& startedAt, const QString& runId)
{
    const QDateTime when = startedAt.isValid() ? startedAt : QDateTime::currentDateTimeUtc();
    return when.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmsszzz'Z'")) + QLatin1Char('-') +
           runId.toLower() + QStringLiteral(".json");
}

bool HistoryStore::isRunFileName(const QString& name)
{
    return runFilePattern().match(name).hasMatch();
}

QStringList HistoryStore::runFiles() const
{
    QStringList names;
    const QStringList all = QDir(m_dir).entryList(QDir::Files, QDir::Name);
    for (const QString& name : all)
        if (isRunFileName(name))
            names.append(name);
    return names; // the name starts with the UTC time: name order is time order
}

bool HistoryStore::record(const Report& report, QString* error)
{
    if (QUuid::fromString(report.runId).isNull()) {
        *error = QStringLiteral("the run has no runId");
        return false;
    }
    if (!QDir().mkpath(m_dir)) {
        *error = QStringLiteral("cannot create %1").arg(m_dir);
        return false;
    }
    const QByteArray json = JsonReport::write(report);
    const QString name = fileNameFor(report.startedAt, report.runId);
    QSaveFile file(QDir(m_dir).filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        *error = QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    logInfo(QStringLiteral("history: kept run %1 as %2").arg(report.runId, name));
    trim(name);
    // The index follows the files; entries() adds the new run and drops the trimmed ones.
    entries();
    return true;
}

void HistoryStore::trim(const QString& keep)
{
    const QStringList names = runFiles();
    QList<qint64> sizes;
    qint64 total = 0;
    for (const QString& n : names) {
        sizes.append(QFileInfo(QDir(m_dir).filePath(n)).size());
        total += sizes.last();
    }
    // Oldest first, never the run just kept (a single run over the byte limit stays, and so does
    // a run whose clock put it before the others).
    int count = int(names.size());
    for (int i = 0; i < names.size() && (count > m_maxRuns || total > m_maxBytes); ++i) {
        if (names.at(i) == keep)
            continue;
        if (!QFile::remove(QDir(m_dir).filePath(names.at(i)))) {
            logWarn(QStringLiteral("history: cannot remove %1").arg(names.at(i)));
            continue;
        }
        logInfo(QStringLiteral("history: removed the oldest run %1").arg(names.at(i)));
        total -= sizes.at(i);
        --count;
    }
}

QList<HistoryEntry> HistoryStore::entries()
{
    QHash<QString, HistoryEntry> indexed;
    QFile indexFile(QDir(m_dir).filePath(kIndexName));
    if (indexFile.open(QIODevice::ReadOnly)) {
        const QJsonObject root = QJsonDocument::fromJson(indexFile.readAll()).object();
        for (const QJsonValue& v : root.value(QStringLiteral("runs")).toArray()) {
            HistoryEntry e;
            if (entryFromIndex(v.toObject(), &e))
                indexed.insert(e.fileName, e);
        }
    }
    bool indexStale = indexed.isEmpty();
    QList<HistoryEntry> out;
    const QStringList all = QDir(m_dir).entryList(QDir::Files, QDir::Name);
    for (const QString& name : all) {
        if (name == kIndexName)
            continue;
        if (!isRunFileName(name)) {
            logWarn(QStringLiteral("history: skipped %1: not a run file of ours").arg(name));
            continue;
        }
        const qint64 size = QFileInfo(QDir(m_dir).filePath(name)).size();
        const auto it = indexed.constFind(name);
        if (it != indexed.constEnd() && it->bytes == size) {
            out.append(*it);
            continue;
        }
        indexStale = true;
        QFile f(QDir(m_dir).filePath(name));
        HistoryEntry e;
        QString why;
        QJsonParseError parseError;
        const QJsonDocument doc = f.open(QIODevice::ReadOnly)
                                      ? QJsonDocument::fromJson(f.readAll(), &parseError)
                                      : QJsonDocument();
        if (!f.isOpen())
            why = f.errorString();
        else if (parseError.error != QJsonParseError::NoError)
            why = parseError.errorString();
        if (!why.isEmpty() || !entryFromReport(doc.object(), &e, &why)) {
            logWarn(QStringLiteral("history: skipped %1: %2").arg(name, why));
            continue;
        }
        e.fileName = name;
        e.bytes = size;
        out.append(e);
    }
    indexStale = indexStale || out.size() != indexed.size();
    std::sort(out.begin(), out.end(), [](const HistoryEntry& a, const HistoryEntry& b) {
        return a.fileName > b.fileName; // newest first
    });
    if (indexStale && QDir(m_dir).exists())
        writeIndex(out);
    return out;
}

void HistoryStore::writeIndex(const QList<HistoryEntry>& entries) const
{
    QJsonArray runs;
    for (const HistoryEntry& e : entries)
        runs.append(entryJson(e));
    const QByteArray data =
        QJsonDocument(QJsonObject{{QStringLiteral("schema"), 1}, {QStringLiteral("runs"), runs}})
            .toJson(QJsonDocument::Compact);
    QSaveFile file(QDir(m_dir).filePath(kIndexName));
    // The index is a cache: when it cannot be written the next load scans the reports again.
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        logWarn(QStringLiteral("history: cannot write the index: %1").arg(file.errorString()));
}

HistoryStore::Lookup HistoryStore::find(const QString& idOrPrefix, HistoryEntry* entry,
                                        QStringList* matches)
{
    const QString wanted = idOrPrefix.trimmed().toLower();
    QList<HistoryEntry> found;
    for (const HistoryEntry& e : entries()) {
        if (e.runId.toLower() == wanted) {
            found = {e};
            break;
        }
        if (wanted.size() >= kMinPrefix && e.runId.toLower().startsWith(wanted))
            found.append(e);
    }
    if (matches) {
        matches->clear();
        for (const HistoryEntry& e : found)
            matches->append(e.runId);
    }
    if (found.size() == 1) {
        *entry = found.first();
        return Lookup::Found;
    }
    if (found.size() > 1)
        return Lookup::Ambiguous;
    return wanted.size() < kMinPrefix ? Lookup::TooShort : Lookup::NotFound;
}

bool HistoryStore::readJson(const HistoryEntry& entry, QByteArray* json, QString* error) const
{
    QFile f(QDir(m_dir).filePath(entry.fileName));
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(f.fileName(), f.errorString());
        return false;
    }
    *json = f.readAll();
    return true;
}

bool HistoryStore::readReport(const HistoryEntry& entry, Report* report, QString* error) const
{
    QByteArray json;
    if (!readJson(entry, &json, error))
        return false;
    if (!JsonReportReader::read(json, report, error)) {
        *error = QStringLiteral("%1: %2").arg(entry.fileName, *error);
        return false;
    }
    return true;
}

int HistoryStore::clear()
{
    int removed = 0;
    for (const QString& name : runFiles()) {
        if (QFile::remove(QDir(m_dir).filePath(name)))
            ++removed;
        else
            logWarn(QStringLiteral("history: cannot remove %1").arg(name));
    }
    QFile::remove(QDir(m_dir).filePath(kIndexName));
    logInfo(QStringLiteral("history: cleared, %1 runs removed").arg(removed));
    return removed;
}

} // namespace easyuc
