#include "schema.h"

#include "error.h"
#include "tr.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QRegularExpression>

#include <cmath>

namespace tfp::schema {

namespace {

// The largest whole number a JSON number (a double) holds exactly, below 2^53.
constexpr double kGroessteGanzeZahl = 8999999999999999.0;

Column key()
{
    return Column{col::id.toString(), Type::Integer, false, 1, std::nullopt, {}, std::nullopt, {}};
}
Column text(QStringView n, bool nullable = false, QVariant def = QStringLiteral(""))
{
    Column c{n.toString(), Type::Text, nullable, std::nullopt, std::nullopt, {}, std::nullopt, {}};
    c.defaultValue = nullable ? QVariant() : def;
    return c;
}
Column integer(QStringView n, bool nullable, std::optional<double> mn = {}, std::optional<double> mx = {},
               QVariant def = {})
{
    return Column{n.toString(), Type::Integer, nullable, mn, mx, {}, std::nullopt, def};
}
Column real(QStringView n, bool nullable, std::optional<double> mn = {}, std::optional<double> mx = {},
            QVariant def = {})
{
    return Column{n.toString(), Type::Real, nullable, mn, mx, {}, std::nullopt, def};
}
Column date(QStringView n)
{
    return Column{n.toString(), Type::Date, true, {}, {}, {}, std::nullopt, {}};
}
Column dateTime(QStringView n)
{
    return Column{n.toString(), Type::DateTime, false, {}, {}, {}, std::nullopt, {}};
}
Column boolean(QStringView n)
{
    return Column{n.toString(), Type::Bool, false, {}, {}, {}, std::nullopt, 0};
}
Column enumeration(QStringView n, QStringList values, bool nullable = false)
{
    Column c{n.toString(), Type::Enum, nullable, {}, {}, values, std::nullopt, {}};
    if (!nullable)
        c.defaultValue = values.first();
    return c;
}
Column ref(QStringView n, Table t, bool nullable = false)
{
    return Column{n.toString(), Type::Integer, nullable, 1, {}, {}, t, {}};
}

const QStringList kPhasen{u"vorbereitung"_qs, u"konzeption"_qs,   u"umsetzung"_qs,      u"pilotierung"_qs,
                          u"rollout"_qs,      u"regelbetrieb"_qs, u"flaechendeckend"_qs};

QList<TableDef> buildTables()
{
    using namespace col;
    QList<TableDef> t;
    t.append({Table::Themenfeld,
              u"themenfeld"_qs,
              id.toString(),
              name.toString(),
              {key(), text(name), integer(sortOrder, false, 0, {}, 0),
               real(schwelleHoechste, false, 0, 5, 4.0), real(schwelleHohe, false, 0, 5, 3.0),
               real(schwelleMittlere, false, 0, 5, 2.0), integer(wellenKapazitaet, true, 1, 100000),
               enumeration(wellenKapazitaetArt, {u"leistungen"_qs, u"personentage"_qs}), text(notes)},
              {{name.toString()}}});
    t.append(
        {Table::Lage,
         u"lage"_qs,
         id.toString(),
         name.toString(),
         {key(), ref(themenfeldId, Table::Themenfeld), text(name),
          enumeration(art, {u"unbekannt"_qs, u"lebenslage"_qs, u"geschaeftslage"_qs, u"querschnitt"_qs})},
         {}});
    t.append(
        {Table::Leistung,
         u"leistung"_qs,
         ozgId.toString(),
         name.toString(),
         {integer(ozgId, false, 1, 999999), ref(lageId, Table::Lage), text(name),
          enumeration(status, {u"ohne"_qs, u"in_planung"_qs, u"in_umsetzung"_qs, u"online"_qs}),
          integer(reifegradIst, true, 0, 7), integer(reifegradZiel, true, 0, 7),
          enumeration(reifegradModell, {u"1"_qs, u"2"_qs}),
          enumeration(flaechendeckung,
                      {u"keine"_qs, u"kommune"_qs, u"kreisweit"_qs, u"landesweit"_qs, u"bundesweit"_qs}),
          date(goLive), date(flaechendeckendAm), integer(nachfrage, true, 0, {}),
          real(aufwandPt, true, 0, {}), text(rechtsaenderung), integer(welleFix, true, 1, 99), text(notes)},
         {}});
    t.append({Table::Leika,
              u"leika"_qs,
              id.toString(),
              bezeichnung.toString(),
              {key(), text(schluessel), text(bezeichnung), text(typ), text(rechtsgrundlage), text(gesetze),
               text(gesetzeskuerzel), boolean(sdg1), boolean(sdg2), ref(ozgId, Table::Leistung, true)},
              {}});
    t.append({Table::Abhaengigkeit,
              u"abhaengigkeit"_qs,
              id.toString(),
              {},
              {key(), ref(ozgId, Table::Leistung), ref(haengtAbVon, Table::Leistung), text(notes)},
              {{ozgId.toString(), haengtAbVon.toString()}}});
    t.append({Table::Beteiligter,
              u"beteiligter"_qs,
              id.toString(),
              kuerzel.toString(),
              {key(), text(kuerzel), text(name),
               enumeration(art, {u"ressort"_qs, u"land"_qs, u"ksv"_qs, u"behoerde"_qs, u"kommune"_qs})},
              {{kuerzel.toString()}}});
    t.append({Table::Federfuehrung,
              u"federfuehrung"_qs,
              id.toString(),
              {},
              {key(), ref(themenfeldId, Table::Themenfeld), ref(beteiligterId, Table::Beteiligter),
               enumeration(rolle, {u"FF"_qs, u"U"_qs, u"MA"_qs}), text(kontakt),
               integer(sortOrder, false, 0, {}, 0)},
              {{themenfeldId.toString(), beteiligterId.toString()}}});
    t.append({Table::Projekt,
              u"projekt"_qs,
              id.toString(),
              name.toString(),
              {key(), ref(themenfeldId, Table::Themenfeld), text(name),
               ref(koordinationId, Table::Beteiligter, true),
               enumeration(efaModell, {u"offen"_qs, u"efa_zentral"_qs, u"efa_nachnutzung"_qs,
                                       u"laenderindividuell"_qs, u"bund_zentral"_qs}),
               enumeration(phase, kPhasen), date(start), date(ende), integer(budgetCent, true, 0, {}),
               text(notes)},
              {}});
    t.append({Table::ProjektLeistung,
              u"projekt_leistung"_qs,
              id.toString(),
              {},
              {key(), ref(projektId, Table::Projekt), ref(ozgId, Table::Leistung)},
              {{projektId.toString(), ozgId.toString()}}});
    t.append({Table::Nachnutzung,
              u"nachnutzung"_qs,
              id.toString(),
              {},
              {key(), ref(projektId, Table::Projekt), ref(landId, Table::Beteiligter),
               enumeration(stand, {u"interessiert"_qs, u"geplant"_qs, u"in_umsetzung"_qs, u"live"_qs,
                                   u"abgelehnt"_qs}),
               date(datum)},
              {{projektId.toString(), landId.toString()}}});
    t.append({Table::Meilenstein,
              u"meilenstein"_qs,
              id.toString(),
              titel.toString(),
              {key(), ref(projektId, Table::Projekt), enumeration(phase, kPhasen), text(titel), date(geplant),
               date(ist), ref(abnahmeDurch, Table::Beteiligter, true), date(abnahmeAm),
               ref(ozgId, Table::Leistung, true), integer(sortOrder, false, 0, {}, 0)},
              {}});
    t.append({Table::Zahlung,
              u"zahlung"_qs,
              id.toString(),
              {},
              {key(), ref(projektId, Table::Projekt), integer(jahr, false, 2000, 2100),
               integer(quartal, false, 1, 4), integer(planCent, false, 0, {}, 0),
               integer(istCent, true, 0, {}), real(personentage, true, 0, {})},
              {{projektId.toString(), jahr.toString(), quartal.toString()}}});
    t.append({Table::Onlinedienst,
              u"onlinedienst"_qs,
              id.toString(),
              name.toString(),
              {key(), text(name), text(anbieter), text(url), text(notes)},
              {}});
    t.append({Table::OnlinedienstLeika,
              u"onlinedienst_leika"_qs,
              id.toString(),
              {},
              {key(), ref(dienstId, Table::Onlinedienst), ref(leikaId, Table::Leika),
               integer(reifegrad, false, 0, 7, 0)},
              {{dienstId.toString(), leikaId.toString()}}});
    t.append({Table::OnlinedienstLand,
              u"onlinedienst_land"_qs,
              id.toString(),
              {},
              {key(), ref(dienstId, Table::Onlinedienst), ref(landId, Table::Beteiligter), date(seit)},
              {{dienstId.toString(), landId.toString()}}});
    t.append({Table::Kriterium,
              u"kriterium"_qs,
              id.toString(),
              name.toString(),
              {key(), ref(themenfeldId, Table::Themenfeld), text(name), real(gewicht, false, 0, 1000, 1.0),
               integer(sortOrder, false, 0, {}, 0)},
              {}});
    t.append(
        {Table::Bewertung,
         u"bewertung"_qs,
         id.toString(),
         {},
         {key(), ref(kriteriumId, Table::Kriterium), ref(ozgId, Table::Leistung), integer(wert, false, 0, 5)},
         {{kriteriumId.toString(), ozgId.toString()}}});
    t.append({Table::Stimme,
              u"stimme"_qs,
              id.toString(),
              {},
              {key(), ref(kriteriumId, Table::Kriterium), ref(ozgId, Table::Leistung), text(teilnehmer),
               integer(wert, false, 0, 5), text(workshop), date(datum)},
              {{kriteriumId.toString(), ozgId.toString(), teilnehmer.toString(), workshop.toString()}}});
    t.append({Table::Risiko,
              u"risiko"_qs,
              id.toString(),
              beschreibung.toString(),
              {key(), ref(themenfeldId, Table::Themenfeld), ref(projektId, Table::Projekt, true),
               ref(ozgId, Table::Leistung, true),
               enumeration(art, {u"sonstiges"_qs, u"basiskomponente"_qs, u"register"_qs,
                                 u"rechtsaenderung"_qs, u"abhaengigkeit"_qs}),
               text(beschreibung), text(massnahme),
               enumeration(einstufung, {u"mittel"_qs, u"niedrig"_qs, u"hoch"_qs})},
              {}});
    t.append({Table::Kommentar,
              u"kommentar"_qs,
              id.toString(),
              col::text.toString(),
              {key(), text(entityTable), integer(entityKey, false), text(autor), dateTime(zeitpunkt),
               text(col::text), text(quelle)},
              {}});
    t.append({Table::Stand,
              u"stand"_qs,
              id.toString(),
              name.toString(),
              {key(), text(name), dateTime(zeitpunkt), integer(revision, false, 0, {})},
              {{name.toString()}}});
    // Finish-to-start between milestones, across projects and Themenfelder: meilenstein_id may be reached
    // no earlier than abstand_tage days after haengt_ab_von.
    t.append({Table::MeilensteinAbhaengigkeit,
              u"meilenstein_abhaengigkeit"_qs,
              id.toString(),
              {},
              {key(), ref(meilensteinId, Table::Meilenstein), ref(haengtAbVon, Table::Meilenstein),
               integer(abstandTage, false, 0, kMaxAbstandTage, 0), text(notes)},
              {{meilensteinId.toString(), haengtAbVon.toString()}},
              2});
    return t;
}

} // namespace

int TableDef::indexOf(QStringView c) const
{
    for (int i = 0; i < columns.size(); ++i)
        if (columns[i].name == c)
            return i;
    return -1;
}

const Column &TableDef::column(QStringView c) const
{
    const int i = indexOf(c);
    if (i < 0)
        throw Error(QCoreApplication::translate("tfp::schema", "Die Tabelle „%1“ hat kein Feld „%2“.")
                        .arg(name, c.toString()));
    return columns[i];
}

QVariantList TableDef::valuesOf(const QVariantMap &row) const
{
    QVariantList out;
    out.reserve(columns.size());
    for (const Column &c : columns)
        out.append(row.contains(c.name) ? row.value(c.name) : c.defaultValue);
    return out;
}

const QList<TableDef> &tables()
{
    static const QList<TableDef> all = buildTables();
    return all;
}

QList<TableDef> tablesOf(int version)
{
    QList<TableDef> out;
    for (const TableDef &d : tables())
        if (d.since <= version)
            out.append(d);
    return out;
}

const TableDef &table(Table t)
{
    return tables()[static_cast<int>(t)];
}

std::optional<Table> tableByName(QStringView name)
{
    for (const auto &d : tables())
        if (d.name == name)
            return d.id;
    return std::nullopt;
}

Checked check(const Column &c, const QVariant &value)
{
    auto tr = [](const char *s) { return QCoreApplication::translate("tfp::schema", s); };
    if (c.type == Type::Text && value.typeId() == QMetaType::QString && value.toString().isEmpty())
        return {QStringLiteral(""), {}};
    if (value.isNull() || !value.isValid() ||
        (c.type != Type::Text && value.typeId() == QMetaType::QString && value.toString().isEmpty())) {
        if (c.nullable)
            return {QVariant(), {}};
        return {{}, tr("ein Wert ist erforderlich")};
    }
    auto rangeError = [&](double v) -> QString {
        if ((c.min && v < *c.min) || (c.max && v > *c.max)) {
            if (c.min && c.max)
                return tr("erwartet wird ein Wert von %1 bis %2").arg(*c.min).arg(*c.max);
            if (c.min)
                return tr("erwartet wird ein Wert ab %1").arg(*c.min);
            return tr("erwartet wird ein Wert bis %1").arg(*c.max);
        }
        return {};
    };
    switch (c.type) {
    case Type::Integer: {
        bool ok = false;
        qlonglong v = 0;
        if (value.typeId() == QMetaType::Double) {
            // Range first: casting a double beyond the integer range is undefined behaviour (1e300 in JSON).
            const double d = value.toDouble();
            if (!std::isfinite(d) || d != std::floor(d))
                return {{}, tr("erwartet wird eine ganze Zahl")};
            if (auto e = rangeError(d); !e.isEmpty())
                return {{}, e};
            if (std::abs(d) > kGroessteGanzeZahl)
                return {{},
                        tr("erwartet wird eine ganze Zahl von %1 bis %2")
                            .arg(-qlonglong(kGroessteGanzeZahl))
                            .arg(qlonglong(kGroessteGanzeZahl))};
            ok = true;
            v = static_cast<qlonglong>(d);
        } else if (value.typeId() == QMetaType::QString || value.typeId() == QMetaType::Bool) {
            ok = false;
        } else {
            v = value.toLongLong(&ok);
        }
        if (!ok)
            return {{}, tr("erwartet wird eine ganze Zahl")};
        if (auto e = rangeError(double(v)); !e.isEmpty())
            return {{}, e};
        return {v, {}};
    }
    case Type::Real: {
        bool ok = false;
        const double d = value.typeId() == QMetaType::QString ? 0.0 : value.toDouble(&ok);
        if (!ok || !std::isfinite(d))
            return {{}, tr("erwartet wird eine Zahl")};
        if (auto e = rangeError(d); !e.isEmpty())
            return {{}, e};
        return {d, {}};
    }
    case Type::Bool: {
        if (value.typeId() == QMetaType::Bool)
            return {value.toBool() ? 1 : 0, {}};
        bool ok = false;
        const qlonglong v = value.typeId() == QMetaType::QString ? -1 : value.toLongLong(&ok);
        if (!ok || (v != 0 && v != 1))
            return {{}, tr("erwartet wird wahr oder falsch")};
        return {int(v), {}};
    }
    case Type::Text:
        if (value.typeId() != QMetaType::QString)
            return {{}, tr("erwartet wird ein Text")};
        return {value.toString(), {}};
    case Type::Enum: {
        const QString s = value.toString();
        if (value.typeId() != QMetaType::QString || !c.enumValues.contains(s))
            return {{}, tr("erwartet wird einer der Werte %1").arg(c.enumValues.join(u", "))};
        return {s, {}};
    }
    case Type::Date: {
        QDate d = value.typeId() == QMetaType::QDate ? value.toDate()
                                                     : QDate::fromString(value.toString(), Qt::ISODate);
        static const QRegularExpression iso(u"^\\d{4}-\\d{2}-\\d{2}$"_qs);
        if (value.typeId() == QMetaType::QString && !iso.match(value.toString()).hasMatch())
            d = QDate();
        if (!d.isValid() || d.year() < 1990 || d.year() > 2100)
            return {{}, tr("erwartet wird ein gültiges Datum (JJJJ-MM-TT) zwischen 1990 und 2100")};
        return {d.toString(Qt::ISODate), {}};
    }
    case Type::DateTime: {
        const QDateTime d = value.typeId() == QMetaType::QDateTime
                                ? value.toDateTime()
                                : QDateTime::fromString(value.toString(), Qt::ISODate);
        if (!d.isValid())
            return {{}, tr("erwartet wird ein Zeitpunkt (JJJJ-MM-TTThh:mm:ss)")};
        return {d.toUTC().toString(Qt::ISODate), {}};
    }
    }
    return {{}, tr("unbekannter Feldtyp")};
}

QVariantList checkedRow(const TableDef &def, const QVariantList &values)
{
    if (values.size() != def.columns.size())
        throw Error(storage::Tr::tr("%1: %2 Werte erwartet, %3 erhalten.")
                        .arg(def.name)
                        .arg(def.columns.size())
                        .arg(values.size()));
    QVariantList out;
    out.reserve(values.size());
    for (int i = 0; i < def.columns.size(); ++i) {
        Checked r = check(def.columns[i], values[i]);
        if (!r.ok())
            throw Error(storage::Tr::tr("%1 %2, Feld „%3“: %4")
                            .arg(def.name, values[0].toString(), def.columns[i].name, r.error));
        out << std::move(r.value);
    }
    return out;
}

} // namespace tfp::schema
