#pragma once

#include "../profile/profile.h"
#include "core/probes/truststore.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QMap>
#include <QObject>
#include <QSslCertificate>

namespace easyuc {

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
    struct IcmpBucket
    {
        qint64 atMs = 0;   // time of the last booking
        double tokens = 0; // errors left at that time
    };
    QHash<QString, IcmpBucket> m_icmp;
    QElapsedTimer m_clock;
};

} // namespace easyuc
