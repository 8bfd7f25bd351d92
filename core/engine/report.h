#pragma once

#include "calltest.h"
#include "hostfacts.h"
#include "logging.h"
#include "result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace easyuc {

struct Profile;

// A network interface of the machine the diagnosis ran on.
struct InterfaceInfo
{
    QString name;
    int mtu = 0;
    QStringList addresses;
};

// What the machine looked like during the run.
struct HostInfo
{
    QString os;        // one line: product, version and kernel (kept for schema 1)
    QString osName;    // "Debian GNU/Linux 12 (bookworm)"
    QString osVersion; // "12"
    QString kernel;    // "linux 6.1.0-18-amd64"
    QString hostName;
    QList<InterfaceInfo> interfaces;
    QStringList gateways;   // default routes' next hops; empty where the OS gives no cheap answer
    QStringList dnsServers; // the resolvers this machine asks
    QString proxy;          // the system proxy for HTTPS to the PBX, without any credentials
    QString proxyError;     // raw: why the proxy is not known (the system did not answer)
    QStringList publicAddresses;
    PathInfo path;                    // issue 15: MTR-style path to the PBX
    LinkInfo link;                    // issue 15: Ethernet / Wi-Fi of the default route
    VpnInfo vpn;                      // issue 15: tunnel on the route to the PBX / STUN
    ProxyInfo proxyInfo;              // issue 15: the system proxy, structured
    QList<DnsResolverInfo> resolvers; // issue 15: each resolver's answer for the PBX

    // Reads the machine's facts; `probeHost` is the host whose system proxy is reported. The
    // proxy query blocks for at most proxyTimeoutMs; a negative value leaves it out (the
    // runner asks with a ProxyQuery of its own and calls setProxy()).
    static HostInfo collect(const QString& probeHost = {}, int proxyTimeoutMs = 3000);
    // Records the system's answer to the proxy query, or that it missed its deadline.
    void setProxy(const QString& answer, bool timedOut, int timeoutMs);
};

// One requirement in a finished run: its result plus how much it weighed.
struct ReportEntry
{
    RequirementResult result;
    Severity severity = Severity::Required;
};

// Everything a finished run produced; the input of every report writer.
struct Report
{
    QString toolName = QStringLiteral("easyuc-diag");
    QString toolVersion;
    QString runId; // issue 16: a UUID, unique per run (JSON runId, the history's key)
    QDateTime startedAt;
    qint64 durationMs = 0;
    QString profileName;
    QString pbx;
    Status overall = Status::Skipped;
    HostInfo host;
    QList<ReportEntry> entries; // in catalogue order
    CallTestResult callTest;    // issue 14: the voice-shaped call test, when it ran
    QByteArray profileJson;     // the profile used, credentials redacted (appendix)
    QStringList logTail;        // the last lines this run wrote to the log (appendix)
    // The HTML, PDF and text reports show raw evidence and the appendix (--report-detail full);
    // false: the short report (--report-detail summary). The JSON always carries everything.
    bool fullDetail = true;

    const ReportEntry* entry(const QString& id) const;
    // Fills the appendix: the redacted profile and the last lines logged since `runStart`
    // (this run's, never an earlier run's).
    void attachAppendix(const Profile& profile, LogMark runStart, int logLines = 50);
};

// DESIGN §2: fail if a required requirement fails; warn if anything warns, is skipped or
// errored, or an advisory one fails; otherwise pass. Requirements left out by --only weigh
// nothing. An empty run (or one with nothing selected) is not a pass.
Status overallStatus(const QList<ReportEntry>& entries);

// The last `maxLines` lines of a text file (empty when it cannot be read).
QStringList readTailLines(const QString& path, int maxLines);

} // namespace easyuc

Q_DECLARE_METATYPE(easyuc::Report)
