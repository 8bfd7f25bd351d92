#pragma once

#include "../engine/report.h"
#include "verdictsummary.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace easyuc {

// A label and its value, as shown in a report's header or machine section.
struct ReportField
{
    QString label;
    QString value;
};

// Evidence of one target inside a requirement ("pbx.example.com:443"); an empty title holds
// the facts that belong to the requirement as a whole.
struct EvidenceGroup
{
    QString title;
    QList<Evidence> rows; // keys without the target prefix
};

// One requirement as every format shows it.
struct RequirementView
{
    QString id;
    QString label;    // "R3"
    QString title;    // translated
    QString severity; // translated: "Required" / "Advisory"
    Status status = Status::Skipped;
    QString summary;
    QList<ResultItem> items;
    QList<EvidenceGroup> evidence;
    QString remediation; // empty when there is nothing to do
    qint64 durationMs = 0;
    bool selected = true;          // false: left out by --only ("Not selected")
    QString statusWord;            // translated: resultStatusWord()
    bool followsRootCause = false; // its result follows from the run's root cause
};

// A certificate seen in a chain: where, at which depth, and its identity.
struct CertificateView
{
    QString source; // "R14"
    QString target; // "pbx.example.com:443"
    int depth = 0;  // 0 = the server's own certificate
    QString subject;
    QString issuer;
    QString sha256;
};

// A SIP request or status line seen on the wire.
struct SipLineView
{
    QString source; // "R4"
    QString key;
    QString line;
};

// How long a requirement took, with the timings it measured ("connectMs 12").
struct TimingView
{
    QString label;
    QString title;
    qint64 durationMs = 0;
    QStringList measured;
};

// Fixed words of a report (section titles, column headers), translated.
enum class ReportLabel
{
    Title,
    Verdict,
    SupportCode,
    Overview,
    Machine,
    Interfaces,
    Details,
    Appendix,
    Items,
    Evidence,
    WhatToDo,
    Summary,
    Status,
    Requirement,
    Target,
    Value,
    Name,
    Addresses,
    Mtu,
    ProfileUsed,
    Certificates,
    SipLines,
    Timings,
    LogTail,
    Subject,
    Issuer,
    Sha256,
    Depth,
    Duration,
    Measured,
    SeenIn,
    Key,
    Line,
    NoneSeen,
    Page,
    GeneratedBy,
    SupportCodeHint,
    FollowsRootCause
};
QString reportLabel(ReportLabel label);

// The content of a report, worded and grouped once so that every format says the same.
struct ReportModel
{
    QString title;   // "Network diagnosis for Easy UC"
    QString product; // "easyuc-diag 0.1.0"
    QString date;    // long local date and time with its time zone
    QList<ReportField> header;
    Status overall = Status::Skipped;
    QString verdictSentence;
    QStringList verdictLines; // under the verdict: action, named problems, the unproven
    // Page 1's "What to do": one line per failed or unproven requirement with its action
    // (shortActionLine), after the root cause's own action; those that follow from it are left
    // out, their action is the root cause's.
    QStringList actions;
    bool fullDetail = true; // Report::fullDetail
    PathInfo path;          // Report::host.path (issue 15)
    std::optional<RootCause> rootCause;
    QString supportCode;
    QString counts; // "12 OK · 2 warnings · 1 failed"
    QList<ReportField> machine;
    QList<InterfaceInfo> interfaces;
    QList<RequirementView> requirements;
    QString profileJson; // redacted
    QList<CertificateView> certificates;
    QList<SipLineView> sipLines;
    QList<TimingView> timings;
    QStringList logTail;
    CallTestResult callTest; // issue 14: drawn as a chart when it ran

    static ReportModel build(const Report& report);
};

// A date and time for people: the locale's long form plus the UTC offset.
QString formatReportDate(const QDateTime& when);
// Evidence split by target: "<target> <key>" pairs that share a target form one group.
QList<EvidenceGroup> groupEvidence(const QList<Evidence>& evidence);
// The colour of a status, for chips and banners: "#1e8e3e"…
QString statusColorName(Status status);
// A pale background matching statusColorName().
QString statusTintName(Status status);

} // namespace easyuc
