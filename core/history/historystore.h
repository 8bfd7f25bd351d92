#pragma once

#include "core/engine/status.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace easyuc {

struct Report;

// One past run as the history lists it.
struct HistoryEntry
{
    QString runId;
    QDateTime startedAt; // with the offset the run had
    QString pbx;
    Status overall = Status::Skipped;
    QString supportCode;
    QString profileName;
    QString fileName; // inside the history folder
    qint64 bytes = 0;
};

// The history of finished runs (issue 16): each run's JSON report in a file of its own, named by
// its start (UTC) and runId, plus an index of the list's fields. The files are the truth; the
// index only spares parsing every report on load and is rebuilt from them when it disagrees.
// Bounded: the newest kMaxRuns runs within kMaxBytes, the oldest removed first. Nothing here
// leaves the machine.
class HistoryStore
{
public:
    static constexpr int kMaxRuns = 200;
    static constexpr qint64 kMaxBytes = 50LL * 1024 * 1024;

    // $EASYUC_HISTORY_DIR when set (tests, the lab), else "history" in the app's data folder.
    static QString defaultDirectory();

    explicit HistoryStore(QString directory = defaultDirectory());
    QString directory() const { return m_dir; }
    void setLimits(int maxRuns, qint64 maxBytes);

    // Keeps a finished run (a run without a runId is refused), then trims the history to its
    // limits; false with a raw reason when it could not be written.
    bool record(const Report& report, QString* error);
    // Every run kept, newest first. A file that is not a run of ours is skipped with a log line.
    QList<HistoryEntry> entries();

    enum class Lookup
    {
        Found,
        NotFound,
        Ambiguous, // a prefix naming more than one run
        TooShort   // a prefix under kMinPrefix characters that is not a whole id
    };
    static constexpr int kMinPrefix = 8;
    // The run named by its whole runId or a unique prefix of at least kMinPrefix characters
    // (case-insensitive). `matches` gets the runIds a prefix named.
    Lookup find(const QString& idOrPrefix, HistoryEntry* entry, QStringList* matches = nullptr);

    // The report exactly as it was written at the end of the run.
    bool readJson(const HistoryEntry& entry, QByteArray* json, QString* error) const;
    // The same, read back into a Report (see JsonReportReader for what is restored).
    bool readReport(const HistoryEntry& entry, Report* report, QString* error) const;

    // Removes every kept run and the index, nothing else in the folder; returns how many runs.
    int clear();

    // The file name a run is kept under: "20261129T203105123Z-<runId>.json".
    static QString fileNameFor(const QDateTime& startedAt, const QString& runId);
    // Whether a name is one of ours (a run file).
    static bool isRunFileName(const QString& name);

private:
    QStringList runFiles() const; // names of our run files, oldest first
    void trim(const QString& keep);
    void writeIndex(const QList<HistoryEntry>& entries) const;

    QString m_dir;
    int m_maxRuns = kMaxRuns;
    qint64 m_maxBytes = kMaxBytes;
};

} // namespace easyuc
