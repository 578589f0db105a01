// The UI language at start: the installation of the app's and Qt's translations with the matching locale.
// Every string is filed under the context it is looked up under (translations/README.md, "Contexts"), so
// plain QTranslators do.
#include "translator.h"

#include "domain/sourcelanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace tfp::ui {

QString runningUiLanguage()
{
    return QLocale().language() == QLocale::English ? u"en"_qs : u"de"_qs;
}

QStringList uiLanguages()
{
    return {u"de"_qs, u"en"_qs};
}

QString installUiLanguage(const QString &language)
{
    const QString lang = uiLanguages().contains(language) ? language : u"de"_qs;
    QLocale::setDefault(lang == u"en" ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                      : QLocale(QLocale::German, QLocale::Germany));
    auto *app = QCoreApplication::instance();
    // German is the source language; its .qm still matters for the plural forms of %n messages.
    auto *own = new QTranslator(app);
    if (own->load(u":/i18n/themenfeldplaner_%1.qm"_qs.arg(lang)))
        QCoreApplication::installTranslator(own);
    else
        delete own;
    // Qt's own strings are English in the source: only other languages need a catalog.
    if (lang != u"en") {
        auto *qt = new QTranslator(app);
        if (qt->load(u"qtbase_"_qs + lang, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qt);
        else
            delete qt;
    }
    labels::installSourceLanguageSwitch(); // a received file's German words in any UI language
    return lang;
}

} // namespace tfp::ui
