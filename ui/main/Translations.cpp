#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace civicdesk {

QString installTranslations(const QString& language)
{
    QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    // The "C" locale of a bare shell means no preference: English, the source language, whose
    // plural forms live in civicdesk_en.
    if (locale.language() == QLocale::C)
        locale = QLocale(QLocale::English, QLocale::UnitedStates);
    QLocale::setDefault(locale);
    static QTranslator* own = nullptr;
    static QTranslator* qt = nullptr;
    for (QTranslator* t : {own, qt}) {
        if (t) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }
    own = new QTranslator(QCoreApplication::instance());
    qt = new QTranslator(QCoreApplication::instance());
    if (own->load(locale, QStringLiteral("civicdesk"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return own->isEmpty() ? QStringLiteral("en") : locale.name();
}

} // namespace civicdesk
