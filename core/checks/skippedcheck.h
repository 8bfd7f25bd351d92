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
    // Marks the result as left out by --only ("Not selected"), not as a requirement not run.
    void setNotSelected() { m_selected = false; }
    bool probesTheNetwork() const override { return false; }

protected:
    void run(RunContext& context) override;

private:
    QString m_reason;
    bool m_selected = true;
};

} // namespace easyuc
