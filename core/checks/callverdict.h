#pragma once

#include "core/engine/calltest.h"
#include "core/engine/result.h"

namespace easyuc {

// R15's verdict from a call test (issue 14): pass only when something answered, the MOS is
// good and every Teams target is met (calltest.h); warn otherwise, naming what missed, or "not
// measured" when nothing came back. Silence is never a pass.
RequirementResult judgeCallTest(const CallTestResult& call);

} // namespace easyuc
