#pragma once

#include "../profile/profile.h"

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
    // Time a probe may spend inside a check so that the check concludes before its deadline.
    int probeBudgetMs() const;

    QList<QHostAddress> pbxAddresses() const { return m_pbxAddresses; }
    void setPbxAddresses(const QList<QHostAddress>& addresses) { m_pbxAddresses = addresses; }

    // Public addresses seen from outside (STUN mapped addresses, received= …), with the flow
    // that saw each: "stun.example.net:3478/udp" → "198.51.100.7".
    void addPublicAddress(const QString& flow, const QHostAddress& address);
    QMap<QString, QHostAddress> publicAddresses() const { return m_publicAddresses; }

    // The roots of profile.trust.system (what this machine trusts) and trust.reference (the
    // bundled public roots), loaded once per run. Empty with *error set when unusable.
    QList<QSslCertificate> systemRoots(QString* error = nullptr);
    QList<QSslCertificate> referenceRoots(QString* error = nullptr);

private:
    struct Store
    {
        bool loaded = false;
        QList<QSslCertificate> roots;
        QString error;
    };
    QList<QSslCertificate> roots(Store& store, const QString& spec, QString* error);

    Store m_system;
    Store m_reference;
    Profile m_profile;
    QList<QHostAddress> m_pbxAddresses;
    QMap<QString, QHostAddress> m_publicAddresses;
};

} // namespace easyuc
