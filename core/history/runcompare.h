#pragma once

#include "core/engine/status.h"

#include <QList>
#include <QString>

namespace easyuc {

struct Report;

// One row of a side-by-side of two runs: a requirement's status, or a key figure.
struct CompareRow
{
    enum class Kind
    {
        Requirement,
        Figure
    };
    Kind kind = Kind::Requirement;
    QString key;   // requirement id, or "rtt" | "jitter" | "loss" | "publicAddress" | "mtu.*"
    QString label; // "R6", or empty for a figure
    QString title; // translated
    QString before;
    QString after;
    Status statusBefore = Status::Skipped; // requirements only
    Status statusAfter = Status::Skipped;
    bool changed = false;
};

// Every requirement of either run and the key figures, changed rows first (each part in
// catalogue order, figures after requirements). A requirement changed when its status (or
// whether it was selected) differs; a figure when it appears or disappears, an address or MTU
// differs, or a timing moved beyond noise (RTT by 5 ms and 20 %, jitter by 2 ms and 20 %,
// loss by 0.5 points).
QList<CompareRow> compareRuns(const Report& before, const Report& after);

// The comparison as text for a terminal: both runs' headers, then the rows.
QString compareText(const Report& before, const Report& after);

} // namespace easyuc
