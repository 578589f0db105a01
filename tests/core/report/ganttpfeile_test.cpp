// The dependencies between milestones in the Gantt: finish-to-start arrows along the rows' gaps, broken ones
// in the warning colour, stubs naming the side outside the rows or dates, and their legend entries.
#include <catch2/catch.hpp>

#include "../analysis/planfixture.h"

#include "report/chartcanvas.h"
#include "report/chartpalette.h"
#include "report/charts.h"
#include "support/painttext.h"

#include <QImage>
#include <QPainter>

using namespace tfp;
using namespace tfp::report;

namespace {

const QDate kHeute(2024, 1, 1);

// Two projects of one Themenfeld and one of another: the Roll-out waits 14 days for the Basiskomponente's
// Inbetriebnahme (kept), the Pilot is planned before it (broken), and the Basiskomponente itself waits for a
// milestone of the other Themenfeld.
PlanSnapshot plan()
{
    test::PlanFixture f;
    f.themenfeld(1, u"Familie"_qs);
    f.themenfeld(2, u"Querschnitt"_qs);
    f.projekt(1, 1, u"Basiskomponente Konto"_qs, {});
    f.projekt(2, 1, u"Geburt digital"_qs, {});
    f.projekt(3, 2, u"Registermodernisierung"_qs, {});
    f.meilenstein(1, 1, u"Inbetriebnahme"_qs, {2024, 3, 1}, {}, Phase::Regelbetrieb);
    f.meilenstein(2, 2, u"Roll-out"_qs, {2024, 6, 1}, {}, Phase::Rollout);
    f.meilenstein(3, 2, u"Pilot"_qs, {2024, 1, 15}, {}, Phase::Pilotierung);
    f.meilenstein(4, 3, u"Register bereit"_qs, {2023, 12, 1}, {}, Phase::Regelbetrieb);
    f.folgtAuf(2, 1, 14);
    f.folgtAuf(3, 1);
    f.folgtAuf(1, 4);
    return f.build();
}

const ChartHotspot *spotWith(const QList<ChartHotspot> &spots, const QString &text)
{
    const auto it = std::find_if(spots.cbegin(), spots.cend(),
                                 [&](const ChartHotspot &h) { return h.text.contains(text); });
    return it == spots.cend() ? nullptr : &*it;
}

QImage gemalt(const QList<analysis::GanttRow> &rows, QDate from, QDate to, QList<ChartHotspot> &spots)
{
    QImage image(1360, 500, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter p(&image);
    paintGantt(p, QRectF(0, 0, 1360, 500), rows, from, to, kHeute, ChartOptions{}.referenceWidth, &spots);
    return image;
}

// How many pixels of the rect are inked in this colour (within rounding of antialiased edges).
int ink(const QImage &image, const QRectF &rect, const QColor &color)
{
    const QRect r = rect.toAlignedRect().intersected(image.rect());
    int n = 0;
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x) {
            const QColor c = image.pixelColor(x, y);
            n += std::abs(c.red() - color.red()) <= 12 && std::abs(c.green() - color.green()) <= 12 &&
                 std::abs(c.blue() - color.blue()) <= 12;
        }
    return n;
}

} // namespace

TEST_CASE("each Gantt row carries the dependencies of its milestones, broken ones as the schedule flags them",
          "[core][report]")
{
    const PlanSnapshot p = plan();
    const QList<analysis::GanttRow> rows = analysis::ganttRows(p, 1, kHeute);
    REQUIRE(rows.size() == 2);
    const analysis::GanttRow &basis = rows[0].projektId == 1 ? rows[0] : rows[1];
    const analysis::GanttRow &geburt = rows[0].projektId == 2 ? rows[0] : rows[1];
    // Both ends' rows hold the dependency; one of the other Themenfeld is held by the row of its end here.
    CHECK(basis.abhaengigkeiten.size() == 3);
    REQUIRE(geburt.abhaengigkeiten.size() == 2);
    const analysis::GanttAbhaengigkeit &rollout = geburt.abhaengigkeiten[0];
    const analysis::GanttAbhaengigkeit &pilot = geburt.abhaengigkeiten[1];
    CHECK(rollout.vorText == u"„Inbetriebnahme“ (Basiskomponente Konto)"_qs);
    CHECK(rollout.nachText == u"„Roll-out“ (Geburt digital)"_qs);
    CHECK(rollout.fruehester == QDate(2024, 3, 15));
    CHECK_FALSE(rollout.verletzt);
    CHECK(pilot.verletzt);
    // The same verdict as the schedule's flags.
    int flagged = 0;
    for (const analysis::TerminHinweis &h : analysis::terminHinweise(p, kHeute, 1))
        if (h.art == analysis::TerminKonflikt::Abhaengigkeit) {
            ++flagged;
            CHECK(h.meilensteinId == 3);
        }
    CHECK(flagged == 1);
}

TEST_CASE("a dependency is an arrow from the predecessor's diamond along the row gap into the successor's",
          "[core][report]")
{
    const QList<analysis::GanttRow> rows = analysis::ganttRows(plan(), 1, kHeute);
    QList<ChartHotspot> spots;
    const QImage image = gemalt(rows, {2023, 10, 1}, {2024, 12, 31}, spots);
    const ChartHotspot *inbetrieb = spotWith(spots, u"Basiskomponente Konto: Inbetriebnahme"_qs);
    const ChartHotspot *rollout = spotWith(spots, u"Geburt digital: Roll-out"_qs);
    REQUIRE(inbetrieb);
    REQUIRE(rollout);
    const QString text = u"Abhängigkeit: „Roll-out“ (Geburt digital) folgt „Inbetriebnahme“ "
                         "(Basiskomponente Konto) (Abstand 14 Tage)"_qs;
    QList<const ChartHotspot *> arrow;
    for (const ChartHotspot &h : spots)
        if (h.text == text)
            arrow.append(&h);
    REQUIRE(arrow.size() == 2); // the gap it runs along, and its head
    const QRectF gap = arrow[0]->rect, head = arrow[1]->rect;
    // The head ends at the successor's diamond, from its left, on its centre line.
    CHECK(head.right() <= rollout->rect.center().x());
    CHECK(head.right() >= rollout->rect.left());
    CHECK(head.center().y() == Approx(rollout->rect.center().y()));
    CHECK(ink(image, head, palette::text()) > 10);
    CHECK(ink(image, head, palette::vermillion()) == 0);
    // The way runs between the two rows, right of the predecessor and left of the successor.
    const double oben = std::min(inbetrieb->rect.center().y(), rollout->rect.center().y());
    const double unten = std::max(inbetrieb->rect.center().y(), rollout->rect.center().y());
    CHECK(gap.center().y() > oben + inbetrieb->rect.height() / 2);
    CHECK(gap.center().y() < unten - rollout->rect.height() / 2);
    CHECK(gap.left() > inbetrieb->rect.center().x());
    CHECK(gap.right() < rollout->rect.center().x());
    CHECK(arrow[0]->target == ChartHotspot::Target::Projekt);
    CHECK(arrow[0]->id == 2);
}

TEST_CASE("a broken dependency is drawn in the warning colour and says the earliest date", "[core][report]")
{
    const QList<analysis::GanttRow> rows = analysis::ganttRows(plan(), 1, kHeute);
    QList<ChartHotspot> spots;
    const QImage image = gemalt(rows, {2023, 10, 1}, {2024, 12, 31}, spots);
    const ChartHotspot *pilot = spotWith(spots, u"Geburt digital: Pilot"_qs);
    REQUIRE(pilot);
    QList<const ChartHotspot *> arrow;
    for (const ChartHotspot &h : spots)
        if (h.text.startsWith(u"Abhängigkeit: „Pilot“"))
            arrow.append(&h);
    REQUIRE(arrow.size() == 2);
    CHECK(arrow[0]->text.contains(u"verletzt: frühestens am 01.03.2024"_qs));
    // The successor lies before its predecessor: the arrow turns back along the gap and comes in from the
    // left all the same.
    const QRectF head = arrow[1]->rect;
    CHECK(head.right() <= pilot->rect.center().x());
    CHECK(ink(image, head, palette::vermillion()) > 10);
    CHECK(ink(image, head, palette::text()) == 0);
}

TEST_CASE("the Gantt's legend names the arrows only when the rows have dependencies", "[core][report]")
{
    const QList<analysis::GanttRow> rows = analysis::ganttRows(plan(), 1, kHeute);
    // The texts the legend paints.
    const auto legend = [](const QList<analysis::GanttRow> &r) {
        test::TextCapture text(QSize(1360, 500));
        QPainter p(&text);
        paintGantt(p, QRectF(0, 0, 1360, 500), r, {2023, 10, 1}, {2024, 12, 31}, kHeute);
        p.end();
        QStringList out;
        for (const test::PaintedText &t : text.texts())
            out << t.text;
        return out;
    };
    const QStringList with = legend(rows);
    CHECK(with.contains(u"Abhängigkeit"_qs));
    CHECK(with.contains(u"Abhängigkeit verletzt"_qs));
    QList<analysis::GanttRow> without = rows;
    for (analysis::GanttRow &z : without)
        z.abhaengigkeiten.clear();
    const QStringList plain = legend(without);
    CHECK(plain.contains(u"Meilenstein geplant"_qs));
    CHECK_FALSE(plain.contains(u"Abhängigkeit"_qs));
    CHECK_FALSE(plain.contains(u"Abhängigkeit verletzt"_qs));
}

TEST_CASE("a dependency with one end outside the rows or dates is a stub that names the other side",
          "[core][report]")
{
    const QList<analysis::GanttRow> rows = analysis::ganttRows(plan(), 1, kHeute);
    const analysis::GanttRow &basis = rows[0].projektId == 1 ? rows[0] : rows[1];
    const analysis::GanttRow &geburt = rows[0].projektId == 2 ? rows[0] : rows[1];

    // The successors' row alone (another tile holds the predecessor's): stubs into their diamonds.
    QList<ChartHotspot> spots;
    QImage image = gemalt({geburt}, {2023, 10, 1}, {2024, 12, 31}, spots);
    const ChartHotspot *rollout = spotWith(spots, u"Geburt digital: Roll-out"_qs);
    const ChartHotspot *stub =
        spotWith(spots, u"„Inbetriebnahme“ (Basiskomponente Konto) liegt außerhalb"_qs);
    REQUIRE(rollout);
    REQUIRE(stub);
    CHECK(stub->text.startsWith(u"Abhängigkeit: „Roll-out“"));
    CHECK(stub->rect.right() <= rollout->rect.center().x());
    CHECK(stub->rect.center().y() == Approx(rollout->rect.center().y()));
    CHECK(ink(image, stub->rect, palette::text()) > 10);

    // The predecessor's row alone: stubs out of its diamond to the right, one per successor, and one into it
    // from the other Themenfeld's milestone.
    spots.clear();
    image = gemalt({basis}, {2023, 10, 1}, {2024, 12, 31}, spots);
    const ChartHotspot *inbetrieb = spotWith(spots, u"Basiskomponente Konto: Inbetriebnahme"_qs);
    const ChartHotspot *aus = spotWith(spots, u"„Roll-out“ (Geburt digital) liegt außerhalb"_qs);
    REQUIRE(inbetrieb);
    REQUIRE(aus);
    CHECK(aus->rect.left() >= inbetrieb->rect.center().x());
    CHECK(aus->id == 1);
    const ChartHotspot *register_ =
        spotWith(spots, u"„Register bereit“ (Registermodernisierung) liegt außerhalb"_qs);
    REQUIRE(register_);
    CHECK(register_->rect.right() <= inbetrieb->rect.center().x());

    // Both rows, but the dates start after the Pilot: the broken one is a stub out of the Inbetriebnahme.
    spots.clear();
    image = gemalt(rows, {2024, 2, 1}, {2024, 12, 31}, spots);
    const ChartHotspot *pilot = spotWith(spots, u"„Pilot“ (Geburt digital) liegt außerhalb"_qs);
    REQUIRE(pilot);
    CHECK(ink(image, pilot->rect, palette::vermillion()) > 5);
    // The kept one is still a whole arrow.
    CHECK_FALSE(spotWith(spots, u"„Roll-out“ (Geburt digital) liegt außerhalb"_qs));
}
