#include <catch2/catch.hpp>

#include "exchange/jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <limits>

using namespace tfp;
using namespace Qt::StringLiterals;

namespace {

// A document with every kind of value, nested and empty containers, and text a JSON writer must escape.
void sample(JsonWriter &w)
{
    w.beginObject();
    w.field(u"name", u"Familie & Kind: „Elterngeld“ \"Plus\"\n\tzweite Zeile \\ \x01 Ende"_s);
    w.field(u"ozg_id", 12).field(u"gross", qint64(9007199254740991)).field(u"anteil", 36.8);
    w.field(u"drittel", 1.0 / 3)
        .field(u"nan", std::nan(""))
        .field(u"inf", std::numeric_limits<double>::infinity());
    w.field(u"ja", true).field(u"nein", false).key(u"nichts").null();
    w.field(u"ids", QList<int>{3, 1, 2}).field(u"leer", QList<int>{});
    w.key(u"objekt").beginObject().endObject();
    w.key(u"liste").beginArray();
    for (int i = 0; i < 3; ++i)
        w.beginObject().field(u"i", i).key(u"tiefer").beginArray().value(u"x").endArray().endObject();
    w.endArray();
    w.endObject();
}

} // namespace

TEST_CASE("JSON written as it goes reads back with every value, escape and nesting intact", "[json]")
{
    const QByteArray bytes = JsonWriter::toBytes(sample);
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(bytes, &error).object();
    INFO(bytes.toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    CHECK(o.value(u"name"_s).toString() ==
          u"Familie & Kind: „Elterngeld“ \"Plus\"\n\tzweite Zeile \\ \x01 Ende"_s);
    CHECK(o.value(u"ozg_id"_s).toInt() == 12);
    CHECK(o.value(u"gross"_s).toInteger() == 9007199254740991);
    CHECK(o.value(u"anteil"_s).toDouble() == 36.8);
    CHECK(o.value(u"drittel"_s).toDouble() ==
          1.0 / 3); // the shortest text that reads back as the same double
    CHECK(o.value(u"nan"_s).isNull());
    CHECK(o.value(u"inf"_s).isNull());
    CHECK(o.value(u"ja"_s) == QJsonValue(true));
    CHECK(o.value(u"nein"_s) == QJsonValue(false));
    CHECK(o.contains(u"nichts"_s));
    CHECK(o.value(u"nichts"_s).isNull());
    CHECK(o.value(u"ids"_s).toArray() == QJsonArray{3, 1, 2});
    CHECK(o.value(u"leer"_s).toArray().isEmpty());
    CHECK(o.value(u"objekt"_s).toObject().isEmpty());
    REQUIRE(o.value(u"liste"_s).toArray().size() == 3);
    CHECK(o.value(u"liste"_s).toArray()[2].toObject().value(u"tiefer"_s).toArray() == QJsonArray{u"x"_s});
    // Indented like QJsonDocument::Indented, one value per line; the text stays UTF-8, not \u escapes.
    CHECK(bytes.startsWith(
        "{\n    \"name\": \"Familie & Kind: „Elterngeld“ \\\"Plus\\\"\\n\\tzweite Zeile \\\\ \\u0001"));
    CHECK(bytes.contains("\n    \"objekt\": {},\n"));
    CHECK(bytes.endsWith("]\n}\n"));
}

TEST_CASE("JSON written in small chunks is the same text as written at once", "[json]")
{
    QByteArray chunked;
    int chunks = 0;
    JsonWriter w(
        [&](const QByteArray &c) {
            chunked += c;
            ++chunks;
        },
        16);
    sample(w);
    w.finish();
    CHECK(chunks > 10);
    CHECK(chunked == JsonWriter::toBytes(sample));
}
