#pragma once

#include "../profile/profile.h"
#include "core/engine/calltest.h"
#include "core/probes/truststore.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QMap>
#include <QObject>
#include <QSslCertificate>

namespace easyuc {

// One answer that tells what time a server thinks it is (an HTTP Date header), with what this
// computer's clock said when it arrived and the validity window of the certificate presented.
struct ClockSample
{
    QString server;               // "pbx.example.com:443"
    QString dateHeader;           // raw, as received
    QDateTime serverTime;         // the Date header in UTC; invalid when absent or unreadable
    QDateTime localTime;          // this computer's clock (UTC) when the answer arrived
    QDateTime validFrom;          // the presented chain's common validity window (UTC);
    QDateTime validUntil;         //   invalid without TLS
    bool rejectedForDate = false; // this computer refused the chain for its dates alone
};

// Facts shared by the checks of one run: what one check learns, later ones use. Lives on the
// runner's thread; checks read and write it from their own slots only.
class RunContext : public QObject
{
    Q_OBJECT
public:
    explicit RunContext(Profile profile, QObject* parent = nullptr);

    const Profile& profile() const { return m_profile; }
    int checkTimeoutMs() const { return m_profile.checkTimeoutMs; }

    QList<QHostAddress> pbxAddresses() const { return m_pbxAddresses; }
    void setPbxAddresses(const QList<QHostAddress>& addresses) { m_pbxAddresses = addresses; }

    // Public addresses seen from outside (STUN mapped addresses, received= …), with the flow
    // that saw each: "stun.example.net:3478/udp" → "198.51.100.7".
    void addPublicAddress(const QString& flow, const QHostAddress& address);
    QMap<QString, QHostAddress> publicAddresses() const { return m_publicAddresses; }

    // The roots of profile.trust.system (what this machine trusts) and trust.reference (the
    // bundled public roots), loaded once per run. Empty with *error set when unusable.
    TrustRoots systemRoots(QString* error = nullptr);
    TrustRoots referenceRoots(QString* error = nullptr);

    // ICMP errors from one host are rate limited (Linux icmp_ratelimit: a burst of 6, then one
    // a second, per peer), so every probe of the run that counts on one books it here. Returns
    // the delay in ms before the error can be drawn; with `onlyIfFree`, books only when one is
    // available at once and returns -1 otherwise (a suppressed error costs the host nothing).
    int bookIcmp(const QHostAddress& host, bool onlyIfFree = false);

    // What the servers' Date headers said (collected by the checks that already talk HTTP).
    // One sample per server: R1 and R7 both reach the domains; the first answer counts.
    void addClockSample(const ClockSample& sample);
    QList<ClockSample> clockSamples() const { return m_clockSamples; }

    // Which checks belong to the run and which have finished (the runner tells), so that a
    // check can wait for facts others are still gathering.
    void setRunIds(const QStringList& ids);
    void noteFinished(const QString& id);
    // The ids among `ids` that are part of this run and have not finished yet.
    QStringList unfinished(const QStringList& ids) const;
    bool isInRun(const QString& id) const { return m_runIds.contains(id); }

    // The call test of this run (issue 14), as far as it went; R15 updates it every second.
    void setCallTest(const CallTestResult& result);
    CallTestResult callTest() const { return m_callTest; }

Q_SIGNALS:
    void checkFinished(const QString& id);
    // The growing call test, once a second while it runs and once at its end.
    void callTestUpdated(const easyuc::CallTestResult& result);

private:
    struct Store
    {
        bool loaded = false;
        TrustRoots roots;
        QString error;
    };
    TrustRoots roots(Store& store, const QString& spec, QString* error);

    Store m_system;
    Store m_reference;
    Profile m_profile;
    QList<QHostAddress> m_pbxAddresses;
    QMap<QString, QHostAddress> m_publicAddresses;
    QList<ClockSample> m_clockSamples;
    QStringList m_runIds;
    QStringList m_finishedIds;
    CallTestResult m_callTest;
    struct IcmpBucket
    {
        qint64 atMs = 0;   // time of the last booking
        double tokens = 0; // errors left at that time
    };
    QHash<QString, IcmpBucket> m_icmp;
    QElapsedTimer m_clock;
};

} // namespace easyuc
