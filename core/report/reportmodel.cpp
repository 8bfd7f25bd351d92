#include "reportmodel.h"

#include "../engine/catalogue.h"
#include "evidencelabels.h"
#include "hostfactsview.h"
#include "shortactions.h"
#include "supportcode.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

namespace easyuc {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Report)
};

// "<target> <key>": the key is the last word, a dotted identifier; a host:port is a target,
// never a key.
bool splitTargetKey(const QString& full, QString* target, QString* key)
{
    static const QRegularExpression re(QStringLiteral("^(.+) ([A-Za-z][A-Za-z0-9_.\\[\\]-]*)$"));
    const QRegularExpressionMatch m = re.match(full);
    if (!m.hasMatch())
        return false;
    *target = m.captured(1);
    *key = m.captured(2);
    return true;
}

QString joinOrNone(const QStringList& list)
{
    return list.isEmpty() ? reportLabel(ReportLabel::NoneSeen) : list.join(QStringLiteral(", "));
}

bool isTimingKey(const QString& key)
{
    return key.endsWith(QStringLiteral("Ms")) || key.endsWith(QStringLiteral(".ms"));
}

bool isSipLine(const QString& key, const QString& value)
{
    return value.startsWith(QStringLiteral("SIP/2.0 ")) ||
           value.endsWith(QStringLiteral(" SIP/2.0")) ||
           (key.contains(QStringLiteral("sip"), Qt::CaseInsensitive) &&
            key.endsWith(QStringLiteral("status")) && !value.isEmpty());
}

// "ab:CD…" or "abcd…" → "AB:CD:…", so the same certificate reads the same everywhere.
QString fingerprint(const QString& hex)
{
    QString digits = hex;
    digits.remove(QLatin1Char(':')).remove(QLatin1Char(' '));
    if (digits.size() != 64)
        return hex;
    QStringList pairs;
    for (qsizetype i = 0; i < digits.size(); i += 2)
        pairs.append(digits.mid(i, 2).toUpper());
    return pairs.join(QLatin1Char(':'));
}

// A leaf shown by display name ("pbx.example.com") and the same one by distinguished name
// ("CN=pbx.example.com,O=…").
bool sameName(const QString& shortName, const QString& distinguished)
{
    return shortName == distinguished ||
           distinguished.startsWith(QStringLiteral("CN=") + shortName + QLatin1Char(',')) ||
           distinguished == QStringLiteral("CN=") + shortName;
}

// Several requirements see the same certificates (R3, R7 and R14 all connect to the PBX):
// keep the chains with fingerprints and drop the leaf-only or unnamed copies of them.
void dropDuplicateCertificates(QList<CertificateView>* certs, const QList<bool>& namedTarget)
{
    QList<CertificateView> kept;
    for (qsizetype i = 0; i < certs->size(); ++i) {
        const CertificateView& c = certs->at(i);
        bool duplicate = false;
        for (qsizetype j = 0; j < certs->size() && !duplicate; ++j) {
            const CertificateView& o = certs->at(j);
            if (i == j || o.sha256.isEmpty() || o.depth != c.depth)
                continue;
            if (c.sha256.isEmpty())
                duplicate = sameName(c.subject, o.subject) && sameName(c.issuer, o.issuer);
            else
                duplicate = !namedTarget.at(i) && namedTarget.at(j) && o.sha256 == c.sha256;
        }
        if (!duplicate)
            kept.append(c);
    }
    *certs = kept;
}

void collectCertificates(const RequirementView& view, QList<CertificateView>* out,
                         QList<bool>* namedTarget)
{
    static const QRegularExpression re(
        QStringLiteral("^(?:tls\\.)?(?:certificate|cert\\[(\\d+)\\])\\.(subject|issuer|sha256)$"));
    for (const EvidenceGroup& g : view.evidence) {
        QList<CertificateView> chain;
        for (const Evidence& e : g.rows) {
            const QRegularExpressionMatch m = re.match(e.key);
            if (!m.hasMatch())
                continue;
            const int depth = m.captured(1).isEmpty() ? 0 : m.captured(1).toInt();
            auto it = std::find_if(chain.begin(), chain.end(),
                                   [depth](const CertificateView& c) { return c.depth == depth; });
            if (it == chain.end()) {
                CertificateView c;
                c.source = view.label;
                c.target = g.title.isEmpty() ? view.title : g.title;
                c.depth = depth;
                chain.append(c);
                it = chain.end() - 1;
            }
            const QString part = m.captured(2);
            if (part == QStringLiteral("subject"))
                it->subject = e.value;
            else if (part == QStringLiteral("issuer"))
                it->issuer = e.value;
            else
                it->sha256 = fingerprint(e.value);
        }
        std::sort(
            chain.begin(), chain.end(),
            [](const CertificateView& a, const CertificateView& b) { return a.depth < b.depth; });
        out->append(chain);
        for (qsizetype i = 0; i < chain.size(); ++i)
            namedTarget->append(!g.title.isEmpty());
    }
}

// "3 failed", with the plural the language needs.
QString countText(Status s, int n)
{
    switch (s) {
    case Status::Pass:
        return Tr::tr("%n met", "", n);
    case Status::Warn:
        return Tr::tr("%n with warnings", "", n);
    case Status::Fail:
        return Tr::tr("%n failed", "", n);
    case Status::Skipped:
        return Tr::tr("%n not run", "", n);
    case Status::Error:
        return Tr::tr("%n tool errors", "", n);
    }
    return {};
}

QString countsLine(const QList<ReportEntry>& entries)
{
    QStringList parts;
    for (Status s : {Status::Pass, Status::Warn, Status::Fail, Status::Skipped, Status::Error}) {
        const auto n = std::count_if(entries.cbegin(), entries.cend(), [s](const ReportEntry& e) {
            return e.result.selected && e.result.status == s;
        });
        if (n > 0)
            parts.append(statusGlyph(s) + QLatin1Char(' ') + countText(s, int(n)));
    }
    const auto unselected = std::count_if(entries.cbegin(), entries.cend(),
                                          [](const ReportEntry& e) { return !e.result.selected; });
    if (unselected > 0)
        parts.append(statusGlyph(Status::Skipped) + QLatin1Char(' ') +
                     Tr::tr("%n not selected", "", int(unselected)));
    return parts.join(QStringLiteral("  \u00b7  "));
}
} // namespace

QString reportLabel(ReportLabel label)
{
    switch (label) {
    case ReportLabel::Title:
        return Tr::tr("Network diagnosis for Easy UC");
    case ReportLabel::Verdict:
        return Tr::tr("Result");
    case ReportLabel::SupportCode:
        return Tr::tr("Support code");
    case ReportLabel::SupportCodeHint:
        return Tr::tr("Read this code to Proxima support: it tells them every result at once.");
    case ReportLabel::Overview:
        return Tr::tr("Requirements at a glance");
    case ReportLabel::Machine:
        return Tr::tr("This computer");
    case ReportLabel::Interfaces:
        return Tr::tr("Network interfaces");
    case ReportLabel::Details:
        return Tr::tr("Requirements in detail");
    case ReportLabel::Appendix:
        return Tr::tr("Appendix");
    case ReportLabel::Items:
        return Tr::tr("Checked");
    case ReportLabel::Evidence:
        return Tr::tr("What was seen");
    case ReportLabel::WhatToDo:
        return Tr::tr("What to do");
    case ReportLabel::Summary:
        return Tr::tr("Summary");
    case ReportLabel::Status:
        return Tr::tr("Status");
    case ReportLabel::Requirement:
        return Tr::tr("Requirement");
    case ReportLabel::Target:
        return Tr::tr("Target");
    case ReportLabel::Value:
        return Tr::tr("Value");
    case ReportLabel::Name:
        return Tr::tr("Name");
    case ReportLabel::Addresses:
        return Tr::tr("Addresses");
    case ReportLabel::Mtu:
        return Tr::tr("MTU");
    case ReportLabel::ProfileUsed:
        return Tr::tr("Profile used (credentials removed)");
    case ReportLabel::Certificates:
        return Tr::tr("Certificate chains seen");
    case ReportLabel::SipLines:
        return Tr::tr("SIP messages seen");
    case ReportLabel::Timings:
        return Tr::tr("Timings");
    case ReportLabel::LogTail:
        return Tr::tr("End of the log");
    case ReportLabel::Subject:
        return Tr::tr("Subject");
    case ReportLabel::Issuer:
        return Tr::tr("Issuer");
    case ReportLabel::Sha256:
        return Tr::tr("SHA-256");
    case ReportLabel::Depth:
        return Tr::tr("#");
    case ReportLabel::Duration:
        return Tr::tr("Duration");
    case ReportLabel::Measured:
        return Tr::tr("Measured (ms)");
    case ReportLabel::SeenIn:
        return Tr::tr("Seen in");
    case ReportLabel::Key:
        return Tr::tr("Fact");
    case ReportLabel::Line:
        return Tr::tr("Line");
    case ReportLabel::NoneSeen:
        return Tr::tr("none");
    case ReportLabel::Page:
        return Tr::tr("Page %1 of %2");
    case ReportLabel::GeneratedBy:
        return Tr::tr("Made by %1");
    case ReportLabel::FollowsRootCause:
        return Tr::tr("This follows from the cause at the top.");
    }
    return {};
}

QString formatReportDate(const QDateTime& when)
{
    if (!when.isValid())
        return Tr::tr("unknown");
    const int offset = when.offsetFromUtc();
    const QString utc = QStringLiteral("UTC%1%2:%3")
                            .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                            .arg(qAbs(offset) / 3600, 2, 10, QLatin1Char('0'))
                            .arg(qAbs(offset) % 3600 / 60, 2, 10, QLatin1Char('0'));
    const QString zone = when.timeZoneAbbreviation();
    const QString zoneText = zone.isEmpty() || zone.startsWith(QStringLiteral("UTC")) ||
                                     zone.startsWith(QStringLiteral("GMT"))
                                 ? utc
                                 : QStringLiteral("%1 (%2)").arg(zone, utc);
    return QStringLiteral("%1, %2 %3")
        .arg(QLocale().toString(when.date(), QLocale::LongFormat),
             when.time().toString(QStringLiteral("HH:mm:ss")), zoneText);
}

QList<EvidenceGroup> groupEvidence(const QList<Evidence>& evidence)
{
    // A target is a group only when it prefixes two keys or more; a lone "a b" stays a key.
    QHash<QString, int> uses;
    for (const Evidence& e : evidence) {
        QString target, key;
        if (splitTargetKey(e.key, &target, &key))
            ++uses[target];
    }
    QList<EvidenceGroup> groups{EvidenceGroup{}};
    for (const Evidence& e : evidence) {
        QString target, key;
        if (!splitTargetKey(e.key, &target, &key) || uses.value(target) < 2) {
            groups.first().rows.append(e);
            continue;
        }
        auto it = std::find_if(groups.begin() + 1, groups.end(),
                               [&](const EvidenceGroup& g) { return g.title == target; });
        if (it == groups.end()) {
            groups.append(EvidenceGroup{target, {}});
            it = groups.end() - 1;
        }
        it->rows.append(Evidence{key, e.value});
    }
    if (groups.first().rows.isEmpty())
        groups.removeFirst();
    return groups;
}

QString statusColorName(Status status)
{
    switch (status) {
    case Status::Pass:
        return QStringLiteral("#1e8e3e");
    case Status::Warn:
        return QStringLiteral("#c36a00");
    case Status::Fail:
        return QStringLiteral("#d02a20");
    case Status::Skipped:
        return QStringLiteral("#6b7280");
    case Status::Error:
        return QStringLiteral("#4b5563");
    }
    return QStringLiteral("#4b5563");
}

QString statusTintName(Status status)
{
    switch (status) {
    case Status::Pass:
        return QStringLiteral("#e8f5ec");
    case Status::Warn:
        return QStringLiteral("#fff4e0");
    case Status::Fail:
        return QStringLiteral("#fdeceb");
    case Status::Skipped:
    case Status::Error:
        return QStringLiteral("#f1f2f4");
    }
    return QStringLiteral("#f1f2f4");
}

ReportModel ReportModel::build(const Report& report)
{
    ReportModel m;
    m.title = reportLabel(ReportLabel::Title);
    m.product = QStringLiteral("%1 %2").arg(report.toolName, report.toolVersion);
    m.date = formatReportDate(report.startedAt);
    m.header = {
        {Tr::tr("Product"), m.product},
        {Tr::tr("Date"), m.date},
        {Tr::tr("Profile"), report.profileName},
        {Tr::tr("PBX"), report.pbx.isEmpty() ? Tr::tr("(not given)") : report.pbx},
        {Tr::tr("Duration"),
         Tr::tr("%1 s").arg(QLocale().toString(report.durationMs / 1000.0, 'f', 1))},
    };
    // The run's key in the history (--history-show, --compare); small, beside the date.
    if (!report.runId.isEmpty())
        m.header.append({Tr::tr("Run ID"), report.runId});
    m.overall = report.overall;
    const VerdictSummary verdict = summarizeVerdict(report);
    m.verdictSentence = verdict.headline;
    m.verdictLines = verdict.lines;
    m.rootCause = verdict.rootCause;
    m.fullDetail = report.fullDetail;
    m.path = report.host.path;
    m.supportCode = SupportCode::encode(report);
    m.counts = countsLine(report.entries);
    m.callTest = report.callTest;

    const HostInfo& h = report.host;
    m.machine = {
        {Tr::tr("Operating system"), h.osName.isEmpty() ? h.os : h.osName},
        {Tr::tr("Version"),
         h.osVersion.isEmpty() ? h.kernel : QStringLiteral("%1 (%2)").arg(h.osVersion, h.kernel)},
        {Tr::tr("Computer name"), h.hostName},
        {Tr::tr("Default gateway"), joinOrNone(h.gateways)},
        {Tr::tr("DNS servers"), joinOrNone(h.dnsServers)},
        {Tr::tr("System proxy"),
         !h.proxyError.isEmpty()
             ? Tr::tr("not known: the system did not answer in time (%1)").arg(h.proxyError)
         : h.proxy.isEmpty() ? Tr::tr("none (direct connection)")
                             : h.proxy},
        {Tr::tr("Public addresses seen"), joinOrNone(h.publicAddresses)},
    };
    m.machine.append(hostFactRows(h, report.pbx)); // issue 15: link, VPN, proxy, resolvers
    m.interfaces = h.interfaces;

    QList<bool> namedTargets; // beside m.certificates: whether each names a host:port
    for (const ReportEntry& e : report.entries) {
        const RequirementResult& r = e.result;
        const RequirementInfo* info = findRequirement(r.id);
        RequirementView v;
        v.id = r.id;
        v.label = info ? info->label() : r.id;
        v.title = info ? info->title() : r.id;
        v.severity = e.severity == Severity::Required ? Tr::tr("Required") : Tr::tr("Advisory");
        v.status = r.status;
        v.summary = r.summary;
        v.items = r.items;
        v.evidence = groupEvidence(r.evidence);
        v.remediation = r.status == Status::Pass ? QString() : r.remediation;
        v.durationMs = r.durationMs;
        v.selected = r.selected;
        v.statusWord = resultStatusWord(r);
        if (const std::optional<RootCause>& c = m.rootCause)
            v.followsRootCause =
                c->failed.contains(r.id) || c->unproven.contains(r.id) || c->notRun.contains(r.id);
        m.requirements.append(v);

        collectCertificates(v, &m.certificates, &namedTargets);
        // Read by key above; shown to people with labels (the JSON keeps the raw keys).
        m.requirements.last().evidence = readableEvidence(r.evidence);
        TimingView t{v.label, v.title, r.durationMs, {}};
        for (const Evidence& ev : r.evidence) {
            if (isSipLine(ev.key, ev.value))
                m.sipLines.append(SipLineView{v.label, ev.key, ev.value});
            if (isTimingKey(ev.key))
                t.measured.append(QStringLiteral("%1 %2").arg(ev.key, ev.value));
        }
        m.timings.append(t);
    }
    dropDuplicateCertificates(&m.certificates, namedTargets);
    for (const RequirementView& v : m.requirements)
        if (v.selected && !v.followsRootCause &&
            (v.status == Status::Fail || v.status == Status::Warn || v.status == Status::Error))
            m.actions.append(shortActionLine(v.id, v.status));
    m.profileJson = QString::fromUtf8(report.profileJson).trimmed();
    if (!m.profileJson.isEmpty()) {
        const QJsonDocument doc = QJsonDocument::fromJson(report.profileJson);
        if (!doc.isNull()) {
            // Two-space indentation: the profile fits on one page.
            QStringList lines = QString::fromUtf8(doc.toJson(QJsonDocument::Indented))
                                    .trimmed()
                                    .split(QLatin1Char('\n'));
            for (QString& line : lines) {
                qsizetype spaces = 0;
                while (spaces < line.size() && line.at(spaces) == QLatin1Char(' '))
                    ++spaces;
                line.remove(0, spaces / 2);
            }
            m.profileJson = lines.join(QLatin1Char('\n'));
        }
    }
    m.logTail = report.logTail;
    return m;
}

} // namespace easyuc
