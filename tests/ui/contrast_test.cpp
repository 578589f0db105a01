// Every colour the app sets itself stays readable (WCAG AA, 4.5 : 1) in a light, a dark and two
// high-contrast palettes: the cells of every view of every tab, and the labels and line edits whose palette
// or style sheet the app changes (banners, hints, red validation text after typing a date that is none, the
// import and export dialogs' red reasons).
#include "support/catchqt.h"

#include "darkpalette.h"
#include "dateedit.h"
#include "document.h"
#include "exchange/defaultcatalog.h"
#include "exchange/reviewmerge.h"
#include "exchangefixture.h"
#include "fieldform.h"
#include "mainwindow.h"
#include "palettecolors.h"
#include "storage/catalog.h"
#include "support/demoplan.h"
#include "support/testutil.h"
#include "views/exportdialog.h"
#include "views/helpwindow.h"
#include "views/leistungeditor.h"
#include "views/prioritisationview.h"
#include "views/reviewmergedialog.h"
#include "views/stimmendialog.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>
#include <map>

using namespace tfp;
using namespace tfp::ui;
using namespace tfp::schema;
using tfp::test::darkPalette;

namespace {

struct RestorePalette
{
    QPalette palette = QApplication::palette();
    ~RestorePalette() { QApplication::setPalette(palette); }
};

// High contrast: every text role ink, every background role paper (the Link keeps the light palette's).
QPalette flatPalette(QPalette p, const QColor &ink, const QColor &paper)
{
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::ToolTipText,
                      QPalette::BrightText, QPalette::PlaceholderText, QPalette::HighlightedText})
        p.setColor(role, role == QPalette::HighlightedText ? paper : ink);
    for (auto role :
         {QPalette::Window, QPalette::Base, QPalette::AlternateBase, QPalette::Button, QPalette::ToolTipBase})
        p.setColor(role, paper);
    p.setColor(QPalette::Highlight, ink);
    return p;
}

QColor colourOf(const QVariant &v)
{
    if (v.canConvert<QBrush>() && v.userType() == QMetaType::QBrush)
        return v.value<QBrush>().color();
    return v.value<QColor>();
}

QString describe(const QWidget *w)
{
    QStringList path;
    for (; w; w = w->parentWidget())
        path.prepend(w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className())
                                               : w->objectName());
    return path.join(u'/');
}

// The colour a widget's text stands on: the nearest widget up the tree that paints its background.
QColor backgroundOf(const QWidget *w)
{
    if (qobject_cast<const QLineEdit *>(w))
        return w->palette().color(QPalette::Base);
    for (; w; w = w->parentWidget())
        if (w->autoFillBackground() || w->testAttribute(Qt::WA_StyledBackground) || w->isWindow())
            return w->palette().color(w->backgroundRole());
    return QApplication::palette().color(QPalette::Window);
}

struct Check
{
    QString palette;
    int pairs = 0;
    struct Failure
    {
        QString first; // the first cell or widget where it occurs
        int count = 0;
    };
    std::map<QString, Failure> failures; // by view or widget and colours

    void pair(const QString &where, const QString &detail, const QColor &fg, const QColor &bg)
    {
        ++pairs;
        const double ratio = contrastRatio(fg, bg);
        if (ratio >= 4.5)
            return;
        Failure &f =
            failures[u"%1: %2 on %3 = %4 : 1"_qs.arg(where, fg.name(), bg.name()).arg(ratio, 0, 'f', 2)];
        if (f.count++ == 0)
            f.first = detail;
    }

    // Every cell that sets a foreground or background colour, against the palette's Base and Text.
    void view(const QAbstractItemView *v)
    {
        const QAbstractItemModel *m = v->model();
        if (!m)
            return;
        const QPalette p = v->palette();
        const QString name = describe(v);
        std::function<void(const QModelIndex &)> rows = [&](const QModelIndex &parent) {
            for (int r = 0; r < std::min(m->rowCount(parent), 400); ++r)
                for (int c = 0; c < m->columnCount(parent); ++c) {
                    const QModelIndex i = m->index(r, c, parent);
                    const QVariant fg = i.data(Qt::ForegroundRole), bg = i.data(Qt::BackgroundRole);
                    if (fg.isValid() || bg.isValid()) {
                        const QColor base = p.color(QPalette::Base);
                        const QColor back = bg.isValid() ? composited(colourOf(bg), base) : base;
                        pair(name,
                             u"row %1, column %2 „%3“"_qs.arg(r).arg(c).arg(i.data().toString().left(40)),
                             fg.isValid() ? colourOf(fg) : p.color(QPalette::Text), back);
                    }
                    if (c == 0 && m->hasChildren(i))
                        rows(i);
                }
        };
        rows({});
    }

    // Labels and line edits: their text colour (as palette or style sheet set it) on their background.
    void widgets(QWidget *top)
    {
        QList<QWidget *> all = top->findChildren<QWidget *>();
        all.prepend(top);
        for (QWidget *w : all) {
            auto *label = qobject_cast<QLabel *>(w);
            auto *edit = qobject_cast<QLineEdit *>(w);
            // Disabled controls are exempt from WCAG's contrast minimum (and greyed out by the style).
            if (((!label || label->text().isEmpty()) && !edit) || !w->isEnabled())
                continue;
            w->ensurePolished();
            pair(describe(w), label ? u"„%1“"_qs.arg(label->text().left(40)) : edit->text(),
                 w->palette().color(w->foregroundRole()), backgroundOf(w));
            // Colours written into a label's rich text.
            static const QRegularExpression colour(u"color:\\s*(#[0-9a-fA-F]{6})"_qs);
            if (label && Qt::mightBeRichText(label->text()))
                for (const auto &m : colour.globalMatch(label->text()))
                    pair(describe(w) + u" (rich text)"_qs, label->text().left(60), QColor(m.captured(1)),
                         backgroundOf(w));
        }
    }

    // The text of a rich-text document as shown (the user guide): every fragment on its cell or Base.
    void document(const QTextBrowser *b)
    {
        const QString name = describe(b);
        const QColor base = b->palette().color(QPalette::Base), text = b->palette().color(QPalette::Text);
        for (QTextBlock block = b->document()->begin(); block.isValid(); block = block.next()) {
            QColor under = base;
            QTextCursor at(block);
            if (const QTextTable *t = at.currentTable())
                if (const QBrush cell = t->cellAt(at).format().background(); cell.style() != Qt::NoBrush)
                    under = composited(cell.color(), base);
            if (const QBrush own = block.blockFormat().background(); own.style() != Qt::NoBrush)
                under = composited(own.color(), under);
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextFragment f = it.fragment();
                if (!f.isValid() || f.text().trimmed().isEmpty())
                    continue;
                const QTextCharFormat cf = f.charFormat();
                const QColor fg = cf.foreground().style() != Qt::NoBrush ? cf.foreground().color() : text;
                const QColor bg = cf.background().style() != Qt::NoBrush
                                      ? composited(cf.background().color(), under)
                                      : under;
                pair(name, u"„%1“"_qs.arg(f.text().left(40)), fg, bg);
            }
        }
    }

    void items(QWidget *top)
    {
        for (const QAbstractItemView *v : top->findChildren<QAbstractItemView *>())
            view(v);
    }

    QString report() const
    {
        QStringList lines{
            u"%1 palette: %2 pairs, %3 below 4.5 : 1"_qs.arg(palette).arg(pairs).arg(failures.size())};
        for (const auto &[message, f] : failures)
            lines << u"%1 — %2 time(s), first at %3"_qs.arg(message).arg(f.count).arg(f.first);
        return lines.join(u'\n');
    }
};

} // namespace

TEST_CASE("every colour pair the app sets reads at 4.5 : 1 in light, dark and high-contrast palettes",
          "[ui][contrast]")
{
    RestorePalette restore;
    const QPalette light = QApplication::style()->standardPalette();
    const std::pair<QString, QPalette> palettes[] = {
        {u"light"_qs, light},
        {u"dark"_qs, darkPalette(light)},
        {u"black on white"_qs, flatPalette(light, Qt::black, Qt::white)},
        {u"white on black"_qs, flatPalette(light, Qt::white, Qt::black)}};
    for (const auto &[name, palette] : palettes) {
        QApplication::setPalette(palette);
        QTemporaryDir dir;
        const QString path = test::defaultCatalogCopy(dir);
        {
            auto c = Catalog::open(path);
            const PlanSnapshot plan = c->loadPlan(PlanDetail::Summary);
            test::addDemoPlan(*c, plan.themenfeldByName(u"Familie & Kind"_qs)->id);
        }
        MainWindow window(Catalog::open(path));
        window.setWindowState(Qt::WindowNoState);
        window.resize(1366, 768);
        window.show();
        Check check;
        check.palette = name;
        const int familie = window.document()->plan().themenfeldByName(u"Familie & Kind"_qs)->id;
        for (int themenfeld : {familie, 0}) {
            window.selectThemenfeld(themenfeld);
            for (int t = 0; t < window.tabs()->count(); ++t) {
                window.tabs()->setCurrentIndex(t);
                QCoreApplication::processEvents();
                check.items(window.tabs()->widget(t));
            }
        }
        window.selectThemenfeld(familie);
        check.items(&window);

        // Text that is not a date, typed into the details form's Go-live: red in the field and below it.
        window.leistungEditor()->setLeistung(10000);
        FieldForm *form = window.leistungEditor()->form();
        QWidget *goLive = form->editor(col::goLive.toString());
        REQUIRE(qobject_cast<DateEdit *>(goLive));
        QTest::mouseClick(goLive, Qt::LeftButton);
        QTest::keyClick(goLive, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(goLive, u"31.09.2026"_qs);
        QTest::keyClick(goLive, Qt::Key_Return);
        REQUIRE_FALSE(qobject_cast<DateEdit *>(goLive)->problem().isEmpty());
        CHECK(goLive->palette().color(QPalette::Text) != palette.color(QPalette::Text));
        const auto messages = form->findChildren<QLabel *>();
        CHECK(std::count_if(messages.cbegin(), messages.cend(), [](const QLabel *l) {
                  return l->isVisible() && signalOf(l) == Signal::Error && !l->text().isEmpty();
              }) == 1);
        check.widgets(form);

        // The votes dialog says the same below its own date field.
        PrioritisationView *prioritaet = window.prioritisationView();
        window.tabs()->setCurrentWidget(prioritaet);
        prioritaet->rankingTable()->setCurrentIndex(prioritaet->proxy()->index(0, 0));
        StimmenDialog *votes = prioritaet->openStimmenDialog();
        REQUIRE(votes);
        QTest::keyClick(votes->datum(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(votes->datum(), u"31.11.2026"_qs);
        CHECK_FALSE(votes->record());
        check.widgets(&window); // the votes dialog is the Priorisierung's child
        votes->close();

        // A workshop package from another catalog: the merge dialog says why in red.
        const QString foreign = dir.filePath(u"fremd.tfreview"_qs);
        createReviewPackage(*Catalog::create(dir.filePath(u"anderer.tfplan"_qs), populateDefaultCatalog),
                            familie, foreign);
        ReviewMergeDialog *refused = window.startReviewMerge(foreign);
        REQUIRE(refused);
        REQUIRE(refused->summary()->text().contains(u"stammt aus einem anderen Katalog"_qs));
        check.widgets(refused);
        refused->close();

        // A table that cannot be read, typed into the import dialog: the reason in red.
        QPointer<ImportDialog> importer = window.startImport();
        test::exchangeui::typeFile(importer, test::exchangeui::data(u"kaputt.csv"_qs));
        REQUIRE_FALSE(importer->error().isEmpty());
        REQUIRE(importer->summary()->text().contains(u"Anführungszeichen"_qs));
        check.widgets(importer);
        importer->close();

        // An export into a folder that is not there: the reason in red.
        QPointer<ExportDialog> exporter = window.startExport();
        exporter->fileEdit()->clear();
        QTest::keyClicks(exporter->fileEdit(), dir.filePath(u"fehlt/ordner/plan.csv"_qs));
        REQUIRE(exporter->exportButton()->isEnabled());
        QTest::mouseClick(exporter->exportButton(), Qt::LeftButton);
        REQUIRE_FALSE(exporter.isNull());
        REQUIRE(exporter->summary()->text().contains(u"kann nicht geschrieben werden"_qs));
        check.widgets(exporter);
        exporter->close();

        // The user guide, opened with F1.
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_F1);
        auto *help = window.findChild<HelpWindow *>();
        REQUIRE(help);
        help->showChapter(QString());
        check.document(help->browser());
        help->close();

        // The banners: read-only beside another window that writes, and a workshop package.
        MainWindow second(Catalog::open(path));
        REQUIRE(second.document()->isReadOnly());
        check.widgets(&second);
        const QString package = dir.filePath(u"sitzung.tfreview"_qs);
        REQUIRE(window.createReviewPackage(package));
        MainWindow review(Catalog::open(package));
        const auto banners = review.findChildren<QLabel *>(u"ReviewBanner"_qs);
        REQUIRE(banners.size() == 1);
        REQUIRE_FALSE(banners[0]->text().isEmpty());
        check.widgets(&review);

        INFO(check.report().toStdString());
        CHECK(check.pairs >= 200);
        CHECK(check.failures.empty());
    }
}

TEST_CASE("signal texts and the user guide follow a change of the application palette", "[ui][contrast]")
{
    RestorePalette restore;
    const QPalette light = QApplication::style()->standardPalette();
    QApplication::setPalette(light);
    QWidget form;
    auto *message = new QLabel(u"Kein Datum"_qs, &form);
    auto *edit = new DateEdit(&form);
    setSignalText(message, Signal::Error);
    setSignalText(edit, Signal::Error);
    form.show();
    HelpWindow help(u"de"_qs);
    help.show();
    CHECK(message->palette().color(QPalette::WindowText) == QColor(0xa6, 0x1b, 0x1b));
    for (const QPalette &p : {darkPalette(light), flatPalette(light, Qt::white, Qt::black), light}) {
        QApplication::setPalette(p);
        QCoreApplication::processEvents();
        const QColor ink = message->palette().color(QPalette::WindowText);
        INFO(ink.name().toStdString() << " on " << p.color(QPalette::Window).name().toStdString());
        CHECK(contrastRatio(ink, p.color(QPalette::Window)) >= 4.5);
        CHECK(contrastRatio(edit->palette().color(QPalette::Text), p.color(QPalette::Base)) >= 4.5);
        CHECK(ink != p.color(QPalette::WindowText)); // still red, not the palette's text
        CHECK(ink.red() > ink.blue());
        Check guide;
        guide.document(help.browser());
        INFO(guide.report().toStdString());
        CHECK(guide.pairs >= 100);
        CHECK(guide.failures.empty());
    }
    setSignalText(message, Signal::None);
    CHECK(message->palette().color(QPalette::WindowText) == light.color(QPalette::WindowText));
}
