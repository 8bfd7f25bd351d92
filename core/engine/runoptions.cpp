#include "runoptions.h"

#include "../profile/hostinput.h"
#include "calltest.h"
#include "catalogue.h"
#include "i18n.h"

#include <QCoreApplication>

namespace easyuc {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RunOptions)
};
} // namespace

void RunOptions::addTo(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("profile"),
                      Tr::tr("Requirement profile (JSON). Default: the embedded Proxima profile."),
                      Tr::tr("FILE")});
    parser.addOption(
        {QStringLiteral("pbx"), Tr::tr("FQDN or address of the Proxima PBX."), Tr::tr("HOST")});
    parser.addOption(
        {QStringLiteral("lang"), Tr::tr("Language of the output: it or en."), Tr::tr("LANG")});
    parser.addOption({QStringLiteral("only"),
                      Tr::tr("Run only these requirement ids (comma-separated)."), Tr::tr("IDS")});
    parser.addOption({QStringLiteral("timeout-ms"),
                      Tr::tr("Deadline of each check in milliseconds (500-120000)."), Tr::tr("N")});
    parser.addOption({QStringLiteral("verbose"), Tr::tr("Log details to standard error.")});
    parser.addOption({QStringLiteral("call-test"),
                      Tr::tr("Also test a call: a voice-shaped stream (G.711, 50 packets/s) for "
                             "SECONDS (10-300) to the RTP reflector, or to the first STUN server, "
                             "scored by R15 as a MOS."),
                      Tr::tr("SECONDS")});
}

bool RunOptions::read(const QCommandLineParser& parser, RunOptions* o, QString* error)
{
    o->profilePath = parser.value(QStringLiteral("profile"));
    const HostInput pbx = normaliseHostInput(parser.value(QStringLiteral("pbx")));
    o->pbx = pbx.host;
    o->pbxNote = pbx.note;
    o->lang = parser.value(QStringLiteral("lang"));
    o->verbose = parser.isSet(QStringLiteral("verbose"));
    if (parser.isSet(QStringLiteral("lang")) && !isSupportedLanguage(o->lang)) {
        *error = Tr::tr("--lang must be \"it\" or \"en\", not \"%1\".").arg(o->lang);
        return false;
    }
    if (parser.isSet(QStringLiteral("pbx")) && !pbx.ok()) {
        *error = Tr::tr("--pbx: \"%1\" is not a valid host name or IP address.")
                     .arg(parser.value(QStringLiteral("pbx")).trimmed());
        return false;
    }
    if (parser.isSet(QStringLiteral("only"))) {
        o->only = parser.value(QStringLiteral("only")).split(QLatin1Char(','), Qt::SkipEmptyParts);
        QStringList unknown;
        for (QString& id : o->only) {
            // "R10" and "firewall.sip-alg" name the same requirement.
            const QString known = requirementIdFor(id);
            if (known.isEmpty())
                unknown.append(id.trimmed());
            id = known;
        }
        if (!unknown.isEmpty() || o->only.isEmpty()) {
            QStringList both;
            for (const RequirementInfo& info : requirementCatalogue())
                both.append(QStringLiteral("%1 %2").arg(info.label(), info.id));
            *error = Tr::tr("--only: unknown requirement id: %1. Known ids (number or name): %2.")
                         .arg(unknown.isEmpty() ? QStringLiteral("\"\"")
                                                : unknown.join(QStringLiteral(", ")),
                              both.join(QStringLiteral(", ")));
            return false;
        }
        o->only.removeDuplicates();
    }
    if (parser.isSet(QStringLiteral("timeout-ms"))) {
        bool ok = false;
        o->timeoutMs = parser.value(QStringLiteral("timeout-ms")).toInt(&ok);
        if (!ok || o->timeoutMs < 500 || o->timeoutMs > 120000) {
            *error = Tr::tr("--timeout-ms must be a whole number from 500 to 120000.");
            return false;
        }
    }
    if (parser.isSet(QStringLiteral("call-test"))) {
        bool ok = false;
        o->callTestSeconds = parser.value(QStringLiteral("call-test")).toInt(&ok);
        if (!ok || o->callTestSeconds < calltest::kMinSeconds ||
            o->callTestSeconds > calltest::kMaxSeconds) {
            *error = Tr::tr("--call-test must be a whole number of seconds from %1 to %2, not "
                            "\"%3\".")
                         .arg(calltest::kMinSeconds)
                         .arg(calltest::kMaxSeconds)
                         .arg(parser.value(QStringLiteral("call-test")));
            return false;
        }
    }
    return true;
}

bool RunOptions::loadProfile(Profile* profile, QString* error) const
{
    ProfileError perr;
    const QString path = profilePath.isEmpty() ? ProfileLoader::defaultProfilePath() : profilePath;
    if (!ProfileLoader::load(path, profile, &perr)) {
        *error = perr.toString();
        return false;
    }
    if (!pbx.isEmpty())
        profile->pbx = pbx.toLower();
    if (timeoutMs > 0)
        profile->checkTimeoutMs = timeoutMs;
    profile->callTestSeconds = callTestSeconds;
    return true;
}

} // namespace easyuc
