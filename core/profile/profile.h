#pragma once

#include "../engine/status.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace easyuc {

// host:port of a server named in the profile.
struct Endpoint
{
    QString host;
    quint16 port = 0;
    friend bool operator==(const Endpoint&, const Endpoint&) = default;
};

enum class TurnTransport
{
    Udp,
    Tcp,
    Tls
};

struct TurnServer
{
    QString host;
    quint16 port = 3478;
    TurnTransport transport = TurnTransport::Udp;
};

struct TurnCredentials
{
    QString username;
    QString password; // never logged, never reported
};

// The requirement profile, schema 1 (DESIGN §4). Plain data; defaults are the Proxima ones.
struct Profile
{
    int schema = 1;
    QString name = QStringLiteral("Proxima Easy UC");
    QString pbx;
    int checkTimeoutMs = 5000;

    quint16 httpsPort = 443;
    quint16 webrtcPort = 7443;
    QString webrtcPath = QStringLiteral("/");
    QString webrtcSubprotocol = QStringLiteral("sip");
    quint16 rtpFirst = 16384;
    quint16 rtpLast = 32768;
    int rtpSamples = 8;
    std::optional<Endpoint> rtpReflector;
    quint16 webctiPort = 8000;

    QStringList domains;
    QList<Endpoint> stun;
    QList<TurnServer> turn;
    std::optional<TurnCredentials> turnCredentials;
    quint16 sipPort = 5060;
    std::optional<Endpoint> sipReflector;
    int mtuExpected = 1500;

    QString trustReference = QStringLiteral("builtin"); // "builtin" or a PEM bundle path
    QString trustSystem = QStringLiteral("system");     // "system" or a PEM bundle path
    bool requireSct = true;

    QHash<QString, Severity> severity; // overrides per requirement id

    QString sourcePath; // where it was loaded from (":/…" for the embedded default)
    // Run-time only, never in the JSON: seconds of the voice-shaped call test R15 runs
    // (--call-test, the GUI's "Test a call"); 0 = no call test.
    int callTestSeconds = 0;
};

QString turnTransportKey(TurnTransport transport);

// A profile load failure: which file, which key (JSON path like "rules.https.port"), why.
struct ProfileError
{
    QString file;
    QString key;     // empty when the problem is not about one key
    QString message; // translated sentence
    QString toString() const;
};

// Loads and validates profiles. Unknown keys, wrong types, bad ports and bad host names are
// errors, never silently replaced by defaults.
class ProfileLoader
{
public:
    static QString defaultProfilePath(); // the embedded resource
    // Returns false and fills *error when the file cannot be used.
    static bool load(const QString& path, Profile* profile, ProfileError* error);
    static bool loadFromJson(const QByteArray& json, const QString& sourceName, Profile* profile,
                             ProfileError* error);
    // A syntactically valid DNS host name or IP literal (no scheme, no port, no spaces).
    static bool isValidHost(const QString& host);
    // Redacted JSON of a profile for reports (credentials replaced).
    static QByteArray toRedactedJson(const Profile& profile);
};

} // namespace easyuc
