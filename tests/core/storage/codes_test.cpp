#include <catch2/catch.hpp>

#include "storage/codes.h"

#include <QSet>

using namespace tfp;
using namespace tfp::schema;

namespace {

using Seen = QSet<QString>; // "table.column"

// Every value of E reads back from its code, in the column's order, and the column has no other code: the
// codes are the schema's, whatever order the enum declares its values in.
template <typename E> void requireCodes(Seen &seen, Table t, QStringView column)
{
    INFO(table(t).name.toStdString() << "." << column.toString().toStdString());
    seen.insert(table(t).name + u'.' + column.toString());
    QStringList codes;
    for (const auto &[value, code] : Codes<E>::table) {
        codes << codeOf(t, column, value);
        CHECK(codes.last() == QString::fromUtf16(code.data(), qsizetype(code.size())));
        CHECK(enumFromCode<E>(t, column, codes.last()) == value);
    }
    CHECK(codes == table(t).column(column).enumValues);
    // An unknown code is the column's default, its first code.
    CHECK(enumFromCode<E>(t, column, u"gibt_es_nicht"_qs) == Codes<E>::table[0].first);
}

} // namespace

TEST_CASE("every stored enum names its codes as the schema lists them", "[core]")
{
    Seen seen;
    requireCodes<KapazitaetArt>(seen, Table::Themenfeld, col::wellenKapazitaetArt);
    requireCodes<LageArt>(seen, Table::Lage, col::art);
    requireCodes<Status>(seen, Table::Leistung, col::status);
    requireCodes<ReifegradModell>(seen, Table::Leistung, col::reifegradModell);
    requireCodes<Flaechendeckung>(seen, Table::Leistung, col::flaechendeckung);
    requireCodes<BeteiligterArt>(seen, Table::Beteiligter, col::art);
    requireCodes<Rolle>(seen, Table::Federfuehrung, col::rolle);
    requireCodes<EfaModell>(seen, Table::Projekt, col::efaModell);
    requireCodes<Phase>(seen, Table::Projekt, col::phase);
    requireCodes<NachnutzungStand>(seen, Table::Nachnutzung, col::stand);
    requireCodes<Phase>(seen, Table::Meilenstein, col::phase);
    requireCodes<RisikoArt>(seen, Table::Risiko, col::art);
    requireCodes<Einstufung>(seen, Table::Risiko, col::einstufung);
    // The values named above, spelled out once more: a reordered enum must not move them.
    CHECK(codeOf(Table::Risiko, col::einstufung, Einstufung::Hoch) == u"hoch");
    CHECK(enumFromCode<Einstufung>(Table::Risiko, col::einstufung, u"niedrig"_qs) == Einstufung::Niedrig);
    CHECK(codeOf(Table::Leistung, col::status, Status::Online) == u"online");
    CHECK(codeOf(Table::Meilenstein, col::phase, Phase::Regelbetrieb) == u"regelbetrieb");

    // A column of codes that no table covers would be read by position again.
    for (const TableDef &t : tables())
        for (const Column &c : t.columns)
            if (c.type == Type::Enum) {
                INFO(t.name.toStdString() << "." << c.name.toStdString());
                CHECK(seen.contains(t.name + u'.' + c.name));
            }
}
