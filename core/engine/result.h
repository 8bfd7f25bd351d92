#pragma once

#include "status.h"

#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>

namespace easyuc {

// One fact learned while checking: "address" = "203.0.113.10", "tls.protocol" = "TLSv1.3".
// Values are raw network data and must be escaped by whoever renders them.
struct Evidence
{
    QString key;
    QString value;
    friend bool operator==(const Evidence&, const Evidence&) = default;
};

// One target inside a requirement: a domain, a TURN transport, a sampled port…
struct ResultItem
{
    QString target;
    Status status = Status::Skipped;
    QString summary;
    friend bool operator==(const ResultItem&, const ResultItem&) = default;
};

// The value a check produces once: what was measured and what it means.
struct RequirementResult
{
    QString id;
    Status status = Status::Skipped;
    QString summary; // one translated sentence
    QList<ResultItem> items;
    QList<Evidence> evidence; // ordered as learned
    QString remediation;      // translated: what to change; empty when nothing to do
    qint64 durationMs = 0;
    // false: left out by --only. Shown as "Not selected", never weighs in the overall verdict.
    bool selected = true;

    void addEvidence(const QString& key, const QString& value) { evidence.append({key, value}); }
    // The value of the first evidence entry with this key, or an empty string.
    QString evidenceValue(const QString& key) const;
    // Status of the item naming this target, or Skipped when there is none.
    const ResultItem* item(const QString& target) const;
};

// The status word people see for a result: statusWord(), or "Not selected" for a requirement
// left out by --only.
QString resultStatusWord(const RequirementResult& result);
// "Not selected", translated.
QString notSelectedWord();

} // namespace easyuc

Q_DECLARE_METATYPE(easyuc::RequirementResult)
