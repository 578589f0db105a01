#include <catch2/catch.hpp>

#include "support/familieplan.h"

#include "../analysis/planfixture.h"

#include "analysis/prioritisation.h"
#include "edit/edits.h"
#include "report/chartcanvas.h"
#include "report/chartexport.h"
#include "report/chartpalette.h"
#include "support/painttext.h"

#include <QFile>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QXmlStreamReader>

using namespace tfp;
using namespace tfp::report;

namespace {

ChartOptions optionsFor(std::optional<int> themenfeld, const QDate &heute,
                        analysis::Scope scope = analysis::Scope::Alle)
{
    ChartOptions o;
    o.themenfeldId = themenfeld;
    o.today = heute;
    o.scope = scope;
    return o;
}

// Pixels that are not white below the title: something was drawn there.
int inked(const QImage &image)
{
    int n = 0;
    // Title and subtitle take about 60 of the 680 logical pixels the page is laid out on.
    for (int y = 60 * image.width() / 680; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            n += image.pixel(x, y) != qRgb(255, 255, 255);
    return n;
}

const ChartSeries &series(const ChartModel &m, const QString &name)
{
    for (const ChartSeries &s : m.series)
        if (s.name == name)
            return s;
    FAIL("no series " << name.toStdString());
    return m.series.first();
}

} // namespace

TEST_CASE("the status donut holds the coverage's status counts, in scope alle and Föderal", "[core][report]")
{
    test::ChartPlan t;
    const PlanSnapshot plan = t.plan();
    for (auto scope : {analysis::Scope::Alle, analysis::Scope::Foederal})
        for (std::optional<int> tf : {std::optional<int>(t.familie), std::optional<int>()}) {
            const ChartModel m = chartModel(ChartKind::Status, plan, optionsFor(tf, t.heute, scope));
            const analysis::Kennzahlen k = analysis::coverage(plan, {scope, tf, t.heute}).gesamt;
            CHECK(m.categories ==
                  QStringList{u"online"_qs, u"in Umsetzung"_qs, u"in Planung"_qs, u"ohne Status"_qs});
            CHECK(m.series[0].values ==
                  QList<double>{double(k.count(Status::Online)), double(k.count(Status::InUmsetzung)),
                                double(k.count(Status::InPlanung)), double(k.count(Status::Ohne))});
            CHECK(m.emptyText.isEmpty());
        }
    const ChartModel familie = chartModel(ChartKind::Status, plan, optionsFor(t.familie, t.heute));
    CHECK(familie.series[0].values.mid(0, 3) == QList<double>{3, 2, 1});
    CHECK(familie.title == u"Status der OZG-Leistungen – Familie & Kind");
}

TEST_CASE("the Reifegrad bars hold ist and ziel per level and Lage, or per Themenfeld for the programme",
          "[core][report]")
{
    test::ChartPlan t;
    const PlanSnapshot plan = t.plan();
    const analysis::CoverageReport r = analysis::coverage(plan, {analysis::Scope::Alle, t.familie, t.heute});
    const ChartModel m = chartModel(ChartKind::Reifegrad, plan, optionsFor(t.familie, t.heute));
    REQUIRE(m.categories.size() == r.lagen.size());
    REQUIRE(m.series.size() == 12);
    for (qsizetype l = 0; l < r.lagen.size(); ++l) {
        CHECK(m.categories[l] == r.lagen[l].name);
        for (int level = 0; level < 5; ++level) {
            CHECK(m.series[level].stack == u"Ist");
            CHECK(m.series[level].values[l] == r.lagen[l].zahlen.reifegradIst[level]);
            CHECK(m.series[6 + level].stack == u"Ziel");
            CHECK(m.series[6 + level].values[l] == r.lagen[l].zahlen.reifegradZiel[level]);
        }
        CHECK(m.series[5].values[l] == r.lagen[l].zahlen.ohneReifegradIst);
        CHECK(m.series[11].values[l] == r.lagen[l].zahlen.ohneReifegradZiel);
    }
    const ChartModel programm = chartModel(ChartKind::Reifegrad, plan, optionsFor({}, t.heute));
    CHECK(programm.categories.size() == plan.themenfelder.size());
    CHECK(series(programm, u"3 – Online-Leistung"_qs)
              .values[programm.categories.indexOf(u"Familie & Kind"_qs)] == 1);
}

TEST_CASE("the burn-up lines are the analysis' planned and actual points", "[core][report]")
{
    test::ChartPlan t;
    const PlanSnapshot plan = t.plan();
    const analysis::BurnUp b = analysis::burnUp(plan, t.familie, analysis::Scope::Alle);
    const ChartModel m = chartModel(ChartKind::BurnUp, plan, optionsFor(t.familie, t.heute));
    REQUIRE(m.series.size() == 2);
    REQUIRE(m.series[0].points.size() == b.geplant.size());
    for (qsizetype i = 0; i < b.geplant.size(); ++i)
        CHECK(m.series[0].points[i] == QPointF(b.geplant[i].datum.toJulianDay(), b.geplant[i].anzahl));
    REQUIRE(m.series[1].points.size() == b.ist.size());
    for (qsizetype i = 0; i < b.ist.size(); ++i)
        CHECK(m.series[1].points[i] == QPointF(b.ist[i].datum.toJulianDay(), b.ist[i].anzahl));
    CHECK(m.series[1].base == b.onlineOhneDatum);
    CHECK(m.yMax == b.leistungen);
    CHECK(m.today == t.heute);
    CHECK(m.from <= QDate(2024, 9, 1));
    CHECK(m.to >= t.heute);
    // A chosen range is kept; the points stay those of the analysis (the painter clips them).
    ChartOptions o = optionsFor(t.familie, t.heute);
    o.from = QDate(2025, 1, 1);
    o.to = QDate(2026, 6, 30);
    const ChartModel range = chartModel(ChartKind::BurnUp, plan, o);
    CHECK(range.from == o.from);
    CHECK(range.to == o.to);
    CHECK(range.series[1].points == m.series[1].points);
}

TEST_CASE("the Gantt rows are the analysis' rows, milestones planned and reached on their row",
          "[core][report]")
{
    test::ChartPlan t;
    const PlanSnapshot plan = t.plan();
    const QList<analysis::GanttRow> rows = analysis::ganttRows(plan, t.familie, t.heute);
    const ChartModel m = chartModel(ChartKind::Gantt, plan, optionsFor(t.familie, t.heute));
    REQUIRE(m.gantt.size() == rows.size());
    REQUIRE(m.categoryIds.size() == rows.size());
    int geplant = 0, erreicht = 0;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        CHECK(m.categoryIds[i] == rows[i].projektId);
        for (const auto &ms : rows[i].meilensteine) {
            if (ms.geplant.isValid())
                CHECK(m.series[0].points.contains(QPointF(ms.geplant.toJulianDay(), double(i))));
            if (ms.ist.isValid())
                CHECK(m.series[1].points.contains(QPointF(ms.ist.toJulianDay(), double(i))));
            geplant += ms.geplant.isValid();
            erreicht += ms.ist.isValid();
        }
    }
    CHECK(m.series[0].points.size() == geplant);
    CHECK(m.series[1].points.size() == erreicht);
    CHECK(erreicht == 3);
    const auto [von, bis] = analysis::ganttRange(rows);
    CHECK(m.from == von);
    CHECK(m.to == bis);
    // A chosen range is kept.
    ChartOptions o = optionsFor(t.familie, t.heute);
    o.from = QDate(2024, 1, 1);
    o.to = QDate(2025, 12, 31);
    const ChartModel range = chartModel(ChartKind::Gantt, plan, o);
    CHECK(range.from == o.from);
    CHECK(range.to == o.to);
}

TEST_CASE(
    "the Nachnutzung heatmap holds each Land's stand per project, counts per Themenfeld for the programme",
    "[core][report]")
{
    test::ChartPlan t;
    const PlanSnapshot plan = t.plan();
    const analysis::CoverageReport r = analysis::coverage(plan, {analysis::Scope::Alle, t.familie, t.heute});
    const ChartModel m = chartModel(ChartKind::Nachnutzung, plan, optionsFor(t.familie, t.heute));
    CHECK(m.categoryIds == r.projekte);
    REQUIRE(m.series.size() == r.laender.size());
    const qsizetype spalte = m.categoryIds.indexOf(t.projekt);
    REQUIRE(spalte >= 0);
    for (qsizetype l = 0; l < r.laender.size(); ++l) {
        const auto &land = r.laender[l];
        const auto it = land.stand.constFind(t.projekt);
        CHECK(m.series[l].name == land.kuerzel);
        CHECK(m.series[l].values[spalte] == (it == land.stand.cend() ? 0.0 : double(int(*it) + 1)));
    }
    CHECK(series(m, u"HE"_qs).values[spalte] == int(NachnutzungStand::Live) + 1);
    const ChartModel programm = chartModel(ChartKind::Nachnutzung, plan, optionsFor({}, t.heute));
    const qsizetype familie = programm.categories.indexOf(u"Familie & Kind"_qs);
    CHECK(series(programm, u"HE"_qs).values[familie] == 1);
    CHECK(series(programm, u"BY"_qs).values[familie] == 1);
    CHECK(series(programm, u"NW"_qs).values[familie] == 0);
}

TEST_CASE("the budget bars are the Zahlungsplan per quarter in euros, with the person-days", "[core][report]")
{
    test::ChartPlan t;
    const PlanSnapshot plan = t.plan();
    const QList<analysis::QuartalsBudget> b = analysis::budgetJeQuartal(plan, t.familie).quartale;
    const ChartModel m = chartModel(ChartKind::Budget, plan, optionsFor(t.familie, t.heute));
    REQUIRE(m.categories.size() == b.size());
    CHECK(m.categories == QStringList{u"Q1/2024"_qs, u"Q2/2024"_qs, u"Q3/2024"_qs});
    for (qsizetype i = 0; i < b.size(); ++i) {
        CHECK(m.series[0].values[i] == double(b[i].planCent) / 100.0);
        CHECK(m.series[1].values[i] == double(b[i].istCent) / 100.0);
        CHECK(m.series[2].values[i] == b[i].personentage);
    }
    CHECK(m.series[0].values == QList<double>{600000, 0, 850000});
    CHECK(m.series[1].values[0] == 550000);
    CHECK(m.series[2].values[0] == 42.5);
    // The person-days line has points only where person-days were reported.
    CHECK(m.series[2].points == QList<QPointF>{QPointF(0, 42.5)});
}

TEST_CASE("the prioritisation shows score by rank, the rank span and the category bands", "[core][report]")
{
    test::ChartPlan t;
    const PlanSnapshot plan = t.plan();
    const analysis::Prioritisation p = analysis::prioritise(plan, t.familie);
    const ChartModel m = chartModel(ChartKind::Prioritisation, plan, optionsFor(t.familie, t.heute));
    QList<const analysis::RankedLeistung *> scored;
    for (const auto &l : p.leistungen)
        if (l.score)
            scored << &l;
    REQUIRE(scored.size() == 5);
    REQUIRE(m.categoryIds.size() == scored.size());
    for (qsizetype i = 0; i < scored.size(); ++i) {
        CHECK(m.categoryIds[i] == scored[i]->ozgId);
        CHECK(m.series[0].points[i] == QPointF(scored[i]->rank, *scored[i]->score));
        CHECK(m.series[1].values[i] == scored[i]->rankMin);
        CHECK(m.series[2].values[i] == scored[i]->rankMax);
    }
    REQUIRE(m.bands.size() == 4);
    CHECK(m.bands[0].from == p.themenfeld.schwelleHoechste);
    CHECK(m.bands[1].from == p.themenfeld.schwelleHohe);
    CHECK(m.bands[2].from == p.themenfeld.schwelleMittlere);
    CHECK(m.bands[0].name == u"höchste Priorität");
    // The programme has no single ranking.
    CHECK(chartModel(ChartKind::Prioritisation, plan, optionsFor({}, t.heute)).emptyText ==
          u"Die Priorisierung gilt je Themenfeld: wählen Sie ein Themenfeld.");
}

TEST_CASE("an empty Themenfeld shows what is missing instead of empty axes", "[core][report]")
{
    test::ChartPlan t;
    const PlanSnapshot plan = t.plan();
    const QHash<ChartKind, QString> expected{
        {ChartKind::Status, u"Noch keine OZG-Leistungen in diesem Themenfeld"_qs},
        {ChartKind::Reifegrad, u"Noch keine OZG-Leistungen in diesem Themenfeld"_qs},
        {ChartKind::BurnUp, u"Noch keine Go-live-Termine geplant"_qs},
        {ChartKind::Gantt, u"Noch keine Umsetzungsprojekte angelegt"_qs},
        {ChartKind::Nachnutzung, u"Noch keine Umsetzungsprojekte angelegt"_qs},
        {ChartKind::Budget, u"Noch kein Zahlungsplan erfasst"_qs},
        {ChartKind::Prioritisation, u"Noch keine Bewertungen erfasst"_qs}};
    for (ChartKind k : allChartKinds()) {
        INFO(chartKindName(k).toStdString());
        CHECK(chartModel(k, plan, optionsFor(t.leer, t.heute)).emptyText == expected.value(k));
    }
    CHECK(chartModel(ChartKind::Status, plan, optionsFor(t.leer, t.heute, analysis::Scope::Foederal))
              .emptyText == u"Keine OZG-Leistungen im Umfang Föderal");
    // Projects without milestones: the Gantt says so.
    ChangeSet cs = edit::createProjekt(*t.catalog, t.leer, u"Ohne Termine"_qs, {});
    t.catalog->apply(cs);
    for (const auto &m :
         t.catalog->rowsWhere(schema::Table::Meilenstein, schema::col::projektId, cs.changes.first().key))
        t.catalog->apply(
            edit::remove(*t.catalog, schema::Table::Meilenstein, m.value(u"id"_qs).toLongLong()));
    CHECK(chartModel(ChartKind::Gantt, t.plan(), optionsFor(t.leer, t.heute)).emptyText ==
          u"Noch keine Meilensteine geplant");
}

TEST_CASE("every chart renders at the requested size for the real catalog and an empty Themenfeld",
          "[core][report]")
{
    test::ChartPlan t;
    const PlanSnapshot plan = t.plan();
    for (ChartKind k : allChartKinds())
        for (std::optional<int> tf :
             {std::optional<int>(t.familie), std::optional<int>(), std::optional<int>(t.leer)})
            for (const QSize size : {QSize(1360, 800), QSize(640, 900)}) {
                INFO(chartKindName(k).toStdString() << " " << (tf ? *tf : 0) << " " << size.width());
                const ChartOptions o = optionsFor(tf, t.heute);
                const ChartModel m = chartModel(k, plan, o);
                const QImage image = renderChartImage(m, o, size);
                CHECK(image.size() == size);
                // Below the title: the chart, or the empty state's frame and text.
                CHECK(inked(image) > 800);
            }
}

TEST_CASE("SVG export is valid XML of the requested size with names escaped", "[core][report]")
{
    test::ChartPlan t;
    const PlanSnapshot plan = t.plan();
    const ChartOptions o = optionsFor(t.familie, t.heute);
    for (ChartKind k : allChartKinds()) {
        INFO(chartKindName(k).toStdString());
        const QByteArray svg = renderChartSvg(chartModel(k, plan, o), o, QSize(1200, 700));
        QXmlStreamReader xml(svg);
        QString title, width, viewBox;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == u"svg") {
                width = xml.attributes().value(u"width"_qs).toString();
                viewBox = xml.attributes().value(u"viewBox"_qs).toString();
            }
            if (xml.isStartElement() && xml.name() == u"title")
                title = xml.readElementText();
        }
        CHECK_FALSE(xml.hasError());
        CHECK(viewBox == u"0 0 1200 700");
        CHECK(width == u"317.5mm"); // 1200 CSS pixels at 96 per inch
        CHECK(title.contains(u"Familie & Kind"_qs));
    }
}

TEST_CASE("exporting refuses an unknown format or size and leaves the file as it was", "[core][report]")
{
    test::ChartPlan t;
    const PlanSnapshot plan = t.plan();
    const ChartOptions o = optionsFor(t.familie, t.heute);
    const ChartModel m = chartModel(ChartKind::Status, plan, o);
    const QString png = t.dir.filePath(u"status.png"_qs);
    exportChart(png, m, o, QSize(900, 500));
    QImage written(png);
    CHECK(written.size() == QSize(900, 500));
    const QByteArray before = test::fileHash(png);
    CHECK_THROWS_WITH(exportChart(png, m, o, QSize(50, 500)),
                      Catch::Contains("50 × 500 Pixel ist nicht möglich") && Catch::Contains("status.png"));
    CHECK(test::fileHash(png) == before);
    const QString jpg = t.dir.filePath(u"status.jpg"_qs);
    CHECK_THROWS_WITH(exportChart(jpg, m, o, QSize(900, 500)), Catch::Contains("nur als .png oder .svg"));
    CHECK_FALSE(QFile::exists(jpg));
    const QString svg = t.dir.filePath(u"status.svg"_qs);
    exportChart(svg, m, o, QSize(900, 500));
    CHECK(test::readFile(svg).startsWith("<?xml"));
}

TEST_CASE("painted charts mark their projects and Leistungen for hover and click", "[core][report]")
{
    test::ChartPlan t;
    const PlanSnapshot plan = t.plan();
    const ChartOptions o = optionsFor(t.familie, t.heute);
    QImage image(1360, 800, QImage::Format_ARGB32_Premultiplied);
    auto spots = [&](ChartKind k) {
        QList<ChartHotspot> out;
        QPainter p(&image);
        paintChart(p, QRectF(0, 0, 1360, 800), chartModel(k, plan, o), o, &out);
        return out;
    };
    const auto gantt = spots(ChartKind::Gantt);
    const bool projekt = std::any_of(gantt.cbegin(), gantt.cend(), [&](const ChartHotspot &h) {
        return h.target == ChartHotspot::Target::Projekt && h.id == t.projekt &&
               h.text.contains(u"später"_qs);
    });
    CHECK(projekt);
    const auto prio = spots(ChartKind::Prioritisation);
    const bool elterngeld = std::any_of(prio.cbegin(), prio.cend(), [](const ChartHotspot &h) {
        return h.target == ChartHotspot::Target::Leistung && h.id == 10000 &&
               h.text.startsWith(u"Rang 1: Elterngeld"_qs);
    });
    CHECK(elterngeld);
    for (const ChartHotspot &h : spots(ChartKind::Status))
        CHECK(QRectF(0, 0, 1360, 800).contains(h.rect.center()));
}

TEST_CASE("a Gantt slice paints its rows with names into any rect, for tiling across PDF pages",
          "[core][report]")
{
    test::ChartPlan t;
    const PlanSnapshot plan = t.plan();
    const auto rows = analysis::ganttRows(plan, t.familie, t.heute);
    QImage image(1000, 300, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter p(&image);
    paintGantt(p, QRectF(0, 0, 1000, 300), rows, QDate(2024, 1, 1), QDate(2025, 12, 31), t.heute);
    p.end();
    CHECK(inked(image) > 500);

    // The same slice read back as text: each row's project named in full, top to bottom in row order,
    // inside the rect it was given (here offset, as on the second tile of a PDF page).
    // A second project whose longer name wraps onto two lines and is still named in full.
    const QString lang = u"Zweites Projekt: Digitale Beantragung für Familien"_qs;
    t.catalog->apply(edit::createProjekt(*t.catalog, t.familie, lang, {10001}));
    const auto both = analysis::ganttRows(t.plan(), t.familie, t.heute);
    REQUIRE(both.size() == 2);
    test::TextCapture text(QSize(1200, 700));
    QPainter tp(&text);
    const QRectF tile(100, 200, 1000, 300);
    paintGantt(tp, tile, both, QDate(2024, 1, 1), QDate(2025, 12, 31), t.heute);
    tp.end();
    double previousY = -1;
    for (const auto &row : both) {
        INFO(row.name.toStdString() << "\n" << text.allText().toStdString());
        const test::PaintedText *name = text.findWrapped(row.name);
        REQUIRE(name);
        CHECK(tile.contains(name->position));
        CHECK(name->position.y() > previousY);
        previousY = name->position.y();
    }
    CHECK(text.find(u"Geburt <digital> & Elterngeld"_qs));
    CHECK(text.findWrapped(lang));
    // The years of the range label the time axis.
    CHECK(text.find(u"2024"_qs));
    CHECK(text.find(u"2025"_qs));
}

TEST_CASE("every chart paints its title, and its categories or legend as words a reader sees",
          "[core][report]")
{
    test::ChartPlan t;
    const PlanSnapshot plan = t.plan();
    for (ChartKind k : allChartKinds()) {
        INFO(chartKindName(k).toStdString());
        const ChartOptions o = optionsFor(t.familie, t.heute);
        const ChartModel m = chartModel(k, plan, o);
        REQUIRE(m.emptyText.isEmpty());
        test::TextCapture text(QSize(1360, 800));
        QPainter p(&text);
        paintChart(p, QRectF(0, 0, 1360, 800), m, o);
        p.end();
        INFO(text.allText().toStdString());
        CHECK(text.find(m.title));
        for (const QString &axis : {m.axisX, m.axisY, m.axisY2})
            if (!axis.isEmpty())
                CHECK(text.find(axis));
        // A chart names what it shows: its series (the legend) or, for one series, its categories.
        int named = 0;
        for (const ChartSeries &s : m.series)
            named += !s.name.isEmpty() && text.find(s.name);
        for (const QString &c : m.categories)
            named += text.find(c) != nullptr;
        CHECK(named > 0);
    }
    // The status donut names each status with its count.
    const ChartOptions o = optionsFor(t.familie, t.heute);
    test::TextCapture status(QSize(1360, 800));
    QPainter p(&status);
    paintChart(p, QRectF(0, 0, 1360, 800), chartModel(ChartKind::Status, plan, o), o);
    p.end();
    INFO(status.allText().toStdString());
    for (const QString &label : {u"online"_qs, u"in Umsetzung"_qs, u"in Planung"_qs, u"ohne Status"_qs})
        CHECK(status.find(label));
}

TEST_CASE("charts stay within the plan's years whatever dates and quarters the snapshot holds",
          "[core][report]")
{
    // Values the schema refuses, as a damaged or crafted file could still bring them: the charts' loops over
    // quarters and years must stay bounded (quartal 168619 took 21 s and 430 MB, jahr 3000000 over a minute).
    test::PlanFixture f;
    f.themenfeld(1, u"Familie"_qs);
    f.lage(10, 1, u"Geburt"_qs);
    f.leistung(1001, 10, Programm::Foederal, Status::Online).goLive = {3000000, 1, 1};
    f.leistung(1002, 10, Programm::Foederal, Status::InPlanung).goLive = {2024, 3, 1};
    f.projekt(1, 1, u"Geburt digital"_qs, {1001, 1002}).start = {2024, 1, 1};
    f.meilenstein(1, 1, u"Pilot"_qs, {2024, 6, 1});
    f.meilenstein(2, 1, u"Inbetriebnahme"_qs, {3000000, 1, 1}, {}, Phase::Regelbetrieb);
    f.zahlung(1, 2024, 2, 100000);
    f.zahlung(1, 2024, 168619, 200000);
    f.zahlung(1, 3000000, 1, 300000);
    f.zahlung(1, 2024, 2147483647, 400000); // jahr * 4 + quartal - 1 overflowed
    const PlanSnapshot plan = f.build();
    const ChartOptions o = optionsFor(1, QDate(2026, 12, 1));

    const ChartModel budget = chartModel(ChartKind::Budget, plan, o);
    CHECK(budget.categories == QStringList{u"Q2/2024"_qs});
    CHECK(budget.series[0].values == QList<double>{1000});
    CHECK(budget.subtitle.contains(
        u"; 3 Zahlungen außerhalb der Jahre 2000–2100 oder der Quartale 1–4 nicht gezeigt"_qs));

    for (ChartKind k : {ChartKind::BurnUp, ChartKind::Gantt}) {
        INFO(chartKindName(k).toStdString());
        const ChartModel m = chartModel(k, plan, o);
        // From the project's start (Gantt) or a month before today (burn-up: both go-lives lie in 3000000) …
        CHECK(m.from == (k == ChartKind::Gantt ? QDate(2024, 1, 1) : QDate(2026, 11, 1)));
        CHECK(m.to == QDate(2101, 12, 31)); // … to the end of the plan's last year and one to spare
        CHECK(inked(renderChartImage(m, o, QSize(680, 400))) > 800);
    }
}

TEST_CASE("chart kinds go by their command-line names", "[core][report]")
{
    for (ChartKind k : allChartKinds())
        CHECK(chartKindByName(chartKindName(k)) == k);
    CHECK_FALSE(chartKindByName(u"torte"_qs));
}

TEST_CASE("charts paint on a PDF page as text and vectors, for the Arbeitsplan", "[core][report]")
{
    test::ChartPlan t;
    const PlanSnapshot plan = t.plan();
    const QString path = t.dir.filePath(u"charts.pdf"_qs);
    {
        QPdfWriter pdf(path);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setResolution(1200);
        QPainter p(&pdf);
        const QRectF page(QPointF(0, 0), QSizeF(pdf.width(), pdf.height() / 2.0));
        paintChart(p, page, ChartKind::Status, plan, optionsFor(t.familie, t.heute));
        paintGantt(p, page.translated(0, page.height()), analysis::ganttRows(plan, t.familie, t.heute),
                   QDate(2023, 1, 1), QDate(2026, 12, 31), t.heute);
    }
    const QByteArray bytes = test::readFile(path);
    CHECK(bytes.startsWith("%PDF"));
    CHECK(bytes.contains("/Font"));                 // text stays text
    CHECK_FALSE(bytes.contains("/Subtype /Image")); // nothing was rasterised
}

namespace {

// One project with a phase reached late, one overdue and one to come, and two milestones three days apart.
QList<analysis::GanttRow> phasenZeile()
{
    test::PlanFixture f;
    f.themenfeld(1, u"Familie"_qs);
    Projekt &p = f.projekt(1, 1, u"Elterngeld digital"_qs, {});
    p.start = {2023, 1, 1};
    p.ende = {2025, 6, 30};
    f.meilenstein(1, 1, u"Konzept abgenommen"_qs, {2023, 6, 1}, {2023, 7, 15}, Phase::Konzeption).sortOrder =
        1;
    f.meilenstein(2, 1, u"MVP fertig"_qs, {2024, 1, 1}, {}, Phase::Umsetzung).sortOrder = 2;
    f.meilenstein(3, 1, u"Pilot gestartet"_qs, {2024, 12, 1}, {}, Phase::Pilotierung).sortOrder = 3;
    f.meilenstein(4, 1, u"Pilot ausgewertet"_qs, {2024, 12, 4}, {}, Phase::Pilotierung).sortOrder = 4;
    return analysis::ganttRows(f.build(), 1, {2024, 6, 30});
}

const ChartHotspot *spotWith(const QList<ChartHotspot> &spots, const QString &text)
{
    const auto it = std::find_if(spots.cbegin(), spots.cend(),
                                 [&](const ChartHotspot &h) { return h.text.contains(text); });
    return it == spots.cend() ? nullptr : &*it;
}

// The rows painted on white into an image of this width, 300 high, with their hotspots.
QImage gemalt(const QList<analysis::GanttRow> &rows, int width, QDate from, QDate to, QDate today,
              QList<ChartHotspot> &spots)
{
    QImage image(width, 300, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter p(&image);
    paintGantt(p, QRectF(0, 0, width, 300), rows, from, to, today, ChartOptions{}.referenceWidth, &spots);
    return image;
}

} // namespace

TEST_CASE(
    "a Gantt row shows its phases as bars: reached filled, planned light, overdue in the warning colour",
    "[core][report]")
{
    QList<ChartHotspot> spots;
    const QImage image =
        gemalt(phasenZeile(), 1360, QDate(2023, 1, 1), QDate(2025, 6, 30), QDate(2024, 6, 30), spots);
    // Each phase bar is a hotspot that says its dates.
    const ChartHotspot *konzeption = spotWith(spots, u"Phase Konzeption"_qs);
    const ChartHotspot *umsetzung = spotWith(spots, u"Phase Umsetzung"_qs);
    REQUIRE(konzeption);
    REQUIRE(umsetzung);
    CHECK(konzeption->text.contains(u"erreicht 01.01.2023 bis 15.07.2023"_qs));
    CHECK(umsetzung->text.contains(u"überfällig seit 01.01.2024"_qs));
    CHECK(konzeption->target == ChartHotspot::Target::Projekt);
    // Colours as painted into an 8-bit image: within one step of rounding.
    auto near = [](const QColor &a, const QColor &b) {
        return std::abs(a.red() - b.red()) <= 1 && std::abs(a.green() - b.green()) <= 1 &&
               std::abs(a.blue() - b.blue()) <= 1;
    };
    auto at = [&](const QRectF &r, double anteil) {
        return image.pixelColor(int(r.left() + r.width() * anteil), int(r.center().y()));
    };
    // Reached: filled in the phase's colour.
    CHECK(near(at(konzeption->rect, 0.4), palette::phase(Phase::Konzeption)));
    // Planned and not reached: the phase's colour made light; past the planned end, up to the Stichtag, the
    // overdue part in a light vermillion.
    const QColor geplant = at(umsetzung->rect, 0.3);
    const QColor ueberfaellig = at(umsetzung->rect, 0.9);
    INFO(umsetzung->text.toStdString()
         << ": " << geplant.name().toStdString() << ", " << ueberfaellig.name().toStdString());
    CHECK(near(geplant, lightened(palette::phase(Phase::Umsetzung), 0.3)));
    CHECK(near(ueberfaellig, lightened(palette::vermillion(), 0.45)));
    // The summary bar: the project's term, said in its hotspot.
    CHECK(spotWith(spots, u"Laufzeit 01.01.2023 bis 30.06.2025"_qs));
}

TEST_CASE("a Gantt row labels its milestones where the labels do not collide, the others in the tooltip",
          "[core][report]")
{
    const QList<analysis::GanttRow> rows = phasenZeile();
    test::TextCapture text(QSize(1360, 300));
    QList<ChartHotspot> spots;
    QPainter p(&text);
    paintGantt(p, QRectF(0, 0, 1360, 300), rows, QDate(2023, 1, 1), QDate(2025, 6, 30), QDate(2024, 6, 30),
               ChartOptions{}.referenceWidth, &spots);
    p.end();
    INFO(text.allText().toStdString());
    CHECK(text.find(u"Konzept abgenommen"_qs));
    CHECK(text.find(u"MVP fertig"_qs));
    // Three days apart: one label, the other milestone named in its tooltip.
    const bool gestartet = text.find(u"Pilot gestartet"_qs) != nullptr;
    const bool ausgewertet = text.find(u"Pilot ausgewertet"_qs) != nullptr;
    CHECK(gestartet != ausgewertet);
    CHECK(spotWith(spots, u"Pilot ausgewertet (Pilotierung)"_qs));
    CHECK(spotWith(spots, u"Pilot gestartet (Pilotierung)"_qs));
    // The labels of a row do not overlap.
    QList<const test::PaintedText *> labels;
    for (const QString &s :
         {u"Konzept abgenommen"_qs, u"MVP fertig"_qs, u"Pilot gestartet"_qs, u"Pilot ausgewertet"_qs})
        if (const test::PaintedText *t = text.find(s))
            labels.append(t);
    std::sort(labels.begin(), labels.end(),
              [](const auto *a, const auto *b) { return a->position.x() < b->position.x(); });
    QFont kleinste; // the labels' smallest size on this canvas: 6 logical pixels at twice the reference width
    kleinste.setPixelSize(12);
    const QFontMetricsF fm(kleinste);
    for (qsizetype i = 1; i < labels.size(); ++i)
        CHECK(labels[i]->position.x() >
              labels[i - 1]->position.x() + fm.horizontalAdvance(labels[i - 1]->text));
}

TEST_CASE("a milestone on the last day of a Gantt slice is drawn whole, not cut at the slice's edge",
          "[core][report]")
{
    QList<ChartHotspot> spots;
    // The slice ends on the day "Pilot gestartet" is due.
    const QImage image =
        gemalt(phasenZeile(), 1000, QDate(2023, 1, 1), QDate(2024, 12, 1), QDate(2024, 6, 30), spots);
    const ChartHotspot *pilot = spotWith(spots, u"Pilot gestartet (Pilotierung)"_qs);
    REQUIRE(pilot);
    // The diamond's outline right of its centre is inked as well as left of it.
    const QRect r = pilot->rect.toAlignedRect();
    auto ink = [&](int x0, int x1) {
        int n = 0;
        for (int y = r.top(); y <= r.bottom(); ++y)
            for (int x = x0; x <= x1; ++x)
                n += image.pixelColor(x, y) != QColor(Qt::white);
        return n;
    };
    const int mitte = int(pilot->rect.center().x());
    CHECK(ink(r.left(), mitte - 2) > 4);
    CHECK(ink(mitte + 2, r.right()) > 4);
}

TEST_CASE("a milestone after its project's end is marked in the warning colour and says so", "[core][report]")
{
    test::PlanFixture f;
    f.themenfeld(1, u"Familie"_qs);
    Projekt &p = f.projekt(1, 1, u"Elterngeld digital"_qs, {});
    p.start = {2023, 1, 1};
    p.ende = {2024, 12, 31};
    f.meilenstein(1, 1, u"Pilot gestartet"_qs, {2024, 3, 1}, {}, Phase::Pilotierung).sortOrder = 1;
    f.meilenstein(2, 1, u"Inbetriebnahme"_qs, {2025, 6, 1}, {}, Phase::Regelbetrieb).sortOrder = 2;
    const QList<analysis::GanttRow> rows = analysis::ganttRows(f.build(), 1, {2023, 6, 30});
    QList<ChartHotspot> spots;
    const QImage image =
        gemalt(rows, 1360, QDate(2023, 1, 1), QDate(2025, 12, 31), QDate(2023, 6, 30), spots);
    const ChartHotspot *spaet = spotWith(spots, u"Inbetriebnahme (Inbetriebnahme"_qs);
    const ChartHotspot *drin = spotWith(spots, u"Pilot gestartet (Pilotierung)"_qs);
    REQUIRE(spaet);
    REQUIRE(drin);
    CHECK(spaet->text.contains(u"außerhalb der Laufzeit des Projekts (01.01.2023 bis 31.12.2024)"_qs));
    CHECK_FALSE(drin->text.contains(u"außerhalb"_qs));
    // The mark around it: warning-coloured ink close to the diamond, none around the one in the term.
    auto warnung = [&](const ChartHotspot &h) {
        const QRect r = h.rect.adjusted(-h.rect.width(), -h.rect.height(), h.rect.width(), h.rect.height())
                            .toAlignedRect();
        int n = 0;
        for (int y = r.top(); y <= r.bottom(); ++y)
            for (int x = r.left(); x <= r.right(); ++x) {
                const QColor c = image.pixelColor(x, y);
                n += c.red() > 180 && c.green() < 115 &&
                     c.blue() < 60; // vermillion, not the orange of Pilotierung
            }
        return n;
    };
    CHECK(warnung(*spaet) > 10);
    CHECK(warnung(*drin) == 0);
    // Its label is marked as well.
    test::TextCapture text(QSize(1360, 300));
    QPainter tp(&text);
    paintGantt(tp, QRectF(0, 0, 1360, 300), rows, QDate(2023, 1, 1), QDate(2025, 12, 31), QDate(2023, 6, 30));
    tp.end();
    CHECK(text.find(u"! Inbetriebnahme"_qs));
    CHECK_FALSE(text.find(u"! Pilot"_qs));
}

TEST_CASE("with a baseline chosen, the Gantt draws where moved milestones stood and says how far they moved",
          "[core][report]")
{
    const QString stand = u"Steuerungskreis 14.11.2026"_qs;
    analysis::Baseline baseline;
    baseline.name = stand;
    baseline.geplant.insert(2, QDate(2023, 11, 1)); // "MVP fertig", planned for 01.01.2024 today
    baseline.geplant.insert(3, QDate(2024, 12, 1)); // "Pilot gestartet", unchanged
    // "Pilot ausgewertet" (4) had no date in the Stand.
    QList<analysis::GanttRow> rows = phasenZeile();
    analysis::applyBaseline(rows, baseline);
    QList<ChartHotspot> spots;
    QImage image(1360, 300, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter p(&image);
    paintGantt(p, QRectF(0, 0, 1360, 300), rows, QDate(2023, 1, 1), QDate(2025, 6, 30), QDate(2024, 6, 30),
               ChartOptions{}.referenceWidth, &spots, stand);
    p.end();

    // Today's diamond tells the date in the Stand and the shift; so does the ghost where it stood.
    const auto spotsWith = [&](const QString &s) {
        QList<ChartHotspot> out;
        for (const ChartHotspot &h : spots)
            if (h.text.contains(s))
                out.append(h);
        return out;
    };
    const QString verschoben = u"im Stand „Steuerungskreis 14.11.2026“: 01.11.2023 (61 Tage später)"_qs;
    const QList<ChartHotspot> mvp = spotsWith(verschoben);
    REQUIRE(mvp.size() == 2);
    const ChartHotspot &heute = mvp[0].text.contains(u"geplant 01.01.2024"_qs) ? mvp[0] : mvp[1];
    const ChartHotspot &damals = &heute == &mvp[0] ? mvp[1] : mvp[0];
    CHECK(heute.text.startsWith(u"Elterngeld digital: MVP fertig (Umsetzung)\ngeplant 01.01.2024"_qs));
    CHECK(damals.text == u"Elterngeld digital: MVP fertig (Umsetzung)\n"_qs + verschoben);
    CHECK(damals.target == ChartHotspot::Target::Projekt);
    // Two months earlier on the axis, in the same row.
    const double tagBreite = (heute.rect.center().x() - damals.rect.center().x()) / 61;
    CHECK(tagBreite > 0.3);
    CHECK(damals.rect.center().y() == Approx(heute.rect.center().y()));
    // The ghost is inked in its dark grey.
    int grau = 0;
    const QRect r = damals.rect.toAlignedRect();
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x) {
            const QColor c = image.pixelColor(x, y);
            grau += c.red() < 150 && std::abs(c.red() - c.green()) < 12 && std::abs(c.red() - c.blue()) < 12;
        }
    CHECK(grau > 4);
    // An unmoved milestone gets no ghost, only the words; one without a date in the Stand is new.
    const QList<ChartHotspot> pilot = spotsWith(u"Pilot gestartet (Pilotierung)"_qs);
    REQUIRE(pilot.size() == 1);
    CHECK(pilot[0].text.endsWith(u"im Stand „Steuerungskreis 14.11.2026“: 01.12.2024 (unverändert)"_qs));
    const ChartHotspot *neu = spotWith(spots, u"Pilot ausgewertet (Pilotierung)"_qs);
    REQUIRE(neu);
    CHECK(neu->text.endsWith(u"im Stand „Steuerungskreis 14.11.2026“: noch nicht geplant"_qs));

    // The legend names the Stand.
    test::TextCapture text(QSize(1360, 300));
    QPainter tp(&text);
    paintGantt(tp, QRectF(0, 0, 1360, 300), rows, QDate(2023, 1, 1), QDate(2025, 6, 30), QDate(2024, 6, 30),
               ChartOptions{}.referenceWidth, nullptr, stand);
    tp.end();
    CHECK(text.find(u"Stand „Steuerungskreis 14.11.2026“"_qs));

    // Without a baseline chosen: no ghost, no words of a Stand, no legend entry.
    QList<ChartHotspot> ohne;
    gemalt(rows, 1360, QDate(2023, 1, 1), QDate(2025, 6, 30), QDate(2024, 6, 30), ohne);
    CHECK(ohne.size() == spots.size() - 1);
    CHECK_FALSE(spotWith(ohne, u"im Stand"_qs));
    test::TextCapture ohneText(QSize(1360, 300));
    QPainter op(&ohneText);
    paintGantt(op, QRectF(0, 0, 1360, 300), rows, QDate(2023, 1, 1), QDate(2025, 6, 30), QDate(2024, 6, 30));
    op.end();
    CHECK_FALSE(ohneText.find(u"Stand „"_qs));
}

TEST_CASE("the Gantt chart's model carries the chosen Stand's dates on its milestones", "[core][report]")
{
    test::PlanFixture f;
    f.themenfeld(1, u"Familie"_qs);
    Projekt &p = f.projekt(1, 1, u"Elterngeld digital"_qs, {});
    p.start = {2023, 1, 1};
    p.ende = {2025, 6, 30};
    f.meilenstein(1, 1, u"Konzept abgenommen"_qs, {2023, 6, 1}, {}, Phase::Konzeption);
    f.meilenstein(2, 1, u"MVP fertig"_qs, {2024, 1, 1}, {}, Phase::Umsetzung);
    const PlanSnapshot plan = f.build();
    ChartOptions o = optionsFor(1, QDate(2023, 3, 1));
    const ChartModel ohne = chartModel(ChartKind::Gantt, plan, o);
    CHECK(ohne.baseline.isEmpty());
    o.baseline.name = u"Jour-Fix"_qs;
    o.baseline.geplant.insert(1, QDate(2022, 9, 1));
    const ChartModel m = chartModel(ChartKind::Gantt, plan, o);
    CHECK(m.baseline == u"Jour-Fix");
    REQUIRE(m.gantt.size() == 1);
    REQUIRE(m.gantt[0].meilensteine.size() == 2);
    CHECK(m.gantt[0].meilensteine[0].baseline == QDate(2022, 9, 1));
    CHECK_FALSE(m.gantt[0].meilensteine[1].baseline.isValid());
    // The axis reaches back to the date in the Stand, so that its ghost is drawn.
    CHECK(m.from <= QDate(2022, 9, 1));
    CHECK(ohne.from > QDate(2022, 9, 1));
}
