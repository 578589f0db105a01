// The user guide shipped with the app (resources/help/<lang>/index.html, embedded as :/help) in a window of
// its own: F1 and Hilfe › Benutzerhandbuch open it in the UI language, at the chapter of the current tab.
#pragma once

#include <QUrl>
#include <QWidget>

class QTextBrowser;

namespace tfp::ui {

class HelpWindow : public QWidget
{
    Q_OBJECT
public:
    // language "de" or "en"; an unknown one shows the German guide.
    explicit HelpWindow(const QString &language, QWidget *parent = nullptr);

    // Shows the guide at the anchor of a chapter ("leistungen", "priorisierung" …), or its start when empty.
    void showChapter(const QString &chapter);
    QTextBrowser *browser() const { return m_browser; }
    // The guide's start page for language, as a resource URL.
    static QUrl guideUrl(const QString &language);

protected:
    void changeEvent(QEvent *event) override;

private:
    QTextBrowser *m_browser = nullptr;
    QString m_language;
};

} // namespace tfp::ui
