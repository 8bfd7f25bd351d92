#include "clockcheck.h"

#include "clockfacts.h"

namespace easyuc {

ClockCheck::ClockCheck(QObject* parent) : Check(QStringLiteral("system.clock"), parent) {}

void ClockCheck::run(RunContext& context)
{
    const QList<ClockSample> samples = context.clockSamples();
    const ClockEstimate clock = estimateClock(samples);
    RequirementResult r;
    const QDateTime localNow = QDateTime::currentDateTimeUtc();
    r.addEvidence(QStringLiteral("localTime"), localNow.toString(Qt::ISODate));

    // The refusals the clock alone explains: the chain is fine at the server's own time.
    QStringList explained;
    QStringList outsideWindow;
    for (const ClockSample& s : samples) {
        if (s.serverTime.isValid())
            r.addEvidence(s.server + QStringLiteral(" date"), s.dateHeader);
        if (!s.rejectedForDate)
            continue;
        r.addEvidence(s.server + QStringLiteral(" certificate.validity"),
                      QStringLiteral("%1 / %2").arg(s.validFrom.toString(Qt::ISODate),
                                                    s.validUntil.toString(Qt::ISODate)));
        const QDateTime serverTime =
            s.serverTime.isValid()
                ? s.serverTime
                : (clock.known ? s.localTime.addMSecs(clock.offsetMs) : QDateTime());
        if (serverTime.isValid() && s.validFrom <= serverTime && serverTime <= s.validUntil)
            explained.append(s.server);
        else if (!serverTime.isValid())
            outsideWindow.append(s.server);
    }

    if (!clock.known) {
        r.status = Status::Warn;
        if (!outsideWindow.isEmpty()) {
            r.summary = tr("Not proven: no server told its time, but this computer's date (%1) "
                           "lies outside the validity of the certificates of %2.")
                            .arg(dateText(localNow), outsideWindow.join(QStringLiteral(", ")));
        } else {
            r.summary = tr("Not proven: no server answered with its date and time, so the clock "
                           "of this computer could not be compared.");
        }
        r.remediation = tr("Make sure the PBX and the Proxima domains can be reached (see the "
                           "other requirements), then run the test again. %1")
                            .arg(setClockAdvice());
        finish(r);
        return;
    }

    const qint64 offsetS = qRound64(double(clock.offsetMs) / 1000.0);
    const QDateTime serverNow = localNow.addMSecs(clock.offsetMs);
    r.addEvidence(QStringLiteral("serverTime"), serverNow.toString(Qt::ISODate));
    r.addEvidence(QStringLiteral("offsetSeconds"), QString::number(offsetS));
    r.addEvidence(QStringLiteral("servers"), clock.servers.join(QStringLiteral(", ")));
    // The offset is the servers' time minus ours: positive means this clock is late.
    const QString gap = offsetS > 0 ? tr("%1 behind").arg(offsetText(offsetS))
                                    : tr("%1 ahead").arg(offsetText(offsetS));
    const QString servers = tr("%n server(s)", "", int(clock.servers.size()));

    if (!explained.isEmpty() || qAbs(offsetS) > kFailSeconds) {
        r.status = Status::Fail;
        r.summary = tr("The clock of this computer is wrong: it says %1, %n server(s) say %2 "
                       "(%3).",
                       "", int(clock.servers.size()))
                        .arg(dateText(localNow), dateText(serverNow), gap);
        if (!explained.isEmpty())
            r.summary += QLatin1Char(' ') + tr("Because of it the certificates of %1 are refused.")
                                                .arg(explained.join(QStringLiteral(", ")));
        r.remediation = setClockAdvice();
    } else if (qAbs(offsetS) > kPassSeconds) {
        r.status = Status::Warn;
        r.summary = tr("The clock of this computer is %1 compared with the servers' time "
                       "(%2): set the time automatically.")
                        .arg(gap, servers);
        r.remediation = setClockAdvice();
    } else {
        r.status = Status::Pass;
        r.summary = tr("The clock of this computer is right: within %1 of the servers' time "
                       "(%2).")
                        .arg(offsetText(offsetS), servers);
    }
    finish(r);
}

} // namespace easyuc
