// The UI language at start: the English translation is embedded and a plain QTranslator finds each message
// under the context the code looks it up under, Qt's own buttons follow, and dates and the budget follow the
// locale.
#include "support/catchqt.h"

#include "restorelanguage.h"
#include "translator.h"

#include <QApplication>
#include <QDate>
#include <QDialogButtonBox>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTranslator>

using namespace tfp::ui;
using tfp::test::RestoreLanguage;

TEST_CASE("the English translation is embedded and finds a message under its runtime context", "[ui]")
{
    QTranslator t;
    REQUIRE(t.load(u":/i18n/themenfeldplaner_en.qm"_qs));
    CHECK(t.translate("tfp::ui::MainWindow", "&Datei") == u"&File");
    // The changes list of core/exchange translates under its module's context, where lupdate files it too;
    // there is no fallback to another context.
    CHECK(t.translate("tfp::exchange", "Zeitpunkt") == u"Time");
    CHECK(t.translate("tfp::ChangeLog", "Zeitpunkt").isNull());
    // Plural forms.
    CHECK(t.translate("tfp::ui::ChangesDialog", "%n Änderung(en)", nullptr, 1) == u"%n change");
    CHECK(t.translate("tfp::ui::ChangesDialog", "%n Änderung(en)", nullptr, 3) == u"%n changes");
    // Unknown text stays untranslated (the caller shows the German source).
    CHECK(t.translate("tfp::ui::MainWindow", "Gibt es nicht").isNull());
    CHECK_FALSE(t.load(u":/i18n/themenfeldplaner_xx.qm"_qs));
}

TEST_CASE("German keeps its plural forms from the German translation", "[ui]")
{
    QTranslator t;
    REQUIRE(t.load(u":/i18n/themenfeldplaner_de.qm"_qs));
    CHECK(t.translate("tfp::ui::ChangesDialog", "%n Änderung(en)", nullptr, 1) == u"%n Änderung");
    CHECK(t.translate("tfp::ui::ChangesDialog", "%n Änderung(en)", nullptr, 2) == u"%n Änderungen");
}

TEST_CASE("English at start translates the app, keeps Qt's buttons English and formats the budget in en_GB",
          "[ui]")
{
    RestoreLanguage restore;
    CHECK(installUiLanguage(u"en"_qs) == u"en");
    CHECK(QCoreApplication::translate("tfp::ui::MainWindow", "&Bearbeiten") == u"&Edit");
    CHECK(QLocale().toCurrencyString(1250000.5, u"€"_qs) == u"€1,250,000.50");
    CHECK(QLocale().toString(QDate(2026, 3, 9), QLocale::ShortFormat) == u"09/03/2026");
    QDialogButtonBox box(QDialogButtonBox::Cancel);
    CHECK(box.button(QDialogButtonBox::Cancel)->text() == u"Cancel");
}

TEST_CASE("German at start gives Qt's own buttons in German and the budget in de_DE", "[ui]")
{
    RestoreLanguage restore;
    CHECK(installUiLanguage(u"xx"_qs) == u"de"); // unknown: the default
    QDialogButtonBox box(QDialogButtonBox::Cancel);
    CHECK(box.button(QDialogButtonBox::Cancel)->text() == u"Abbrechen");
    CHECK(QLocale().toCurrencyString(1250000.5, u"€"_qs) == u"1.250.000,50\u00a0€");
    CHECK(QCoreApplication::translate("tfp::ui::MainWindow", "&Bearbeiten") == u"&Bearbeiten");
}
