#pragma once

#include "../engine/check.h"

namespace easyuc {

// A requirement that is not measured in this run, with the reason ("not implemented in this
// version", "not selected with --only", "no PBX address configured").
class SkippedCheck : public Check
{
    Q_OBJECT
public:
    SkippedCheck(const QString& id, QString reason, QObject* parent = nullptr);

protected:
    void run(RunContext& context) override;

private:
    QString m_reason;
};

} // namespace easyuc
