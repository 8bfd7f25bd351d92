// The profile JSON (--profile FILE, or a file a customer was sent): load, validate, and the
// redacted copy a report carries must load again.
#include "fuzzinput.h"
#include "profile/profile.h"

using namespace easyuc;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    Profile profile;
    ProfileError error;
    if (!ProfileLoader::loadFromJson(fuzz::bytes(data, size), QStringLiteral("fuzz.json"), &profile,
                                     &error))
        return 0;
    ProfileLoader::toRedactedJson(profile);
    return 0;
}
