// The portable parsers of the host facts: a fake /sys/class/net, /proc/net/wireless lines,
// proxy environment variables, Wi-Fi bands.
#include "core/platform/hostnet.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace easyuc::platform;

namespace {
void write(const QString& path, const QByteArray& text)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(text);
}

InterfaceKind kindOf(const QString& root, const QString& name, const QByteArray& type,
                     const QByteArray& uevent = {}, const QString& extra = {})
{
    write(root + QLatin1Char('/') + name + QStringLiteral("/type"), type + '\n');
    write(root + QLatin1Char('/') + name + QStringLiteral("/uevent"),
          "INTERFACE=" + name.toUtf8() + '\n' + uevent);
    if (!extra.isEmpty())
        write(root + QLatin1Char('/') + name + QLatin1Char('/') + extra, "0x1002\n");
    return classifySysfsInterface(root, name);
}
} // namespace

TEST(HostNet, ClassifiesInterfacesFromSysfs)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString root = dir.path();
    InterfaceKind k = kindOf(root, QStringLiteral("eth0"), "1");
    EXPECT_EQ(k.type, QStringLiteral("ethernet"));
    EXPECT_TRUE(k.tunnel.isEmpty());
    k = kindOf(root, QStringLiteral("wlan0"), "1", "DEVTYPE=wlan\n", QStringLiteral("wireless/x"));
    EXPECT_EQ(k.type, QStringLiteral("wifi"));
    k = kindOf(root, QStringLiteral("wlp2s0"), "1", {}, QStringLiteral("phy80211/name"));
    EXPECT_EQ(k.type, QStringLiteral("wifi"));
    k = kindOf(root, QStringLiteral("tun0"), "65534", {}, QStringLiteral("tun_flags"));
    EXPECT_EQ(k.tunnel, QStringLiteral("tun"));
    EXPECT_EQ(k.type, QStringLiteral("other"));
    k = kindOf(root, QStringLiteral("tap0"), "1", {}, QStringLiteral("tun_flags"));
    EXPECT_EQ(k.tunnel, QStringLiteral("tap"));
    EXPECT_EQ(k.type, QStringLiteral("other"));
    EXPECT_EQ(kindOf(root, QStringLiteral("wg0"), "65534", "DEVTYPE=wireguard\n").tunnel,
              QStringLiteral("wireguard"));
    EXPECT_EQ(kindOf(root, QStringLiteral("ppp0"), "512").tunnel, QStringLiteral("ppp"));
    EXPECT_EQ(kindOf(root, QStringLiteral("gre1"), "778").tunnel, QStringLiteral("gre"));
    EXPECT_EQ(kindOf(root, QStringLiteral("ipip1"), "768").tunnel, QStringLiteral("ipip"));
    EXPECT_EQ(kindOf(root, QStringLiteral("gretap1"), "1", "DEVTYPE=gretap\n").tunnel,
              QStringLiteral("gre"));
    k = kindOf(root, QStringLiteral("lo"), "772");
    EXPECT_EQ(k.type, QStringLiteral("other"));
    EXPECT_TRUE(k.tunnel.isEmpty());
    EXPECT_TRUE(classifySysfsInterface(root, QStringLiteral("missing0")).type.isEmpty());
    EXPECT_TRUE(classifySysfsInterface(root, QString()).type.isEmpty());
}

TEST(HostNet, ReadsProcNetWireless)
{
    const QByteArray text =
        "Inter-| sta-|   Quality        |   Discarded packets               | Missed | WE\n"
        " face | tus | link level noise |  nwid  crypt   frag  retry   misc | beacon | 22\n"
        "wlp3s0: 0000   28.  -82.  -256        0      0      0      0     12        0\n"
        " wlan1: 0000   70.  200.  -256        0      0      0      0      0        0\n";
    int pct = -1;
    int dbm = 0;
    ASSERT_TRUE(parseProcNetWireless(text, QStringLiteral("wlp3s0"), &pct, &dbm));
    EXPECT_EQ(pct, 40);
    EXPECT_EQ(dbm, -82);
    ASSERT_TRUE(parseProcNetWireless(text, QStringLiteral("wlan1"), &pct, &dbm));
    EXPECT_EQ(pct, 100);
    EXPECT_EQ(dbm, -56) << "an unsigned level byte is 256 - dBm";
    EXPECT_FALSE(parseProcNetWireless(text, QStringLiteral("eth0"), &pct, &dbm));
    EXPECT_FALSE(parseProcNetWireless("garbage", QStringLiteral("wlan1"), &pct, &dbm));
}

TEST(HostNet, ProxyFromTheEnvironmentNeverCarriesCredentials)
{
    QHash<QString, QString> env;
    auto get = [&env](const char* name) { return env.value(QLatin1String(name)); };
    ProxySettings s = proxyFromEnvironment(get);
    EXPECT_EQ(s.kind, QStringLiteral("none"));
    EXPECT_TRUE(s.address.isEmpty());
    env.insert(QStringLiteral("HTTPS_PROXY"),
               QStringLiteral("http://user:s3cret@proxy.example:3128/"));
    s = proxyFromEnvironment(get);
    EXPECT_EQ(s.kind, QStringLiteral("manual"));
    EXPECT_EQ(s.address, QStringLiteral("proxy.example:3128"));
    EXPECT_EQ(s.source, QStringLiteral("the HTTPS_PROXY variable"));
    env.insert(QStringLiteral("https_proxy"), QStringLiteral("10.0.0.1:8080"));
    s = proxyFromEnvironment(get);
    EXPECT_EQ(s.address, QStringLiteral("10.0.0.1:8080"));
    EXPECT_EQ(s.source, QStringLiteral("the https_proxy variable"));
    EXPECT_EQ(proxyHostPort(QStringLiteral("http://proxy.example")),
              QStringLiteral("proxy.example:8080"));
    EXPECT_EQ(proxyHostPort(QStringLiteral("socks5://[2001:db8::1]:1081")),
              QStringLiteral("[2001:db8::1]:1081"));
    EXPECT_TRUE(proxyHostPort(QStringLiteral("   ")).isEmpty());
}

TEST(HostNet, WifiBands)
{
    EXPECT_EQ(wifiBand(2412), QStringLiteral("2.4 GHz"));
    EXPECT_EQ(wifiBand(5180), QStringLiteral("5 GHz"));
    EXPECT_EQ(wifiBand(5955), QStringLiteral("6 GHz"));
    EXPECT_TRUE(wifiBand(0).isEmpty());
}

// The route lookup sends nothing: a loopback target leaves through the loopback interface,
// which is no tunnel.
TEST(HostNet, TheRouteToLoopbackIsNoTunnel)
{
    QString error;
    const QString name = routeInterface(QHostAddress(QHostAddress::LocalHost), &error);
#ifndef Q_OS_LINUX
    if (name.isEmpty()) // Wine's and macOS's answers for loopback vary; Linux must answer
        GTEST_SKIP() << "no loopback route here: " << error.toStdString();
#endif
    ASSERT_FALSE(name.isEmpty()) << error.toStdString();
    EXPECT_TRUE(interfaceKind(name).tunnel.isEmpty()) << name.toStdString();
    EXPECT_TRUE(routeInterface(QHostAddress(), &error).isEmpty());
    EXPECT_FALSE(error.isEmpty());
}
