// Issue 15's host facts: the advice they feed, the resolvers' agreement, and the host probe
// end to end against a loopback proxy.
#include "core/engine/checkrunner.h"
#include "core/engine/hostadvice.h"
#include "core/engine/hostprobe.h"
#include "core/engine/proxyquery.h"
#include "core/engine/runcontext.h"
#include "support/fakeconnectproxy.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <atomic>
#include <chrono>
#include <gtest/gtest.h>
#include <memory>
#include <thread>

using namespace easyuc;
using namespace easyuc::test;

namespace {
Report reportWith(std::initializer_list<std::pair<const char*, Status>> statuses)
{
    Report r;
    for (const auto& [id, status] : statuses) {
        ReportEntry e;
        e.result.id = QString::fromLatin1(id);
        e.result.status = status;
        e.result.summary = QStringLiteral("as checked");
        r.entries.append(e);
    }
    return r;
}

ProxyTunnel tunnel(const char* purpose, int status, bool tls, int upgrade = 0)
{
    ProxyTunnel t;
    t.purpose = QString::fromLatin1(purpose);
    t.target = QStringLiteral("pbx.example.com:443");
    t.status = status;
    t.statusLine = QStringLiteral("HTTP/1.1 %1 x").arg(status);
    t.tlsOk = tls;
    t.upgradeStatus = upgrade;
    return t;
}

struct ProxyQueryReset
{
    ~ProxyQueryReset()
    {
        ProxyQuery::setQueryForTesting({});
        ProxyQuery::setRunTimeoutMs(3000);
    }
};
} // namespace

TEST(HostAdvice, WeakWifiAddsAdviceToAPoorR15Only)
{
    LinkInfo wifi;
    wifi.type = QStringLiteral("wifi");
    wifi.wifiSignalPct = 70;
    EXPECT_FALSE(wifiIsWeak(wifi));
    wifi.wifiSignalDbm = -72;
    EXPECT_TRUE(wifiIsWeak(wifi));
    wifi.wifiSignalDbm = 0;
    wifi.wifiSignalPct = 35;
    EXPECT_TRUE(wifiIsWeak(wifi));
    LinkInfo cable;
    cable.type = QStringLiteral("ethernet");
    EXPECT_FALSE(wifiIsWeak(cable));

    Report poor = reportWith({{"media.quality", Status::Warn}});
    poor.host.link = wifi;
    applyHostFindings(&poor);
    EXPECT_EQ(poor.entries.first().result.status, Status::Warn) << "advice never changes R15";
    EXPECT_TRUE(poor.entries.first().result.remediation.contains(QStringLiteral("network cable")));

    Report good = reportWith({{"media.quality", Status::Pass}});
    good.host.link = wifi;
    applyHostFindings(&good);
    EXPECT_TRUE(good.entries.first().result.remediation.isEmpty());

    // The call test alone can show the loss.
    good.callTest.ran = true;
    good.callTest.packetsSent = 1500;
    good.callTest.lossPct = 3.0;
    EXPECT_TRUE(callFiguresPoor(good));
    ASSERT_EQ(callAdvice(good).size(), 1) << "the call test's section can show the same note";
    EXPECT_TRUE(callAdvice(good).first().contains(QStringLiteral("35 %")));
    applyHostFindings(&good);
    EXPECT_EQ(good.entries.first().result.status, Status::Pass);
    EXPECT_TRUE(good.entries.first().result.remediation.contains(QStringLiteral("move closer")));
}

TEST(HostAdvice, VpnAdvisesSplitTunnellingWhenCallsArePoor)
{
    Report r = reportWith({{"media.quality", Status::Warn}});
    r.host.vpn.ran = true;
    r.host.vpn.active = true;
    r.host.vpn.interfaceName = QStringLiteral("tun0");
    r.host.vpn.kind = QStringLiteral("tun");
    r.host.vpn.routedTargets = {QStringLiteral("pbx"), QStringLiteral("stun")};
    applyHostFindings(&r);
    EXPECT_TRUE(r.entries.first().result.remediation.contains(QStringLiteral("split tunnelling")));
    EXPECT_TRUE(r.entries.first().result.remediation.contains(QStringLiteral("tun0")));
}

TEST(HostAdvice, TheProxiedPathDecidesOnlyWhenItDisagreesWithTheDirectOne)
{
    // Direct fails, the proxy carries it: the app (which uses the proxy) gets through → warn.
    Report r = reportWith({{"pbx.https", Status::Fail}, {"pbx.webrtc", Status::Pass}});
    r.host.proxyInfo.address = QStringLiteral("10.0.0.1:3128");
    r.host.proxyInfo.tunnels = {tunnel("pbx.https", 200, true), tunnel("pbx.webrtc", 407, false)};
    applyHostFindings(&r);
    EXPECT_EQ(r.entries.at(0).result.status, Status::Warn);
    EXPECT_TRUE(r.entries.at(0).result.summary.startsWith(
        QStringLiteral("Reachable only through the proxy 10.0.0.1:3128")));
    // Direct works, the proxy asks for a password: warn, naming the 407.
    EXPECT_EQ(r.entries.at(1).result.status, Status::Warn);
    EXPECT_TRUE(r.entries.at(1).result.summary.contains(QStringLiteral("(407)")))
        << r.entries.at(1).result.summary.toStdString();

    // Both fail: still fail. Both work (WebSocket upgraded through the tunnel): still pass.
    Report both = reportWith({{"pbx.https", Status::Fail}, {"pbx.webrtc", Status::Pass}});
    both.host.proxyInfo.tunnels = {tunnel("pbx.https", 403, false),
                                   tunnel("pbx.webrtc", 200, true, 101)};
    applyHostFindings(&both);
    EXPECT_EQ(both.entries.at(0).result.status, Status::Fail);
    EXPECT_TRUE(both.entries.at(0).result.remediation.contains(QStringLiteral("refused")));
    EXPECT_EQ(both.entries.at(1).result.status, Status::Pass);

    // TLS through the tunnel is what proves it, not the 200 alone.
    Report noTls = reportWith({{"pbx.https", Status::Fail}});
    noTls.host.proxyInfo.tunnels = {tunnel("pbx.https", 200, false)};
    applyHostFindings(&noTls);
    EXPECT_EQ(noTls.entries.at(0).result.status, Status::Fail);

    // Without a proxy nothing changes.
    Report direct = reportWith({{"pbx.https", Status::Fail}});
    applyHostFindings(&direct);
    EXPECT_EQ(direct.entries.at(0).result.status, Status::Fail);
    EXPECT_TRUE(direct.entries.at(0).result.remediation.isEmpty());
}

TEST(HostAdvice, ResolversThatDisagreeAreNamed)
{
    QList<DnsResolverInfo> r(3);
    r[0].server = QStringLiteral("192.0.2.53");
    r[0].pbxAddresses = {QStringLiteral("198.51.100.10")};
    r[1].server = QStringLiteral("192.0.2.54");
    r[1].pbxAddresses = {QStringLiteral("10.1.1.1")};
    r[2].server = QStringLiteral("192.0.2.55");
    r[2].error = QStringLiteral("no answer within 2000 ms");
    HostProbe::markAgreement(&r, {QHostAddress(QStringLiteral("198.51.100.10"))});
    EXPECT_TRUE(r[0].agrees);
    EXPECT_FALSE(r[1].agrees);
    EXPECT_TRUE(r[2].agrees) << "a failure is named by its error, not as a disagreement";

    Report report = reportWith({{"pbx.dns", Status::Pass}});
    report.host.resolvers = r;
    applyHostFindings(&report);
    const QString advice = report.entries.first().result.remediation;
    EXPECT_TRUE(advice.contains(QStringLiteral("192.0.2.54 answers differently (10.1.1.1)")))
        << advice.toStdString();
    EXPECT_TRUE(advice.contains(QStringLiteral("192.0.2.55 failed")));
    EXPECT_EQ(report.entries.first().result.status, Status::Pass);

    // Order does not matter; NXDOMAIN against addresses does.
    QList<DnsResolverInfo> same(2);
    same[0].pbxAddresses = {QStringLiteral("2001:db8::1"), QStringLiteral("192.0.2.1")};
    same[1].pbxAddresses = {QStringLiteral("192.0.2.1"), QStringLiteral("2001:db8::1")};
    HostProbe::markAgreement(&same, {});
    EXPECT_TRUE(same[0].agrees && same[1].agrees);
    QList<DnsResolverInfo> nx(2);
    nx[0].pbxAddresses = {QStringLiteral("192.0.2.1")};
    nx[1].error = QStringLiteral("NXDOMAIN");
    HostProbe::markAgreement(&nx, {QHostAddress(QStringLiteral("192.0.2.1"))});
    EXPECT_TRUE(nx[0].agrees);
    EXPECT_FALSE(nx[1].agrees);
}

// The host probe end to end: the system's proxy (a loopback CONNECT proxy answering 407) is
// tested for the PBX's 443 and 7443 and each domain, within the budget.
TEST(HostProbe, TestsThePbxAndTheDomainsThroughTheSystemProxy)
{
    qRegisterMetaType<easyuc::HostFacts>();
    ProxyQueryReset reset;
    FakeConnectProxy proxy(FakeConnectProxy::Mode::Status);
    ASSERT_TRUE(proxy.listen());
    const QString url = QStringLiteral("http://127.0.0.1:%1").arg(proxy.port());
    ProxyQuery::setQueryForTesting([url](const QString&) { return url; });
    Profile profile;
    profile.pbx = QStringLiteral("localhost"); // resolved from the hosts file, never by DNS
    profile.domains = {QStringLiteral("nexiop.net"), QStringLiteral("myproxima.it")};
    HostProbe::setDnsServersForTesting(QStringList{QStringLiteral("127.0.0.1:9")});
    HostProbe probe;
    QSignalSpy spy(&probe, &HostProbe::finished);
    probe.start(profile, 2000, {QStringLiteral("pbx.dns")});
    ASSERT_TRUE(spy.wait(10000));
    HostProbe::setDnsServersForTesting(QStringList{});
    const HostFacts f = spy.first().first().value<HostFacts>();
    EXPECT_EQ(f.proxyAnswer, url);
    EXPECT_FALSE(f.proxyTimedOut);
    EXPECT_EQ(f.proxy.address, QStringLiteral("127.0.0.1:%1").arg(proxy.port()));
    EXPECT_FALSE(f.proxy.kind.isEmpty());
    ASSERT_EQ(f.proxy.tunnels.size(), 4);
    EXPECT_EQ(f.proxy.tunnels.at(0).target, QStringLiteral("localhost:443"));
    EXPECT_EQ(f.proxy.tunnels.at(1).target, QStringLiteral("localhost:7443"));
    EXPECT_EQ(f.proxy.tunnels.at(1).purpose, QStringLiteral("pbx.webrtc"));
    EXPECT_EQ(f.proxy.tunnels.at(3).target, QStringLiteral("myproxima.it:443"));
    for (const ProxyTunnel& t : f.proxy.tunnels)
        EXPECT_EQ(t.status, 407) << t.target.toStdString();
    EXPECT_EQ(proxy.requests().size(), 4);
    // "localhost" is never sent to a DNS server (RFC 6761).
    ASSERT_EQ(f.resolvers.size(), 1);
    EXPECT_TRUE(f.resolvers.first().error.startsWith(QStringLiteral("not asked")));
    // The route to the PBX (loopback) is no tunnel.
    EXPECT_TRUE(f.vpn.ran);
    EXPECT_FALSE(f.vpn.active);
}

// A proxy query that never answers: the host probe still ends, saying so.
TEST(HostProbe, AHangingProxyQueryEndsAtItsDeadline)
{
    ProxyQueryReset reset;
    auto release = std::make_shared<std::atomic<bool>>(false);
    ProxyQuery::setQueryForTesting([release](const QString&) {
        for (int i = 0; i < 300 && !release->load(); ++i)
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        return QString();
    });
    ProxyQuery::setRunTimeoutMs(200);
    Profile profile;
    HostProbe probe;
    QSignalSpy spy(&probe, &HostProbe::finished);
    QElapsedTimer clock;
    clock.start();
    probe.start(profile, 500, {});
    ASSERT_TRUE(spy.wait(5000));
    EXPECT_LT(clock.elapsed(), 2000);
    const HostFacts f = spy.first().first().value<HostFacts>();
    EXPECT_TRUE(f.proxyTimedOut);
    EXPECT_TRUE(f.proxy.error.contains(QStringLiteral("no answer from the system within 200 ms")));
    EXPECT_TRUE(f.proxy.tunnels.isEmpty());
    release->store(true);
}

// Stop ends the host facts at once too: a run whose proxy query hangs ends when cancelled, and
// says the run was stopped rather than that the system was slow.
TEST(HostProbe, StoppingTheRunEndsItAtOnce)
{
    ProxyQueryReset reset;
    auto release = std::make_shared<std::atomic<bool>>(false);
    ProxyQuery::setQueryForTesting([release](const QString&) {
        for (int i = 0; i < 3000 && !release->load(); ++i)
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        return QString();
    });
    ProxyQuery::setRunTimeoutMs(60000);
    CheckRunner runner;
    runner.setChecks({}, new RunContext(Profile()));
    QSignalSpy spy(&runner, &CheckRunner::runFinished);
    runner.start();
    EXPECT_FALSE(spy.wait(300)) << "the run waits for the host facts";
    QElapsedTimer clock;
    clock.start();
    runner.cancel();
    ASSERT_TRUE(spy.wait(3000));
    EXPECT_LT(clock.elapsed(), 1000);
    const Report report = spy.first().first().value<Report>();
    EXPECT_EQ(report.host.proxyError,
              QStringLiteral("the run was stopped before the system answered"));
    release->store(true);
}
