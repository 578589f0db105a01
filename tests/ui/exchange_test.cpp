// Import in the window: the real import dialog driven offscreen with the files under tests/data/exchange, on
// a copy of the embedded default catalog; the menu entries and where they are off.
#include "support/catchqt.h"

#include "edit/changetext.h"
#include "edit/edits.h"
#include "exchange/mspdi.h"
#include "exchange/xlsxread.h"
#include "exchangefixture.h"
#include "models/importpreviewmodel.h"
#include "restorelanguage.h"
#include "translator.h"
#include "views/exportdialog.h"
#include "workspace.h"

#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QPointer>
#include <QPushButton>
#include <QStandardItemModel>
#include <QUndoStack>

using namespace tfp;
using namespace tfp::ui;
using namespace tfp::schema;
using namespace tfp::test::exchangeui;
using exchange::ExportFormat;
using exchange::ExportKind;
using exchange::ImportKind;

TEST_CASE("a CSV import previews the right counts, applies as one undo step, and undo restores everything",
          "[ui][exchange]")
{
    test::Workspace w;
    w.window->selectThemenfeld(w.themenfeld(u"Familie & Kind"_qs));
    const QJsonObject before = tables(w.catalog());
    const int undoSteps = w.doc().undoStack()->count();

    QPointer<ImportDialog> dialog = w.window->startImport();
    CHECK_FALSE(dialog->applyButton()->isEnabled()); // nothing chosen yet
    const qint64 revision = w.catalog().revision();
    typeFile(dialog, data(u"leistungen-familie.csv"_qs));
    REQUIRE(dialog->error().isEmpty());
    // Enter read the file; it applied nothing.
    CHECK(dialog->isVisible());
    CHECK(w.catalog().revision() == revision);
    const exchange::ImportPlan *plan = dialog->plan();
    REQUIRE(plan);
    CHECK(plan->count(Action::Add) == 1);
    CHECK(plan->count(Action::Update) == 2);
    CHECK(plan->count(Action::Unchanged) == 1);
    CHECK(dialog->tabs()->tabText(tabIndex(dialog, Action::Add)) == u"Neu (1)");
    CHECK(dialog->tabs()->tabText(tabIndex(dialog, Action::Update)) == u"Geändert (2)");
    CHECK(dialog->tabs()->tabText(tabIndex(dialog, Action::Unchanged)) == u"Unverändert (1)");
    CHECK(dialog->tabs()->tabText(tabIndex(dialog, Action::Rejected)) == u"Abgelehnt (0)");
    CHECK_FALSE(dialog->tabs()->isTabVisible(tabIndex(dialog, Action::Unmatched))); // dashboard only
    CHECK(dialog->tabs()->currentWidget() == dialog->table(Action::Update));
    CHECK_FALSE(dialog->sheetBox()->isEnabled()); // a CSV file has no sheets
    // Old → new per field, with German values and dates.
    const QStringList updated = lines(dialog, Action::Update);
    INFO(updated.join(u'\n').toStdString());
    CHECK(updated.contains(u"2 | 10000 Elterngeld | Status | ohne Status | in Umsetzung"_qs));
    CHECK(updated.contains(u"2 | 10000 Elterngeld | Go-live | leer | 01.07.2026"_qs));
    CHECK(updated.contains(u"4 | 10003 Geburtsanzeige | Reifegrad (ist) | leer | 3 – Online-Leistung"_qs));
    const QStringList added = lines(dialog, Action::Add);
    CHECK(added.contains(u"5 | 99001 Geburtsurkunde digital beantragen | Status | in Planung"_qs));
    CHECK(added.contains(u"5 | 99001 Geburtsurkunde digital beantragen | Lage | Geburt"_qs));
    CHECK(dialog->summary()->text().contains(u"„Bemerkung“"_qs)); // an unknown column is reported
    CHECK(dialog->summary()->text().contains(u"UTF-8 mit BOM"_qs));
    shot(dialog, u"import-leistungen"_qs);

    REQUIRE(dialog->applyButton()->isEnabled());
    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(dialog.isNull()); // accepted and gone

    Catalog &c = w.catalog();
    CHECK(c.value(Table::Leistung, 10000, col::status) == u"in_umsetzung"_qs);
    CHECK(c.value(Table::Leistung, 10000, col::goLive) == u"2026-07-01"_qs);
    CHECK(c.value(Table::Leistung, 10000, col::nachfrage).toLongLong() == 12345);
    CHECK(c.value(Table::Leistung, 10000, col::aufwandPt).toDouble() == 12.5);
    CHECK(c.value(Table::Leistung, 99001, col::name) == u"Geburtsurkunde digital beantragen"_qs);
    CHECK(edit::descriptionText(c.journal().last().quelle) == u"Import aus leistungen-familie.csv"_qs);
    CHECK(w.doc().undoStack()->count() == undoSteps + 1); // one step for the whole file
    CHECK(w.doc().undoStack()->undoText().contains(u"leistungen-familie.csv"_qs));
    CHECK(w.doc().plan().leistungIndex.contains(99001)); // the views see the new Leistung

    w.doc().undoStack()->undo();
    CHECK(tables(c) == before);
    CHECK_FALSE(w.doc().plan().leistungIndex.contains(99001));
    w.doc().undoStack()->redo();
    CHECK(c.value(Table::Leistung, 10003, col::status) == u"online"_qs);

    // The same file again: everything unchanged, nothing to apply.
    QPointer<ImportDialog> again = w.window->startImport(data(u"leistungen-familie.csv"_qs));
    CHECK(again->plan()->count(Action::Unchanged) == 4);
    CHECK(again->plan()->changes.isEmpty());
    CHECK(again->tabs()->currentWidget() == again->table(Action::Unchanged));
    CHECK(again->summary()->text().contains(u"Nichts zu ändern"_qs));
    CHECK_FALSE(again->applyButton()->isEnabled());
    CHECK_FALSE(again->apply());
    again->reject();
}

TEST_CASE("a refused row shows its reason per field, and nothing of the file can be applied",
          "[ui][exchange]")
{
    test::Workspace w;
    const QByteArray state = fileState(w.path);
    const qint64 revision = w.catalog().revision();
    QPointer<ImportDialog> dialog = w.window->startImport(data(u"leistungen-fehler.csv"_qs));
    REQUIRE(dialog->plan());
    CHECK(dialog->plan()->count(Action::Rejected) == 2);
    CHECK(dialog->tabs()->currentWidget() == dialog->table(Action::Rejected));
    CHECK(dialog->tabs()->tabText(tabIndex(dialog, Action::Rejected)) == u"Abgelehnt (2)");
    const QStringList rejected = lines(dialog, Action::Rejected);
    INFO(rejected.join(u'\n').toStdString());
    REQUIRE(rejected.size() == 2);
    CHECK(rejected[0].startsWith(
        u"3 | 10001 Erklärung zur Vaterschafts-/Mutterschaftsanerkennung | status | erwartet wird einer der Werte „ohne Status“"_qs));
    CHECK(rejected[0].endsWith(u"(„fertig“)"_qs));
    CHECK(
        rejected[1].startsWith(u"4 | 10003 Geburtsanzeige | go_live | erwartet wird ein gültiges Datum"_qs));
    // The tooltip has the whole message, file and row included, as the command line prints it.
    const QModelIndex reason = dialog->table(Action::Rejected)->model()->index(1, ImportPreviewModel::Alt);
    CHECK(
        reason.data(Qt::ToolTipRole)
            .toString()
            .startsWith(
                u"„leistungen-fehler.csv“, Zeile 4, Spalte „go_live“: erwartet wird ein gültiges Datum"_qs));
    CHECK(dialog->summary()->text().contains(u"Zeilen mit Fehlern: 2. So wird nichts importiert"_qs));
    shot(dialog, u"import-abgelehnt"_qs);
    CHECK_FALSE(dialog->applyButton()->isEnabled());
    CHECK_FALSE(dialog->apply());
    dialog->reject();
    CHECK(w.catalog().revision() == revision);
    CHECK(fileState(w.path) == state);
    CHECK(w.catalog().value(Table::Leistung, 10000, col::status) == u"ohne"_qs); // the good row neither

    // Corrected in Excel and read again: now it can be applied.
    const QString copy = w.dir.filePath(u"korrigiert.csv"_qs);
    test::writeFile(copy, test::readFile(data(u"leistungen-fehler.csv"_qs)));
    QPointer<ImportDialog> again = w.window->startImport(copy);
    CHECK(again->plan()->refused());
    test::writeFile(copy,
                    "ozg_id;status;reifegrad_ist;reifegrad_ziel;go_live\r\n10000;online;3;4;01.07.2026\r\n"
                    "10001;in Planung;;;\r\n10003;online;2;4;28.02.2026\r\n");
    QTest::mouseClick(again->findChild<QPushButton *>(u"ImportReload"_qs), Qt::LeftButton);
    REQUIRE(again->plan());
    CHECK_FALSE(again->plan()->refused());
    CHECK(again->plan()->count(Action::Update) == 3);
    CHECK(again->applyButton()->isEnabled());
}

TEST_CASE("a file that cannot be read shows the core's message and changes nothing", "[ui][exchange]")
{
    test::Workspace w;
    const QByteArray state = fileState(w.path);
    QPointer<ImportDialog> dialog = w.window->startImport();

    typeFile(dialog, data(u"kaputt.csv"_qs));
    CHECK(dialog->plan() == nullptr);
    CHECK(dialog->error() == u"„kaputt.csv“, Zeile 2: Anführungszeichen wird nicht geschlossen."_qs);
    CHECK(dialog->summary()->text().contains(u"Anführungszeichen wird nicht geschlossen"_qs));
    CHECK(dialog->summary()->text().contains(u"Der Katalog bleibt unverändert."_qs));
    CHECK_FALSE(dialog->applyButton()->isEnabled());
    shot(dialog, u"import-kaputt"_qs);

    typeFile(dialog, w.dir.filePath(u"gibt-es-nicht.csv"_qs));
    CHECK(dialog->error().startsWith(u"„gibt-es-nicht.csv“ kann nicht gelesen werden"_qs));

    // A zip that is no workbook, named .xlsx.
    const QString fake = w.dir.filePath(u"bilder.xlsx"_qs);
    QFile::copy(QStringLiteral(TFP_TEST_DATA "/fuzz/xlsx/regression-no-workbook.zip"), fake);
    typeFile(dialog, fake);
    CHECK(dialog->error().contains(u"„bilder.xlsx“"_qs));
    CHECK(dialog->error().contains(u"keine Excel-Arbeitsmappe"_qs));
    CHECK_FALSE(dialog->sheetBox()->isEnabled());

    // A table of another kind: the Leistungen of a workbook taken as projects.
    typeFile(dialog, data(u"zwei-blaetter.xlsx"_qs));
    choose(dialog->kindBox(), dialog->kindBox()->findData(int(ImportKind::Projekte)));
    choose(dialog->sheetBox(), 1);
    CHECK(dialog->error() ==
          u"„zwei-blaetter.xlsx“, Blatt „Leistungen August“: die Spalte „ozg_id“ gehört "
          "zum Import „OZG-Leistungen“, gewählt ist „Umsetzungsprojekte“. Bitte die Art des "
          "Imports oder das Tabellenblatt prüfen; es wurde nichts geändert."_qs);
    CHECK_FALSE(dialog->applyButton()->isEnabled());
    dialog->reject();
    CHECK(fileState(w.path) == state);
    CHECK(w.catalog().count(Table::Projekt) == 0);
}

TEST_CASE("a workbook with two sheets lets the user choose the sheet", "[ui][exchange]")
{
    test::Workspace w;
    QPointer<ImportDialog> dialog = w.window->startImport(data(u"zwei-blaetter.xlsx"_qs));
    QComboBox *sheets = dialog->sheetBox();
    CHECK(sheets->isEnabled());
    REQUIRE(sheets->count() == 2);
    CHECK(sheets->itemText(0) == u"Hinweise");
    CHECK(sheets->itemText(1) == u"Leistungen August");
    // The first sheet is a note, not a table: the message says which sheet and what is missing.
    CHECK(
        dialog->error().startsWith(u"„zwei-blaetter.xlsx“, Blatt „Hinweise“: die Spalte „ozg_id“ fehlt"_qs));
    CHECK(dialog->error().contains(u"ist es das richtige Tabellenblatt?"_qs));

    choose(sheets, 1);
    REQUIRE(dialog->error().isEmpty());
    REQUIRE(dialog->plan());
    CHECK(dialog->plan()->format == u"Excel-Arbeitsmappe, Blatt „Leistungen August“"_qs);
    CHECK(dialog->plan()->count(Action::Update) == 2);
    INFO(lines(dialog, Action::Update).join(u'\n').toStdString());
    CHECK(lines(dialog, Action::Update).contains(u"2 | 10000 Elterngeld | Go-live | leer | 01.08.2023"_qs));
    shot(dialog, u"import-xlsx"_qs);
    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
    CHECK(w.catalog().value(Table::Leistung, 10000, col::goLive) == u"2023-08-01"_qs); // a real date cell
    CHECK(w.catalog().value(Table::Leistung, 10000, col::nachfrage).toLongLong() == 812000);
    CHECK(w.catalog().value(Table::Leistung, 10003, col::status) == u"in_umsetzung"_qs);
}

TEST_CASE("an OpenDocument workbook (.ods) offers its sheets and imports like the xlsx",
          "[ui][exchange][odf]")
{
    test::Workspace w;
    const QJsonObject before = tables(w.catalog());
    QPointer<ImportDialog> dialog = w.window->startImport();
    typeFile(dialog, data(u"zwei-blaetter.ods"_qs));
    QComboBox *sheets = dialog->sheetBox();
    CHECK(sheets->isEnabled());
    REQUIRE(sheets->count() == 2);
    CHECK(sheets->itemText(0) == u"Hinweise");
    CHECK(sheets->itemText(1) == u"Leistungen August");
    CHECK(dialog->error().startsWith(u"„zwei-blaetter.ods“, Blatt „Hinweise“: die Spalte „ozg_id“ fehlt"_qs));
    CHECK(tables(w.catalog()) == before);

    choose(sheets, 1);
    REQUIRE(dialog->error().isEmpty());
    REQUIRE(dialog->plan());
    CHECK(dialog->plan()->format == u"OpenDocument-Tabelle, Blatt „Leistungen August“"_qs);
    CHECK(dialog->summary()->text().contains(u"OpenDocument-Tabelle, Blatt „Leistungen August“"_qs));
    CHECK(dialog->plan()->count(Action::Update) == 2);
    INFO(lines(dialog, Action::Update).join(u'\n').toStdString());
    CHECK(lines(dialog, Action::Update).contains(u"2 | 10000 Elterngeld | Go-live | leer | 01.08.2023"_qs));
    shot(dialog, u"import-ods"_qs);
    const int undoSteps = w.doc().undoStack()->count();
    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
    CHECK(w.catalog().value(Table::Leistung, 10000, col::goLive) == u"2023-08-01"_qs); // a real date cell
    CHECK(w.catalog().value(Table::Leistung, 10000, col::nachfrage).toLongLong() == 812000);
    CHECK(w.catalog().value(Table::Leistung, 10003, col::status) == u"in_umsetzung"_qs);
    REQUIRE(w.doc().undoStack()->count() == undoSteps + 1);
    w.doc().undoStack()->undo(); // all of it, as one step
    CHECK(tables(w.catalog()) == before);
}

TEST_CASE("in the English UI a German workbook's words import as they do in German", "[ui][exchange][odf]")
{
    test::RestoreLanguage restore;
    installUiLanguage(u"en"_qs);
    test::Workspace w;
    const QJsonObject before = tables(w.catalog());
    QPointer<ImportDialog> dialog = w.window->startImport();
    typeFile(dialog, data(u"zwei-blaetter.ods"_qs));
    choose(dialog->sheetBox(), 1);
    // "in Umsetzung" is German in the file; the English UI says "in implementation" and understands both.
    INFO(dialog->error().toStdString());
    REQUIRE(dialog->error().isEmpty());
    REQUIRE(dialog->plan());
    CHECK(dialog->plan()->count(Action::Rejected) == 0);
    CHECK(dialog->plan()->count(Action::Update) == 2);
    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
    CHECK(w.catalog().value(Table::Leistung, 10003, col::status) == u"in_umsetzung"_qs);
    w.doc().undoStack()->undo();
    CHECK(tables(w.catalog()) == before);
}

TEST_CASE("a CSV that LibreOffice re-saved with two-digit years says in the preview how it read them",
          "[ui][exchange]")
{
    test::Workspace w;
    const QString csv = w.dir.filePath(u"calc.csv"_qs);
    test::writeFile(csv, "ozg_id;go_live\n10000;15.03.25\n");
    QPointer<ImportDialog> dialog = w.window->startImport();
    typeFile(dialog, csv);
    REQUIRE(dialog->error().isEmpty());
    CHECK(dialog->summary()->text().contains(u"Zweistellige Jahreszahlen wurden als 20JJ gelesen"_qs));
    CHECK(dialog->summary()->text().contains(u"„15.03.25“ als 15.03.2025"_qs));
    CHECK(lines(dialog, Action::Update).contains(u"2 | 10000 Elterngeld | Go-live | leer | 15.03.2025"_qs));
    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
    CHECK(w.catalog().value(Table::Leistung, 10000, col::goLive) == u"2025-03-15"_qs);
}

TEST_CASE("the dashboard import shows what was matched and what was not", "[ui][exchange]")
{
    test::Workspace w;
    const int familie = w.themenfeld(u"Familie & Kind"_qs);
    qint64 projekt = 0;
    REQUIRE(w.doc().run([&] {
        ChangeSet cs = edit::createProjekt(w.catalog(), familie, u"Elterngeld digital"_qs, {10000});
        projekt = cs.changes.first().key;
        return cs;
    }));
    QPointer<ImportDialog> dialog = w.window->startImport();
    choose(dialog->kindBox(), dialog->kindBox()->findData(int(ImportKind::Dashboard)));
    typeFile(dialog, data(u"dashboard.csv"_qs));
    REQUIRE(dialog->plan());
    CHECK(dialog->tabs()->isTabVisible(tabIndex(dialog, Action::Unmatched)));
    CHECK(dialog->tabs()->tabText(tabIndex(dialog, Action::Unmatched)) == u"Nicht zugeordnet (2)");
    CHECK(lines(dialog, Action::Unmatched) ==
          QStringList{
              u"5 | 99999 Hessen | die OZG-ID 99999 ist nicht im Katalog"_qs,
              u"6 | 10002 Familienversicherung, Atlantis | das Land „Atlantis“ ist nicht im Katalog"_qs});
    CHECK(dialog->summary()->text().contains(
        u"3 Zeilen einer OZG-Leistung des Katalogs zugeordnet, 2 nicht zugeordnet"_qs));
    const QStringList updated = lines(dialog, Action::Update);
    CHECK(updated.contains(
        u"2 | 10000 Elterngeld, Hessen (99001001000000) | Flächendeckung | keine | landesweit"_qs));
    CHECK(updated.contains(
        u"2 | 10000 Elterngeld, Hessen (99001001000000) | Nachnutzung HE in „Elterngeld digital“ | leer | live"_qs));
    shot(dialog, u"import-dashboard"_qs);
    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
    CHECK(w.catalog().value(Table::Leistung, 10000, col::status) == u"online"_qs);
    CHECK(w.catalog().value(Table::Leistung, 10003, col::flaechendeckung) == u"kommune"_qs);
    CHECK(w.catalog().rowsWhere(Table::Nachnutzung, col::projektId, projekt).size() == 2); // HE live, BY
}

TEST_CASE("import is off in a read-only catalog and in a workshop package; export stays", "[ui][exchange]")
{
    test::Workspace w;
    QAction *import = fileAction(*w.window, u"ImportAction"_qs);
    REQUIRE(import);
    CHECK(import->isEnabled());

    MainWindow second(Catalog::open(w.path));
    REQUIRE(second.document()->isReadOnly());
    CHECK_FALSE(fileAction(second, u"ImportAction"_qs)->isEnabled());
    // Even opened some other way, the dialog applies nothing there.
    ImportDialog *dialog = second.startImport(data(u"leistungen-familie.csv"_qs));
    CHECK(dialog->plan()->count(Action::Update) == 2);
    CHECK_FALSE(dialog->applyButton()->isEnabled());
    CHECK(dialog->summary()->text().contains(u"nur zum Lesen geöffnet"_qs));
    dialog->reject();
    ExportDialog *exporter = second.startExport();
    exporter->setPath(w.dir.filePath(u"lesend.xlsx"_qs));
    CHECK(exporter->exportFile());

    w.window->selectThemenfeld(w.themenfeld(u"Familie & Kind"_qs));
    const QString package = w.dir.filePath(u"sitzung.tfreview"_qs);
    REQUIRE(w.window->createReviewPackage(package));
    MainWindow review(Catalog::open(package));
    REQUIRE_FALSE(review.document()->isReadOnly());
    CHECK_FALSE(fileAction(review, u"ImportAction"_qs)->isEnabled());
    CHECK(fileAction(review, u"ImportAction"_qs)->toolTip().contains(u"Workshop-Paket"_qs));
}

TEST_CASE("the Datei menu and both dialogs have unique mnemonics", "[ui][exchange]")
{
    test::Workspace w;
    auto mnemonics = [](const QStringList &texts) {
        QHash<QChar, QStringList> owners;
        for (const QString &text : texts)
            for (qsizetype i = 0; i + 1 < text.size(); ++i) {
                if (text[i] == u'&' && text[i + 1] != u'&') {
                    owners[text[i + 1].toLower()] << text;
                    break;
                }
                if (text[i] == u'&')
                    ++i;
            }
        for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
            INFO("Alt+" << QString(it.key()).toStdString() << ": "
                        << it.value().join(u" | "_qs).toStdString());
            CHECK(it.value().size() == 1);
        }
        return owners.size();
    };
    QMenu *file = w.window->menuBar()->actions().value(0)->menu();
    REQUIRE(file);
    QStringList texts;
    for (QAction *a : file->actions())
        texts << a->text();
    CHECK(texts.contains(u"&Importieren…"_qs));
    CHECK(texts.contains(u"E&xportieren…"_qs));
    mnemonics(texts);
    for (QDialog *dialog :
         std::initializer_list<QDialog *>{w.window->startImport(), w.window->startExport()}) {
        QStringList own;
        for (QAbstractButton *b : dialog->findChildren<QAbstractButton *>())
            own << b->text();
        for (QLabel *l : dialog->findChildren<QLabel *>())
            if (l->buddy())
                own << l->text();
        CHECK(mnemonics(own) >= 5);
        dialog->reject();
    }
}

TEST_CASE("projects with Leistungen and Nachnutzung, then their milestones, come in through the dialog",
          "[ui][exchange]")
{
    test::Workspace w;
    const int familie = w.themenfeld(u"Familie & Kind"_qs);
    w.window->selectThemenfeld(familie);
    QPointer<ImportDialog> dialog = w.window->startImport();
    choose(dialog->kindBox(), dialog->kindBox()->findData(int(ImportKind::Meilensteine)));
    typeFile(dialog, data(u"meilensteine-familie.csv"_qs));
    // Before the projects exist, every milestone says what to do first.
    REQUIRE(dialog->plan());
    CHECK(dialog->plan()->count(Action::Rejected) == 5);
    CHECK(lines(dialog, Action::Rejected)
              .value(0)
              .endsWith(
                  u"projekt | das Projekt „Kita-Portal“ gibt es nicht; zuerst die Projekte importieren"_qs));

    choose(dialog->kindBox(), dialog->kindBox()->findData(int(ImportKind::Projekte)));
    typeFile(dialog, data(u"projekte-familie.csv"_qs));
    REQUIRE(dialog->plan());
    CHECK(dialog->plan()->count(Action::Add) == 3);
    const QStringList added = lines(dialog, Action::Add);
    INFO(added.join(u'\n').toStdString());
    CHECK(added.contains(u"3 | Projekt „Kita-Portal“ | OZG-Leistungen | + 10019 Kindertagesbetreuung"_qs));
    CHECK(added.filter(u"3 | Projekt „Kita-Portal“ | Budget | 1.250.000,50"_qs).size() == 1);
    CHECK(added.contains(u"3 | Projekt „Kita-Portal“ | Nachnutzung HE | live"_qs));
    shot(dialog, u"import-projekte"_qs);
    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
    CHECK(w.doc().plan().projekte.size() == 3);

    dialog = w.window->startImport();
    choose(dialog->kindBox(), dialog->kindBox()->findData(int(ImportKind::Meilensteine)));
    typeFile(dialog, data(u"meilensteine-familie.csv"_qs));
    REQUIRE(dialog->plan());
    CHECK(dialog->plan()->count(Action::Add) == 5);
    CHECK_FALSE(dialog->plan()->refused());
    shot(dialog, u"import-meilensteine"_qs);
    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
    CHECK(w.doc().plan().meilensteine.size() == 5);
    CHECK(edit::descriptionText(w.catalog().journal().last().quelle) ==
          u"Import aus meilensteine-familie.csv"_qs);

    // And out again as the Themenfeld's calendar.
    QPointer<ExportDialog> exporter = w.window->startExport();
    exporter->setKind(ExportKind::Meilensteine);
    exporter->setFormat(ExportFormat::Ics);
    CHECK(exporter->scopeBox()->currentText() == u"Themenfeld „Familie & Kind“");
    CHECK(exporter->summary()->text().contains(u"Meilensteine mit Datum, je ein Termin: 5."_qs));
    CHECK(QFileInfo(exporter->fileEdit()->text()).fileName() == u"Familie & Kind – Meilensteine.ics");
    shot(exporter, u"export-kalender"_qs);
    exporter->setPath(w.dir.filePath(u"familie.ics"_qs));
    QTest::mouseClick(exporter->exportButton(), Qt::LeftButton);
    const QByteArray ics = test::readFile(w.dir.filePath(u"familie.ics"_qs));
    CHECK(ics.count("BEGIN:VEVENT") == 5);
    CHECK(ics.contains("X-WR-CALNAME:OZG-Meilensteine – Familie & Kind\r\n"));
    CHECK(ics.contains("DTSTART;VALUE=DATE:20250214\r\n")); // reached: its actual date
}

TEST_CASE("the Zeitplan goes out to MS Project and a milestone moved there comes back through the dialogs",
          "[ui][exchange]")
{
    test::Workspace w;
    const int familie = w.themenfeld(u"Familie & Kind"_qs);
    w.window->selectThemenfeld(familie);
    qint64 projekt = 0, konzept = 0;
    REQUIRE(w.doc().run([&] {
        ChangeSet cs = edit::createProjekt(w.catalog(), familie, u"Elterngeld digital"_qs, {10000});
        projekt = cs.changes.first().key;
        return cs;
    }));
    REQUIRE(w.doc().run([&] {
        ChangeSet cs = edit::addMeilenstein(w.catalog(), projekt, u"konzeption"_qs, u"Konzept abgenommen"_qs,
                                            QDate(2027, 3, 31));
        konzept = cs.changes.first().key;
        return cs;
    }));

    QPointer<ExportDialog> exporter = w.window->startExport();
    choose(exporter->kindBox(), exporter->kindBox()->findData(int(ExportKind::Zeitplan)));
    CHECK(exporter->format() == ExportFormat::Mspdi); // the only format a Zeitplan has
    auto *formats = qobject_cast<QStandardItemModel *>(exporter->formatBox()->model());
    CHECK_FALSE(formats->item(exporter->formatBox()->findData(int(ExportFormat::Csv)))->isEnabled());
    CHECK(QFileInfo(exporter->fileEdit()->text()).fileName() == u"Familie & Kind – Zeitplan.xml");
    // A new project comes with the standard milestones; all of them are in the file.
    const auto &ms = w.doc().plan().meilensteine;
    const auto count =
        std::count_if(ms.cbegin(), ms.cend(), [&](const Meilenstein &m) { return m.projektId == projekt; });
    CHECK(exporter->summary()->text().contains(u"Meilensteine im Zeitplan: %1,"_qs.arg(count)));
    shot(exporter, u"export-zeitplan"_qs);
    const QString out = w.dir.filePath(u"zeitplan.xml"_qs);
    exporter->fileEdit()->clear();
    QTest::keyClicks(exporter->fileEdit(), out);
    QTest::mouseClick(exporter->exportButton(), Qt::LeftButton);
    QByteArray xml = test::readFile(out);
    REQUIRE(exchange::looksLikeMspdi(xml));

    // In MS Project the milestone moves by six weeks.
    REQUIRE(xml.count("<Finish>2027-03-31T17:00:00</Finish>") >= 1);
    const qsizetype at = xml.indexOf(u"<Value>meilenstein:%1@"_qs.arg(konzept).toUtf8());
    const qsizetype finish = xml.lastIndexOf("<Finish>2027-03-31", at);
    REQUIRE(finish > 0);
    xml.replace(finish, 18, "<Finish>2027-05-12");
    test::writeFile(out, xml);

    QPointer<ImportDialog> dialog = w.window->startImport();
    choose(dialog->kindBox(), dialog->kindBox()->findData(int(ImportKind::Zeitplan)));
    typeFile(dialog, out);
    REQUIRE(dialog->plan());
    CHECK(dialog->plan()->count(Action::Update) == 1);
    const QStringList changed = lines(dialog, Action::Update);
    INFO(changed.join(u'\n').toStdString());
    CHECK(changed.filter(u"31.03.2027"_qs).size() == 1);
    CHECK(changed.filter(u"12.05.2027"_qs).size() == 1);
    shot(dialog, u"import-zeitplan"_qs);
    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
    CHECK(w.catalog().value(Table::Meilenstein, konzept, col::geplant).toDate() == QDate(2027, 5, 12));
    // One undo step, as every import.
    w.doc().undoStack()->undo();
    CHECK(w.catalog().value(Table::Meilenstein, konzept, col::geplant).toDate() == QDate(2027, 3, 31));
}
