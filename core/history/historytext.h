#pragma once

#include "historystore.h"

#include <QList>
#include <QString>

namespace easyuc {

// --history: one line per run, newest first: local time, runId, PBX, verdict, support code.
QString historyListText(const QList<HistoryEntry>& entries);
// --history-show / --compare: why a runId names no single run, as a translated sentence.
QString historyLookupError(HistoryStore::Lookup lookup, const QString& typed,
                           const QStringList& matches);

} // namespace easyuc
