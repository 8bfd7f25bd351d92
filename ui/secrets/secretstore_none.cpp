#include "secrets/secretstore.h"

namespace easyuc {

// Built without QtKeychain: no secret is ever stored, not even obfuscated in a file.

bool SecretStore::compiledIn()
{
    return false;
}

bool SecretStore::write(const QString&, const QString&, QString* error)
{
    if (error)
        *error = QStringLiteral("this build has no key store");
    return false;
}

std::optional<QString> SecretStore::read(const QString&, QString* error)
{
    if (error)
        *error = QStringLiteral("this build has no key store");
    return std::nullopt;
}

void SecretStore::remove(const QString&) {}

} // namespace easyuc
