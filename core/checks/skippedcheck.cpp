#include "skippedcheck.h"

namespace easyuc {

SkippedCheck::SkippedCheck(const QString& id, QString reason, QObject* parent)
    : Check(id, parent), m_reason(std::move(reason))
{
}

void SkippedCheck::run(RunContext&)
{
    RequirementResult r = makeResult(Status::Skipped, m_reason);
    r.selected = m_selected;
    finish(r, false);
}

} // namespace easyuc
