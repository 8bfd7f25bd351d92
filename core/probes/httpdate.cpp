#include "httpdate.h"

#include <QRegularExpression>
#include <QStringList>

namespace easyuc {

namespace {
int monthNumber(const QString& name)
{
    static const QStringList kMonths{
        QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"), QStringLiteral("apr"),
        QStringLiteral("may"), QStringLiteral("jun"), QStringLiteral("jul"), QStringLiteral("aug"),
        QStringLiteral("sep"), QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec")};
    return name.size() == 3 ? int(kMonths.indexOf(name.toLower())) + 1 : 0;
}

QTime timeOfDay(const QString& text)
{
    const QStringList parts = text.split(QLatin1Char(':'));
    if (parts.size() != 3)
        return {};
    bool okH = false, okM = false, okS = false;
    const int h = parts.at(0).toInt(&okH);
    const int m = parts.at(1).toInt(&okM);
    const int s = parts.at(2).toInt(&okS);
    if (!okH || !okM || !okS || parts.at(0).size() != 2 || parts.at(1).size() != 2 ||
        parts.at(2).size() != 2)
        return {};
    return QTime(h, m, s);
}
} // namespace

QDateTime parseHttpDate(const QString& text)
{
    if (text.size() > 64)
        return {};
    QString flat = text;
    flat.replace(QLatin1Char(','), QLatin1Char(' ')).replace(QLatin1Char('-'), QLatin1Char(' '));
    QStringList t = flat.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    if (t.size() < 5)
        return {};
    t.removeFirst(); // the day of the week says nothing the date does not
    int day = 0;
    int month = 0;
    int year = 0;
    QTime time;
    bool okDay = false;
    bool okYear = false;
    if (monthNumber(t.at(0)) > 0) {
        // asctime: "Nov  6 08:49:37 1994"
        if (t.size() != 4)
            return {};
        month = monthNumber(t.at(0));
        day = t.at(1).toInt(&okDay);
        time = timeOfDay(t.at(2));
        year = t.at(3).toInt(&okYear);
        if (t.at(3).size() != 4)
            return {};
    } else {
        // IMF-fixdate "06 Nov 1994 08:49:37 GMT", RFC 850 "06 Nov 94 08:49:37 GMT"
        if (t.size() != 5 || t.at(4).compare(QStringLiteral("GMT"), Qt::CaseInsensitive) != 0)
            return {};
        day = t.at(0).toInt(&okDay);
        month = monthNumber(t.at(1));
        year = t.at(2).toInt(&okYear);
        if (t.at(2).size() == 2)
            year += year < 70 ? 2000 : 1900;
        else if (t.at(2).size() != 4)
            return {};
        time = timeOfDay(t.at(3));
    }
    const QDate date(year, month, day);
    if (!okDay || !okYear || month == 0 || !date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
}

} // namespace easyuc
