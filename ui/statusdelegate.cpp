#include "statusdelegate.h"

#include "resultmodel.h"
#include "statuslight.h"

#include <QApplication>
#include <QPainter>

namespace easyuc {

namespace {
qreal lightSize(const QFontMetrics& fm)
{
    return fm.height() * 1.1;
}
} // namespace

void StatusDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                           const QModelIndex& index) const
{
    const auto kind = ResultModel::Kind(index.data(ResultModel::KindRole).toInt());
    if (kind == ResultModel::Kind::Group) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const auto state = RowState(index.data(ResultModel::StateRole).toInt());
    const auto status = Status(index.data(ResultModel::StatusRole).toInt());
    const QFontMetrics fm(opt.font);
    const qreal side = kind == ResultModel::Kind::Item ? lightSize(fm) * 0.75 : lightSize(fm);
    const qreal margin = fm.height() * 0.35;
    const QRectF light(opt.rect.left() + margin, opt.rect.center().y() - side / 2 + 0.5, side,
                       side);
    paintStatusLight(painter, light, state, status, m_phase, opt.palette);

    const QString word = index.data(ResultModel::UnselectedRole).toBool()
                             ? notSelectedWord()
                             : rowStateWord(state, status);
    if (word.isEmpty())
        return;
    QRect text = opt.rect;
    text.setLeft(int(light.right() + margin));
    const bool selected = opt.state & QStyle::State_Selected;
    painter->save();
    painter->setFont(opt.font);
    painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(text, Qt::AlignVCenter | Qt::AlignLeft,
                      fm.elidedText(word, Qt::ElideRight, text.width()));
    painter->restore();
}

QSize StatusDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QFontMetrics fm(option.font);
    // Room for the light plus the widest status word in the current language.
    int widest = 0;
    for (Status s : {Status::Pass, Status::Warn, Status::Fail, Status::Skipped, Status::Error})
        widest = qMax(widest, fm.horizontalAdvance(statusWord(s)));
    widest = qMax(widest, fm.horizontalAdvance(rowStateWord(RowState::Running, Status::Pass)));
    widest = qMax(widest, fm.horizontalAdvance(notSelectedWord()));
    const int width = int(lightSize(fm) + fm.height() * 1.2) + widest;
    size.setWidth(qMax(size.width(), width));
    size.setHeight(qMax(size.height(), int(fm.height() * 1.55)));
    return size;
}

} // namespace easyuc
