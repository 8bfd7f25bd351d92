#pragma once

#include <QString>

namespace easyuc {

// Versions of the app and of the libraries it measures with, for the About box and reports.
QString libniceVersion();
QString openSslVersion();
// The About box's text (rich text, every part escaped).
QString aboutText();

} // namespace easyuc
