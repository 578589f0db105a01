// The user guide window: a QTextBrowser over the embedded HTML guide with back, forward and contents.
#include "helpwindow.h"

#include <QFile>
#include <QTextBrowser>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>

namespace tfp::ui {

QUrl HelpWindow::guideUrl(const QString &language)
{
    const QString lang = QFile::exists(u":/help/%1/index.html"_qs.arg(language)) ? language : u"de"_qs;
    return QUrl(u"qrc:/help/%1/index.html"_qs.arg(lang));
}

HelpWindow::HelpWindow(const QString &language, QWidget *parent)
    : QWidget(parent, Qt::Window), m_language(language)
{
    setWindowTitle(tr("Benutzerhandbuch – Themenfeldplaner"));
    setObjectName(u"HelpWindow"_qs);
    m_browser = new QTextBrowser(this);
    m_browser->setOpenExternalLinks(true);
    m_browser->setAccessibleName(tr("Benutzerhandbuch"));

    auto *bar = new QToolBar(this);
    QAction *back = bar->addAction(tr("&Zurück"), m_browser, &QTextBrowser::backward);
    back->setShortcut(QKeySequence::Back);
    QAction *forward = bar->addAction(tr("&Vor"), m_browser, &QTextBrowser::forward);
    forward->setShortcut(QKeySequence::Forward);
    bar->addAction(tr("&Inhalt"), this, [this] { showChapter(QString()); });
    back->setEnabled(false);
    forward->setEnabled(false);
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QAction::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, forward, &QAction::setEnabled);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(bar);
    layout->addWidget(m_browser);
    resize(820, 680);
    showChapter(QString());
}

void HelpWindow::showChapter(const QString &chapter)
{
    QUrl url = guideUrl(m_language);
    if (!chapter.isEmpty())
        url.setFragment(chapter);
    m_browser->setSource(url);
    if (!chapter.isEmpty())
        m_browser->scrollToAnchor(chapter);
}

} // namespace tfp::ui
