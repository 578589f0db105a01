// Export in the window: the real export dialog writes CSV, xlsx and iCalendar files that read back.
#include "support/catchqt.h"

#include "edit/edits.h"
#include "exchange/xlsxread.h"
#include "exchangefixture.h"
#include "views/exportdialog.h"
#include "workspace.h"

#include <QFileInfo>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QStandardItemModel>

using namespace tfp;
using namespace tfp::ui;
using namespace tfp::schema;
using namespace tfp::test::exchangeui;
using exchange::ExportFormat;
using exchange::ExportKind;
using exchange::ImportKind;

TEST_CASE("the export dialog writes CSV, xlsx and iCalendar that read back", "[ui][exchange]")
{
    test::Workspace w;
    const int familie = w.themenfeld(u"Familie & Kind"_qs);
    w.window->selectThemenfeld(familie);
    qint64 projekt = 0;
    REQUIRE(w.doc().run([&] {
        ChangeSet cs = edit::createProjekt(w.catalog(), familie, u"Elterngeld digital"_qs, {10000, 10003});
        projekt = cs.changes.first().key;
        return cs;
    }));
    REQUIRE(w.doc().run([&] {
        return edit::addMeilenstein(w.catalog(), projekt, u"konzeption"_qs, u"Konzept „EfA“, abgenommen"_qs,
                                    QDate(2026, 3, 31));
    }));
    REQUIRE(w.doc().run([&] {
        return edit::setField(w.catalog(), Table::Leistung, 10000, col::notes, u"=HYPERLINK(\"x\")"_qs);
    }));

    SECTION("CSV of the selected Themenfeld's Leistungen re-imports unchanged")
    {
        QPointer<ExportDialog> dialog = w.window->startExport();
        CHECK(dialog->scopeBox()->currentText() == u"Themenfeld „Familie & Kind“");
        choose(dialog->kindBox(), dialog->kindBox()->findData(int(ExportKind::Leistungen)));
        choose(dialog->formatBox(), dialog->formatBox()->findData(int(ExportFormat::Csv)));
        // The suggested name follows what is exported.
        CHECK(QFileInfo(dialog->fileEdit()->text()).fileName() == u"Familie & Kind – Leistungen.csv");
        const QString out = w.dir.filePath(u"familie.csv"_qs);
        dialog->fileEdit()->clear();
        QTest::keyClicks(dialog->fileEdit(), out);
        const int familieLeistungen = int(std::count_if(
            w.doc().plan().leistungen.cbegin(), w.doc().plan().leistungen.cend(),
            [&](const Leistung &l) { return w.doc().plan().lage(l.lageId)->themenfeldId == familie; }));
        CHECK(dialog->summary()->text().contains(u"Zu schreibende Zeilen: %1."_qs.arg(familieLeistungen)));
        shot(dialog, u"export-csv"_qs);
        QTest::mouseClick(dialog->exportButton(), Qt::LeftButton);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        CHECK(dialog.isNull());
        const QByteArray csv = test::readFile(out);
        CHECK(csv.startsWith("\xEF\xBB\xBFozg_id;themenfeld;lage;name;"));
        CHECK(csv.contains(";\"'=HYPERLINK(\"\"x\"\")\";")); // a spreadsheet shows it, it does not run it
        const exchange::ImportPlan back = exchange::planImport(w.catalog(), ImportKind::Leistungen, out);
        CHECK(back.rows.size() == familieLeistungen);
        CHECK(back.count(Action::Unchanged) == familieLeistungen);
        CHECK(back.changes.isEmpty());
    }
    SECTION("the Arbeitsplan as a workbook with every table")
    {
        QPointer<ExportDialog> dialog = w.window->startExport();
        choose(dialog->kindBox(), dialog->kindBox()->findData(int(ExportKind::Arbeitsplan)));
        CHECK(dialog->format() == ExportFormat::Xlsx); // a workbook: xlsx or ods
        auto *formats = qobject_cast<QStandardItemModel *>(dialog->formatBox()->model());
        CHECK_FALSE(formats->item(dialog->formatBox()->findData(int(ExportFormat::Csv)))->isEnabled());
        CHECK_FALSE(formats->item(dialog->formatBox()->findData(int(ExportFormat::Ics)))->isEnabled());
        choose(dialog->scopeBox(), 0); // Gesamtprogramm
        const QString out = w.dir.filePath(u"arbeitsplan.xlsx"_qs);
        dialog->setPath(out);
        QTest::mouseClick(dialog->exportButton(), Qt::LeftButton);
        const QByteArray bytes = test::readFile(out);
        CHECK(exchange::xlsx::sheetNames(bytes, u"arbeitsplan.xlsx"_qs) ==
              QStringList{u"Leistungen"_qs, u"Priorisierung"_qs, u"Projekte"_qs, u"Meilensteine"_qs,
                          u"Nachnutzung"_qs});
        for (const auto &[kind, sheet] :
             QList<QPair<ImportKind, QString>>{{ImportKind::Leistungen, u"Leistungen"_qs},
                                               {ImportKind::Projekte, u"Projekte"_qs},
                                               {ImportKind::Meilensteine, u"Meilensteine"_qs}}) {
            const exchange::ImportPlan back = exchange::planImport(w.catalog(), kind, out, sheet);
            INFO(sheet.toStdString());
            CHECK_FALSE(back.refused());
            CHECK(back.changes.isEmpty());
        }
        CHECK(exchange::planImport(w.catalog(), ImportKind::Leistungen, out, u"Leistungen"_qs).rows.size() ==
              557);
    }
    SECTION("the Arbeitsplan as an OpenDocument workbook, chosen in the format box")
    {
        QPointer<ExportDialog> dialog = w.window->startExport();
        choose(dialog->kindBox(), dialog->kindBox()->findData(int(ExportKind::Arbeitsplan)));
        auto *formats = qobject_cast<QStandardItemModel *>(dialog->formatBox()->model());
        CHECK(formats->item(dialog->formatBox()->findData(int(ExportFormat::Ods)))->isEnabled());
        choose(dialog->formatBox(), dialog->formatBox()->findData(int(ExportFormat::Ods)));
        CHECK(dialog->format() == ExportFormat::Ods);
        CHECK(dialog->formatBox()->currentText() == u"OpenDocument-Tabelle für LibreOffice (.ods)"_qs);
        CHECK(QFileInfo(dialog->fileEdit()->text()).suffix() == u"ods"_qs); // the name follows the format
        CHECK(dialog->summary()->text().contains(u"Währungszellen"_qs));
        const QString out = w.dir.filePath(u"arbeitsplan.ods"_qs);
        dialog->fileEdit()->clear();
        QTest::keyClicks(dialog->fileEdit(), out);
        QTest::mouseClick(dialog->exportButton(), Qt::LeftButton);
        const QByteArray bytes = test::readFile(out);
        CHECK(bytes.mid(30, 8) == "mimetype");
        CHECK(bytes.mid(38, 46) == "application/vnd.oasis.opendocument.spreadsheet");
    }
    SECTION("the milestones of one project as a calendar")
    {
        QPointer<ExportDialog> dialog = w.window->startExport();
        choose(dialog->kindBox(), dialog->kindBox()->findData(int(ExportKind::Meilensteine)));
        choose(dialog->formatBox(), dialog->formatBox()->findData(int(ExportFormat::Ics)));
        REQUIRE(dialog->setProjekt(projekt));
        CHECK(dialog->scopeBox()->currentText() == u"Projekt „Elterngeld digital“ (Familie & Kind)");
        CHECK(dialog->summary()->text().contains(u"Meilensteine mit Datum, je ein Termin: 1."_qs));
        const QString out = w.dir.filePath(u"termine.ics"_qs);
        dialog->setPath(out);
        shot(dialog, u"export-ics"_qs);
        QTest::mouseClick(dialog->exportButton(), Qt::LeftButton);
        const QByteArray ics = test::readFile(out);
        CHECK(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        CHECK(ics.endsWith("END:VCALENDAR\r\n"));
        CHECK(ics.count("BEGIN:VEVENT") == 1); // the standard milestones have no date yet
        CHECK(ics.contains("DTSTART;VALUE=DATE:20260331\r\n"));
        CHECK(ics.contains("SUMMARY:Elterngeld digital: Konzept „EfA“\\, abgenommen\r\n"));
        for (const QByteArray &line : ics.split('\n'))
            CHECK(line.size() <= 76); // 75 octets and the CR
    }
    SECTION("a calendar without dated milestones is not offered; a folder that is not there is named")
    {
        QPointer<ExportDialog> dialog = w.window->startExport();
        dialog->setKind(ExportKind::Meilensteine);
        dialog->setFormat(ExportFormat::Ics);
        choose(dialog->scopeBox(), dialog->scopeBox()->findText(u"Themenfeld „Umwelt“"_qs));
        CHECK(dialog->summary()->text().contains(u"kein Meilenstein ein Datum"_qs));
        CHECK_FALSE(dialog->exportButton()->isEnabled());

        dialog->setFormat(ExportFormat::Xlsx);
        const QString out = w.dir.filePath(u"fehlt/ordner/plan.xlsx"_qs);
        dialog->setPath(out);
        REQUIRE(dialog->exportButton()->isEnabled());
        QTest::mouseClick(dialog->exportButton(), Qt::LeftButton);
        REQUIRE_FALSE(dialog.isNull()); // stays open with the reason
        CHECK(dialog->error().contains(QDir::toNativeSeparators(out)));
        CHECK(dialog->summary()->text().contains(u"kann nicht geschrieben werden"_qs));
        CHECK_FALSE(QFileInfo::exists(out));

        // An existing file is replaced by the complete new one.
        const QString existing = w.dir.filePath(u"alt.csv"_qs);
        test::writeFile(existing, "alter Inhalt");
        dialog->setFormat(ExportFormat::Csv);
        dialog->setPath(existing, true);
        CHECK(dialog->exportFile());
        CHECK(test::readFile(existing).startsWith("\xEF\xBB\xBFmeilenstein_id;projekt_id;"));
    }
}
