#pragma once

#include "../engine/result.h"

#include <QString>

namespace easyuc {

struct Report;

// What to do about a requirement that is not met, in one short line in the current language
// ("Turn off the SIP ALG (SIP helper) of the router or firewall."), known from its id alone:
// what a support code decodes to, and the clipboard summary. Empty for an unknown id.
QString shortAction(const QString& id);

// "R10 No SIP ALG or packet inspection — ✗ Failed: Turn off the SIP ALG …": one line for a
// requirement that is not green.
QString shortActionLine(const QString& id, Status status);

// What "Copy summary" puts on the clipboard: the verdict, the support code and one line per
// failed or unproven requirement with its action. Never the whole report.
QString clipboardSummary(const Report& report, const QString& supportCode);

} // namespace easyuc
