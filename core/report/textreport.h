#pragma once

#include "../engine/result.h"

#include <QString>

namespace easyuc {

struct Report;

// Plain-text renderings for terminals, the clipboard and e-mail.
class TextReport
{
public:
    // "✓ OK" padded to the widest status word of the current language.
    static QString statusCell(Status status);
    // One line for a finished requirement: "R3  ✓ OK       PBX web access … — summary (120 ms)".
    static QString requirementLine(const RequirementResult& result);
    // The overall verdict in one sentence, e.g. "3 problems found."
    static QString verdictSentence(const Report& report);
    // The whole report: header, one block per requirement with items and advice.
    static QString write(const Report& report);
};

} // namespace easyuc
