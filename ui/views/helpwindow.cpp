// The user guide window: a QTextBrowser over the embedded HTML guide with back, forward and contents.
#include "helpwindow.h"

#include "palettecolors.h"

#include <QEvent>
#include <QFile>
#include <QGuiApplication>
#include <QTextBrowser>
#include <QToolBar>
#include <QUrl>
#include <QVBoxLayout>

namespace tfp::ui {

namespace {

// The guide's colours, taken from the application palette or checked against its Base: headings in the
// guide's blue, links in the palette's, header cells tinted with the palette's highlight.
QString paletteStyleSheet()
{
    const QPalette p = QGuiApplication::palette();
    const QColor base = p.color(QPalette::Base);
    QColor tint = p.color(QPalette::Highlight);
    tint.setAlpha(40);
    const QColor header = composited(tint, base);
    return u"h1, h2 { color: %1; } a { color: %2; } th { background: %3; color: %4; }"_qs.arg(
        readableOnBase(QColor(0x1b, 0x4a, 0x82)).name(), linkColor().name(), header.name(),
        readableOn(p.color(QPalette::Text), header).name());
}

} // namespace

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
    m_browser->document()->setDefaultStyleSheet(paletteStyleSheet());
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

void HelpWindow::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // A new application palette (a switch to a dark theme): the guide takes its colours again.
    if (event->type() == QEvent::PaletteChange && m_browser) {
        const QString css = paletteStyleSheet();
        if (css != m_browser->document()->defaultStyleSheet()) {
            m_browser->document()->setDefaultStyleSheet(css);
            m_browser->reload();
        }
    }
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
