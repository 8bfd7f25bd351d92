#pragma once

#include "../engine/result.h"

#include <QList>
#include <QString>

namespace easyuc {

struct EvidenceGroup;

// A label for people for an evidence key of the one vocabulary (README "JSON"), in the current
// language: "udp.sent.via" → "UDP · Via sent", "cert[1].issuer" → "Chain certificate 1:
// issuer". A key the table does not know is returned unchanged. The JSON keeps the raw key.
QString evidenceLabel(const QString& key);

// An evidence value in the current language where the text is ours ("no answer within
// 4448 ms" → "no answer within 4.4 s", "refused" → "connection refused"); text that came
// from the network or a library is returned unchanged.
QString evidenceValue(const QString& key, const QString& value);

// groupEvidence() with every key replaced by its label and every value made readable: what
// the GUI and the HTML, PDF and text reports show.
QList<EvidenceGroup> readableEvidence(const QList<Evidence>& evidence);

} // namespace easyuc
