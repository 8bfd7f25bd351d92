#include "historytext.h"

#include "core/report/textreport.h"

#include <QCoreApplication>

namespace easyuc {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(History)
};
} // namespace

QString historyListText(const QList<HistoryEntry>& entries)
{
    if (entries.isEmpty())
        return Tr::tr("No runs are kept in the history yet.") + QLatin1Char('\n');
    int pbxWidth = 1;
    for (const HistoryEntry& e : entries)
        pbxWidth = qMax(pbxWidth, int(e.pbx.size()));
    QString out;
    for (const HistoryEntry& e : entries)
        out +=
            QStringLiteral("%1  %2  %3  %4 %5\n")
                .arg(e.startedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                     e.runId,
                     (e.pbx.isEmpty() ? QStringLiteral("\u2014") : e.pbx).leftJustified(pbxWidth),
                     TextReport::statusCell(e.overall), e.supportCode);
    return out;
}

QString historyLookupError(HistoryStore::Lookup lookup, const QString& typed,
                           const QStringList& matches)
{
    switch (lookup) {
    case HistoryStore::Lookup::TooShort:
        return Tr::tr("\"%1\": give at least %2 characters of the run ID (see --history).")
            .arg(typed)
            .arg(HistoryStore::kMinPrefix);
    case HistoryStore::Lookup::Ambiguous:
        return Tr::tr("\"%1\" names more than one run: %2. Give more characters.")
            .arg(typed, matches.join(QStringLiteral(", ")));
    case HistoryStore::Lookup::NotFound:
        return Tr::tr("No run \"%1\" in the history (see --history).").arg(typed);
    case HistoryStore::Lookup::Found:
        break;
    }
    return {};
}

} // namespace easyuc
