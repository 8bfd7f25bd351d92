#pragma once

#include "engine/catalogue.h"
#include "engine/result.h"
#include "statuslight.h"

#include <QAbstractItemModel>
#include <QList>
#include <optional>

namespace easyuc {

// The requirements as a tree for the main window: seed groups → requirements → their items.
// Fed by the runner's signals (markStarted, setProgress, setResult); reads nothing else.
class ResultModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        StatusColumn,
        NumberColumn,
        TitleColumn,
        ResultColumn,
        TimeColumn,
        ColumnCount
    };
    enum Role
    {
        StatusRole = Qt::UserRole + 1, // int(Status) of a requirement or item
        StateRole,                     // int(RowState)
        IdRole,                        // requirement id ("pbx.https")
        KindRole,                      // int(Kind)
        UnselectedRole,                // bool: a requirement left out by --only
    };
    enum class Kind
    {
        Group,
        Requirement,
        Item
    };

    explicit ResultModel(QObject* parent = nullptr);

    // Every requirement back to "waiting", results dropped.
    void beginRun();
    void markStarted(const QString& id);
    // The short "what it is doing now" line of a running check.
    void setProgress(const QString& id, const QString& message);
    void setResult(const RequirementResult& result);
    // Everything back to idle (no run yet).
    void clear();
    // Re-reads every translated text that the model composes (headers, titles, words).
    void retranslate();

    Kind kind(const QModelIndex& index) const;
    const RequirementInfo* requirement(const QModelIndex& index) const;
    // The result of the requirement at (or above) `index`, when it has one.
    const RequirementResult* result(const QModelIndex& index) const;
    RowState state(const QModelIndex& index) const;
    QModelIndex indexOf(const QString& id, int column = StatusColumn) const;
    // Requirement rows whose check is running now (for the spinner).
    QList<QModelIndex> runningIndexes() const;
    int requirementCount() const { return int(m_rows.size()); }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& index) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    struct Row
    {
        RequirementInfo info;
        int group = 0;
        RowState state = RowState::Idle;
        QString progress;
        std::optional<RequirementResult> result;
    };
    struct Group
    {
        RequirementGroup group;
        QList<int> rows; // indexes into m_rows, by number
    };

    QVariant groupData(int group, int column, int role) const;
    QVariant requirementData(const Row& row, int column, int role) const;
    QVariant itemRowData(const ResultItem& item, Status parent, int column, int role) const;
    int rowIndexOf(const QString& id) const;
    QModelIndex requirementIndex(int rowIndex, int column) const;
    void changed(int rowIndex);
    void setItems(int rowIndex, const QList<ResultItem>& items);

    QList<Group> m_groups;
    QList<Row> m_rows;
};

// Durations for people: "120 ms", "2.4 s".
QString formatDuration(qint64 ms);

} // namespace easyuc
