#pragma once

#include "core/engine/hostfacts.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace easyuc {

// One row of the "Path to the PBX" table, as every report and the GUI show it. Texts are raw
// (addresses and names come from the network): each writer escapes them.
struct PathRow
{
    int ttl = 0;
    QString host;    // "203.0.113.1" or "name (203.0.113.1)"; "*" when silent
    QString where;   // short zone words: "your network", "provider", "Internet", "PBX"
    QString loss;    // "30%"
    QString answers; // "7/10"
    QString rtt;     // "12.3 ms" or "–"
    double lossPct = 0;
    double rttMs = -1;
    bool lossNamed = false; // part of the loss that continues to the PBX
};

// The table's title, translated: "Path to the PBX (198.51.100.10)".
QString pathTitle(const PathInfo& path);
// Column headings, translated: hop, host, where, loss, answers, median RTT.
QStringList pathHeadings();
QList<PathRow> pathRows(const PathInfo& path);
// A compact fixed-width table for terminals, then the verdict sentence; empty when the path
// was not traced.
QStringList pathTextLines(const PathInfo& path);
// The HTML section (a table with inline loss and RTT bars drawn as cells, which both a browser
// and QTextDocument render); empty when the path was not traced.
QString pathHtml(const PathInfo& path, bool richText);

} // namespace easyuc
