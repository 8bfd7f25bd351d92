#pragma once

#include <QStyledItemDelegate>

namespace easyuc {

// Paints the status column: a traffic light with its glyph and the status word beside it.
class StatusDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    // The spinner's step (0-11) for running rows.
    void setPhase(int phase) { m_phase = phase; }

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    int m_phase = 0;
};

} // namespace easyuc
