#include "supportcode.h"

#include "../engine/catalogue.h"
#include "../engine/report.h"

#include <QCoreApplication>

namespace easyuc {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SupportCode)
};

constexpr int kBase = 31;
// 31^8 holds format 1 (1 × 5^15 + R1…R15) below 2 × 5^15, and formats 2-4 of 16 statuses
// (v × 5^16 + R1…R16) above it: the ranges never overlap, so the version tells itself.
constexpr int kDataChars = 8;
constexpr int kStatusCount = 5;
const QString kPrefix = QStringLiteral("EUC");

// The digit of each status is part of the code format: never reorder.
int statusDigit(Status s)
{
    switch (s) {
    case Status::Pass:
        return 0;
    case Status::Warn:
        return 1;
    case Status::Fail:
        return 2;
    case Status::Skipped:
        return 3;
    case Status::Error:
        return 4;
    }
    return 4;
}

Status digitStatus(int d)
{
    static const Status kByDigit[kStatusCount] = {Status::Pass, Status::Warn, Status::Fail,
                                                  Status::Skipped, Status::Error};
    return kByDigit[d];
}

int alphabetIndex(QChar c)
{
    const QByteArray alphabet(SupportCode::kAlphabet);
    return c.unicode() < 128 ? int(alphabet.indexOf(char(c.unicode()))) : -1;
}

// Weights 2…9 for the data and 1 for the check character: all distinct and non-zero modulo
// the prime 31, so any single misread character and any swap of two characters is caught.
int checkDigit(const QList<int>& data)
{
    int sum = 0;
    for (int i = 0; i < data.size(); ++i)
        sum += (i + 2) * data.at(i);
    return (kBase - sum % kBase) % kBase;
}

quint64 power(quint64 base, int exponent)
{
    quint64 r = 1;
    for (int i = 0; i < exponent; ++i)
        r *= base;
    return r;
}
} // namespace

QString SupportCode::encode(const Report& report)
{
    QList<Status> statuses(kRequirementCount, Status::Skipped);
    for (const ReportEntry& e : report.entries) {
        const RequirementInfo* info = findRequirement(e.result.id);
        if (info && info->number >= 1 && info->number <= kRequirementCount)
            statuses[info->number - 1] = e.result.status;
    }
    return encode(statuses);
}

int SupportCode::requirementCount(int formatVersion)
{
    return formatVersion == 1 ? 15 : kRequirementCount;
}

QString SupportCode::encode(const QList<Status>& statuses, int version)
{
    quint64 value = quint64(version);
    const int count = requirementCount(version);
    for (int i = 0; i < count; ++i)
        value = value * kStatusCount +
                statusDigit(i < statuses.size() ? statuses.at(i) : Status::Skipped);
    QList<int> data(kDataChars, 0);
    for (int i = kDataChars - 1; i >= 0; --i) {
        data[i] = int(value % kBase);
        value /= kBase;
    }
    QList<int> all = data;
    all.append(checkDigit(data));
    QString code = kPrefix;
    for (int i = 0; i < all.size(); ++i) {
        if (i % 3 == 0)
            code += QLatin1Char('-');
        code += QLatin1Char(kAlphabet[all.at(i)]);
    }
    return code;
}

bool SupportCode::decode(const QString& code, QList<Status>* statuses, QString* error,
                         int* formatVersion)
{
    QString compact;
    for (const QChar c : code) {
        if (!c.isSpace() && c != QLatin1Char('-') && c != QLatin1Char('.'))
            compact += c.toUpper();
    }
    // The prefix letters are code characters too, and a bare code may begin with them by
    // chance: "EUC" is the prefix when a separator follows it or the length says so.
    const QString typed = code.trimmed().toUpper();
    const bool separated =
        typed.size() > kPrefix.size() && alphabetIndex(typed.at(kPrefix.size())) < 0;
    if (compact.startsWith(kPrefix) && (separated || compact.size() != kDataChars + 1))
        compact = compact.mid(kPrefix.size());
    if (compact.size() != kDataChars + 1) {
        *error = Tr::tr("A support code has %1 characters after EUC, like EUC-7K2-F9Q-4MX; "
                        "\"%2\" has %3.")
                     .arg(kDataChars + 1)
                     .arg(code.trimmed())
                     .arg(compact.size());
        return false;
    }
    QList<int> data;
    for (const QChar c : std::as_const(compact)) {
        const int d = alphabetIndex(c);
        if (d < 0) {
            *error = Tr::tr("\"%1\" cannot appear in a support code (codes never use 0, O, 1, I "
                            "or L).")
                         .arg(c);
            return false;
        }
        data.append(d);
    }
    const int check = data.takeLast();
    if (checkDigit(data) != check) {
        *error = Tr::tr("The support code %1 is not valid: a character was probably misread. "
                        "Please read it again.")
                     .arg(code.trimmed());
        return false;
    }
    quint64 value = 0;
    for (int d : std::as_const(data))
        value = value * kBase + quint64(d);
    // The newest format first (version × 5^16 + digits); a value below it is read as format 1
    // (1 × 5^15 + digits). No format writes a value in between (version 1 at 16 requirements,
    // or above 1 at 15): such a code passed the check character by chance and is not valid.
    int count = kRequirementCount;
    quint64 combinations = power(kStatusCount, count);
    quint64 version = value / combinations;
    if (version == 1) {
        version = 0;
    } else if (version == 0) {
        count = requirementCount(1);
        combinations = power(kStatusCount, count);
        version = value / combinations;
        if (version != 1)
            version = 0;
    }
    if (version == 0) {
        *error = Tr::tr("The support code %1 is not valid: a character was probably misread. "
                        "Please read it again.")
                     .arg(code.trimmed());
        return false;
    }
    if (version != 1 && version != quint64(kFormatVersion)) {
        *error = Tr::tr("The support code %1 uses format %2, which this version of easyuc-diag "
                        "cannot read.")
                     .arg(code.trimmed())
                     .arg(version);
        return false;
    }
    quint64 rest = value % combinations;
    QList<Status> out(count, Status::Skipped);
    for (int i = count - 1; i >= 0; --i) {
        out[i] = digitStatus(int(rest % kStatusCount));
        rest /= kStatusCount;
    }
    *statuses = out;
    if (formatVersion)
        *formatVersion = int(version);
    return true;
}

} // namespace easyuc
