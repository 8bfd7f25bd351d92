#include "clockfacts.h"

#include "../probes/httpdate.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QLocale>
#include <algorithm>

namespace easyuc {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ClockFacts)
};
} // namespace

ValidityWindow validityWindow(const QList<QSslCertificate>& chain)
{
    ValidityWindow w;
    for (const QSslCertificate& c : chain) {
        const QDateTime from = c.effectiveDate().toUTC();
        const QDateTime until = c.expiryDate().toUTC();
        if (!from.isValid() || !until.isValid())
            continue;
        if (!w.from.isValid() || from > w.from)
            w.from = from;
        if (!w.until.isValid() || until < w.until)
            w.until = until;
    }
    return w;
}

QList<QSslError> countedErrors(const QList<QSslError>& errors, bool judgeName)
{
    if (judgeName)
        return errors;
    QList<QSslError> out;
    for (const QSslError& e : errors) {
        if (e.error() != QSslError::HostNameMismatch)
            out.append(e);
    }
    return out;
}

bool onlyDateErrors(const QList<QSslError>& errors)
{
    if (errors.isEmpty())
        return false;
    return std::all_of(errors.cbegin(), errors.cend(), [](const QSslError& e) {
        return e.error() == QSslError::CertificateExpired ||
               e.error() == QSslError::CertificateNotYetValid;
    });
}

ClockSample clockSampleOf(const QString& server, const HttpResult& http, bool judgeName)
{
    ClockSample s;
    s.server = server;
    s.dateHeader = http.date;
    s.serverTime = parseHttpDate(http.date);
    s.localTime = http.receivedAt;
    const ValidityWindow w = validityWindow(http.connection.peerChain);
    s.validFrom = w.from;
    s.validUntil = w.until;
    s.rejectedForDate = onlyDateErrors(countedErrors(http.connection.sslErrors, judgeName));
    return s;
}

QDateTime ClockEstimate::serverNow() const
{
    return known ? QDateTime::currentDateTimeUtc().addMSecs(offsetMs) : QDateTime();
}

ClockEstimate estimateClock(const QList<ClockSample>& samples)
{
    ClockEstimate e;
    QList<qint64> offsets;
    for (const ClockSample& s : samples) {
        if (!s.serverTime.isValid() || !s.localTime.isValid())
            continue;
        // A Date header is truncated to the second: its moment lies within the next second.
        offsets.append(s.localTime.msecsTo(s.serverTime) + 500);
        if (!e.servers.contains(s.server))
            e.servers.append(s.server);
    }
    if (offsets.isEmpty())
        return e;
    std::sort(offsets.begin(), offsets.end());
    e.known = true;
    e.offsetMs = offsets.at(offsets.size() / 2);
    return e;
}

QString dateText(const QDateTime& t)
{
    if (!t.isValid())
        return QString();
    return QLocale().toString(t.toUTC(), QStringLiteral("d MMM yyyy HH:mm:ss")) +
           QStringLiteral(" UTC");
}

QString offsetText(qint64 seconds)
{
    // Rounded to the smaller unit shown: a Date header is only precise to the second anyway.
    const qint64 s = qAbs(seconds);
    if (s >= 86400 - 1800) {
        const qint64 hours = (s + 1800) / 3600;
        return hours % 24 ? Tr::tr("%n day(s)", "", int(hours / 24)) + QLatin1Char(' ') +
                                Tr::tr("%n h", "", int(hours % 24))
                          : Tr::tr("%n day(s)", "", int(hours / 24));
    }
    if (s >= 3600 - 30) {
        const qint64 minutes = (s + 30) / 60;
        return minutes % 60 ? Tr::tr("%n h", "", int(minutes / 60)) + QLatin1Char(' ') +
                                  Tr::tr("%n min", "", int(minutes % 60))
                            : Tr::tr("%n h", "", int(minutes / 60));
    }
    if (s >= 60)
        return s % 60 ? Tr::tr("%n min", "", int(s / 60)) + QLatin1Char(' ') +
                            Tr::tr("%n s", "", int(s % 60))
                      : Tr::tr("%n min", "", int(s / 60));
    return Tr::tr("%n s", "", int(s));
}

QString setClockAdvice()
{
    return Tr::tr("Let this computer set its date and time automatically. Windows: Settings > "
                  "Time & language > Date & time, turn on \"Set time automatically\" and press "
                  "\"Sync now\". macOS: System Settings > General > Date & Time, turn on \"Set "
                  "time and date automatically\". Linux: turn on automatic date and time in the "
                  "desktop settings, or run \"timedatectl set-ntp true\". Check the time zone "
                  "too, then run the test again.");
}

DateProblem describeDateProblem(const QString& target, const QList<QSslCertificate>& chain,
                                const QDateTime& serverTime)
{
    DateProblem p;
    const ValidityWindow w = validityWindow(chain);
    const QString local = dateText(QDateTime::currentDateTimeUtc());
    if (!w.isValid()) {
        p.summary = Tr::tr("The certificate of %1 is refused because of its dates.").arg(target);
        p.remediation = setClockAdvice();
        return p;
    }
    if (serverTime.isValid() && w.contains(serverTime)) {
        p.clockWrong = true;
        p.summary =
            Tr::tr("The date of this computer is wrong: %1; the server's certificate is "
                   "valid from %2 to %3 (the server's date is %4), so %5 is refused "
                   "only because of this computer's clock.")
                .arg(local, dateText(w.from), dateText(w.until), dateText(serverTime), target);
        p.remediation = setClockAdvice();
        return p;
    }
    if (serverTime.isValid()) {
        p.summary = serverTime > w.until
                        ? Tr::tr("The certificate of %1 expired on %2 (the server's own date is "
                                 "%3).")
                              .arg(target, dateText(w.until), dateText(serverTime))
                        : Tr::tr("The certificate of %1 is not valid before %2 (the server's own "
                                 "date is %3).")
                              .arg(target, dateText(w.from), dateText(serverTime));
        p.remediation = Tr::tr("The server's certificate must be renewed: tell the "
                               "administrator of %1.")
                            .arg(target.section(QLatin1Char(':'), 0, 0));
        return p;
    }
    p.summary = Tr::tr("The certificate of %1 is valid from %2 to %3, which does not include "
                       "this computer's date (%4): either this computer's clock or the "
                       "certificate is wrong.")
                    .arg(target, dateText(w.from), dateText(w.until), local);
    p.remediation = Tr::tr("Check this computer's date and time first (see R16). If they are "
                           "right, the server's certificate must be renewed: tell the "
                           "administrator of %1.")
                        .arg(target.section(QLatin1Char(':'), 0, 0));
    return p;
}

bool isAddressLiteral(const QString& host)
{
    QString h = host;
    if (h.startsWith(QLatin1Char('[')) && h.endsWith(QLatin1Char(']')))
        h = h.mid(1, h.size() - 2);
    return !h.isEmpty() && !QHostAddress(h).isNull();
}

QStringList certificateNames(const QList<QSslCertificate>& chain)
{
    if (chain.isEmpty())
        return {};
    QStringList names = chain.first().subjectAlternativeNames().values(QSsl::DnsEntry);
    names.removeDuplicates();
    return names.mid(0, 5);
}

QString pbxByNameAdvice(const QList<QSslCertificate>& chain)
{
    const QStringList names = certificateNames(chain);
    if (names.isEmpty())
        return Tr::tr("Enter the PBX by its name (for example pbx.example.com) instead of its IP "
                      "address: Easy UC connects by name.");
    return Tr::tr("Enter the PBX by its name (the certificate names %1) instead of its IP "
                  "address: Easy UC connects by name.")
        .arg(names.join(QStringLiteral(", ")));
}

} // namespace easyuc
