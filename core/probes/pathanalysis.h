#pragma once

#include "core/engine/hostfacts.h"
#include "core/probes/pathprobe.h"

#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>

namespace easyuc {

// Loss thresholds of the path verdict: the PBX must lose at least kPathTargetLossPct of its
// answers, and every hop from the named one on at least kPathHopLossPct.
constexpr double kPathTargetLossPct = 20;
constexpr double kPathHopLossPct = 10;

// The per-hop figures of the probes sent to `target`: address (the host that answered most),
// sent, received, median RTT, loss, zone; whether the target answered, and from which hop
// loss starts that continues to the PBX. Loss at the PBX alone, or at a middle hop whose
// successors answer, is not blamed: both limit how many ICMP answers they send.
// `gateways` are the default routes' next hops ("192.168.1.1 (eth0)" or bare addresses).
PathInfo analysePath(const QHostAddress& target, const QList<PathSample>& samples,
                     const QStringList& gateways);

// "local" | "provider" | "internet" for a hop's address, given how many public hops precede it.
QString hopZone(const QHostAddress& address, int publicHopsBefore, const QStringList& gateways);

// One translated paragraph on the path for people: empty when it was not traced at all.
QString describePath(const PathInfo& path);
// "hop 3 (203.0.113.1)", with the reverse name when known.
QString describeHop(const PathHop& hop);
// The zone in words ("inside your own network"…), translated.
QString zoneWords(const QString& zone);

} // namespace easyuc
