#include "result.h"

#include <QCoreApplication>

namespace easyuc {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Status)
};
} // namespace

QString resultStatusWord(const RequirementResult& result)
{
    return result.selected ? statusWord(result.status) : notSelectedWord();
}

QString notSelectedWord()
{
    return Tr::tr("Not selected");
}

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
