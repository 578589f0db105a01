// German, the language the program's texts are written in, on demand. Inside a SourceLanguage scope every
// tr() of the current thread returns its German source text, whatever language the UI or tfp speaks: so a
// received file's German words ("in Umsetzung", "Online-Leistung") are understood by a reader whose program
// speaks English (core/exchange/values.cpp), as the stored codes and the reader's own words are.
//
// The switch is a translator that the app and tfp install after their own (installSourceLanguageSwitch), so
// that Qt asks it first. Where it is not installed, tr() returns the source text anyway unless another
// translator is installed.
#pragma once

namespace tfp::labels {

class SourceLanguage
{
public:
    SourceLanguage();
    ~SourceLanguage();
    SourceLanguage(const SourceLanguage &) = delete;
    SourceLanguage &operator=(const SourceLanguage &) = delete;

private:
    bool m_outer;
};

// Installs the switch on the application, after the translators of the UI language (a second call puts it in
// front of translators installed since). Call it from the thread of the application.
void installSourceLanguageSwitch();

} // namespace tfp::labels
