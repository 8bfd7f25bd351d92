// The support code a person reads over the phone and an agent types in: decode, and a decoded
// code encodes back, in the format it was read in (1: R1…R15, 2: R1…R16), to the same statuses.
#include "engine/status.h"
#include "fuzzinput.h"
#include "report/supportcode.h"

using namespace easyuc;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QList<Status> statuses;
    QString error;
    int version = 0;
    if (!SupportCode::decode(QString::fromUtf8(fuzz::bytes(data, size)), &statuses, &error,
                             &version))
        return 0;
    fuzz::require(statuses.size() == SupportCode::requirementCount(version),
                  "a format carries its own number of requirements");
    QList<Status> again;
    int againVersion = 0;
    fuzz::require(
        SupportCode::decode(SupportCode::encode(statuses, version), &again, &error, &againVersion),
        "an encoded code decodes");
    fuzz::require(againVersion == version && again == statuses, "a code round-trips");
    return 0;
}
