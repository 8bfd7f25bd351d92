#pragma once

#include "../engine/status.h"

#include <QList>
#include <QString>

namespace easyuc {

struct Report;

// The support code: a run's statuses in a few characters a person can read over the phone,
// "EUC-7K2-F9Q-4MX" (format version + R1…R15, then a check character).
class SupportCode
{
public:
    static constexpr int kFormatVersion = 1;
    static constexpr int kRequirementCount = 15;
    // Characters with no look-alikes: no 0/O, 1/I/L.
    static constexpr const char* kAlphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    // The code of a finished run; a requirement missing from the run counts as not run.
    static QString encode(const Report& report);
    // The code for statuses of R1…R15 in order (missing ones count as not run).
    static QString encode(const QList<Status>& statuses);
    // Reads a code (case, spaces, dashes and the EUC prefix are forgiven). On failure returns
    // false with a translated sentence in *error.
    static bool decode(const QString& code, QList<Status>* statuses, QString* error);
};

} // namespace easyuc
