#pragma once

#include "../engine/result.h"

#include <QString>
#include <QStringList>

namespace easyuc {

struct Report;
struct CallTestResult;

// Plain-text renderings for terminals, the clipboard and e-mail.
class TextReport
{
public:
    // "✓ OK" padded to the widest status word of the current language.
    static QString statusCell(Status status);
    // The same for a result: "– Not selected" for a requirement left out by --only.
    static QString statusCell(const RequirementResult& result);
    // One line for a finished requirement: "R3  ✓ OK       PBX web access … — summary (120 ms)".
    static QString requirementLine(const RequirementResult& result);
    // The overall verdict in one sentence, e.g. "3 problems found.", or the one root cause.
    static QString verdictSentence(const Report& report);
    // The sentences under the verdict: the action, the named problems and what they mean for
    // calls, what could not be proven (see VerdictSummary).
    static QStringList verdictLines(const Report& report);
    // The call test in one line ("Call test: MOS 4.39 (good) …"); empty when none was asked for.
    static QString callTestLine(const CallTestResult& call);
    // The whole report: header, one block per requirement with items and advice.
    static QString write(const Report& report);
};

} // namespace easyuc
