#pragma once

#include <QString>

namespace easyuc {

// Installs the translators for "it" or "en" (any other value: the system locale's language
// when it is Italian, else English). Returns the language actually in use. Replaces the
// translators installed by an earlier call, so the language can change at run time.
QString installLanguage(const QString& requested);
bool isSupportedLanguage(const QString& lang);

} // namespace easyuc
