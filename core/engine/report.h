#pragma once

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
    QStringList publicAddresses;

    // Reads the machine's facts; `probeHost` is the host whose system proxy is reported.
    static HostInfo collect(const QString& probeHost = {});
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
    QDateTime startedAt;
    qint64 durationMs = 0;
    QString profileName;
    QString pbx;
    Status overall = Status::Skipped;
    HostInfo host;
    QList<ReportEntry> entries; // in catalogue order
    QByteArray profileJson;     // the profile used, credentials redacted (appendix)
    QStringList logTail;        // the last lines of the log when the run finished (appendix)

    const ReportEntry* entry(const QString& id) const;
    // Fills the appendix: the redacted profile and the tail of the log file.
    void attachAppendix(const Profile& profile, int logLines = 50);
};

// DESIGN §2: fail if a required requirement fails; warn if anything warns, is skipped or
// errored, or an advisory one fails; otherwise pass. An empty run is not a pass.
Status overallStatus(const QList<ReportEntry>& entries);

// The last `maxLines` lines of a text file (empty when it cannot be read).
QStringList readTailLines(const QString& path, int maxLines);

} // namespace easyuc

Q_DECLARE_METATYPE(easyuc::Report)
