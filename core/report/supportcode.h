#pragma once

#include "../engine/status.h"

#include <QList>
#include <QString>

namespace easyuc {

struct Report;

// The support code: a run's statuses in a few characters a person can read over the phone,
// "EUC-7K2-F9Q-4MX" (format version + R1…R16, then a check character).
// Format 1 carried R1…R15; format 2 adds R16. Both are read; only the newest is written.
class SupportCode
{
public:
    static constexpr int kFormatVersion = 2;
    static constexpr int kRequirementCount = 16;
    // The requirement count of each format: index = version.
    static int requirementCount(int formatVersion);
    // Characters with no look-alikes: no 0/O, 1/I/L.
    static constexpr const char* kAlphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    // The code of a finished run; a requirement missing from the run counts as not run.
    static QString encode(const Report& report);
    // The code for statuses of R1…R16 in order (missing ones count as not run). `version` 1
    // writes the old format (R1…R15), for tests and comparisons.
    static QString encode(const QList<Status>& statuses, int version = kFormatVersion);
    // Reads a code of any known format (case, spaces, dashes and the EUC prefix are forgiven):
    // *statuses gets as many entries as that format carries (15 or 16). On failure returns false
    // with a translated sentence in *error. *version, when given, gets the format read.
    static bool decode(const QString& code, QList<Status>* statuses, QString* error,
                       int* version = nullptr);
};

} // namespace easyuc
