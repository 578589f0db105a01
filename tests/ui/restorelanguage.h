// For tests that switch the UI language: takes the translators installUiLanguage() set back off the
// application and restores the German default locale the test main sets.
#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace tfp::test {

struct RestoreLanguage
{
    ~RestoreLanguage()
    {
        for (QTranslator *t : qApp->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    }
};

} // namespace tfp::test
