#pragma once

#include "statuslight.h"

#include <QWidget>

class QTimer;

namespace easyuc {

// A single traffic light as a widget (the verdict banner, the details heading); turns by
// itself while running. Its accessible name carries the status word.
class LightWidget : public QWidget
{
    Q_OBJECT
public:
    explicit LightWidget(QWidget* parent = nullptr);
    void setState(RowState state, Status status = Status::Skipped);
    // What the light stands for ("Overall verdict", "R3 · PBX web access"): its accessible
    // description, beside the status word of its name.
    void setSubject(const QString& subject);
    // Diameter as a multiple of the font height.
    void setScale(qreal scale);
    RowState state() const { return m_state; }
    Status status() const { return m_status; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override { return sizeHint(); }

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void updateAccessibleName();

    RowState m_state = RowState::Idle;
    Status m_status = Status::Skipped;
    QString m_subject;
    qreal m_scale = 1.2;
    int m_phase = 0;
    QTimer* m_timer;
};

} // namespace easyuc
