#pragma once

#include "../engine/report.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace easyuc {

// One cause that explains a whole run: nothing on this network reaches the Internet.
struct RootCause
{
    QString id;      // stable: "internet.offline" (no name resolves) or "internet.blocked"
    QString summary; // translated, one sentence
    QString action;  // translated, the one thing to do
    // The requirements whose result follows from it (neither passed nor left out), by status.
    QStringList failed;
    QStringList unproven; // warn
    QStringList notRun;   // skipped, error
};

// A requirement named in the verdict, with what its result means for calls.
struct NamedRequirement
{
    QString id;
    QString label; // "R5"
    QString title; // translated
    Status status = Status::Skipped;
    QString impact; // translated, from callImpact()
};

// What the banner, the CLI summary and page 1 of every report lead with: one headline and a
// few full sentences under it, decided once here and only rendered by the front ends.
struct VerdictSummary
{
    Status overall = Status::Skipped;
    QString headline;
    std::optional<RootCause> rootCause;
    QList<NamedRequirement> problems; // failed, in catalogue order
    QList<NamedRequirement> unproven; // warned
    QList<NamedRequirement> notRun;   // skipped or errored, but selected
    QStringList lines;                // the sentences under the headline
};

// How many failed requirements the verdict names one by one with their impact.
inline constexpr int kNamedProblems = 3;

// The one cause behind the whole run, when there is one: R1 failed, nothing passed but the
// PBX's DNS, no answer-proven failure (SIP ALG, two public IPs, TLS interception, clock) and
// no certificate was seen anywhere — every target was silent or refused.
std::optional<RootCause> findRootCause(const Report& report);
// The verdict of a finished run, worded for people.
VerdictSummary summarizeVerdict(const Report& report);
// One plain sentence per requirement: what its failure means for calls and the app.
QString callImpact(const QString& id);

} // namespace easyuc
