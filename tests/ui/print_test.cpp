// Datei › Drucken as a planner uses it: Strg+P previews the Arbeitsplan, whose printed pages are those of the
// PDF export; "Tabelle drucken…" prints the table in front with its header on every page and all its rows.
#include "support/catchqt.h"
#include "support/pdftext.h"
#include "support/testutil.h"

#include "document.h"
#include "printing.h"
#include "storage/catalog.h"
#include "views/leistungenview.h"
#include "workspace.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace tfp;
using namespace tfp::ui;
using test::Workspace;

namespace {

QString run(const QString &program, const QStringList &args)
{
    const test::Run r = test::runProgram(program, args, QProcessEnvironment::systemEnvironment(), 60000);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return QString::fromUtf8(r.out);
}

// The pages of a PDF as pdftotext reads them, in the order they were painted (a wrapped cell's lines
// together), ligatures ("ﬂ") as their letters.
QStringList pdfPages(const QString &pdf)
{
    QStringList pages = run(u"pdftotext"_qs, {u"-raw"_qs, pdf, u"-"_qs})
                            .normalized(QString::NormalizationForm_KC)
                            .split(u'\f');
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    // The tagged PDF keeps the space between the words of a wrapped line at its end (so that a screen reader
    // does not run them together); a printout has no such space. The lines themselves must be the same.
    static const QRegularExpression trailing(u"[ \t]+\n"_qs);
    for (QString &page : pages)
        page.replace(trailing, u"\n"_qs);
    return pages;
}

// Wrapped cells and pdftotext's columns put line breaks and spaces anywhere between words.
QString squeezed(QString text)
{
    text.remove(QRegularExpression(u"\\s+"_qs));
    return text;
}

// TFP_PRINT_KEEP=DIR keeps the printed PDFs there for a human look (pdftoppm -png).
void printToPdf(const report::PdfDocument &doc, const QString &path)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    REQUIRE(printDocument(doc, printer));
    if (const QString keep = qEnvironmentVariable("TFP_PRINT_KEEP"); !keep.isEmpty())
        QFile::copy(path, QDir(keep).filePath(QFileInfo(path).fileName()));
}

void showActive(Workspace &w)
{
    w.window->resize(1366, 768);
    w.window->show();
    w.window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(w.window.get()));
}

QPrintPreviewDialog *openPreview()
{
    QPrintPreviewDialog *found = nullptr;
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *d = qobject_cast<QPrintPreviewDialog *>(w); d && d->isVisible())
            found = d;
    return found;
}

QAction *fileAction(Workspace &w, const QString &text)
{
    for (QAction *menu : w.window->menuBar()->actions())
        if (menu->menu() && menu->text() == u"&Datei")
            for (QAction *a : menu->menu()->actions())
                if (a->text() == text)
                    return a;
    return nullptr;
}

// Checks a printed table: every column title on every page, every page numbered, every row somewhere.
void checkTablePrint(const QStringList &pages, const QStringList &titles, const QStringList &rows)
{
    REQUIRE(pages.size() > 1);
    for (int i = 0; i < pages.size(); ++i) {
        INFO("page " << i + 1);
        for (const QString &t : titles)
            CHECK(squeezed(pages[i]).contains(squeezed(t)));
        CHECK(pages[i].contains(u"Seite %1 von %2"_qs.arg(i + 1).arg(pages.size())));
    }
    const QString all = squeezed(pages.join(u'\n'));
    for (const QString &r : rows) {
        INFO(r.toStdString());
        CHECK(all.contains(squeezed(r)));
    }
}

} // namespace

TEST_CASE("The printed Arbeitsplan has the pages and the text of the exported PDF", "[ui]")
{
    Workspace w;
    const int id = w.themenfeld(u"Familie & Kind"_qs);
    QTemporaryDir dir;
    const QString printed = dir.filePath(u"gedruckt.pdf"_qs), exported = dir.filePath(u"export.pdf"_qs);
    printToPdf(arbeitsplanDocument(w.doc(), id), printed);
    REQUIRE(arbeitsplanDocument(w.doc(), id).writePdf(exported));
    const int pages = test::pdfPageCount(exported);
    CHECK(pages > 10);
    CHECK(test::pdfPageCount(printed) == pages);
    // The same words on the same lines; the tagged file keeps the space after a line broken at a space, and
    // pdftotext reads some gaps of it as two spaces ("Terminkonflikte  10" in the contents).
    auto lines = [](QStringList pages) {
        for (QString &p : pages) {
            p.remove(QRegularExpression(u" +$"_qs, QRegularExpression::MultilineOption));
            p.replace(QRegularExpression(u"  +"_qs), u" "_qs);
        }
        return pages;
    };
    CHECK(lines(pdfPages(printed)) == lines(pdfPages(exported)));
}

TEST_CASE("Tabelle drucken prints the Leistungen as shown, header on every page", "[ui]")
{
    Workspace w;
    showActive(w);
    const int id = w.themenfeld(u"Familie & Kind"_qs);
    w.window->selectThemenfeld(id);
    QTreeView *tree = w.window->leistungenView()->tree();
    tree->expandAll();
    tree->setFocus();
    REQUIRE(tableInFront(w.window->tabs()->currentWidget()) == tree);

    QStringList titles, rows;
    for (int c = 0; c < tree->header()->count(); ++c)
        if (!tree->header()->isSectionHidden(c))
            titles << tree->model()->headerData(c, Qt::Horizontal).toString();
    for (const Leistung &l : w.doc().plan().leistungen)
        if (const Lage *lage = w.doc().plan().lage(l.lageId); lage && lage->themenfeldId == id)
            rows << l.name;
    REQUIRE(rows.size() > 20);

    QTemporaryDir dir;
    const QString pdf = dir.filePath(u"tabelle.pdf"_qs);
    printToPdf(tableDocument(*tree, u"Leistungen – Familie & Kind"_qs, u"Test"_qs), pdf);
    checkTablePrint(pdfPages(pdf), titles, rows);

    // A collapsed Lage hides its Leistungen on paper too.
    tree->collapseAll();
    const QString collapsed = dir.filePath(u"eingeklappt.pdf"_qs);
    printToPdf(tableDocument(*tree, u"Leistungen"_qs, u"Test"_qs), collapsed);
    const QString text = squeezed(pdfPages(collapsed).join(u'\n'));
    CHECK_FALSE(text.contains(squeezed(rows.first())));
}

TEST_CASE("Strg+P previews the Arbeitsplan and its Drucken prints it", "[ui]")
{
    Workspace w;
    showActive(w);
    const int id = w.themenfeld(u"Familie & Kind"_qs);
    w.window->selectThemenfeld(id);
    QAction *action = fileAction(w, u"Arbeitsplan &drucken…"_qs);
    REQUIRE(action);
    CHECK(action->shortcut() == QKeySequence(QKeySequence::Print));

    QTest::keyClick(QApplication::focusWidget(), Qt::Key_P, Qt::ControlModifier);
    QPrintPreviewDialog *dialog = openPreview();
    REQUIRE(dialog);
    auto *preview = dialog->findChild<QPrintPreviewWidget *>();
    REQUIRE(preview);
    const int pages = arbeitsplanDocument(w.doc(), id).pageCount();
    QTRY_COMPARE(preview->pageCount(), pages);

    QTemporaryDir dir;
    const QString pdf = dir.filePath(u"gedruckt.pdf"_qs);
    dialog->printer()->setOutputFormat(QPrinter::PdfFormat);
    dialog->printer()->setOutputFileName(pdf);
    preview->print();
    dialog->close();
    QTRY_VERIFY(!openPreview());
    CHECK(test::pdfPageCount(pdf) == pages);
    CHECK(pdfPages(pdf).value(0).contains(u"Familie & Kind"_qs));
}

TEST_CASE("Tabelle drucken previews the table in front", "[ui]")
{
    Workspace w;
    showActive(w);
    w.window->selectThemenfeld(w.themenfeld(u"Familie & Kind"_qs));
    w.window->leistungenView()->tree()->setFocus();
    QAction *action = fileAction(w, u"&Tabelle drucken…"_qs);
    REQUIRE(action);
    action->trigger();
    QPrintPreviewDialog *dialog = openPreview();
    REQUIRE(dialog);
    CHECK(dialog->windowTitle().contains(u"Leistungen – Familie & Kind"_qs));
    auto *preview = dialog->findChild<QPrintPreviewWidget *>();
    QTRY_VERIFY(preview->pageCount() > 1);
    dialog->close();
    QTRY_VERIFY(!openPreview());
}
