#include "core/probes/pathanalysis.h"

#include <QCoreApplication>
#include <QMap>
#include <algorithm>

namespace easyuc {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PathReport)
};

// Public hops counted as the provider's: without routing registry data, the first two public
// hops after this network are the best guess (the access router and its aggregation).
constexpr int kProviderHops = 2;

bool inSubnet(const QHostAddress& a, const char* subnet)
{
    return a.isInSubnet(QHostAddress::parseSubnet(QString::fromLatin1(subnet)));
}

bool isPrivate(const QHostAddress& a)
{
    for (const char* s : {"10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "169.254.0.0/16",
                          "127.0.0.0/8", "fc00::/7", "fe80::/10", "::1/128"}) {
        if (inSubnet(a, s))
            return true;
    }
    return false;
}

bool isGateway(const QHostAddress& a, const QStringList& gateways)
{
    for (const QString& g : gateways) {
        if (QHostAddress(g.section(QLatin1Char(' '), 0, 0)).isEqual(a))
            return true;
    }
    return false;
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

QString ms(double v)
{
    return QString::number(v, 'f', v < 10 ? 1 : 0);
}
} // namespace

QString hopZone(const QHostAddress& address, int publicHopsBefore, const QStringList& gateways)
{
    if (address.isNull())
        return {};
    if (isGateway(address, gateways) || isPrivate(address))
        return QStringLiteral("local");
    if (inSubnet(address, "100.64.0.0/10") || publicHopsBefore < kProviderHops)
        return QStringLiteral("provider"); // carrier-grade NAT is the provider's by definition
    return QStringLiteral("internet");
}

PathInfo analysePath(const QHostAddress& target, const QList<PathSample>& samples,
                     const QStringList& gateways)
{
    PathInfo p;
    p.ran = true;
    p.target = target.toString();
    int targetTtl = 0;
    int lastAnswered = 0;
    for (const PathSample& s : samples) {
        p.rounds = qMax(p.rounds, s.round + 1);
        if (!s.answered)
            continue;
        lastAnswered = qMax(lastAnswered, s.ttl);
        if (s.kind == HopReport::Kind::TargetReached && (targetTtl == 0 || s.ttl < targetTtl))
            targetTtl = s.ttl;
    }
    p.reached = targetTtl > 0;
    const int rows = p.reached ? targetTtl : lastAnswered;
    int publicHops = 0;
    for (int ttl = 1; ttl <= rows; ++ttl) {
        PathHop h;
        h.ttl = ttl;
        QList<double> rtts;
        QMap<QString, int> senders;
        for (const PathSample& s : samples) {
            if (s.ttl != ttl)
                continue;
            ++h.sent;
            if (!s.answered)
                continue;
            ++h.received;
            rtts.append(s.rttMs);
            if (!s.from.isNull())
                ++senders[s.from.toString()];
        }
        for (auto it = senders.cbegin(); it != senders.cend(); ++it) {
            if (h.address.isEmpty() || it.value() > senders.value(h.address))
                h.address = it.key();
        }
        h.rttMs = median(rtts);
        h.lossPct = h.sent > 0 ? 100.0 * (h.sent - h.received) / h.sent : 0;
        if (p.reached && ttl == targetTtl) {
            h.zone = QStringLiteral("pbx");
        } else {
            h.zone = hopZone(QHostAddress(h.address), publicHops, gateways);
            if (h.zone == QLatin1String("provider") || h.zone == QLatin1String("internet"))
                ++publicHops;
        }
        p.hops.append(h);
    }
    // Loss that continues to the PBX: the PBX loses, and so does every answering hop back to
    // where it starts. Silent hops (no answer at all) neither start nor break it.
    if (p.reached && p.hops.constLast().lossPct >= kPathLossPct) {
        int start = targetTtl;
        for (int i = int(p.hops.size()) - 2; i >= 0; --i) {
            const PathHop& h = p.hops.at(i);
            if (h.received == 0)
                continue;
            if (h.lossPct < kPathLossPct)
                break;
            start = h.ttl;
        }
        // Loss at the PBX alone is not blamed: it may be the PBX limiting its answers.
        p.lossFromTtl = start < targetTtl ? start : 0;
    }
    return p;
}

QString zoneWords(const QString& zone)
{
    if (zone == QLatin1String("local"))
        return Tr::tr("inside your own network");
    if (zone == QLatin1String("provider"))
        return Tr::tr("probably inside your Internet provider's network");
    if (zone == QLatin1String("internet"))
        return Tr::tr("on the Internet beyond your provider");
    if (zone == QLatin1String("pbx"))
        return Tr::tr("at the PBX");
    return Tr::tr("at a hop that did not answer");
}

QString describeHop(const PathHop& hop)
{
    if (hop.address.isEmpty())
        return Tr::tr("hop %1").arg(hop.ttl);
    if (!hop.name.isEmpty())
        return Tr::tr("hop %1 (%2, %3)").arg(hop.ttl).arg(hop.name, hop.address);
    return Tr::tr("hop %1 (%2)").arg(hop.ttl).arg(hop.address);
}

QString describePath(const PathInfo& path)
{
    if (!path.ran)
        return {};
    if (!path.error.isEmpty() && path.hops.isEmpty())
        return Tr::tr("The path to the PBX could not be traced: %1").arg(path.error);
    if (path.hops.isEmpty())
        return Tr::tr("No hop on the way to the PBX (%1) answered the path probes, so the path "
                      "could not be traced.")
            .arg(path.target);
    if (!path.reached)
        return Tr::tr("The path was traced up to %1; the PBX did not answer the path probes "
                      "(many servers stay silent to them), so loss along the path cannot be "
                      "judged.")
            .arg(describeHop(path.hops.constLast()));
    const PathHop& pbx = path.hops.constLast();
    if (path.lossFromTtl > 0) {
        const PathHop& from = path.hops.at(path.lossFromTtl - 1);
        return Tr::tr("Loss from %1, %2, and continuing to the PBX: %3% of the PBX's answers "
                      "were lost. Calls through this path will break up; show this table to "
                      "whoever runs that part of the network.")
            .arg(describeHop(from), zoneWords(from.zone), QString::number(qRound(pbx.lossPct)));
    }
    if (pbx.lossPct >= kPathLossPct)
        return Tr::tr("The PBX answered %1 of %2 path probes while every hop before it answered "
                      "the probes sent to it. A PBX may limit such answers, so this alone does "
                      "not show loss on the path.")
            .arg(pbx.received)
            .arg(pbx.sent);
    QStringList lossy;
    for (const PathHop& h : path.hops) {
        if (h.ttl != pbx.ttl && h.received > 0 && h.lossPct >= kPathLossPct)
            lossy.append(QString::number(h.ttl));
    }
    QString text = pbx.received < pbx.sent
                       ? Tr::tr("The PBX was reached in %n hop(s) (%1 ms at the PBX); %2 of its "
                                "%3 answers were missing, too few to point at a place.",
                                "", int(path.hops.size()))
                             .arg(ms(pbx.rttMs))
                             .arg(pbx.sent - pbx.received)
                             .arg(pbx.sent)
                       : Tr::tr("The PBX was reached in %n hop(s) without loss along the way "
                                "(%1 ms at the PBX).",
                                "", int(path.hops.size()))
                             .arg(ms(pbx.rttMs));
    if (!lossy.isEmpty())
        text += QLatin1Char(' ') +
                Tr::tr("At hop %1 some probes went unanswered while the hops after it "
                       "answered: routers limit such answers, so this is not loss.")
                    .arg(lossy.join(QStringLiteral(", ")));
    return text;
}

} // namespace easyuc
