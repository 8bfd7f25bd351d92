#pragma once

#include <QTreeView>

class QTimer;

namespace easyuc {

class ResultModel;
class StatusDelegate;

// The requirement tree: lights in the first column, a spinner on running rows, groups spanning
// the width, keyboard first (arrows, +/- to expand, Enter to show details).
class ResultView : public QTreeView
{
    Q_OBJECT
public:
    explicit ResultView(ResultModel* model, QWidget* parent = nullptr);
    // Fits the status and number columns to the current language and font.
    void fitColumns();

Q_SIGNALS:
    // Enter on a row: the details panel should take the focus.
    void activatedRow(const QModelIndex& index);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void tick();
    void onRowsChanged();

    ResultModel* m_model;
    StatusDelegate* m_delegate;
    QTimer* m_spinner;
    int m_phase = 0;
};

} // namespace easyuc
