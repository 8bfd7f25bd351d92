#include "trustverdict.h"

#include "clockfacts.h"

#include <QCoreApplication>

namespace easyuc {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TrustVerdict)
};

TrustVerdict verdict(Status status, TrustFinding finding, QString detail, QString summary)
{
    return {status, finding, std::move(detail), std::move(summary)};
}
} // namespace

QString trustFindingKey(TrustFinding finding)
{
    switch (finding) {
    case TrustFinding::Trusted:
        return QStringLiteral("trusted");
    case TrustFinding::MissingSct:
        return QStringLiteral("missing-sct");
    case TrustFinding::NoCertificate:
        return QStringLiteral("no-certificate");
    case TrustFinding::LocalAuthority:
        return QStringLiteral("local-authority");
    case TrustFinding::InterceptionProduct:
        return QStringLiteral("interception-product");
    case TrustFinding::Untrusted:
        return QStringLiteral("untrusted");
    case TrustFinding::ClockWrong:
        return QStringLiteral("clock-wrong");
    }
    return {};
}

TrustVerdict judgeTrust(const TrustAnalysis& a, bool requireSct)
{
    if (!a.hasChain()) {
        return verdict(Status::Warn, TrustFinding::NoCertificate, a.reference.error,
                       Tr::tr("No certificate was received, so interception could not be "
                              "checked."));
    }
    const QString issuer = a.certificates.first().issuerName;
    // A product's name outweighs validation: such a CA is only ever trusted because someone
    // installed it, even when it sits in both bundles.
    if (!a.product.isEmpty()) {
        return verdict(Status::Fail, TrustFinding::InterceptionProduct, a.productEvidence,
                       Tr::tr("Intercepted by %1: the certificate was issued by \"%2\".")
                           .arg(a.product, issuer));
    }
    if (a.reference.validated) {
        if (requireSct && a.sctCount == 0) {
            const QString detail = a.sctMalformed ? QStringLiteral("SCT extension unreadable")
                                                  : QStringLiteral("no embedded SCT");
            return verdict(Status::Warn, TrustFinding::MissingSct, detail,
                           Tr::tr("Trusted by the public roots, but the certificate from "
                                  "\"%1\" carries no Certificate Transparency proof (SCT).")
                               .arg(issuer));
        }
        return verdict(Status::Pass, TrustFinding::Trusted, QString(),
                       Tr::tr("Not intercepted: the certificate from \"%1\" is trusted by the "
                              "public roots.")
                           .arg(issuer));
    }
    if (a.system.validated) {
        return verdict(Status::Fail, TrustFinding::LocalAuthority,
                       QStringLiteral("reference: %1; system anchor: %2")
                           .arg(a.reference.error, a.system.anchor),
                       Tr::tr("Intercepted: the certificate was issued by \"%1\", an authority "
                              "trusted only by this computer, not by the public roots.")
                           .arg(issuer));
    }
    const QString detail =
        QStringLiteral("reference: %1; system: %2").arg(a.reference.error, a.system.error);
    if (a.reference.nameMismatch && a.system.nameMismatch) {
        return verdict(
            Status::Fail, TrustFinding::Untrusted, detail,
            Tr::tr("The certificate from \"%1\" is not valid for %2.").arg(issuer, a.host));
    }
    return verdict(Status::Fail, TrustFinding::Untrusted, detail,
                   Tr::tr("The certificate from \"%1\" is trusted neither by the public roots "
                          "nor by this computer.")
                       .arg(issuer));
}

TrustVerdict judgeTrustAtServerTime(const TrustAnalysis& a, bool requireSct,
                                    const QDateTime& serverTime)
{
    TrustVerdict v = judgeTrust(a, requireSct);
    if (v.finding != TrustFinding::Trusted && v.finding != TrustFinding::MissingSct)
        return v;
    const QString issuer = a.certificates.first().issuerName;
    const QString local = dateText(QDateTime::currentDateTimeUtc());
    if (serverTime.isValid())
        return verdict(Status::Warn, TrustFinding::ClockWrong,
                       QStringLiteral("refused at local time %1, valid at server time %2")
                           .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate),
                                serverTime.toString(Qt::ISODate)),
                       Tr::tr("Not proven while this computer's clock is wrong: the certificate "
                              "from \"%1\" is trusted by the public roots at the servers' date "
                              "(%2), but this computer's date is %3.")
                           .arg(issuer, dateText(serverTime), local));
    return verdict(Status::Warn, TrustFinding::ClockWrong,
                   QStringLiteral("refused at local time %1, valid with dates ignored")
                       .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate)),
                   Tr::tr("Not proven: the certificate from \"%1\" is outside its validity "
                          "period at this computer's date (%2), so either this computer's clock "
                          "or the certificate is wrong.")
                       .arg(issuer, local));
}

} // namespace easyuc
