#include "resultview.h"

#include "resultmodel.h"
#include "statusdelegate.h"

#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QTimer>

namespace easyuc {

ResultView::ResultView(ResultModel* model, QWidget* parent)
    : QTreeView(parent), m_model(model), m_delegate(new StatusDelegate(this)),
      m_spinner(new QTimer(this))
{
    setModel(model);
    setItemDelegateForColumn(ResultModel::StatusColumn, m_delegate);
    setUniformRowHeights(false);
    setAllColumnsShowFocus(true);
    setAlternatingRowColors(false);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setTextElideMode(Qt::ElideRight);
    setWordWrap(false);
    setExpandsOnDoubleClick(true);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(ResultModel::ResultColumn, QHeaderView::Stretch);
    header()->setSectionResizeMode(ResultModel::TimeColumn, QHeaderView::ResizeToContents);
    for (int g = 0; g < model->rowCount(); ++g)
        setFirstColumnSpanned(g, {}, true);
    expandToDepth(0);

    m_spinner->setInterval(80);
    connect(m_spinner, &QTimer::timeout, this, &ResultView::tick);
    connect(model, &QAbstractItemModel::dataChanged, this, &ResultView::onRowsChanged);
    connect(this, &QTreeView::activated, this, &ResultView::activatedRow);
    fitColumns();
}

void ResultView::fitColumns()
{
    resizeColumnToContents(ResultModel::StatusColumn);
    resizeColumnToContents(ResultModel::NumberColumn);
    resizeColumnToContents(ResultModel::TitleColumn);
    // Titles whole (the Italian ones run to 55 characters); the result column elides instead.
    // Only a narrow window caps the title, so that results keep at least half of the width.
    const int titleMax = qMax(fontMetrics().averageCharWidth() * 48,
                              viewport()->width() / 2 - columnWidth(ResultModel::StatusColumn) -
                                  columnWidth(ResultModel::NumberColumn));
    if (columnWidth(ResultModel::TitleColumn) > titleMax)
        setColumnWidth(ResultModel::TitleColumn, titleMax);
}

void ResultView::onRowsChanged()
{
    const bool anyRunning = !m_model->runningIndexes().isEmpty();
    if (anyRunning && !m_spinner->isActive())
        m_spinner->start();
    else if (!anyRunning)
        m_spinner->stop();
}

void ResultView::tick()
{
    m_phase = (m_phase + 1) % 12;
    m_delegate->setPhase(m_phase);
    // Repaint only the lights that turn, not the whole tree.
    for (const QModelIndex& i : m_model->runningIndexes())
        viewport()->update(visualRect(i));
}

void ResultView::keyPressEvent(QKeyEvent* event)
{
    const QModelIndex current = currentIndex();
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && current.isValid()) {
        Q_EMIT activatedRow(current);
        event->accept();
        return;
    }
    QTreeView::keyPressEvent(event);
}

void ResultView::resizeEvent(QResizeEvent* event)
{
    QTreeView::resizeEvent(event);
    fitColumns();
}

void ResultView::changeEvent(QEvent* event)
{
    QTreeView::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::LanguageChange)
        QTimer::singleShot(0, this, &ResultView::fitColumns);
}

} // namespace easyuc
