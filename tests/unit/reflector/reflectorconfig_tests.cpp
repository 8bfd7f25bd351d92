#include "redirectecho.h"
#include "reflector.h"
#include "support/checkharness.h"

#include <QNetworkDatagram>
#include <QTemporaryDir>
#include <QUdpSocket>
#include <QtEndian>
#include <gtest/gtest.h>

#ifdef Q_OS_LINUX
#include <sys/socket.h>
#endif

using namespace easyuc::reflector;
using namespace easyuc::test;

namespace {

// Writes `text` to a file in `dir` and returns its path.
QString writeFile(const QTemporaryDir& dir, const QByteArray& text)
{
    const QString path = dir.filePath(QStringLiteral("easyuc-reflector.conf"));
    QFile f(path);
    f.open(QIODevice::WriteOnly | QIODevice::Truncate);
    f.write(text);
    return path;
}

bool parse(const QStringList& args, ReflectorConfig* config, QString* error,
           ReflectorAction* action = nullptr)
{
    ReflectorAction ignored;
    return parseReflectorArguments(QStringList{QStringLiteral("easyuc-reflector")} + args, config,
                                   action ? action : &ignored, error);
}

} // namespace

TEST(ReflectorConfigFile, ReadsEverySetting)
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, "# the packaged default, edited\n"
                                        "address = 198.51.100.11\n"
                                        "  sip-port=5062  \n"
                                        "\n"
                                        "udp-ports = 20000-20100\n"
                                        "udp-mode = redirect\n"
                                        "rate = 5.5\n"
                                        "burst = 12\n"
                                        "max-sources = 99\n"
                                        "verbose = yes\n");
    ReflectorConfig c;
    QString error;
    ASSERT_TRUE(parse({QStringLiteral("--config"), path}, &c, &error)) << error.toStdString();
    EXPECT_EQ(c.address, QHostAddress(QStringLiteral("198.51.100.11")));
    EXPECT_EQ(c.sipPort, 5062);
    EXPECT_EQ(c.firstEchoPort, 20000);
    EXPECT_EQ(c.lastEchoPort, 20100);
    EXPECT_EQ(c.echoMode, ReflectorConfig::EchoMode::Redirect);
    EXPECT_DOUBLE_EQ(c.rate, 5.5);
    EXPECT_EQ(c.burst, 12);
    EXPECT_EQ(c.maxSources, 99);
    EXPECT_TRUE(c.verbose);
}

TEST(ReflectorConfigFile, CommandLineOverridesTheFile)
{
    QTemporaryDir dir;
    const QString path = writeFile(dir, "rate = 5\nudp-mode = redirect\n");
    ReflectorConfig c;
    QString error;
    ASSERT_TRUE(parse({QStringLiteral("--rate=7"), QStringLiteral("--config"), path,
                       QStringLiteral("--udp-mode"), QStringLiteral("sockets")},
                      &c, &error))
        << error.toStdString();
    EXPECT_DOUBLE_EQ(c.rate, 7);
    EXPECT_EQ(c.echoMode, ReflectorConfig::EchoMode::Sockets);
}

TEST(ReflectorConfigFile, ErrorsNameTheFileTheLineAndTheKey)
{
    QTemporaryDir dir;
    const struct
    {
        QByteArray text;
        QString expected;
    } cases[] = {
        {"rate = 5\nport = 5060\n", QStringLiteral(":2: Unknown setting \"port\" (known: address")},
        {"\n\nrate = fast\n", QStringLiteral(":3: \"fast\" is not a rate between 0.1 and 100000.")},
        {"udp-ports = 30000-20000\n", QStringLiteral(":1: \"30000-20000\" is not a port range")},
        {"udp-mode = tproxy\n", QStringLiteral(":1: \"tproxy\" is not a UDP mode")},
        {"verbose = 1\n", QStringLiteral(":1: \"1\" is not yes or no.")},
        {"rate 5\n", QStringLiteral(":1: expected \"key = value\", found \"rate 5\".")},
        {"rate = 5\nrate = 6\n", QStringLiteral(":2: \"rate\" is set twice.")},
    };
    for (const auto& c : cases) {
        const QString path = writeFile(dir, c.text);
        ReflectorConfig config;
        QString error;
        EXPECT_FALSE(parse({QStringLiteral("--config"), path}, &config, &error)) << c.text.data();
        EXPECT_TRUE(error.startsWith(path + c.expected)) << error.toStdString();
    }
    ReflectorConfig config;
    QString error;
    EXPECT_FALSE(parse({QStringLiteral("--config"), dir.filePath(QStringLiteral("missing"))},
                       &config, &error));
    EXPECT_TRUE(error.startsWith(QStringLiteral("Cannot read the configuration file ")))
        << error.toStdString();
    EXPECT_FALSE(parse({QStringLiteral("--port"), QStringLiteral("1")}, &config, &error));
    EXPECT_EQ(error, QStringLiteral("Unknown option --port (see --help)."));
}

TEST(ReflectorConfigFile, RedirectModeRefusesSettingsItCannotHonour)
{
    ReflectorConfig c;
    QString error;
    EXPECT_FALSE(parse({QStringLiteral("--udp-mode=redirect"), QStringLiteral("--sip-port=20000")},
                       &c, &error));
    EXPECT_EQ(error, QStringLiteral(
                         "udp-mode redirect: the SIP port 20000 must lie outside the UDP range."));
    ReflectorConfig v6;
    EXPECT_FALSE(
        parse({QStringLiteral("--udp-mode=redirect"), QStringLiteral("--address=2001:db8::1")}, &v6,
              &error));
    EXPECT_EQ(error, QStringLiteral("udp-mode redirect works on IPv4 addresses only."));
    ReflectorConfig nothing;
    EXPECT_FALSE(parse({QStringLiteral("--sip-port=0"), QStringLiteral("--udp-ports=none")},
                       &nothing, &error));
}

TEST(ReflectorNftRules, OnlyInRedirectModeAndOnlyTheirOwnTable)
{
    ReflectorConfig c;
    EXPECT_TRUE(reflectorNftRules(c).isEmpty());
    c.echoMode = ReflectorConfig::EchoMode::Redirect;
    const QString any = reflectorNftRules(c);
    EXPECT_TRUE(any.contains(QStringLiteral("fib daddr type local udp dport 16384-32768 meta mark "
                                            "set @th,0,32 and 0xffff")))
        << any.toStdString();
    EXPECT_TRUE(any.contains(
        QStringLiteral("fib daddr type local udp dport 16385-32768 redirect to :16384")));
    c.address = QHostAddress(QStringLiteral("198.51.100.11"));
    const QString one = reflectorNftRules(c);
    EXPECT_TRUE(one.contains(QStringLiteral("ip daddr 198.51.100.11 udp dport 16385-32768 dnat to "
                                            "198.51.100.11:16384")))
        << one.toStdString();
    // Every table statement names the reflector's own table: nothing else is flushed.
    for (const QString& line : one.split(QLatin1Char('\n'))) {
        if (line.startsWith(QStringLiteral("table")) || line.startsWith(QStringLiteral("delete"))) {
            EXPECT_TRUE(line.contains(QStringLiteral("table ip easyuc_reflector")))
                << line.toStdString();
        }
    }
    c.lastEchoPort = c.firstEchoPort;
    EXPECT_FALSE(reflectorNftRules(c).contains(QStringLiteral("dnat")));
}

TEST(ReflectorRedirect, OriginalPortFromTheMarkTheRulesSet)
{
    // The rule copies the header bytes 00 00 <port high> <port low> into the mark's memory.
    EXPECT_EQ(originalPortFromMark(qToBigEndian(quint32(20000))), 20000);
    EXPECT_EQ(originalPortFromMark(qToBigEndian(quint32(32768))), 32768);
    EXPECT_EQ(originalPortFromMark(0), 0);
    EXPECT_EQ(originalPortFromMark(qToBigEndian(quint32(0x10000 | 20000))), 0); // a foreign mark
}

#ifdef Q_OS_LINUX
// The one socket answers a datagram whose mark names a port of the range, as the nftables rules
// would mark it, and nothing that carries no such mark. Setting a mark on the sending socket
// needs CAP_NET_ADMIN: without it the test is skipped (the lab covers the real rules).
TEST(ReflectorRedirect, AnswersOnlyDatagramsMarkedWithAPortOfTheRange)
{
    QUdpSocket probe;
    ASSERT_TRUE(probe.bind(QHostAddress::LocalHost, 0));
    const quint16 first = probe.localPort();
    probe.close();
    ReflectorConfig config;
    config.address = QHostAddress::LocalHost;
    config.sip = false;
    config.echoMode = ReflectorConfig::EchoMode::Redirect;
    config.firstEchoPort = first;
    config.lastEchoPort = quint16(qMin(65535, first + 10));
    Reflector reflector(config);
    QString error;
    ASSERT_TRUE(reflector.start(&error)) << error.toStdString();
    ASSERT_EQ(reflector.echoPorts(), QList<quint16>{first});

    QUdpSocket client;
    ASSERT_TRUE(client.bind(QHostAddress::LocalHost, 0));
    QList<QByteArray> got;
    QObject::connect(&client, &QUdpSocket::readyRead, [&] {
        while (client.hasPendingDatagrams())
            got.append(client.receiveDatagram().data());
    });
    const auto sendMarked = [&](quint32 mark, const QByteArray& data) {
        return setsockopt(int(client.socketDescriptor()), SOL_SOCKET, SO_MARK, &mark,
                          sizeof mark) == 0 &&
               client.writeDatagram(data, QHostAddress::LocalHost, first) == data.size();
    };
    if (!sendMarked(0, "unmarked"))
        GTEST_SKIP() << "setting SO_MARK needs CAP_NET_ADMIN";
    ASSERT_TRUE(sendMarked(qToBigEndian(quint32(config.lastEchoPort)), "in range"));
    ASSERT_TRUE(sendMarked(qToBigEndian(quint32(first - 1)), "below the range"));
    waitFor([&] { return reflector.stats().received >= 3; }, 3000);
    waitFor([] { return false; }, 100);
    EXPECT_EQ(got, QList<QByteArray>{"in range"});
    EXPECT_EQ(reflector.stats().unknownPort, 2u);
    EXPECT_EQ(reflector.stats().answered, 1u);
}
#endif
