#pragma once

#include <QString>
#include <QStringList>

namespace easyuc {

struct Report;

// The key figures of a run that history, compare and monitoring show side by side: media
// quality (from the call test when it ran, else R15's evidence), the public addresses and the
// MTU (R12's evidence). A figure that the run did not measure is negative (numbers) or empty.
struct RunFigures
{
    QString source; // "callTest" | "media.quality" | "" (none measured)
    double rttMs = -1;
    double jitterMs = -1;
    double lossPct = -1;
    QStringList publicAddresses;
    int interfaceMtu = 0;
    int pathMtu = 0; // largest size answered, or the next-hop MTU a router reported

    static RunFigures of(const Report& report);

    // For people, in the current locale: "23.4 ms", "0.5 %", "—" when not measured.
    static QString formatMs(double ms);
    static QString formatPct(double pct);
    static QString formatMtu(int bytes);
    QString addressesText() const;
};

} // namespace easyuc
