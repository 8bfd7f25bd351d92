#pragma once

// Shared by the fuzz targets: the libFuzzer entry point's bytes as Qt types, and a check that
// crashes (so libFuzzer keeps the input) when a parser breaks one of its own promises.

#include <QByteArray>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace easyuc::fuzz {

inline QByteArray bytes(const uint8_t* data, size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
}

inline void require(bool promise, const char* what)
{
    if (promise)
        return;
    std::fprintf(stderr, "broken promise: %s\n", what);
    std::abort();
}

} // namespace easyuc::fuzz
