#pragma once

#include "core/engine/hostfacts.h"
#include "core/probes/pathprobe.h"

#include <QHostAddress>
#include <QList>
#include <QString>
#include <QStringList>

namespace easyuc {

// Loss that counts on the path: with about 7-10 probes per hop, one lost probe. Loss is only
// named when it is seen at the PBX and at every answering hop back to where it starts (at least
// one router before the PBX): a coincidence of independent losses is then unlikely.
constexpr double kPathLossPct = 10;

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
