#include "pathview.h"

#include "probes/pathanalysis.h"
#include "report/pathtable.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>

namespace easyuc {

namespace {
enum Column
{
    HopColumn,
    HostColumn,
    WhereColumn,
    LossColumn,
    AnswersColumn,
    RttColumn,
    ColumnCount
};

// Draws a cell's bar (kBarRole: 0..1 of the cell's width, kBarColourRole) under its text.
class BarDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override
    {
        const QVariant fraction = index.data(PathView::kBarRole);
        if (fraction.isValid()) {
            const QRect r = option.rect.adjusted(2, option.rect.height() - 6, -2, -2);
            painter->save();
            painter->fillRect(r, option.palette.color(QPalette::Midlight));
            QRect filled = r;
            filled.setWidth(qRound(r.width() * qBound(0.0, fraction.toDouble(), 1.0)));
            if (filled.width() > 0)
                painter->fillRect(filled, index.data(PathView::kBarColourRole).value<QColor>());
            painter->restore();
        }
        QStyledItemDelegate::paint(painter, option, index);
    }
};

QTableWidgetItem* cell(const QString& text, Qt::Alignment align = Qt::AlignLeft)
{
    auto* item = new QTableWidgetItem(text);
    item->setTextAlignment(align | Qt::AlignVCenter);
    return item;
}
} // namespace

PathView::PathView(QWidget* parent)
    : QWidget(parent), m_title(new QLabel(this)), m_sentence(new QLabel(this)),
      m_table(new QTableWidget(0, ColumnCount, this))
{
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setTextFormat(Qt::PlainText);
    m_sentence->setWordWrap(true);
    m_sentence->setTextFormat(Qt::PlainText);
    m_sentence->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(HostColumn, QHeaderView::Stretch);
    m_table->setItemDelegate(new BarDelegate(m_table));
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_title->setBuddy(m_table);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_sentence);
    layout->addWidget(m_table);
    refresh();
}

void PathView::setPath(const PathInfo& path)
{
    m_path = path;
    refresh();
}

QString PathView::sentence() const
{
    return m_sentence->text();
}

void PathView::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        refresh();
}

void PathView::refresh()
{
    m_title->setText(pathTitle(m_path));
    m_sentence->setText(describePath(m_path));
    m_table->setAccessibleName(pathTitle(m_path));
    m_table->setHorizontalHeaderLabels(pathHeadings());
    const QList<PathRow> rows = pathRows(m_path);
    double slowest = 0;
    for (const PathRow& r : rows)
        slowest = qMax(slowest, r.rttMs);
    m_table->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        const PathRow& r = rows.at(i);
        m_table->setItem(i, HopColumn, cell(QString::number(r.ttl), Qt::AlignRight));
        m_table->setItem(i, HostColumn, cell(r.host));
        m_table->setItem(i, WhereColumn, cell(r.where));
        QTableWidgetItem* loss = cell(r.loss, Qt::AlignRight);
        loss->setData(kBarRole, r.lossPct / 100.0);
        loss->setData(kBarColourRole,
                      r.lossNamed ? QColor(0xc0, 0x39, 0x2b) : QColor(0xe0, 0xa0, 0x30));
        m_table->setItem(i, LossColumn, loss);
        m_table->setItem(i, AnswersColumn, cell(r.answers, Qt::AlignRight));
        QTableWidgetItem* rtt = cell(r.rtt, Qt::AlignRight);
        rtt->setData(kBarRole, slowest > 0 && r.rttMs > 0 ? r.rttMs / slowest : 0.0);
        rtt->setData(kBarColourRole, QColor(0x2d, 0x6c, 0xdf));
        m_table->setItem(i, RttColumn, rtt);
    }
    // Room for the bars beside the figures.
    const QFontMetrics fm(m_table->font());
    m_table->horizontalHeader()->setSectionResizeMode(LossColumn, QHeaderView::Fixed);
    m_table->horizontalHeader()->setSectionResizeMode(RttColumn, QHeaderView::Fixed);
    m_table->setColumnWidth(LossColumn, fm.horizontalAdvance(QStringLiteral("100%")) + 64);
    m_table->setColumnWidth(RttColumn, fm.horizontalAdvance(QStringLiteral("1000.0 ms")) + 64);
    m_table->resizeRowsToContents();
    // Every hop in view, without a scroll bar of its own (the details scroll as a whole).
    int height = m_table->horizontalHeader()->height() + 2 * m_table->frameWidth();
    for (int i = 0; i < m_table->rowCount(); ++i)
        height += m_table->rowHeight(i);
    m_table->setFixedHeight(height);
    m_table->setVisible(!rows.isEmpty());
}

} // namespace easyuc
