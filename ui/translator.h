// The UI language at start: the app's own translations (embedded :/i18n/*.qm) and Qt's (qtbase_<lang>.qm, so
// that file dialogs and message box buttons speak the same language), plus the matching default QLocale.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QTranslator>

namespace tfp::ui {

// A QTranslator that also finds a message filed under another context. lupdate files a tr() in a free
// function or a plain class under that scope's name, while this code base's tr() helpers translate under
// their own context (e.g. "tfp::exchange"); a lookup that misses its context retries under the context the
// .qm file holds for the same source text and disambiguation.
class Translator : public QTranslator
{
    Q_OBJECT
public:
    using QTranslator::QTranslator;
    // Loads a .qm file (also a resource path); false when it is missing or not a .qm file.
    bool loadFile(const QString &path);
    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr,
                      int n = -1) const override;
    // How many (source, disambiguation) pairs the fallback knows.
    int fallbackSize() const { return int(m_contextOf.size()); }

private:
    void indexContexts(const QByteArray &qm);
    QByteArray m_qm;
    QHash<QByteArray, QByteArray> m_contextOf; // source + '\0' + disambiguation -> context in the .qm
};

// The languages of the UI: "de" (the default and the source language) and "en".
QStringList uiLanguages();
// Installs the translators of language (unknown codes mean German) on the application and sets the default
// locale: de_DE, or en_GB for English (dd/MM/yyyy, 1,234.50, € for the budget). Returns the language used.
QString installUiLanguage(const QString &language);
// The language the UI runs in (set at start; the settings may already hold another one for the next start).
QString runningUiLanguage();

} // namespace tfp::ui
