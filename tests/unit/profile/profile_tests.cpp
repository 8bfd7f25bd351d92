#include "profile/profile.h"

#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace easyuc;

namespace {

ProfileError loadError(const QByteArray& json)
{
    Profile p;
    ProfileError e;
    EXPECT_FALSE(ProfileLoader::loadFromJson(json, QStringLiteral("bad.json"), &p, &e))
        << json.toStdString();
    return e;
}

} // namespace

TEST(Profile, EmbeddedDefaultCarriesEverySeedRequirement)
{
    Profile p;
    ProfileError e;
    ASSERT_TRUE(ProfileLoader::load(ProfileLoader::defaultProfilePath(), &p, &e))
        << e.toString().toStdString();
    EXPECT_EQ(p.schema, 1);
    EXPECT_TRUE(p.pbx.isEmpty());
    EXPECT_EQ(p.httpsPort, 443);
    EXPECT_EQ(p.webrtcPort, 7443);
    EXPECT_EQ(p.webrtcSubprotocol, QStringLiteral("sip"));
    EXPECT_EQ(p.rtpFirst, 16384);
    EXPECT_EQ(p.rtpLast, 32768);
    EXPECT_EQ(p.webctiPort, 8000);
    EXPECT_EQ(p.domains,
              QStringList({QStringLiteral("nexiop.net"), QStringLiteral("neximc.cloud"),
                           QStringLiteral("nexivoip.it"), QStringLiteral("myproxima.net"),
                           QStringLiteral("myproxima.info"), QStringLiteral("myproxima.it")}));
    ASSERT_EQ(p.stun.size(), 1);
    EXPECT_EQ(p.stun.first(), (Endpoint{QStringLiteral("global.stun.twilio.com"), 3478}));
    ASSERT_EQ(p.turn.size(), 3);
    EXPECT_EQ(p.turn.at(2).transport, TurnTransport::Tls);
    EXPECT_EQ(p.turn.at(2).port, 443);
    EXPECT_EQ(p.mtuExpected, 1500);
    EXPECT_EQ(p.checkTimeoutMs, 5000);
    EXPECT_TRUE(p.requireSct);
}

TEST(Profile, MissingKeysTakeDefaults)
{
    Profile p;
    ProfileError e;
    ASSERT_TRUE(ProfileLoader::loadFromJson(R"({"schema": 1, "pbx": "PBX.Example.com"})",
                                            QStringLiteral("min.json"), &p, &e));
    EXPECT_EQ(p.pbx, QStringLiteral("pbx.example.com"));
    EXPECT_EQ(p.domains.size(), 6);
    EXPECT_EQ(p.turn.size(), 3);
}

TEST(Profile, WrongTypeNamesTheKey)
{
    const ProfileError e = loadError(R"({"schema": 1, "rules": {"https": {"port": "x"}}})");
    EXPECT_EQ(e.key, QStringLiteral("rules.https.port"));
    EXPECT_EQ(e.file, QStringLiteral("bad.json"));
    EXPECT_TRUE(e.toString().contains(QStringLiteral("rules.https.port")));
}

TEST(Profile, UnknownKeyIsAnError)
{
    EXPECT_EQ(loadError(R"({"schema": 1, "colour": "red"})").key, QStringLiteral("colour"));
    EXPECT_EQ(loadError(R"({"schema": 1, "rules": {"rtp": {"frist": 1}}})").key,
              QStringLiteral("rules.rtp.frist"));
}

TEST(Profile, PortsOutOfRange)
{
    EXPECT_EQ(loadError(R"({"schema": 1, "rules": {"webcti": {"port": 0}}})").key,
              QStringLiteral("rules.webcti.port"));
    EXPECT_EQ(loadError(R"({"schema": 1, "rules": {"webrtc": {"port": 70000}}})").key,
              QStringLiteral("rules.webrtc.port"));
    EXPECT_EQ(loadError(R"({"schema": 1, "stun": ["stun.example.com:99999"]})").key,
              QStringLiteral("stun[0]"));
    EXPECT_EQ(loadError(R"({"schema": 1, "rules": {"rtp": {"first": 30000, "last": 20000}}})").key,
              QStringLiteral("rules.rtp.last"));
    EXPECT_EQ(loadError(R"({"schema": 1, "rules": {"https": {"port": 44.5}}})").key,
              QStringLiteral("rules.https.port"));
}

TEST(Profile, MalformedHostNames)
{
    EXPECT_EQ(loadError(R"({"schema": 1, "pbx": "https://pbx.example.com"})").key,
              QStringLiteral("pbx"));
    EXPECT_EQ(loadError(R"({"schema": 1, "pbx": "pbx example.com"})").key, QStringLiteral("pbx"));
    EXPECT_EQ(loadError(R"({"schema": 1, "domains": ["ok.net", "-bad.net"]})").key,
              QStringLiteral("domains[1]"));
    EXPECT_EQ(loadError(R"({"schema": 1, "turn": [{"host": "a..b", "transport": "udp"}]})").key,
              QStringLiteral("turn[0].host"));
    EXPECT_EQ(
        loadError(R"({"schema": 1, "turn": [{"host": "t.example", "transport": "sctp"}]})").key,
        QStringLiteral("turn[0].transport"));
}

TEST(Profile, HostValidation)
{
    EXPECT_TRUE(ProfileLoader::isValidHost(QStringLiteral("pbx.example.com")));
    EXPECT_TRUE(ProfileLoader::isValidHost(QStringLiteral("203.0.113.10")));
    EXPECT_TRUE(ProfileLoader::isValidHost(QStringLiteral("2001:db8::1")));
    EXPECT_TRUE(ProfileLoader::isValidHost(QStringLiteral("localhost")));
    EXPECT_FALSE(ProfileLoader::isValidHost(QStringLiteral("999.1.1.1")));
    EXPECT_FALSE(ProfileLoader::isValidHost(QStringLiteral("a_b.example")));
    EXPECT_FALSE(ProfileLoader::isValidHost(QStringLiteral("")));
    EXPECT_FALSE(ProfileLoader::isValidHost(QString(300, QLatin1Char('a'))));
    EXPECT_FALSE(ProfileLoader::isValidHost(QStringLiteral("pbx.example.com:443")));
}

TEST(Profile, EmptyDomainList)
{
    EXPECT_EQ(loadError(R"({"schema": 1, "domains": []})").key, QStringLiteral("domains"));
}

TEST(Profile, SchemaMissingOrWrong)
{
    EXPECT_EQ(loadError(R"({"name": "x"})").key, QStringLiteral("schema"));
    EXPECT_EQ(loadError(R"({"schema": 2})").key, QStringLiteral("schema"));
    EXPECT_FALSE(loadError(R"([1, 2])").message.isEmpty());
}

TEST(Profile, InvalidJsonReportsLineAndColumn)
{
    const ProfileError e = loadError("{\n  \"schema\": 1,\n  \"pbx\": oops\n}");
    EXPECT_TRUE(e.key.isEmpty());
    EXPECT_TRUE(e.message.contains(QStringLiteral("line 3"))) << e.message.toStdString();
    EXPECT_TRUE(e.message.contains(QStringLiteral("column"))) << e.message.toStdString();
}

TEST(Profile, UnreadableFile)
{
    Profile p;
    ProfileError e;
    EXPECT_FALSE(ProfileLoader::load(QStringLiteral("/nonexistent/profile.json"), &p, &e));
    EXPECT_EQ(e.file, QStringLiteral("/nonexistent/profile.json"));
    EXPECT_FALSE(e.message.isEmpty());
}

TEST(Profile, SeverityOverrideAndUnknownId)
{
    Profile p;
    ProfileError e;
    ASSERT_TRUE(
        ProfileLoader::loadFromJson(R"({"schema": 1, "severity": {"pbx.webcti": "advisory"}})",
                                    QStringLiteral("s.json"), &p, &e));
    EXPECT_EQ(p.severity.value(QStringLiteral("pbx.webcti")), Severity::Advisory);
    EXPECT_EQ(loadError(R"({"schema": 1, "severity": {"pbx.fax": "advisory"}})").key,
              QStringLiteral("severity.pbx.fax"));
    EXPECT_EQ(loadError(R"({"schema": 1, "severity": {"pbx.webcti": "optional"}})").key,
              QStringLiteral("severity.pbx.webcti"));
}

TEST(Profile, RedactedJsonHidesCredentials)
{
    Profile p;
    ProfileError e;
    ASSERT_TRUE(ProfileLoader::loadFromJson(
        R"({"schema": 1, "turnCredentials": {"username": "alice", "password": "s3cret-pw"}})",
        QStringLiteral("c.json"), &p, &e));
    ASSERT_TRUE(p.turnCredentials.has_value());
    const QByteArray json = ProfileLoader::toRedactedJson(p);
    EXPECT_FALSE(json.contains("s3cret-pw"));
    EXPECT_FALSE(json.contains("alice"));
    // The redacted profile is itself a valid profile (credentials aside).
    Profile again;
    EXPECT_TRUE(ProfileLoader::loadFromJson(json, QStringLiteral("r.json"), &again, &e))
        << e.toString().toStdString();
}
