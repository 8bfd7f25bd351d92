#pragma once

#include <QByteArray>

namespace easyuc {

struct Report;

// The JSON report, schema 1 (DESIGN §5).
class JsonReport
{
public:
    static QByteArray write(const Report& report);
};

} // namespace easyuc
