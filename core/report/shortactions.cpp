#include "shortactions.h"

#include "../engine/catalogue.h"
#include "../engine/report.h"
#include "textreport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace easyuc {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ShortAction)
};

struct Action
{
    const char* id;
    const char* text;
};

// One line each; the checks' own advice (remediation) carries the detail and the addresses.
constexpr Action kActions[] = {
    {"internet.access",
     QT_TRANSLATE_NOOP("ShortAction", "Check the cable or Wi-Fi and the DNS settings, then allow "
                                      "outgoing HTTPS (TCP 443).")},
    {"pbx.dns", QT_TRANSLATE_NOOP("ShortAction", "Check the PBX name as typed, then the DNS "
                                                 "servers of this network.")},
    {"pbx.https", QT_TRANSLATE_NOOP("ShortAction", "Allow outgoing HTTPS to the PBX and exclude "
                                                   "it from SSL/TLS inspection.")},
    {"pbx.webrtc", QT_TRANSLATE_NOOP("ShortAction", "Allow secure WebSocket traffic to the PBX's "
                                                    "WebRTC port, without SSL inspection.")},
    {"pbx.rtp", QT_TRANSLATE_NOOP("ShortAction", "Allow outgoing UDP to the PBX on the RTP port "
                                                 "range, with the replies.")},
    {"pbx.webcti",
     QT_TRANSLATE_NOOP("ShortAction", "Allow outgoing TCP to the PBX's WebCTI port.")},
    {"domains.reach", QT_TRANSLATE_NOOP("ShortAction", "Allow outgoing HTTPS to the Proxima "
                                                       "domains and their subdomains.")},
    {"stun.binding", QT_TRANSLATE_NOOP("ShortAction", "Allow outgoing UDP to the STUN servers.")},
    {"turn.reach", QT_TRANSLATE_NOOP("ShortAction", "Allow outgoing UDP, TCP and TLS to the TURN "
                                                    "servers; check the TURN credentials.")},
    {"firewall.sip-alg", QT_TRANSLATE_NOOP("ShortAction", "Turn off the SIP ALG (SIP helper, SIP "
                                                          "inspection) of the router or "
                                                          "firewall.")},
    {"firewall.nat",
     QT_TRANSLATE_NOOP("ShortAction", "Set the router to keep the source port "
                                      "(endpoint-independent mapping); keep TURN reachable.")},
    {"firewall.mtu",
     QT_TRANSLATE_NOOP("ShortAction", "Let ICMP “fragmentation needed” through and ask the "
                                      "provider about the line's MTU.")},
    {"firewall.public-ip",
     QT_TRANSLATE_NOOP("ShortAction", "Make traffic to the PBX and the STUN/TURN servers leave "
                                      "from one public address.")},
    {"tls.interception",
     QT_TRANSLATE_NOOP("ShortAction", "Turn off HTTPS inspection for the Proxima names in the "
                                      "firewall, proxy or antivirus.")},
    {"media.quality",
     QT_TRANSLATE_NOOP("ShortAction", "Avoid weak Wi-Fi and saturated links; ask the provider "
                                      "about the line quality.")},
    {"system.clock", QT_TRANSLATE_NOOP("ShortAction", "Set this computer to set its date and "
                                                      "time automatically.")},
};

} // namespace

QString shortAction(const QString& id)
{
    for (const Action& a : kActions)
        if (id == QLatin1String(a.id))
            return Tr::tr(a.text);
    return {};
}

QString shortActionLine(const QString& id, Status status)
{
    const RequirementInfo* info = findRequirement(id);
    const QString label = info ? info->label() : id;
    const QString title = info ? info->title() : id;
    const QString action = shortAction(id);
    const QString head =
        Tr::tr("%1 %2 — %3 %4").arg(label, title, statusGlyph(status), statusWord(status));
    if (status == Status::Skipped || action.isEmpty())
        return head;
    return Tr::tr("%1: %2").arg(head, action);
}

QString clipboardSummary(const Report& report, const QString& supportCode)
{
    QStringList lines;
    lines << Tr::tr("Easy UC network diagnosis, %1 (PBX: %2)")
                 .arg(QLocale().toString(report.startedAt.toLocalTime(), QLocale::ShortFormat),
                      report.pbx.isEmpty() ? Tr::tr("not given") : report.pbx);
    lines << Tr::tr("Result: %1 %2 — %3")
                 .arg(statusGlyph(report.overall), statusWord(report.overall),
                      TextReport::verdictSentence(report));
    if (!supportCode.isEmpty())
        lines << Tr::tr("Support code: %1").arg(supportCode);
    QStringList todo;
    for (const ReportEntry& e : report.entries)
        if (e.result.status == Status::Fail || e.result.status == Status::Warn ||
            e.result.status == Status::Error)
            todo << shortActionLine(e.result.id, e.result.status);
    if (!todo.isEmpty())
        lines << QString() << Tr::tr("What to do:") << todo;
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace easyuc
