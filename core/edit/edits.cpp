// Edits of OZG-Leistungen and Umsetzungsprojekte (fields, milestones, Nachnutzung, Zahlungsplan) and the
// field rules every edit is checked against. Each builds a checked ChangeSet; nothing here writes to the
// catalog.
#include "edits.h"

#include "tr.h"

#include "changetext.h"
#include "edithelpers.h"
#include "error.h"
#include "fieldtext.h"
#include "rowrules.h"
#include "storage/catalog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QSet>

namespace tfp::edit {

using namespace schema;

namespace detail {

QVariantMap mustRow(const Catalog &c, Table t, qint64 key)
{
    const auto r = c.row(t, key);
    if (!r)
        throw Error(Tr::tr("%1 %2 gibt es nicht (mehr).").arg(tableLabel(t)).arg(key));
    return *r;
}

QString quoted(const QString &s)
{
    // The quotation marks follow the UI language: „…“ in German, ‘…’ in English.
    return Tr::tr("„%1“").arg(s);
}

QDate dateOf(const QVariant &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

std::optional<QVariantMap> findRow(const Catalog &c, Table t, QStringView column, const QVariant &value,
                                   QStringView column2, const QVariant &value2)
{
    for (const QVariantMap &r : c.rowsWhere(t, column, value))
        if (sameValue(r.value(column2.toString()), value2))
            return r;
    return std::nullopt;
}

} // namespace detail

using namespace detail;

QString rowLabel(const Catalog &c, Table t, qint64 key)
{
    return rowPhrase(c, t, key).text();
}

void checkField(const Catalog &c, Table t, qint64 key, QStringView column, const QVariant &value)
{
    checkField(c, t, key, column, value, {});
}

namespace {

// A milestone as the rules of dependencies name it: the same titles recur in every project.
QString meilensteinText(const Catalog &c, qint64 m)
{
    const auto r = c.row(Table::Meilenstein, m);
    if (!r)
        return rowLabel(c, Table::Meilenstein, m);
    return Tr::tr("„%1“ (%2)")
        .arg(r->value(col::titel.toString()).toString(),
             c.value(Table::Projekt, r->value(col::projektId.toString()).toLongLong(), col::name).toString());
}

// A finish-to-start dependency of milestone `nach` on milestone `vor` (row `key`, which the search leaves
// out): refused on itself and when `nach` already comes, through other dependencies, before `vor`; the
// message names that chain.
void checkMeilensteinFolge(const Catalog &c, qint64 key, qint64 nach, qint64 vor)
{
    using namespace col;
    if (nach <= 0 || vor <= 0)
        return;
    if (nach == vor)
        throw Error(Tr::tr("%1 kann nicht von sich selbst abhängen.").arg(meilensteinText(c, nach)));
    // The predecessors of vor, breadth first; `later` leads each one back towards vor.
    QHash<qint64, qint64> later{{vor, 0}};
    QList<qint64> queue{vor};
    while (!queue.isEmpty()) {
        const qint64 m = queue.takeFirst();
        for (const QVariantMap &d : c.rowsWhere(Table::MeilensteinAbhaengigkeit, meilensteinId, m)) {
            if (d.value(id.toString()).toLongLong() == key)
                continue;
            const qint64 p = d.value(haengtAbVon.toString()).toLongLong();
            if (later.contains(p))
                continue;
            later.insert(p, m);
            if (p == nach) {
                QStringList chain;
                for (qint64 x = nach; x != 0; x = later.value(x))
                    chain << meilensteinText(c, x);
                chain << meilensteinText(c, nach);
                throw Error(Tr::tr("%1 kann nicht von %2 abhängen: das schlösse einen Kreis, in dem jeder "
                                   "Meilenstein vor dem nächsten liegen müsste (%3).")
                                .arg(meilensteinText(c, nach), meilensteinText(c, vor), chain.join(u" → ")));
            }
            queue.append(p);
        }
    }
}

// The rules for one field of row r (the row's values as they would be, the field's old one included).
void checkFieldOf(const Catalog &c, Table t, qint64 key, QStringView column, const QVariant &value,
                  const QVariantMap &r)
{
    using namespace col;
    const Checked checked = check(table(t).column(column), value);
    if (!checked.ok())
        throw Error(Tr::tr("%1 von %2: %3.").arg(fieldLabel(t, column), rowLabel(c, t, key), checked.error));
    const QVariant v = checked.value;
    if (t == Table::Leistung) {
        const bool v2 = r.value(reifegradModell.toString()).toString() == u"2";
        if ((column == reifegradIst || column == reifegradZiel) && !v.isNull() && !v2 && v.toInt() > 4)
            throw Error(Tr::tr("Das Reifegradmodell 1.x kennt die Stufen 0 bis 4; %1 ist keine Stufe.")
                            .arg(v.toInt()));
        const QVariant ist = column == reifegradIst ? v : r.value(reifegradIst.toString());
        const QVariant ziel = column == reifegradZiel ? v : r.value(reifegradZiel.toString());
        if ((column == reifegradIst || column == reifegradZiel) && !ist.isNull() && !ziel.isNull() &&
            ziel.toInt() < ist.toInt())
            throw Error(
                Tr::tr(
                    "Der Ziel-Reifegrad (%1) von %2 darf nicht unter dem erreichten Reifegrad (%3) liegen.")
                    .arg(ziel.toInt())
                    .arg(rowLabel(c, t, key))
                    .arg(ist.toInt()));
        if (column == reifegradModell && v.toString() == u"1" &&
            (r.value(reifegradIst.toString()).toInt() > 4 || r.value(reifegradZiel.toString()).toInt() > 4))
            throw Error(
                Tr::tr("Das Modell 1.x kennt nur die Stufen 0 bis 4; passen Sie zuerst die Reifegrade an."));
    }
    if (t == Table::Meilenstein && (column == ist || column == abnahmeAm) && !v.isNull()) {
        const qint64 projekt = r.value(projektId.toString()).toLongLong();
        const QDate begin = dateOf(c.value(Table::Projekt, projekt, start));
        const QDate d = dateOf(v);
        if (begin.isValid() && d < begin)
            throw Error(Tr::tr("Das Datum %1 für %2 liegt vor dem Projektbeginn (%3).")
                            .arg(dateText(d), rowLabel(c, t, key), dateText(begin)));
        if (d > QDate::currentDate() && column == ist)
            throw Error(
                Tr::tr("Das Erreicht-Datum %1 liegt in der Zukunft; tragen Sie geplante Termine unter "
                       "„geplant“ ein.")
                    .arg(dateText(d)));
    }
    if (t == Table::Projekt && column == start && !v.isNull()) {
        const QDate begin = dateOf(v);
        for (const QVariantMap &m : c.rowsWhere(Table::Meilenstein, projektId, key)) {
            const QDate reached = dateOf(m.value(ist.toString()));
            if (reached.isValid() && reached < begin)
                throw Error(Tr::tr("Der Meilenstein %1 wurde am %2 erreicht, vor dem neuen Projektbeginn %3.")
                                .arg(quoted(m.value(titel.toString()).toString()), dateText(reached),
                                     dateText(begin)));
        }
    }
    if (t == Table::Projekt && column == ende && !v.isNull()) {
        const QDate begin = dateOf(r.value(start.toString()));
        if (begin.isValid() && dateOf(v) < begin)
            throw Error(Tr::tr("Das Projektende %1 liegt vor dem Projektbeginn %2.")
                            .arg(dateText(dateOf(v)), dateText(begin)));
    }
    if (t == Table::Themenfeld &&
        (column == schwelleHoechste || column == schwelleHohe || column == schwelleMittlere)) {
        // The categories are bands: höchste above hohe above mittlere.
        auto at = [&](QStringView c) {
            return c == column ? v.toDouble() : r.value(c.toString()).toDouble();
        };
        const double h = at(schwelleHoechste), ho = at(schwelleHohe), m = at(schwelleMittlere);
        if (!(h >= ho && ho >= m))
            throw Error(
                Tr::tr("Die Schwellen müssen absteigen: höchste (%1) ≥ hohe (%2) ≥ mittlere Priorität (%3).")
                    .arg(QLocale().toString(h, 'f', 1), QLocale().toString(ho, 'f', 1),
                         QLocale().toString(m, 'f', 1)));
    }
    if (t == Table::MeilensteinAbhaengigkeit && (column == meilensteinId || column == haengtAbVon))
        checkMeilensteinFolge(c, key,
                              (column == meilensteinId ? v : r.value(meilensteinId.toString())).toLongLong(),
                              (column == haengtAbVon ? v : r.value(haengtAbVon.toString())).toLongLong());
    if ((column == name || column == titel) && v.toString().trimmed().isEmpty())
        throw Error(Tr::tr("%1 darf nicht leer sein.").arg(fieldLabel(t, column)));
    if (t == Table::Kriterium && column == name) {
        // Criteria of one Themenfeld are told apart by name (addKriterium refuses a second one too).
        const QVariant themenfeld = r.value(themenfeldId.toString());
        for (const QVariantMap &k : c.rowsWhere(Table::Kriterium, themenfeldId, themenfeld))
            if (k.value(id.toString()).toLongLong() != key &&
                k.value(name.toString()).toString().compare(v.toString().trimmed(), Qt::CaseInsensitive) == 0)
                throw Error(Tr::tr("Das Kriterium %1 gibt es in %2 schon.")
                                .arg(quoted(v.toString().trimmed()),
                                     rowLabel(c, Table::Themenfeld, themenfeld.toLongLong())));
    }
}

} // namespace

void checkField(const Catalog &c, Table t, qint64 key, QStringView column, const QVariant &value,
                const QVariantMap &pending)
{
    const auto stored = c.row(t, key);
    QVariantMap r = stored ? *stored : (pending.isEmpty() ? mustRow(c, t, key) : QVariantMap());
    for (auto it = pending.cbegin(); it != pending.cend(); ++it)
        r.insert(it.key(), it.value());
    checkFieldOf(c, t, key, column, value, r);
}

std::optional<FieldRefusal> checkRow(const Catalog &c, Table t, qint64 key)
{
    const QVariantMap r = mustRow(c, t, key);
    const TableDef &def = table(t);
    for (int i = 1; i < def.columns.size(); ++i) {
        try {
            checkFieldOf(c, t, key, def.columns[i].name, r.value(def.columns[i].name), r);
        } catch (const Error &e) {
            return FieldRefusal{def.columns[i].name, e.message()};
        }
    }
    return std::nullopt;
}

QStringList warnings(const Catalog &c, Table t, qint64 key, QStringView column, const QVariant &value)
{
    using namespace col;
    QStringList out;
    const auto r = c.row(t, key);
    if (!r)
        return out;
    if (t == Table::Meilenstein && column == geplant && !value.isNull()) {
        const QDate d = dateOf(check(table(t).column(column), value).value);
        const int order = r->value(sortOrder.toString()).toInt();
        for (const QVariantMap &m :
             c.rowsWhere(Table::Meilenstein, projektId, r->value(projektId.toString()))) {
            const int o = m.value(sortOrder.toString()).toInt();
            const QDate other = dateOf(m.value(geplant.toString()));
            if (!other.isValid() || m.value(id.toString()).toLongLong() == key)
                continue;
            if (o < order && d < other)
                out << Tr::tr("Der Meilenstein kommt damit vor %1 (%2), dem er folgt.")
                           .arg(quoted(m.value(titel.toString()).toString()), dateText(other));
            if (o > order && d > other)
                out << Tr::tr("Der Meilenstein liegt damit nach %1 (%2), der auf ihn folgt.")
                           .arg(quoted(m.value(titel.toString()).toString()), dateText(other));
        }
    }
    if (t == Table::Leistung && column == flaechendeckendAm && !value.isNull()) {
        const QDate live = dateOf(r->value(goLive.toString()));
        if (live.isValid() && dateOf(check(table(t).column(column), value).value) < live)
            out << Tr::tr("„flächendeckend ab“ liegt vor dem Go-live (%1).").arg(dateText(live));
    }
    return out;
}

ChangeSet setField(const Catalog &c, Table t, qint64 key, QStringView column, const QVariant &value)
{
    const TableDef &def = table(t);
    const Column &col = def.column(column);
    const QVariant old = c.value(t, key, column);
    const Checked checked = check(col, value);
    if (checked.ok() && sameValue(old, checked.value))
        return {};
    checkField(c, t, key, column, value);
    ChangeSet cs(Phrase(Phrase::Msg::SetField)
                     .arg(Phrase::fieldLabel(t, column))
                     .arg(rowPhrase(c, t, key))
                     .arg(Phrase::value(t, column, checked.value))
                     .stored());
    cs.append(Change::update(t, key, col.name, old, checked.value));
    return cs;
}

ChangeSet remove(const Catalog &c, Table t, qint64 key)
{
    mustRow(c, t, key);
    return c.removal(t, key, Phrase(Phrase::Msg::Remove).arg(rowPhrase(c, t, key)).stored());
}

ChangeSet createLeistung(Catalog &c, int ozgId, int lageId, const QString &name)
{
    if (c.row(Table::Leistung, ozgId))
        throw Error(Tr::tr("Die OZG-ID %1 ist schon vergeben (an %2).")
                        .arg(ozgId)
                        .arg(rowLabel(c, Table::Leistung, ozgId)));
    if (name.trimmed().isEmpty())
        throw Error(Tr::tr("Eine OZG-Leistung braucht einen Namen."));
    mustRow(c, Table::Lage, lageId);
    ChangeSet cs(Phrase(Phrase::Msg::CreateLeistung).arg(ozgId).arg(name.trimmed()).stored());
    cs.append(Change::insert(Table::Leistung, ozgId,
                             {{col::lageId.toString(), lageId}, {col::name.toString(), name.trimmed()}}));
    return cs;
}

QList<QPair<QString, QString>> standardMeilensteine()
{
    return {{u"vorbereitung"_qs, Tr::tr("Projektstart (Vorbereitung abgeschlossen)")},
            {u"konzeption"_qs, Tr::tr("Konzeption abgeschlossen (Digitalisierungslabor)")},
            {u"umsetzung"_qs, Tr::tr("Referenzimplementierung (MVP) fertig")},
            {u"pilotierung"_qs, Tr::tr("Pilotierung abgeschlossen")},
            {u"rollout"_qs, Tr::tr("Roll-out / Nachnutzung gestartet")},
            {u"regelbetrieb"_qs, Tr::tr("Inbetriebnahme (Regelbetrieb)")},
            {u"flaechendeckend"_qs, Tr::tr("flächendeckend verfügbar")}};
}

ChangeSet createProjekt(Catalog &c, int themenfeldId, const QString &name, const QList<int> &ozgIds,
                        std::optional<int> koordinationId)
{
    using namespace col;
    mustRow(c, Table::Themenfeld, themenfeldId);
    if (name.trimmed().isEmpty())
        throw Error(Tr::tr("Ein Umsetzungsprojekt braucht einen Namen."));
    if (!koordinationId) {
        // By default the federführende Land coordinates (DOMAIN.md).
        for (const QVariantMap &f : c.rowsWhere(Table::Federfuehrung, col::themenfeldId, themenfeldId)) {
            const qint64 b = f.value(beteiligterId.toString()).toLongLong();
            if (f.value(rolle.toString()).toString() == u"FF" &&
                c.value(Table::Beteiligter, b, art).toString() == u"land") {
                koordinationId = int(b);
                break;
            }
        }
    }
    const qint64 p = c.allocateKey(Table::Projekt);
    ChangeSet cs(Phrase(Phrase::Msg::CreateProjekt).arg(name.trimmed()).stored());
    QVariantMap row{{col::themenfeldId.toString(), themenfeldId}, {col::name.toString(), name.trimmed()}};
    if (koordinationId)
        row.insert(col::koordinationId.toString(), *koordinationId);
    cs.append(Change::insert(Table::Projekt, p, row));
    int order = 0;
    for (const auto &[phaseCode, title] : standardMeilensteine())
        cs.append(Change::insert(Table::Meilenstein, c.allocateKey(Table::Meilenstein),
                                 {{projektId.toString(), p},
                                  {phase.toString(), phaseCode},
                                  {titel.toString(), title},
                                  {sortOrder.toString(), order++}}));
    for (int o : ozgIds) {
        mustRow(c, Table::Leistung, o);
        cs.append(Change::insert(Table::ProjektLeistung, c.allocateKey(Table::ProjektLeistung),
                                 {{projektId.toString(), p}, {ozgId.toString(), o}}));
    }
    return cs;
}

ChangeSet assignLeistungen(Catalog &c, qint64 projektId, const QList<int> &ozgIds)
{
    mustRow(c, Table::Projekt, projektId);
    QSet<int> present;
    for (const QVariantMap &r : c.rowsWhere(Table::ProjektLeistung, col::projektId, projektId))
        present.insert(r.value(col::ozgId.toString()).toInt());
    ChangeSet cs;
    for (int o : ozgIds) {
        if (present.contains(o))
            continue;
        mustRow(c, Table::Leistung, o);
        present.insert(o);
        cs.append(Change::insert(Table::ProjektLeistung, c.allocateKey(Table::ProjektLeistung),
                                 {{col::projektId.toString(), projektId}, {col::ozgId.toString(), o}}));
    }
    cs.description =
        (cs.changes.size() == 1
             ? Phrase(Phrase::Msg::AssignOne)
                   .arg(rowPhrase(c, Table::Leistung, cs.changes[0].row.value(col::ozgId.toString()).toInt()))
             : Phrase(Phrase::Msg::AssignMany).arg(cs.changes.size()))
            .arg(rowPhrase(c, Table::Projekt, projektId))
            .stored();
    return cs;
}

ChangeSet unassignLeistungen(const Catalog &c, qint64 projektId, const QList<int> &ozgIds)
{
    ChangeSet cs;
    for (const QVariantMap &r : c.rowsWhere(Table::ProjektLeistung, col::projektId, projektId)) {
        const int o = r.value(col::ozgId.toString()).toInt();
        if (ozgIds.contains(o))
            cs.append(Change::remove(Table::ProjektLeistung, r.value(col::id.toString()).toLongLong(), r));
    }
    cs.description = (cs.changes.size() == 1 ? Phrase(Phrase::Msg::UnassignOne)
                                             : Phrase(Phrase::Msg::UnassignMany).arg(cs.changes.size()))
                         .arg(rowPhrase(c, Table::Projekt, projektId))
                         .stored();
    return cs;
}

ChangeSet setNachnutzung(Catalog &c, qint64 projektId, int landId, const std::optional<QString> &standCode)
{
    using namespace col;
    mustRow(c, Table::Projekt, projektId);
    if (c.value(Table::Beteiligter, landId, art).toString() != u"land")
        throw Error(Tr::tr("Nachnutzung wird für Länder erfasst; %1 ist kein Land.")
                        .arg(rowLabel(c, Table::Beteiligter, landId)));
    const auto existing = findRow(c, Table::Nachnutzung, col::projektId, projektId, col::landId, landId);
    const QString land = c.value(Table::Beteiligter, landId, kuerzel).toString();
    if (!standCode) {
        if (!existing)
            return {};
        ChangeSet cs(Phrase(Phrase::Msg::RemoveNachnutzung)
                         .arg(land)
                         .arg(rowPhrase(c, Table::Projekt, projektId))
                         .stored());
        cs.append(Change::remove(Table::Nachnutzung, existing->value(id.toString()).toLongLong(), *existing));
        return cs;
    }
    if (existing)
        return setField(c, Table::Nachnutzung, existing->value(id.toString()).toLongLong(), stand,
                        *standCode);
    const Checked ok = check(table(Table::Nachnutzung).column(stand), *standCode);
    if (!ok.ok())
        throw Error(ok.error);
    ChangeSet cs(Phrase(Phrase::Msg::SetNachnutzung)
                     .arg(rowPhrase(c, Table::Projekt, projektId))
                     .arg(land)
                     .arg(Phrase::value(Table::Nachnutzung, stand, *standCode))
                     .stored());
    cs.append(Change::insert(Table::Nachnutzung, c.allocateKey(Table::Nachnutzung),
                             {{col::projektId.toString(), projektId},
                              {col::landId.toString(), landId},
                              {stand.toString(), *standCode}}));
    return cs;
}

ChangeSet addMeilenstein(Catalog &c, qint64 projektId, const QString &phaseCode, const QString &titel,
                         const QDate &geplant)
{
    using namespace col;
    mustRow(c, Table::Projekt, projektId);
    if (titel.trimmed().isEmpty())
        throw Error(Tr::tr("Ein Meilenstein braucht einen Titel."));
    int order = 0;
    for (const QVariantMap &m : c.rowsWhere(Table::Meilenstein, col::projektId, projektId))
        order = std::max(order, m.value(sortOrder.toString()).toInt() + 1);
    ChangeSet cs(Phrase(Phrase::Msg::AddMeilenstein)
                     .arg(titel.trimmed())
                     .arg(rowPhrase(c, Table::Projekt, projektId))
                     .stored());
    QVariantMap row{{col::projektId.toString(), projektId},
                    {phase.toString(), phaseCode},
                    {col::titel.toString(), titel.trimmed()},
                    {sortOrder.toString(), order}};
    if (geplant.isValid())
        row.insert(col::geplant.toString(), geplant.toString(Qt::ISODate));
    cs.append(Change::insert(Table::Meilenstein, c.allocateKey(Table::Meilenstein), row));
    return cs;
}

ChangeSet addMeilensteinAbhaengigkeit(Catalog &c, qint64 meilensteinId, qint64 haengtAbVon, int abstandTage)
{
    using namespace col;
    mustRow(c, Table::Meilenstein, meilensteinId);
    mustRow(c, Table::Meilenstein, haengtAbVon);
    if (findRow(c, Table::MeilensteinAbhaengigkeit, col::meilensteinId, meilensteinId, col::haengtAbVon,
                haengtAbVon))
        throw Error(Tr::tr("%1 hängt schon von %2 ab.")
                        .arg(meilensteinText(c, meilensteinId), meilensteinText(c, haengtAbVon)));
    const qint64 key = c.allocateKey(Table::MeilensteinAbhaengigkeit);
    const QVariantMap row{{col::meilensteinId.toString(), meilensteinId},
                          {col::haengtAbVon.toString(), haengtAbVon},
                          {col::abstandTage.toString(), abstandTage}};
    for (auto it = row.cbegin(); it != row.cend(); ++it)
        checkField(c, Table::MeilensteinAbhaengigkeit, key, it.key(), it.value(), row);
    ChangeSet cs(Phrase(Phrase::Msg::AddMeilensteinAbhaengigkeit, abstandTage)
                     .arg(rowPhrase(c, Table::Meilenstein, meilensteinId))
                     .arg(rowPhrase(c, Table::Meilenstein, haengtAbVon))
                     .stored());
    cs.append(Change::insert(Table::MeilensteinAbhaengigkeit, key, row));
    return cs;
}

ChangeSet addZahlung(Catalog &c, qint64 projektId, int jahr, int quartal, qint64 planCent)
{
    using namespace col;
    mustRow(c, Table::Projekt, projektId);
    for (const QVariantMap &z : c.rowsWhere(Table::Zahlung, col::projektId, projektId))
        if (z.value(col::jahr.toString()).toInt() == jahr &&
            z.value(col::quartal.toString()).toInt() == quartal)
            throw Error(Tr::tr("Für %1/Q%2 gibt es im %3 schon einen Eintrag.")
                            .arg(jahr)
                            .arg(quartal)
                            .arg(rowLabel(c, Table::Projekt, projektId)));
    ChangeSet cs(Phrase(Phrase::Msg::AddZahlung)
                     .arg(jahr)
                     .arg(quartal)
                     .arg(rowPhrase(c, Table::Projekt, projektId))
                     .stored());
    cs.append(Change::insert(Table::Zahlung, c.allocateKey(Table::Zahlung),
                             {{col::projektId.toString(), projektId},
                              {col::jahr.toString(), jahr},
                              {col::quartal.toString(), quartal},
                              {col::planCent.toString(), planCent}}));
    return cs;
}

namespace {

// The quarters of the term from..to (both valid) as year * 10 + quarter, in order.
QList<int> quartersOf(const QDate &from, const QDate &to)
{
    QList<int> out;
    const int last = to.year() * 10 + (to.month() - 1) / 3 + 1;
    for (int y = from.year(), q = (from.month() - 1) / 3 + 1; y * 10 + q <= last;) {
        out << y * 10 + q;
        if (++q > 4) {
            q = 1;
            ++y;
        }
    }
    return out;
}

// The quarters of the project's term its Zahlungsplan lacks; nullopt without Beginn or Ende.
std::optional<QList<int>> missingQuarters(const Catalog &c, qint64 projektId)
{
    using namespace col;
    const QVariantMap p = mustRow(c, Table::Projekt, projektId);
    const QDate from = dateOf(p.value(start.toString())), to = dateOf(p.value(ende.toString()));
    if (!from.isValid() || !to.isValid())
        return std::nullopt;
    QSet<int> present;
    for (const QVariantMap &z : c.rowsWhere(Table::Zahlung, col::projektId, projektId))
        present.insert(z.value(jahr.toString()).toInt() * 10 + z.value(quartal.toString()).toInt());
    QList<int> out;
    for (int q : quartersOf(from, to))
        if (!present.contains(q))
            out << q;
    return out;
}

} // namespace

int fehlendeZahlungsQuartale(const Catalog &c, qint64 projektId)
{
    if (!c.row(Table::Projekt, projektId))
        return 0;
    return int(missingQuarters(c, projektId).value_or(QList<int>()).size());
}

ChangeSet addZahlungsQuartale(Catalog &c, qint64 projektId)
{
    const auto missing = missingQuarters(c, projektId);
    if (!missing)
        throw Error(Tr::tr("Für die Quartale der Laufzeit braucht das %1 einen Beginn und ein Ende.")
                        .arg(rowLabel(c, Table::Projekt, projektId)));
    ChangeSet cs;
    for (int q : *missing)
        cs.append(Change::insert(Table::Zahlung, c.allocateKey(Table::Zahlung),
                                 {{col::projektId.toString(), projektId},
                                  {col::jahr.toString(), q / 10},
                                  {col::quartal.toString(), q % 10},
                                  {col::planCent.toString(), 0}}));
    if (!cs.isEmpty())
        cs.description = Phrase(Phrase::Msg::AddZahlungsQuartale, int(missing->size()))
                             .arg(rowPhrase(c, Table::Projekt, projektId))
                             .stored();
    return cs;
}

} // namespace tfp::edit
