#pragma once

#include "status.h"

#include <QList>
#include <QString>

namespace easyuc {

// Where a requirement sits in the vendor's list (seed sections A, B, C).
enum class RequirementGroup
{
    InternetAccess,
    FirewallRouter,
    TlsFiltering
};

// A requirement of the catalogue (DESIGN §3). Ids and numbers are contracts: never renumber.
struct RequirementInfo
{
    QString id;     // "pbx.https"
    int number = 0; // 3 → shown as "R3"
    RequirementGroup group = RequirementGroup::InternetAccess;
    Severity defaultSeverity = Severity::Required;
    QString seedRef; // "A #1"
    QStringList dependsOn;
    // Checks whose findings this one reads; it waits for them but runs whatever they found.
    QStringList runsAfter;

    QString label() const { return QStringLiteral("R%1").arg(number); }
    QString title() const;       // translated, short: "PBX web access (HTTPS 443)"
    QString description() const; // translated: what is measured, one sentence
};

// The whole catalogue, ordered by number.
const QList<RequirementInfo>& requirementCatalogue();
// The entry for an id, or nullptr.
const RequirementInfo* findRequirement(const QString& id);
QString groupTitle(RequirementGroup group);
// Every id of the catalogue, in order.
QStringList knownRequirementIds();
// The ids in `ids` that the catalogue does not know.
QStringList unknownRequirementIds(const QStringList& ids);
// The id a person typed: the id itself ("firewall.sip-alg") or its number ("R10", "r10");
// empty when neither.
QString requirementIdFor(const QString& typed);

} // namespace easyuc
