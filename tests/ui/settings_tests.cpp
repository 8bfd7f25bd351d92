#include "secrets/secretstore.h"
#include "settingsdialog.h"

#include <QFile>
#include <QLabel>
#include <QSettings>
#include <gtest/gtest.h>

using namespace easyuc;

namespace {

QByteArray settingsFileBytes()
{
    QSettings().sync();
    QFile f(QSettings().fileName());
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// No key store reachable (no D-Bus session), whatever the machine running the tests has: the
// test never touches a developer's real key ring, and the refusal path is the one exercised.
class NoKeyStore
{
public:
    NoKeyStore() : m_old(qgetenv("DBUS_SESSION_BUS_ADDRESS"))
    {
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/easyuc-test-bus");
    }
    ~NoKeyStore() { qputenv("DBUS_SESSION_BUS_ADDRESS", m_old); }

private:
    QByteArray m_old;
};

} // namespace

// "Remember" never writes the TURN password to the settings file; without a key store the user
// is told that it was not kept, and the user name alone is remembered.
TEST(Settings, RememberedPasswordNeverReachesTheSettingsFile)
{
    NoKeyStore noStore;
    UiSettings s;
    s.turnUser = QStringLiteral("ui-turn-user");
    s.turnPassword = QStringLiteral("ui-turn-secret-8812");
    s.remember = true;
    const QString notKept = s.save();
    EXPECT_FALSE(notKept.isEmpty()) << "no key store here, so the password cannot have been kept";
    EXPECT_TRUE(notKept.contains(QStringLiteral("not saved"))) << notKept.toStdString();
    const QByteArray file = settingsFileBytes();
    EXPECT_TRUE(file.contains("ui-turn-user"));
    EXPECT_FALSE(file.contains("ui-turn-secret-8812"));
    const UiSettings back = UiSettings::load();
    EXPECT_TRUE(back.remember);
    EXPECT_EQ(back.turnUser, QStringLiteral("ui-turn-user"));
    EXPECT_TRUE(back.turnPassword.isEmpty());

    UiSettings forget = back;
    forget.remember = false;
    EXPECT_TRUE(forget.save().isEmpty());
    EXPECT_FALSE(settingsFileBytes().contains("ui-turn-user"));
}

// A password an older version left in clear is erased from the settings file at the first load.
TEST(Settings, LegacyClearPasswordIsErased)
{
    NoKeyStore noStore;
    {
        QSettings legacy;
        legacy.setValue(QStringLiteral("turn/remember"), true);
        legacy.setValue(QStringLiteral("turn/username"), QStringLiteral("old-user"));
        legacy.setValue(QStringLiteral("turn/password"), QStringLiteral("old-clear-secret-31"));
    }
    ASSERT_TRUE(settingsFileBytes().contains("old-clear-secret-31"));
    const UiSettings loaded = UiSettings::load();
    EXPECT_EQ(loaded.turnUser, QStringLiteral("old-user"));
    EXPECT_FALSE(settingsFileBytes().contains("old-clear-secret-31"));
    UiSettings forget = loaded;
    forget.remember = false;
    forget.save();
}

// The dialog says where a remembered password goes, or that this build cannot keep it.
TEST(Settings, DialogSaysWhereThePasswordGoes)
{
    SettingsDialog dialog(UiSettings{});
    bool keyStore = false;
    bool neverInFile = false;
    for (const QLabel* label : dialog.findChildren<QLabel*>()) {
        keyStore = keyStore || label->text().contains(QStringLiteral("key store"));
        neverInFile = neverInFile || label->text().contains(QStringLiteral("never in a file"));
    }
    EXPECT_TRUE(keyStore);
    EXPECT_EQ(neverInFile, SecretStore::compiledIn());
}
