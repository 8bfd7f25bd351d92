#pragma once

#include <QList>
#include <QStringList>

namespace easyuc {

class Check;
struct Profile;

// Maps the catalogue's requirement ids to check objects for a profile. The only place that
// names check classes.
class CheckRegistry
{
public:
    // One check per catalogue entry, in catalogue order. Requirements outside `only` (when it
    // is not empty) become skipped checks that say so; dependencies of selected ones still run.
    static QList<Check*> createChecks(const Profile& profile, const QStringList& only = {});
};

} // namespace easyuc
