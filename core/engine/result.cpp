#include "result.h"

namespace easyuc {

QString RequirementResult::evidenceValue(const QString& key) const
{
    for (const Evidence& e : evidence) {
        if (e.key == key)
            return e.value;
    }
    return {};
}

const ResultItem* RequirementResult::item(const QString& target) const
{
    for (const ResultItem& i : items) {
        if (i.target == target)
            return &i;
    }
    return nullptr;
}

} // namespace easyuc
