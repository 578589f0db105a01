// The Arbeitsplan dialog as a planner uses it: the pages previewed before saving, the choice of sections and
// date range remembered, and an export of all 14 Themenfelder that can be cancelled without half a file.
#include "support/catchqt.h"
#include "support/pdftext.h"
#include "support/testutil.h"

#include "edit/edits.h"
#include "edit/workshopedits.h"
#include "storage/catalog.h"
#include "views/pdfexportdialog.h"
#include "workspace.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QProgressDialog>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace tfp;
using namespace tfp::ui;
using report::Section;

namespace {

// ctest runs test cases in parallel processes: each gets settings of its own, so that one case's choice is
// not another's.
struct OwnSettings
{
    const QString previous = QCoreApplication::applicationName();
    OwnSettings()
    {
        QCoreApplication::setApplicationName(
            u"pdf-dialog-test-%1"_qs.arg(QCoreApplication::applicationPid()));
    }
    ~OwnSettings()
    {
        QSettings().clear();
        QCoreApplication::setApplicationName(previous);
    }
};

void forgetChoice()
{
    QSettings s;
    for (const char *key : {"pdf/sections", "pdf/from", "pdf/to", "pdf/format", "user/author"})
        s.remove(QString::fromUtf8(key));
}

// An ODT as odfpy (python3-odf) reads it: the media type, the headings with their levels, the metadata.
QString odtSummary(const QString &odt)
{
    const test::Run r = test::readWithOdfpy(odt);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return QString::fromUtf8(r.out);
}

} // namespace

TEST_CASE("The PDF dialog previews the pages it will save", "[ui]")
{
    const OwnSettings own;
    forgetChoice();
    test::Workspace ws;
    PdfExportDialog d(ws.doc(), ws.themenfeld(u"Familie & Kind"_qs));
    d.show();
    const int all = d.previewPages();
    CHECK(all > 10);
    CHECK(d.seitenListe()->count() == all);
    CHECK(d.statusText() == u"Vorschau: %1 Seiten."_qs.arg(all));
    // The thumbnails start blank and are painted a few at a time; the last one ends up with its page.
    auto inked = [&](int page) {
        const QImage img = d.seitenListe()->item(page)->icon().pixmap(150, 212).toImage();
        int n = 0;
        for (int y = 0; y < img.height(); ++y)
            for (int x = 0; x < img.width(); ++x)
                n += img.pixelColor(x, y) != QColor(Qt::white);
        return n;
    };
    QTRY_VERIFY(inked(all - 1) > 100);
    QTest::mouseClick(d.abschnittBox(Section::Anhang), Qt::LeftButton, {}, QPoint(4, 4));
    d.refreshPreview();
    CHECK(d.previewPages() < all);
    CHECK(d.seitenListe()->count() == d.previewPages());

    // A range ending before it starts is refused where it is chosen, and nothing is saved.
    d.zeitraumBox()->setChecked(true);
    d.vonEdit()->setDate(QDate(2026, 1, 1));
    d.bisEdit()->setDate(QDate(2025, 1, 1));
    d.refreshPreview();
    CHECK(d.previewPages() == 0);
    CHECK(d.statusText() == u"Der Zeitraum beginnt am 01.01.2026, nach seinem Ende am 01.01.2025."_qs);
    const QString path = ws.dir.filePath(u"familie.pdf"_qs);
    CHECK_FALSE(d.exportTo(path));
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("The PDF dialog saves the chosen sections and remembers the choice", "[ui]")
{
    const OwnSettings own;
    forgetChoice();
    QSettings().setValue(u"user/author"_qs, u"Dr. Erika Mustermann"_qs);
    test::Workspace ws;
    const QString path = ws.dir.filePath(u"familie.pdf"_qs);
    {
        PdfExportDialog d(ws.doc(), ws.themenfeld(u"Familie & Kind"_qs));
        for (Section a : {Section::Priorisierung, Section::Anhang, Section::Meilensteine})
            d.abschnittBox(a)->setChecked(false);
        d.zeitraumBox()->setChecked(true);
        d.vonEdit()->setDate(QDate(2024, 1, 1));
        d.bisEdit()->setDate(QDate(2025, 12, 31));
        REQUIRE(d.exportTo(path));
        CHECK(d.statusText().startsWith(u"Gespeichert: "_qs));
    }
    const QString text = test::pdfText(path);
    CHECK(text.contains(u"2 Umsetzungsprojekte"_qs));
    CHECK_FALSE(text.contains(u"Priorisierung"_qs));
    CHECK_FALSE(text.contains(u"Steckbriefe"_qs));
    CHECK(test::pdfInfo(path).contains(u"Dr. Erika Mustermann"_qs));

    // The next time the dialog opens with the same choice.
    PdfExportDialog again(ws.doc(), ws.themenfeld(u"Familie & Kind"_qs));
    CHECK_FALSE(again.abschnittBox(Section::Priorisierung)->isChecked());
    CHECK_FALSE(again.abschnittBox(Section::Anhang)->isChecked());
    CHECK(again.abschnittBox(Section::Projekte)->isChecked());
    CHECK(again.zeitraumBox()->isChecked());
    CHECK(again.vonEdit()->date() == QDate(2024, 1, 1));
    CHECK(again.bisEdit()->date() == QDate(2025, 12, 31));
    CHECK(again.options().sections.size() == 6);
    forgetChoice();
}

TEST_CASE("The Arbeitsplan dialog saves an editable ODT when ODT is clicked", "[ui]")
{
    const OwnSettings own;
    forgetChoice();
    QSettings().setValue(u"user/author"_qs, u"Dr. Erika Mustermann"_qs);
    test::Workspace ws;
    const QString path = ws.dir.filePath(u"familie.odt"_qs);
    {
        PdfExportDialog d(ws.doc(), ws.themenfeld(u"Familie & Kind"_qs));
        d.show();
        REQUIRE(QTest::qWaitForWindowExposed(&d));
        CHECK(d.pdfButton()->isChecked()); // the signed-off version stays the first choice
        CHECK(d.odtButton()->text() == u"&ODT (bearbeitbar)"_qs);
        QTest::mouseClick(d.odtButton(), Qt::LeftButton, {}, QPoint(4, 4));
        CHECK(d.odtButton()->isChecked());
        CHECK_FALSE(d.pdfButton()->isChecked());
        QTest::mouseClick(d.abschnittBox(Section::Priorisierung), Qt::LeftButton, {}, QPoint(4, 4));
        REQUIRE(d.exportTo(path));
        CHECK(d.statusText() == u"Gespeichert: %1"_qs.arg(QDir::toNativeSeparators(path)));
    }
    const QString odt = odtSummary(path);
    CHECK(odt.startsWith(u"application/vnd.oasis.opendocument.text\n"_qs));
    CHECK(odt.contains(u"\nH1 1 Überblick\n"_qs));
    CHECK(odt.contains(u"\nH2 Nach Status\n"_qs));
    CHECK(odt.contains(u"\nH1 2 Umsetzungsprojekte\n"_qs));
    CHECK_FALSE(odt.contains(u" Priorisierung\n"_qs)); // no heading of the section left out
    CHECK(odt.contains(u"\ncreator Dr. Erika Mustermann\n"_qs));
    CHECK(odt.contains(u"\nlanguage de-DE\n"_qs));

    // The next time the dialog opens with ODT chosen; Alt+F goes back to PDF.
    PdfExportDialog again(ws.doc(), ws.themenfeld(u"Familie & Kind"_qs));
    again.show();
    again.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&again));
    CHECK(again.odtButton()->isChecked());
    QTest::keyClick(&again, Qt::Key_F, Qt::AltModifier);
    QTRY_VERIFY(again.pdfButton()->isChecked()); // a mnemonic clicks the button animated
    const QString pdf = ws.dir.filePath(u"familie.pdf"_qs);
    REQUIRE(again.exportTo(pdf));
    CHECK(test::pdfText(pdf).contains(u"1 Überblick"_qs));
    forgetChoice();
}

TEST_CASE("With ODT chosen, all 14 Arbeitspläne are saved as ODT files", "[ui]")
{
    const OwnSettings own;
    forgetChoice();
    test::Workspace ws;
    PdfExportDialog d(ws.doc(), 0);
    d.show();
    REQUIRE(QTest::qWaitForWindowExposed(&d));
    d.setThemenfeld(0);
    REQUIRE(d.alle());
    for (Section a : report::allSections())
        if (a != Section::Deckblatt)
            QTest::mouseClick(d.abschnittBox(a), Qt::LeftButton, {}, QPoint(4, 4));
    QTest::mouseClick(d.odtButton(), Qt::LeftButton, {}, QPoint(4, 4));
    const QString out = ws.dir.filePath(u"alle"_qs);
    REQUIRE(d.exportTo(out));
    const QStringList files = QDir(out).entryList(QDir::Files);
    CHECK(files.size() == 14);
    CHECK(files.filter(u".odt"_qs).size() == 14);
    CHECK(files.contains(u"Arbeitsplan Unternehmensführung und -entwicklung.odt"_qs));
    const QString odt = odtSummary(QDir(out).filePath(u"Arbeitsplan Bauen und Wohnen.odt"_qs));
    CHECK(odt.contains(u"Themenfeld Bauen & Wohnen"_qs));
    forgetChoice();
}

TEST_CASE("Every section box has its own mnemonic", "[ui]")
{
    const OwnSettings own;
    forgetChoice();
    test::Workspace ws;
    PdfExportDialog d(ws.doc(), 0);
    QSet<QChar> keys;
    for (Section a : report::allSections()) {
        const QString text = d.abschnittBox(a)->text();
        const qsizetype amp = text.indexOf(u'&');
        REQUIRE(amp >= 0);
        keys.insert(text[amp + 1].toLower());
    }
    CHECK(keys.size() == 9);
}

TEST_CASE("Cancelling the export of all 14 leaves only complete files", "[ui][slow]")
{
    const OwnSettings own;
    forgetChoice();
    test::Workspace ws;
    PdfExportDialog d(ws.doc(), 0);
    d.setThemenfeld(0);
    REQUIRE(d.alle());
    for (Section a : {Section::Anhang, Section::Priorisierung})
        d.abschnittBox(a)->setChecked(false);
    const QString out = ws.dir.filePath(u"alle"_qs);
    // Press "Abbrechen" while the third Arbeitsplan is being written.
    QTimer press;
    press.setInterval(1);
    QObject::connect(&press, &QTimer::timeout, [&] {
        if (d.fortschritt() && d.fortschritt()->value() >= 2)
            d.fortschritt()->cancel();
    });
    press.start();
    CHECK_FALSE(d.exportTo(out));
    press.stop();
    CHECK(d.statusText() == u"Abgebrochen: 2 von 14 Arbeitsplänen gespeichert."_qs);
    const QStringList files = QDir(out).entryList(QDir::Files);
    CHECK(files ==
          QStringList{u"Arbeitsplan Arbeit und Ruhestand.pdf"_qs, u"Arbeitsplan Bauen und Wohnen.pdf"_qs});
    for (const QString &f : files)
        CHECK(test::pdfText(QDir(out).filePath(f)).contains(u"Seite 1 von"_qs));

    // Not cancelled, it writes all 14.
    REQUIRE(d.exportTo(out));
    CHECK(QDir(out).entryList(QDir::Files).size() == 14);
    forgetChoice();
}

TEST_CASE("Datei offers the Arbeitsplan export, named for PDF and ODT alike, with a mnemonic of its own",
          "[ui]")
{
    const OwnSettings own;
    forgetChoice();
    test::Workspace ws;
    QStringList texts;
    QAction *entry = nullptr;
    for (QAction *a : ws.window->menuBar()->actions().first()->menu()->actions()) {
        if (a->isSeparator())
            continue;
        texts.append(a->text());
        if (a->text() == u"&Arbeitsplan exportieren…")
            entry = a;
    }
    INFO(texts.join(u" | "_qs).toStdString());
    REQUIRE(entry);
    CHECK_FALSE(texts.join(u' ').contains(u"als PDF"_qs));
    // Each entry's mnemonic (the letter after a single &) is its own.
    QStringList mnemonics;
    for (const QString &t : texts) {
        const auto m = QRegularExpression(u"&([^&])"_qs).match(QString(t).replace(u"&&"_qs, QString()));
        if (m.hasMatch())
            mnemonics.append(m.captured(1).toLower());
    }
    CHECK(mnemonics.size() == texts.size());
    CHECK(QSet<QString>(mnemonics.cbegin(), mnemonics.cend()).size() == mnemonics.size());

    // Chosen from the menu, it opens the dialog under the same name.
    QString title;
    QTimer poll;
    poll.setInterval(20);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        if (auto *d = qobject_cast<PdfExportDialog *>(QApplication::activeModalWidget())) {
            title = d->windowTitle();
            d->reject();
        }
    });
    poll.start();
    entry->trigger();
    poll.stop();
    CHECK(title == u"Arbeitsplan exportieren");
}

TEST_CASE("Choosing a Stand in the PDF dialog compares the milestones with its dates", "[ui]")
{
    const OwnSettings own;
    forgetChoice();
    test::Workspace ws;
    Catalog &c = ws.catalog();
    const int familie = ws.themenfeld(u"Familie & Kind"_qs);
    const ChangeSet p = edit::createProjekt(c, familie, u"Kita-Portal"_qs, {});
    c.apply(p);
    const ChangeSet m = edit::addMeilenstein(c, p.changes.first().key, u"pilotierung"_qs,
                                             u"Pilot gestartet"_qs, QDate(2026, 3, 1));
    c.apply(m);
    c.apply(edit::addStand(c, u"Jour-Fix 01.10.2025"_qs));
    c.apply(edit::addStand(c, u"Steuerungskreis 14.11.2025"_qs));
    c.apply(edit::setField(c, schema::Table::Meilenstein, m.changes.first().key, schema::col::geplant,
                           u"2026-02-20"_qs));

    PdfExportDialog d(ws.doc(), familie);
    d.show();
    REQUIRE(QTest::qWaitForWindowExposed(&d));
    QComboBox *vergleich = d.vergleichBox();
    // None chosen at first; the newest Stand offered first.
    REQUIRE(vergleich->count() == 3);
    CHECK(vergleich->currentText() == u"(keiner)");
    CHECK(vergleich->itemText(1) == u"Steuerungskreis 14.11.2025");
    CHECK(vergleich->itemText(2) == u"Jour-Fix 01.10.2025");
    for (Section a : report::allSections())
        if (a != Section::Meilensteine)
            QTest::mouseClick(d.abschnittBox(a), Qt::LeftButton, {}, QPoint(4, 4));
    // Alt+G goes to the choice, the arrow key picks the newest Stand.
    d.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&d));
    QTest::keyClick(&d, Qt::Key_G, Qt::AltModifier);
    CHECK(vergleich->hasFocus());
    QTest::keyClick(vergleich, Qt::Key_Down);
    CHECK(vergleich->currentText() == u"Steuerungskreis 14.11.2025");
    CHECK(d.options().baseline.name == u"Steuerungskreis 14.11.2025");
    const QString path = ws.dir.filePath(u"vergleich.pdf"_qs);
    REQUIRE(d.exportTo(path));
    const QString text = test::pdfText(path).simplified();
    INFO(text.toStdString());
    CHECK(text.contains(u"Verglichen mit dem Stand „Steuerungskreis 14.11.2025“"_qs));
    CHECK(text.contains(u"Pilot gestartet Pilotierung 20.02.2026 01.03.2026 −9"_qs));

    // Back to none: the table without the comparison.
    QTest::keyClick(vergleich, Qt::Key_Home);
    CHECK(vergleich->currentText() == u"(keiner)");
    REQUIRE(d.exportTo(path));
    CHECK_FALSE(test::pdfText(path).contains(u"Verschiebung"_qs));
}
