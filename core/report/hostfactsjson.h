#pragma once

#include "core/engine/report.h"

#include <QJsonObject>

namespace easyuc {

// The issue-15 host facts as JSON, merged into the report's "host" object: link, vpn, proxy
// (an object; the system's answer string moved to proxyAnswer), resolvers.
void addHostFactsJson(const HostInfo& host, QJsonObject* json);

} // namespace easyuc
