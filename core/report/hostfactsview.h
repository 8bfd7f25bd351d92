#pragma once

#include "core/engine/report.h"
#include "core/report/reportmodel.h"

#include <QList>

namespace easyuc {

// The issue-15 host facts in plain words, one row each, for "This computer" in every report
// and in the GUI (several lines in one value are joined by "; "): connection type and Wi-Fi, VPN,
// proxy setting, what went through the proxy, which way the app's traffic goes, the DNS servers'
// answers for the PBX.
QList<ReportField> hostFactRows(const HostInfo& host, const QString& pbx);

} // namespace easyuc
