#include <catch2/catch.hpp>

#include "storage/schema.h"

using namespace tfp::schema;

TEST_CASE("values are checked against the column's type and range", "[core]")
{
    const auto &leistung = table(Table::Leistung);
    const Column &ist = leistung.column(col::reifegradIst);
    CHECK(check(ist, 3).ok());
    CHECK(check(ist, QVariant()).ok()); // unset is allowed
    CHECK_FALSE(check(ist, 8).ok());
    CHECK_FALSE(check(ist, -1).ok());
    CHECK_FALSE(check(ist, u"3"_qs).ok()); // text is not a number
    CHECK_FALSE(check(ist, 2.5).ok());

    const Column &status = leistung.column(col::status);
    CHECK(check(status, u"online"_qs).ok());
    CHECK(check(status, u"live"_qs).error.contains(u"in_umsetzung"));

    const Column &goLive = leistung.column(col::goLive);
    CHECK(check(goLive, u"2026-02-28"_qs).value.toString() == u"2026-02-28");
    CHECK_FALSE(check(goLive, u"2026-02-30"_qs).ok()); // impossible date
    CHECK_FALSE(check(goLive, u"28.02.2026"_qs).ok());
    CHECK_FALSE(check(goLive, u"1900-01-01"_qs).ok());

    const Column &name = leistung.column(col::name);
    CHECK_FALSE(check(name, QVariant()).ok());
}

TEST_CASE("every table references only tables defined before it", "[core]")
{
    for (int i = 0; i < tables().size(); ++i)
        for (const Column &c : tables()[i].columns)
            if (c.references)
                CHECK(static_cast<int>(*c.references) < i);
}
