#pragma once

#include "../engine/check.h"

namespace easyuc {

// R16 system.clock: this computer's clock against the Date headers of the HTTP(S) answers the
// run already received (R1, R3, R6, R7 collect them in the run context; no traffic of its own),
// cross-checked with the validity windows of the certificates those servers presented.
class ClockCheck : public Check
{
    Q_OBJECT
public:
    explicit ClockCheck(QObject* parent = nullptr);

    // Within this the clock is right; beyond kFailSeconds certificates start to fail.
    static constexpr qint64 kPassSeconds = 120;
    static constexpr qint64 kFailSeconds = 24 * 3600;

protected:
    void run(RunContext& context) override;
};

} // namespace easyuc
