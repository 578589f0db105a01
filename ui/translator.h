// The UI language at start: the app's own translations (embedded :/i18n/*.qm) and Qt's (qtbase_<lang>.qm, so
// that file dialogs and message box buttons speak the same language), plus the matching default QLocale.
#pragma once

#include <QStringList>

namespace tfp::ui {

// The languages of the UI: "de" (the default and the source language) and "en".
QStringList uiLanguages();
// Installs the translators of language (unknown codes mean German) on the application and sets the default
// locale: de_DE, or en_GB for English (dd/MM/yyyy, 1,234.50, € for the budget). Returns the language used.
QString installUiLanguage(const QString &language);
// The language the UI runs in (set at start; the settings may already hold another one for the next start).
QString runningUiLanguage();

} // namespace tfp::ui
