#pragma once

#include "core/engine/report.h"

namespace easyuc {

// Feeds the host facts (issue 15) into the requirements they explain, once a run's results are
// in: a weak Wi-Fi or a VPN tunnel adds advice to R15 when the call figures are poor, and the
// HTTP proxy the app's HTTPS goes through decides between the direct and the proxied path of
// R1, R3, R4 and R7 (see the .cpp). Nothing else changes a status.
void applyHostFindings(Report* report);

// The Wi-Fi signal counts as weak below 50 % or below -67 dBm (the level voice needs).
bool wifiIsWeak(const LinkInfo& link);
// VpnInfo::routedTargets ("pbx", "stun") in words: "the PBX and the STUN server".
QString routedTargetWords(const QStringList& targets);
// The Wi-Fi and VPN notes for poor call figures (empty when the figures are fine): R15 gets them,
// and the call test's own section can show them (a passing R15 shows no advice).
QStringList callAdvice(const Report& report);
// The call figures are poor: R15 warned or failed, or the call test broke a Teams threshold.
bool callFiguresPoor(const Report& report);

} // namespace easyuc
