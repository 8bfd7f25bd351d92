#include "verdictsummary.h"

#include "../engine/catalogue.h"

#include <QCoreApplication>

namespace easyuc {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Verdict)
};

const QString kInternet = QStringLiteral("internet.access");

// Requirements whose failure is only ever concluded from an answer (a SIP or STUN reply, a
// certificate chain, a Date header): such a failure proves that something got through.
bool failureNeedsAnAnswer(const QString& id)
{
    return id == QStringLiteral("firewall.sip-alg") || id == QStringLiteral("firewall.public-ip") ||
           id == QStringLiteral("tls.interception") || id == QStringLiteral("system.clock");
}

// A certificate in the evidence means a TLS server (or a device posing as one) answered.
bool sawCertificate(const RequirementResult& r)
{
    for (const Evidence& e : r.evidence) {
        if (e.key.contains(QStringLiteral("certificate"), Qt::CaseInsensitive) ||
            e.key.contains(QStringLiteral("cert["), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

NamedRequirement named(const RequirementResult& r)
{
    const RequirementInfo* info = findRequirement(r.id);
    return NamedRequirement{r.id, info ? info->label() : r.id, info ? info->title() : r.id,
                            r.status, callImpact(r.id)};
}

QString labels(const QList<NamedRequirement>& list)
{
    QStringList out;
    for (const NamedRequirement& n : list)
        out.append(n.label);
    return out.join(QStringLiteral(", "));
}

QString labelsAndTitles(const QList<NamedRequirement>& list)
{
    QStringList out;
    for (const NamedRequirement& n : list)
        out.append(QStringLiteral("%1 %2").arg(n.label, n.title));
    return out.join(QStringLiteral("; "));
}

QString impactLine(const NamedRequirement& n)
{
    return Tr::tr("%1 %2 \u2014 %3").arg(n.label, n.title, n.impact);
}
} // namespace

QString callImpact(const QString& id)
{
    static const QHash<QString, const char*> impacts{
        {QStringLiteral("internet.access"),
         QT_TRANSLATE_NOOP("Verdict",
                           "Easy UC cannot work: the app needs the Internet to sign in and call.")},
        {QStringLiteral("pbx.dns"),
         QT_TRANSLATE_NOOP("Verdict",
                           "The app cannot find the phone system, so it will not sign in.")},
        {QStringLiteral("pbx.https"),
         QT_TRANSLATE_NOOP("Verdict",
                           "The app will not sign in: the phone system's web access is blocked.")},
        {QStringLiteral("pbx.webrtc"),
         QT_TRANSLATE_NOOP("Verdict", "The app will not register, so calls can neither be made "
                                      "nor received.")},
        {QStringLiteral("pbx.rtp"),
         QT_TRANSLATE_NOOP("Verdict",
                           "Calls will connect but audio may fail (silence or one-way audio).")},
        {QStringLiteral("pbx.webcti"),
         QT_TRANSLATE_NOOP("Verdict", "Controlling a desk phone from the app will not work; calls "
                                      "in the app are not affected.")},
        {QStringLiteral("domains.reach"),
         QT_TRANSLATE_NOOP("Verdict", "Sign-in, updates or notifications of the app may fail.")},
        {QStringLiteral("stun.binding"),
         QT_TRANSLATE_NOOP("Verdict", "Calls may connect without audio: the app cannot learn its "
                                      "public address.")},
        {QStringLiteral("turn.reach"),
         QT_TRANSLATE_NOOP("Verdict", "Calls may have no audio where a direct path is blocked: "
                                      "the relay cannot be reached.")},
        {QStringLiteral("firewall.sip-alg"),
         QT_TRANSLATE_NOOP("Verdict", "Calls may drop, fail to connect or have one-way audio: a "
                                      "device rewrites call signalling.")},
        {QStringLiteral("firewall.nat"),
         QT_TRANSLATE_NOOP("Verdict", "Audio must go through the relay server; calls may have no "
                                      "audio if it is blocked.")},
        {QStringLiteral("firewall.mtu"),
         QT_TRANSLATE_NOOP("Verdict",
                           "Calls may fail to connect or drop: large packets do not pass.")},
        {QStringLiteral("firewall.public-ip"),
         QT_TRANSLATE_NOOP("Verdict", "Calls may drop or lose audio: the public address changes "
                                      "between connections.")},
        {QStringLiteral("tls.interception"),
         QT_TRANSLATE_NOOP("Verdict", "The app may not sign in: a device on the network decrypts "
                                      "its secure connections.")},
        {QStringLiteral("media.quality"),
         QT_TRANSLATE_NOOP("Verdict", "Calls will connect, but voice may be choppy or delayed.")},
        {QStringLiteral("system.clock"),
         QT_TRANSLATE_NOOP("Verdict", "The app may not sign in: secure connections are rejected "
                                      "while the computer's date is wrong.")},
    };
    const auto it = impacts.constFind(id);
    return it == impacts.cend() ? Tr::tr("Easy UC may not work fully.")
                                : QCoreApplication::translate("Verdict", *it);
}

std::optional<RootCause> findRootCause(const Report& report)
{
    const ReportEntry* internet = report.entry(kInternet);
    if (!internet || !internet->result.selected || internet->result.status != Status::Fail)
        return std::nullopt;
    RootCause cause;
    for (const ReportEntry& e : report.entries) {
        const RequirementResult& r = e.result;
        if (sawCertificate(r))
            return std::nullopt;
        if (!r.selected || r.id == kInternet)
            continue;
        switch (r.status) {
        case Status::Pass:
            // A name that resolves is no sign of the Internet: the local resolver may answer.
            if (r.id != QStringLiteral("pbx.dns"))
                return std::nullopt;
            break;
        case Status::Fail:
            if (failureNeedsAnAnswer(r.id))
                return std::nullopt;
            cause.failed.append(r.id);
            break;
        case Status::Warn:
            cause.unproven.append(r.id);
            break;
        case Status::Skipped:
        case Status::Error:
            cause.notRun.append(r.id);
            break;
        }
    }
    // R1 counts the names it resolved; when that fact is missing, R2's failure says the same.
    const QString resolved = internet->result.evidenceValue(QStringLiteral("namesResolved"));
    const ReportEntry* pbxDns = report.entry(QStringLiteral("pbx.dns"));
    const bool noDns = resolved.isEmpty() ? pbxDns && pbxDns->result.selected &&
                                                pbxDns->result.status == Status::Fail
                                          : resolved.startsWith(QStringLiteral("0/"));
    if (noDns) {
        cause.id = QStringLiteral("internet.offline");
        cause.summary = Tr::tr("This computer is not connected to the Internet: no name resolves "
                               "and no server answers.");
        cause.action = Tr::tr("Check the network cable or Wi-Fi and that the router is connected "
                              "to the Internet; then check the DNS settings of this computer or "
                              "router.");
    } else {
        cause.id = QStringLiteral("internet.blocked");
        cause.summary = Tr::tr("Nothing reaches the Internet: names resolve, but every server is "
                               "silent or refuses the connection.");
        cause.action = Tr::tr("Check that the router is connected to the Internet. If other "
                              "devices can browse, a firewall blocks this computer: ask the "
                              "network administrator to allow outgoing connections to the "
                              "Internet.");
    }
    return cause;
}

VerdictSummary summarizeVerdict(const Report& report)
{
    VerdictSummary v;
    v.overall = report.overall;
    QStringList notSelected; // labels
    for (const ReportEntry& e : report.entries) {
        const RequirementResult& r = e.result;
        if (!r.selected) {
            notSelected.append(named(r).label);
            continue;
        }
        switch (r.status) {
        case Status::Fail:
            v.problems.append(named(r));
            break;
        case Status::Warn:
            v.unproven.append(named(r));
            break;
        case Status::Skipped:
        case Status::Error:
            v.notRun.append(named(r));
            break;
        case Status::Pass:
            break;
        }
    }
    v.rootCause = findRootCause(report);
    if (v.rootCause) {
        const RootCause& c = *v.rootCause;
        v.headline = c.summary;
        v.lines.append(Tr::tr("What to do: %1").arg(c.action));
        auto ids = [](const QStringList& list) {
            QStringList out;
            for (const QString& id : list) {
                const RequirementInfo* info = findRequirement(id);
                out.append(info ? info->label() : id);
            }
            return out.join(QStringLiteral(", "));
        };
        if (!c.failed.isEmpty())
            v.lines.append(Tr::tr("These failed because of it: %1.").arg(ids(c.failed)));
        if (!c.unproven.isEmpty())
            v.lines.append(
                Tr::tr("These could not be proven because of it: %1.").arg(ids(c.unproven)));
        if (!c.notRun.isEmpty())
            v.lines.append(Tr::tr("These were not run because of it: %1.").arg(ids(c.notRun)));
        return v;
    }

    // The headlines of earlier versions keep their context, and so their translations.
    switch (report.overall) {
    case Status::Pass:
        v.headline = QCoreApplication::translate("TextReport", "The network is ready for Easy UC.");
        break;
    case Status::Fail:
        v.headline = QCoreApplication::translate(
            "TextReport", "%n problem(s) found: Easy UC will not work fully on this network.", "",
            int(v.problems.size()));
        break;
    default:
        v.headline = QCoreApplication::translate(
            "TextReport", "%n point(s) could not be confirmed or need attention.", "",
            int(v.problems.size() + v.unproven.size() + v.notRun.size()));
        break;
    }
    for (const NamedRequirement& n : v.problems.mid(0, kNamedProblems))
        v.lines.append(impactLine(n));
    if (v.problems.size() > kNamedProblems)
        v.lines.append(Tr::tr("Also failed: %1.").arg(labels(v.problems.mid(kNamedProblems))));
    if (!v.unproven.isEmpty())
        v.lines.append(Tr::tr("Not confirmed: %1.").arg(labelsAndTitles(v.unproven)));
    if (!v.notRun.isEmpty())
        v.lines.append(Tr::tr("Not run: %1.").arg(labelsAndTitles(v.notRun)));
    if (!notSelected.isEmpty())
        v.lines.append(Tr::tr("Not selected for this run (they do not count): %1.")
                           .arg(notSelected.join(QStringLiteral(", "))));
    return v;
}

} // namespace easyuc
