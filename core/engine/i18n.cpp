#include "i18n.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace easyuc {

namespace {
QTranslator* g_app = nullptr;
QTranslator* g_qt = nullptr;

void replace(QTranslator*& slot, QTranslator* next)
{
    if (slot) {
        QCoreApplication::removeTranslator(slot);
        delete slot;
    }
    slot = next;
    if (slot)
        QCoreApplication::installTranslator(slot);
}
} // namespace

bool isSupportedLanguage(const QString& lang)
{
    return lang == QStringLiteral("it") || lang == QStringLiteral("en");
}

QString installLanguage(const QString& requested)
{
    QString lang = requested;
    if (!isSupportedLanguage(lang))
        lang = QLocale::system().language() == QLocale::Italian ? QStringLiteral("it")
                                                                : QStringLiteral("en");
    auto* app = new QTranslator;
    if (!app->load(QStringLiteral(":/i18n/easyuc-diag_%1.qm").arg(lang))) {
        delete app;
        app = nullptr;
    }
    auto* qt = new QTranslator;
    if (!qt->load(QStringLiteral("qtbase_%1").arg(lang),
                  QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        delete qt;
        qt = nullptr;
    }
    replace(g_qt, qt);
    replace(g_app, app);
    QLocale::setDefault(
        QLocale(lang == QStringLiteral("it") ? QLocale::Italian : QLocale::English,
                lang == QStringLiteral("it") ? QLocale::Italy : QLocale::UnitedKingdom));
    return lang;
}

} // namespace easyuc
