#pragma once

#include "../engine/runcontext.h"
#include "../probes/httpprobe.h"

#include <QDateTime>
#include <QList>
#include <QSslCertificate>
#include <QSslError>
#include <QString>

namespace easyuc {

// What the date has to do with a certificate being refused, and what the servers' clocks say.
// Shared by R3, R4, R7 and R14 (which blame the clock when it alone explains a refusal) and
// R16 (which measures the clock).

// The common validity window of a presented chain: the latest start, the earliest end (UTC).
struct ValidityWindow
{
    QDateTime from;
    QDateTime until;
    bool isValid() const { return from.isValid() && until.isValid(); }
    bool contains(const QDateTime& t) const { return isValid() && from <= t && t <= until; }
};
ValidityWindow validityWindow(const QList<QSslCertificate>& chain);

// The certificate errors that count: all of them, or all but a name mismatch when the name is
// not judged (the PBX was given as an IP address).
QList<QSslError> countedErrors(const QList<QSslError>& errors, bool judgeName);
// True when there are errors and every one is about dates (expired, not yet valid).
bool onlyDateErrors(const QList<QSslError>& errors);

// The clock sample of one HTTP(S) answer (its Date header, the local time, the chain's window).
ClockSample clockSampleOf(const QString& server, const HttpResult& http, bool judgeName);

// The servers' clocks against this one: the median offset of every sample with a Date header.
struct ClockEstimate
{
    bool known = false;
    qint64 offsetMs = 0; // server time minus this computer's time
    QStringList servers;
    // What time the servers think it is now; invalid when unknown.
    QDateTime serverNow() const;
};
ClockEstimate estimateClock(const QList<ClockSample>& samples);

// "29 Nov 2026 17:20 UTC" in the current language.
QString dateText(const QDateTime& t);
// An offset for people, without sign: "3 days 2 h", "5 min 10 s", "40 s".
QString offsetText(qint64 seconds);
// How to turn on automatic date and time on Windows, macOS and Linux.
QString setClockAdvice();

// One sentence and one remedy for a chain refused for its dates alone, knowing what time the
// server says it is (invalid: unknown). `clockWrong` tells whether the server's time lies inside
// the certificate's window, so the local clock alone explains the refusal.
struct DateProblem
{
    bool clockWrong = false;
    QString summary;
    QString remediation;
};
DateProblem describeDateProblem(const QString& target, const QList<QSslCertificate>& chain,
                                const QDateTime& serverTime);

// True when `host` is an IP address literal rather than a name.
bool isAddressLiteral(const QString& host);
// The names a certificate is issued for (its DNS subject alternative names), for advice.
QStringList certificateNames(const QList<QSslCertificate>& chain);
// "Enter the PBX by its name (the certificate names …) instead of its IP address."
QString pbxByNameAdvice(const QList<QSslCertificate>& chain);

} // namespace easyuc
