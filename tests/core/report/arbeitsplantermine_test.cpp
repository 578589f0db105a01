// The Arbeitsplan's "Terminkonflikte": each flag of the schedule of the Themenfeld in its sentence, in the
// PDF as pdftotext reads it and in the ODT, and a plain "Keine Terminkonflikte." when the plan agrees with
// itself.
#include "report/arbeitsplan.h"
#include "report/odtdocument.h"
#include "support/catchqt.h"
#include "support/odtreader.h"
#include "support/pdftext.h"
#include "support/testutil.h"

#include "analysis/schedule.h"
#include "edit/edits.h"
#include "storage/catalog.h"

#include <QRegularExpression>

using namespace tfp;
using namespace tfp::report;
using namespace tfp::schema;

namespace {

const QDate kStand(2025, 6, 30);

struct Plan
{
    QTemporaryDir dir;
    std::unique_ptr<Catalog> catalog = Catalog::open(test::defaultCatalogCopy(dir));
    int familie = 0, querschnitt = 0;
    qint64 geburt = 0, konto = 0;
    Plan()
    {
        const PlanSnapshot p = catalog->loadPlan();
        familie = p.themenfeldByName(u"Familie & Kind"_qs)->id;
        querschnitt = p.themenfeldByName(u"Querschnitt"_qs)->id;
        konto = projekt(querschnitt, u"Basisdienst Konto"_qs);
        geburt = projekt(familie, u"Geburt digital"_qs);
    }
    qint64 projekt(int themenfeld, const QString &name)
    {
        const ChangeSet cs = edit::createProjekt(*catalog, themenfeld, name, {});
        catalog->apply(cs);
        return cs.changes.value(0).key;
    }
    qint64 meilenstein(qint64 projektId, const QString &titel)
    {
        for (const Meilenstein &m : catalog->loadPlan().meilensteine)
            if (m.projektId == projektId && m.titel.startsWith(titel))
                return m.id;
        FAIL("no milestone " << titel.toStdString());
        return 0;
    }
    void geplant(qint64 meilensteinId, const QDate &d)
    {
        catalog->apply(edit::setField(*catalog, Table::Meilenstein, meilensteinId, col::geplant,
                                      d.toString(Qt::ISODate)));
    }
    PdfDocument document(int themenfeld)
    {
        ArbeitsplanOptions o;
        o.themenfeldId = themenfeld;
        o.stand = kStand;
        o.sections = {Section::Meilensteine};
        return arbeitsplan(catalog->loadPlan(), o);
    }
    QString pdf(int themenfeld)
    {
        const QString path = dir.filePath(u"plan.pdf"_qs);
        REQUIRE(document(themenfeld).writePdf(path));
        // pdftotext breaks lines where the table cell wraps them: read it as one line of words.
        return test::pdfText(path).simplified();
    }
};

} // namespace

TEST_CASE("The Arbeitsplan lists each conflict of the schedule in its sentence", "[core][report]")
{
    Plan w;
    // The Roll-out of Geburt digital waits 30 days for the Inbetriebnahme of a Basisdienst in another
    // Themenfeld, but is planned 10 days after it; its Pilotierung lies after the Roll-out.
    const qint64 inbetrieb = w.meilenstein(w.konto, u"Inbetriebnahme"_qs);
    const qint64 rollout = w.meilenstein(w.geburt, u"Roll-out"_qs);
    const qint64 pilot = w.meilenstein(w.geburt, u"Pilotierung"_qs);
    w.geplant(inbetrieb, {2026, 3, 1});
    w.geplant(rollout, {2026, 3, 11});
    w.geplant(pilot, {2026, 5, 1});
    w.catalog->apply(edit::addMeilensteinAbhaengigkeit(*w.catalog, rollout, inbetrieb, 30));

    const QString text = w.pdf(w.familie);
    INFO(text.toStdString());
    CHECK(text.contains(u"Terminkonflikte"_qs));
    CHECK(text.contains(u"2 Termine widersprechen dem Plan, Stand 30.06.2025:"_qs));
    CHECK(text.contains(u"Abhängigkeit verletzt"_qs));
    CHECK(text.contains(
        u"„Roll-out / Nachnutzung gestartet“ (Geburt digital) liegt am 11.03.2026, 20 Tage vor "
        "dem frühesten Termin 31.03.2026: er folgt „Inbetriebnahme (Regelbetrieb)“ (Basisdienst "
        "Konto) (01.03.2026) mit 30 Tagen Abstand."_qs));
    CHECK(text.contains(u"Phasen in falscher Reihenfolge"_qs));
    CHECK(text.contains(u"„Roll-out / Nachnutzung gestartet“ (Geburt digital) liegt am 11.03.2026"_qs));
    CHECK_FALSE(text.contains(u"Keine Terminkonflikte."_qs));
    // Every flag the analysis finds is listed, and nothing else.
    const QList<analysis::TerminHinweis> flags =
        analysis::terminHinweise(w.catalog->loadPlan(), kStand, w.familie);
    REQUIRE(flags.size() == 2);
    for (const analysis::TerminHinweis &h : flags)
        CHECK(text.contains(h.text()));

    // The other Themenfeld's Arbeitsplan lists the dependency too: its milestone is the predecessor.
    const QString basis = w.pdf(w.querschnitt);
    CHECK(basis.contains(u"er folgt „Inbetriebnahme (Regelbetrieb)“ (Basisdienst Konto)"_qs));
    CHECK(basis.contains(u"1 Termin widerspricht dem Plan"_qs));

    // The ODT holds the same part.
    const QString odt = w.dir.filePath(u"plan.odt"_qs);
    writeOdt(w.document(w.familie), odt);
    const test::OdtFile file = test::readOdt(odt);
    REQUIRE(file.error.isEmpty());
    bool heading = false;
    QStringList cells;
    for (const PdfDocument::Block &b : file.blocks) {
        heading = heading || (b.kind == PdfDocument::Block::Heading && b.text == u"Terminkonflikte");
        for (const QStringList &row : b.rows)
            cells += row;
    }
    CHECK(heading);
    for (const analysis::TerminHinweis &h : flags)
        CHECK(cells.contains(h.text()));
}

TEST_CASE("A plan without conflicts says so in the Arbeitsplan", "[core][report]")
{
    Plan w;
    w.geplant(w.meilenstein(w.geburt, u"Pilotierung"_qs), {2026, 1, 1});
    w.geplant(w.meilenstein(w.geburt, u"Roll-out"_qs), {2026, 3, 1});
    const QString text = w.pdf(w.familie);
    INFO(text.toStdString());
    const qsizetype heading = text.indexOf(u"Terminkonflikte"_qs);
    REQUIRE(heading >= 0);
    CHECK(text.indexOf(u"Keine Terminkonflikte."_qs) > heading);
    CHECK_FALSE(text.contains(u"Abhängigkeit verletzt"_qs));
}
