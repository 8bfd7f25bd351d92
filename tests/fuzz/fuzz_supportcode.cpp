// The support code a person reads over the phone and an agent types in: decode, and a decoded
// code encodes back to the same statuses.
#include "engine/status.h"
#include "fuzzinput.h"
#include "report/supportcode.h"

using namespace easyuc;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QList<Status> statuses;
    QString error;
    if (!SupportCode::decode(QString::fromUtf8(fuzz::bytes(data, size)), &statuses, &error))
        return 0;
    QList<Status> again;
    fuzz::require(SupportCode::decode(SupportCode::encode(statuses), &again, &error),
                  "an encoded code decodes");
    fuzz::require(again == statuses, "a code round-trips");
    return 0;
}
