#pragma once

#include "engine/hostfacts.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace easyuc {

// The path to the PBX (issue 15): its verdict in words, then a table of the hops with inline
// bars for loss (red where the loss that continues to the PBX starts) and for the median
// round-trip time, scaled to the slowest hop.
class PathView : public QWidget
{
    Q_OBJECT
public:
    explicit PathView(QWidget* parent = nullptr);
    void setPath(const PathInfo& path);
    const PathInfo& path() const { return m_path; }
    QTableWidget* table() const { return m_table; }
    QString sentence() const;

    // Item data roles of the bar columns: the bar's length (0..1) and its colour.
    static constexpr int kBarRole = Qt::UserRole + 1;
    static constexpr int kBarColourRole = Qt::UserRole + 2;

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();

    PathInfo m_path;
    QLabel* m_title;
    QLabel* m_sentence;
    QTableWidget* m_table;
};

} // namespace easyuc
