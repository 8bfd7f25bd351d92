#pragma once

#include "engine/status.h"

#include <QColor>
#include <QRectF>

class QPainter;
class QPalette;

namespace easyuc {

// Where a requirement stands in the current run, before it has a status of its own.
enum class RowState
{
    Idle,
    Waiting,
    Running,
    Done
};

// The colour of a light; always drawn together with a shape, never alone.
QColor statusColor(Status status);
// Paints a traffic light in `rect` (a square): a filled disc with a drawn glyph (✓ ! ✗ –) once
// done, an empty ring when idle or waiting, a turning arc (at `phase`, 0-11) while running.
void paintStatusLight(QPainter* painter, const QRectF& rect, RowState state, Status status,
                      int phase, const QPalette& palette);
// The word shown beside a light: the status word once done, else what is happening.
QString rowStateWord(RowState state, Status status);

} // namespace easyuc
