#pragma once

#include <QString>
#include <optional>

namespace easyuc {

// The operating system's key store (Secret Service / KWallet on Linux, Credential Manager on
// Windows, Keychain on macOS) through QtKeychain, for the one secret the app keeps: the TURN
// password the user asked to remember. Never falls back to a file. Builds without QtKeychain
// get the stub, which stores nothing. Each call waits for the store, with a deadline.
class SecretStore
{
public:
    // False when this build has no key store at all (the dialog says so).
    static bool compiledIn();
    // Stores `secret` under `key`; false with the store's reason in *error when it could not.
    static bool write(const QString& key, const QString& secret, QString* error);
    // The secret under `key`, or nothing (absent, store unavailable: reason in *error).
    static std::optional<QString> read(const QString& key, QString* error);
    // Forgets `key`; absent is not an error.
    static void remove(const QString& key);
};

} // namespace easyuc
