#include "resultmodel.h"

#include <QApplication>
#include <QFont>
#include <QLocale>
#include <QPalette>

namespace easyuc {

namespace {

// internalId layout: bits 0-1 kind (1 group, 2 requirement, 3 item), bits 2-9 the group or the
// requirement's index in m_rows, bits 10 and up the item's index.
constexpr quintptr kGroupTag = 1;
constexpr quintptr kRequirementTag = 2;
constexpr quintptr kItemTag = 3;

quintptr makeId(quintptr tag, int a, int b = 0)
{
    return tag | (quintptr(a) << 2) | (quintptr(b) << 10);
}
quintptr tagOf(quintptr id)
{
    return id & 0x3;
}
int firstOf(quintptr id)
{
    return int((id >> 2) & 0xff);
}
int secondOf(quintptr id)
{
    return int(id >> 10);
}

QColor dimmed(const QPalette& palette)
{
    QColor c = palette.color(QPalette::Text);
    c.setAlphaF(0.6);
    return c;
}

} // namespace

QString formatDuration(qint64 ms)
{
    if (ms < 1000)
        return ResultModel::tr("%1 ms").arg(ms);
    return ResultModel::tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 1));
}

ResultModel::ResultModel(QObject* parent) : QAbstractItemModel(parent)
{
    for (RequirementGroup g : {RequirementGroup::InternetAccess, RequirementGroup::FirewallRouter,
                               RequirementGroup::TlsFiltering})
        m_groups.append({g, {}});
    for (const RequirementInfo& info : requirementCatalogue()) {
        Row row;
        row.info = info;
        row.group = int(info.group);
        m_groups[row.group].rows.append(int(m_rows.size()));
        m_rows.append(row);
    }
}

void ResultModel::beginRun()
{
    for (int i = 0; i < m_rows.size(); ++i) {
        setItems(i, {});
        m_rows[i].result.reset();
        m_rows[i].progress.clear();
        m_rows[i].state = RowState::Waiting;
        changed(i);
    }
}

void ResultModel::clear()
{
    for (int i = 0; i < m_rows.size(); ++i) {
        setItems(i, {});
        m_rows[i].result.reset();
        m_rows[i].progress.clear();
        m_rows[i].state = RowState::Idle;
        changed(i);
    }
}

void ResultModel::markStarted(const QString& id)
{
    const int i = rowIndexOf(id);
    if (i < 0 || m_rows[i].state == RowState::Done)
        return;
    m_rows[i].state = RowState::Running;
    changed(i);
}

void ResultModel::setProgress(const QString& id, const QString& message)
{
    const int i = rowIndexOf(id);
    if (i < 0 || m_rows[i].state != RowState::Running)
        return;
    m_rows[i].progress = message;
    const QModelIndex cell = requirementIndex(i, ResultColumn);
    Q_EMIT dataChanged(cell, cell);
}

void ResultModel::setResult(const RequirementResult& result)
{
    const int i = rowIndexOf(result.id);
    if (i < 0)
        return;
    setItems(i, result.items);
    m_rows[i].result = result;
    m_rows[i].state = RowState::Done;
    m_rows[i].progress.clear();
    changed(i);
}

void ResultModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    for (int g = 0; g < m_groups.size(); ++g) {
        const QModelIndex gi = index(g, 0);
        Q_EMIT dataChanged(gi, gi);
    }
    for (int i = 0; i < m_rows.size(); ++i) {
        changed(i);
        const int n = rowCount(requirementIndex(i, 0));
        if (n > 0)
            Q_EMIT dataChanged(index(0, 0, requirementIndex(i, 0)),
                               index(n - 1, ColumnCount - 1, requirementIndex(i, 0)));
    }
}

void ResultModel::setItems(int rowIndex, const QList<ResultItem>& items)
{
    const QModelIndex parent = requirementIndex(rowIndex, 0);
    Row& row = m_rows[rowIndex];
    const int old = row.result ? int(row.result->items.size()) : 0;
    if (old > 0) {
        beginRemoveRows(parent, 0, old - 1);
        row.result->items.clear();
        endRemoveRows();
    }
    if (!items.isEmpty()) {
        beginInsertRows(parent, 0, int(items.size()) - 1);
        if (!row.result)
            row.result = RequirementResult();
        row.result->items = items;
        endInsertRows();
    }
}

void ResultModel::changed(int rowIndex)
{
    Q_EMIT dataChanged(requirementIndex(rowIndex, 0), requirementIndex(rowIndex, ColumnCount - 1));
}

int ResultModel::rowIndexOf(const QString& id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].info.id == id)
            return i;
    }
    return -1;
}

QModelIndex ResultModel::requirementIndex(int rowIndex, int column) const
{
    const Row& row = m_rows[rowIndex];
    const int pos = int(m_groups[row.group].rows.indexOf(rowIndex));
    return createIndex(pos, column, makeId(kRequirementTag, rowIndex));
}

QModelIndex ResultModel::indexOf(const QString& id, int column) const
{
    const int i = rowIndexOf(id);
    return i < 0 ? QModelIndex() : requirementIndex(i, column);
}

QList<QModelIndex> ResultModel::runningIndexes() const
{
    QList<QModelIndex> running;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].state == RowState::Running)
            running.append(requirementIndex(i, StatusColumn));
    }
    return running;
}

ResultModel::Kind ResultModel::kind(const QModelIndex& index) const
{
    switch (tagOf(index.internalId())) {
    case kGroupTag:
        return Kind::Group;
    case kItemTag:
        return Kind::Item;
    default:
        return Kind::Requirement;
    }
}

const RequirementInfo* ResultModel::requirement(const QModelIndex& index) const
{
    if (!index.isValid() || kind(index) == Kind::Group)
        return nullptr;
    return &m_rows[firstOf(index.internalId())].info;
}

const RequirementResult* ResultModel::result(const QModelIndex& index) const
{
    if (!index.isValid() || kind(index) == Kind::Group)
        return nullptr;
    const Row& row = m_rows[firstOf(index.internalId())];
    return row.state == RowState::Done && row.result ? &*row.result : nullptr;
}

RowState ResultModel::state(const QModelIndex& index) const
{
    if (!index.isValid() || kind(index) == Kind::Group)
        return RowState::Idle;
    return m_rows[firstOf(index.internalId())].state;
}

QModelIndex ResultModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, column, makeId(kGroupTag, row))
                                     : QModelIndex();
    const quintptr pid = parent.internalId();
    if (tagOf(pid) == kGroupTag) {
        const QList<int>& rows = m_groups[firstOf(pid)].rows;
        return row < rows.size() ? createIndex(row, column, makeId(kRequirementTag, rows[row]))
                                 : QModelIndex();
    }
    if (tagOf(pid) == kRequirementTag && row < rowCount(parent))
        return createIndex(row, column, makeId(kItemTag, firstOf(pid), row));
    return {};
}

QModelIndex ResultModel::parent(const QModelIndex& index) const
{
    if (!index.isValid())
        return {};
    const quintptr id = index.internalId();
    switch (tagOf(id)) {
    case kRequirementTag: {
        const int g = m_rows[firstOf(id)].group;
        return createIndex(g, 0, makeId(kGroupTag, g));
    }
    case kItemTag:
        return requirementIndex(firstOf(id), 0);
    default:
        return {};
    }
}

int ResultModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.column() != 0)
        return 0;
    const quintptr id = parent.internalId();
    if (tagOf(id) == kGroupTag)
        return int(m_groups[firstOf(id)].rows.size());
    if (tagOf(id) == kRequirementTag) {
        const Row& row = m_rows[firstOf(id)];
        return row.result ? int(row.result->items.size()) : 0;
    }
    return 0;
}

int ResultModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

Qt::ItemFlags ResultModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant ResultModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const quintptr id = index.internalId();
    if (role == KindRole)
        return int(kind(index));
    switch (tagOf(id)) {
    case kGroupTag:
        return groupData(firstOf(id), index.column(), role);
    case kRequirementTag:
        return requirementData(m_rows[firstOf(id)], index.column(), role);
    case kItemTag: {
        const Row& row = m_rows[firstOf(id)];
        const int item = secondOf(id);
        if (!row.result || item >= row.result->items.size())
            return {};
        if (role == IdRole)
            return row.info.id;
        return itemRowData(row.result->items[item], row.result->status, index.column(), role);
    }
    }
    return {};
}

QVariant ResultModel::groupData(int group, int column, int role) const
{
    if (column != 0)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return groupTitle(m_groups[group].group);
    case Qt::FontRole: {
        QFont f = QApplication::font();
        f.setBold(true);
        return f;
    }
    default:
        return {};
    }
}

QVariant ResultModel::requirementData(const Row& row, int column, int role) const
{
    const Status status = row.result ? row.result->status : Status::Skipped;
    const bool done = row.state == RowState::Done && row.result;
    switch (role) {
    case StatusRole:
        return int(status);
    case UnselectedRole:
        return done && !row.result->selected;
    case StateRole:
        return int(row.state);
    case IdRole:
        return row.info.id;
    case Qt::DisplayRole:
        switch (column) {
        case StatusColumn:
            return done ? QStringLiteral("%1 %2").arg(statusGlyph(status),
                                                      resultStatusWord(*row.result))
                        : rowStateWord(row.state, status);
        case NumberColumn:
            return row.info.label();
        case TitleColumn:
            return row.info.title();
        case ResultColumn:
            if (done)
                return row.result->summary;
            if (row.state == RowState::Running)
                return row.progress.isEmpty() ? tr("Checking…") : row.progress;
            return row.info.description();
        case TimeColumn:
            return done && (row.result->durationMs > 0 || status != Status::Skipped)
                       ? formatDuration(row.result->durationMs)
                       : QString();
        }
        return {};
    case Qt::ToolTipRole:
        if (column == ResultColumn)
            return data(requirementIndex(rowIndexOf(row.info.id), column), Qt::DisplayRole);
        if (column == TitleColumn)
            return row.info.description();
        return {};
    case Qt::AccessibleTextRole:
        if (column == StatusColumn)
            return tr("%1 %2: %3")
                .arg(row.info.label(), row.info.title(),
                     done ? resultStatusWord(*row.result) : rowStateWord(row.state, status));
        return data(requirementIndex(rowIndexOf(row.info.id), column), Qt::DisplayRole);
    case Qt::AccessibleDescriptionRole:
        // The light's meaning in words: the result once there is one, else what is measured.
        return done && row.result ? row.result->summary : row.info.description();
    case Qt::ForegroundRole:
        if (column == ResultColumn && !done && row.state != RowState::Running)
            return dimmed(QApplication::palette());
        return {};
    case Qt::TextAlignmentRole:
        if (column == TimeColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::FontRole:
        if (column == NumberColumn) {
            QFont f = QApplication::font();
            f.setBold(true);
            return f;
        }
        return {};
    }
    return {};
}

QVariant ResultModel::itemRowData(const ResultItem& raw, Status parent, int column, int role) const
{
    // A sub-row speaks its requirement's vocabulary: one silent STUN server under a green or
    // amber R8 is a warning there, not a red "Failed" that the row above contradicts.
    ResultItem item = raw;
    if (item.status == Status::Fail && (parent == Status::Pass || parent == Status::Warn))
        item.status = Status::Warn;
    switch (role) {
    case StatusRole:
        return int(item.status);
    case StateRole:
        return int(RowState::Done);
    case Qt::DisplayRole:
        switch (column) {
        case StatusColumn:
            return QStringLiteral("%1 %2").arg(statusGlyph(item.status), statusWord(item.status));
        case TitleColumn:
            return item.target;
        case ResultColumn:
            return item.summary;
        }
        return {};
    case Qt::ToolTipRole:
        return column == ResultColumn ? item.summary : QVariant();
    case Qt::AccessibleTextRole:
        if (column == StatusColumn)
            return tr("%1: %2").arg(item.target, statusWord(item.status));
        return itemRowData(raw, parent, column, Qt::DisplayRole);
    case Qt::AccessibleDescriptionRole:
        return item.summary;
    }
    return {};
}

QVariant ResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal ||
        (role != Qt::DisplayRole && role != Qt::AccessibleTextRole))
        return {};
    switch (section) {
    case StatusColumn:
        return tr("Status");
    case NumberColumn:
        return tr("No.");
    case TitleColumn:
        return tr("Requirement");
    case ResultColumn:
        return tr("Result");
    case TimeColumn:
        return tr("Time");
    }
    return {};
}

} // namespace easyuc
