#include "skippedcheck.h"

namespace easyuc {

SkippedCheck::SkippedCheck(const QString& id, QString reason, QObject* parent)
    : Check(id, parent), m_reason(std::move(reason))
{
}

void SkippedCheck::run(RunContext&)
{
    finish(makeResult(Status::Skipped, m_reason), false);
}

} // namespace easyuc
