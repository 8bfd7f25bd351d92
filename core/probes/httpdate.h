#pragma once

#include <QDateTime>
#include <QString>

namespace easyuc {

// The moment an HTTP Date header names (RFC 9110 §5.6.7: IMF-fixdate, and the obsolete RFC 850
// and asctime forms), in UTC; an invalid QDateTime when the text is none of them.
QDateTime parseHttpDate(const QString& text);

} // namespace easyuc
