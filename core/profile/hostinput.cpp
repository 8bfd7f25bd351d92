#include "hostinput.h"

#include "profile.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

namespace easyuc {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(HostInput)
};
} // namespace

HostInput normaliseHostInput(const QString& typed)
{
    HostInput out;
    // Spaces around are a paste's leftovers; spaces inside make it something else than a host.
    QString h = typed.trimmed();
    if (h.isEmpty())
        return out;
    // A scheme ("https://", "wss://"), then credentials, a path, a query or a fragment.
    static const QRegularExpression scheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*://"));
    h.remove(scheme);
    const qsizetype end = h.indexOf(QRegularExpression(QStringLiteral("[/?#]")));
    if (end >= 0)
        h.truncate(end);
    if (const qsizetype at = h.lastIndexOf(QLatin1Char('@')); at >= 0)
        h = h.mid(at + 1);
    // A port: "[v6]:port", or "name:port" (a bare IPv6 address has several colons).
    if (h.startsWith(QLatin1Char('['))) {
        const qsizetype close = h.indexOf(QLatin1Char(']'));
        if (close > 0)
            h = h.mid(1, close - 1);
    } else if (h.count(QLatin1Char(':')) == 1) {
        h.truncate(h.indexOf(QLatin1Char(':')));
    }
    while (h.endsWith(QLatin1Char('.')))
        h.chop(1);
    h = h.toLower();
    if (h.isEmpty() || !ProfileLoader::isValidHost(h)) {
        out.error = Tr::tr("\"%1\" is not a valid address: type a name such as pbx.example.com.")
                        .arg(typed.trimmed());
        return out;
    }
    QHostAddress address;
    out.isAddress = address.setAddress(h);
    if (out.isAddress)
        h = address.toString();
    out.host = h;
    if (h != typed.trimmed())
        out.note = Tr::tr("Using \"%1\" (taken from \"%2\").").arg(h, typed.trimmed());
    return out;
}

} // namespace easyuc
