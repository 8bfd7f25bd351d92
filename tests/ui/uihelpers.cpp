#include "uihelpers.h"

#include "resultmodel.h"
#include "resultview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>

namespace easyuc::test {

bool spinUntil(const std::function<bool()>& done, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < timeoutMs)
        QApplication::processEvents(QEventLoop::AllEvents, 10);
    return done();
}

QString MarkingTranslator::translate(const char*, const char* source, const char*, int) const
{
    return QStringLiteral("⟦%1⟧").arg(QString::fromUtf8(source));
}

QStringList visibleTexts(const MainWindow& window)
{
    QStringList out{window.windowTitle()};
    for (QAction* menu : window.menuBar()->actions())
        out.append(menu->text());
    for (const QLabel* label : window.findChildren<QLabel*>()) {
        if (label->isVisibleTo(&window) && !label->text().isEmpty() && label->pixmap().isNull())
            out.append(label->text());
    }
    // Buttons whether shown or not: a toolbar may fold some into its overflow menu.
    for (const QAbstractButton* b : window.findChildren<QAbstractButton*>()) {
        if (!b->text().isEmpty())
            out.append(b->text());
    }
    const ResultModel* model = window.model();
    for (int c = 0; c < ResultModel::ColumnCount; ++c)
        out.append(model->headerData(c, Qt::Horizontal).toString());
    for (int g = 0; g < model->rowCount(); ++g) {
        const QModelIndex group = model->index(g, 0);
        out.append(group.data().toString());
        for (int r = 0; r < model->rowCount(group); ++r) {
            out.append(model->index(r, ResultModel::TitleColumn, group).data().toString());
            out.append(model->index(r, ResultModel::StatusColumn, group).data().toString());
        }
    }
    return out;
}

} // namespace easyuc::test
