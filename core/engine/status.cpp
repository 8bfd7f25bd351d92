#include "status.h"

#include <QCoreApplication>

namespace easyuc {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Status)
};

int rank(Status s)
{
    switch (s) {
    case Status::Pass:
        return 0;
    case Status::Skipped:
        return 1;
    case Status::Error:
        return 2;
    case Status::Warn:
        return 3;
    case Status::Fail:
        return 4;
    }
    return 0;
}
} // namespace

QString statusKey(Status status)
{
    switch (status) {
    case Status::Pass:
        return QStringLiteral("pass");
    case Status::Warn:
        return QStringLiteral("warn");
    case Status::Fail:
        return QStringLiteral("fail");
    case Status::Skipped:
        return QStringLiteral("skipped");
    case Status::Error:
        return QStringLiteral("error");
    }
    return QStringLiteral("error");
}

bool statusFromKey(const QString& key, Status* status)
{
    for (Status s : {Status::Pass, Status::Warn, Status::Fail, Status::Skipped, Status::Error}) {
        if (statusKey(s) == key) {
            *status = s;
            return true;
        }
    }
    return false;
}

QString statusWord(Status status)
{
    switch (status) {
    case Status::Pass:
        return Tr::tr("OK");
    case Status::Warn:
        return Tr::tr("Warning");
    case Status::Fail:
        return Tr::tr("Failed");
    case Status::Skipped:
        return Tr::tr("Not run");
    case Status::Error:
        return Tr::tr("Tool error");
    }
    return {};
}

QString statusGlyph(Status status)
{
    switch (status) {
    case Status::Pass:
        return QStringLiteral("\u2713");
    case Status::Warn:
        return QStringLiteral("!");
    case Status::Fail:
        return QStringLiteral("\u2717");
    case Status::Skipped:
    case Status::Error:
        return QStringLiteral("\u2013");
    }
    return {};
}

QString severityKey(Severity severity)
{
    return severity == Severity::Required ? QStringLiteral("required") : QStringLiteral("advisory");
}

Status worse(Status a, Status b)
{
    return rank(a) >= rank(b) ? a : b;
}

} // namespace easyuc
