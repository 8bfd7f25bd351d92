#include "registry.h"

#include "../engine/catalogue.h"
#include "../profile/profile.h"
#include "clockcheck.h"
#include "domainscheck.h"
#include "mediaqualitycheck.h"
#include "mtucheck.h"
#include "natcheck.h"
#include "pbxdnscheck.h"
#include "pbxhttpcheck.h"
#include "rtpcheck.h"
#include "sipalgcheck.h"
#include "skippedcheck.h"
#include "stunbindingcheck.h"
#include "tlsinterceptioncheck.h"
#include "turncheck.h"
#include "webrtccheck.h"

#include <QCoreApplication>
#include <functional>

namespace easyuc {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CheckRegistry)
};

using Factory = std::function<Check*()>;

// The implemented checks, by id. A catalogue id missing here is reported as not implemented.
QHash<QString, Factory> factories()
{
    QHash<QString, Factory> f;
    f.insert(QStringLiteral("internet.access"),
             [] { return new DomainsCheck(DomainsCheck::Mode::InternetAccess); });
    f.insert(QStringLiteral("pbx.dns"), [] { return new PbxDnsCheck; });
    f.insert(QStringLiteral("media.quality"), [] { return new MediaQualityCheck; });
    f.insert(QStringLiteral("stun.binding"),
             [] { return new StunBindingCheck(StunBindingCheck::Mode::Binding); });
    f.insert(QStringLiteral("firewall.public-ip"),
             [] { return new StunBindingCheck(StunBindingCheck::Mode::PublicIp); });
    f.insert(QStringLiteral("pbx.webrtc"), [] { return new WebRtcCheck; });
    f.insert(QStringLiteral("pbx.https"),
             [] { return new PbxHttpCheck(PbxHttpCheck::Kind::Https); });
    f.insert(QStringLiteral("pbx.webcti"),
             [] { return new PbxHttpCheck(PbxHttpCheck::Kind::WebCti); });
    f.insert(QStringLiteral("domains.reach"),
             [] { return new DomainsCheck(DomainsCheck::Mode::EveryDomain); });
    f.insert(QStringLiteral("tls.interception"), [] { return new TlsInterceptionCheck; });
    f.insert(QStringLiteral("turn.reach"), [] { return new TurnCheck; });
    f.insert(QStringLiteral("firewall.sip-alg"), [] { return new SipAlgCheck; });
    f.insert(QStringLiteral("firewall.nat"), [] { return new NatCheck; });
    f.insert(QStringLiteral("pbx.rtp"), [] { return new RtpCheck; });
    f.insert(QStringLiteral("firewall.mtu"), [] { return new MtuCheck; });
    f.insert(QStringLiteral("system.clock"), [] { return new ClockCheck; });
    return f;
}

bool needsPbx(const RequirementInfo& info)
{
    return info.id == QStringLiteral("pbx.dns") ||
           info.dependsOn.contains(QStringLiteral("pbx.dns"));
}

QStringList withDependencies(const QStringList& only)
{
    QStringList all = only;
    for (int i = 0; i < all.size(); ++i) {
        if (const RequirementInfo* info = findRequirement(all.at(i))) {
            // What a check runs after is where its facts come from: selected with it.
            for (const QString& dep : info->dependsOn + info->runsAfter) {
                if (!all.contains(dep))
                    all.append(dep);
            }
        }
    }
    return all;
}
} // namespace

QList<Check*> CheckRegistry::createChecks(const Profile& profile, const QStringList& only)
{
    const QStringList selected = withDependencies(only);
    const QHash<QString, Factory> known = factories();
    QList<Check*> checks;
    for (const RequirementInfo& info : requirementCatalogue()) {
        Check* check = nullptr;
        if (!only.isEmpty() && !selected.contains(info.id)) {
            auto* notSelected = new SkippedCheck(info.id, Tr::tr("Not selected for this run."));
            notSelected->setNotSelected();
            check = notSelected;
        } else if (needsPbx(info) && profile.pbx.isEmpty()) {
            check = new SkippedCheck(
                info.id, Tr::tr("No PBX address was given, so the PBX was not tested."));
        } else if (const auto it = known.constFind(info.id); it != known.cend()) {
            check = (*it)();
            check->setDependencies(info.dependsOn);
            check->setRunsAfter(info.runsAfter);
        } else {
            check = new SkippedCheck(info.id, Tr::tr("Not implemented in this version."));
        }
        check->setSeverity(profile.severity.value(info.id, info.defaultSeverity));
        checks.append(check);
    }
    // The call test (R15 with --call-test) streams after every other check has finished, so
    // their bursts (port samples, MTU probes, TURN) neither disturb its figures nor share the
    // reflector's per-source budget; its deadline grows by the call's length.
    if (profile.callTestSeconds > 0) {
        for (Check* check : checks) {
            if (check->id() != QStringLiteral("media.quality") || !known.contains(check->id()) ||
                qobject_cast<SkippedCheck*>(check))
                continue;
            QStringList others;
            for (const Check* other : checks)
                if (other != check)
                    others.append(other->id());
            check->setRunsAfter(others);
            check->setExtraTimeMs(MediaQualityCheck::callTestTimeMs(profile.callTestSeconds));
        }
    }
    return checks;
}

} // namespace easyuc
