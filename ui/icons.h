#pragma once

#include <QIcon>
#include <QString>

namespace easyuc {

// Icons drawn from the SVGs under :/icons; "currentColor" follows the palette's text colour, so
// they stay visible on light and dark themes and sharp at any scale.
QIcon themedIcon(const QString& name);
// The application icon (full colour).
QIcon appIcon();

} // namespace easyuc
