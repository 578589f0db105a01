#include "edits.h"

#include "error.h"
#include "fieldtext.h"
#include "storage/catalog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

namespace tfp::edit {

using namespace schema;

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("tfp::edit", s);
}

QVariantMap mustRow(const Catalog &c, Table t, qint64 key)
{
    const auto r = c.row(t, key);
    if (!r)
        throw Error(tr("%1 %2 gibt es nicht (mehr).").arg(tableLabel(t)).arg(key));
    return *r;
}

QString quoted(const QString &s)
{
    return u"„"_qs + s + u"“"_qs;
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

} // namespace

QString rowLabel(const Catalog &c, Table t, qint64 key)
{
    const auto r = c.row(t, key);
    if (!r)
        return tableLabel(t) + u' ' + QString::number(key);
    const TableDef &def = table(t);
    switch (t) {
    case Table::Leistung:
        return quoted(r->value(def.labelColumn).toString());
    case Table::Projekt:
        return tr("Projekt %1").arg(quoted(r->value(def.labelColumn).toString()));
    case Table::Federfuehrung:
        return tr("Federführung von %1")
            .arg(c.value(Table::Beteiligter, r->value(col::beteiligterId.toString()).toLongLong(),
                         col::kuerzel)
                     .toString());
    case Table::Nachnutzung:
        return tr("Nachnutzung durch %1")
            .arg(c.value(Table::Beteiligter, r->value(col::landId.toString()).toLongLong(), col::kuerzel)
                     .toString());
    case Table::Kommentar: {
        // Which row it is about, and enough of its words to recognise it.
        QString text = r->value(col::text.toString()).toString().simplified();
        if (text.size() > 60)
            text = text.left(59) + u'…';
        const auto about = tableByName(r->value(col::entityTable.toString()).toString());
        if (!about || *about == Table::Kommentar)
            return tr("Kommentar %1").arg(quoted(text));
        return tr("Kommentar zu %1: %2")
            .arg(rowLabel(c, *about, r->value(col::entityKey.toString()).toLongLong()), quoted(text));
    }
    case Table::Zahlung:
        return tr("Zahlungsplan %1/Q%2")
            .arg(r->value(col::jahr.toString()).toInt())
            .arg(r->value(col::quartal.toString()).toInt());
    default:
        break;
    }
    if (!def.labelColumn.isEmpty() && !r->value(def.labelColumn).toString().isEmpty())
        return tableLabel(t) + u' ' + quoted(r->value(def.labelColumn).toString());
    return tableLabel(t) + u' ' + QString::number(key);
}

void checkField(const Catalog &c, Table t, qint64 key, QStringView column, const QVariant &value)
{
    checkField(c, t, key, column, value, {});
}

void checkField(const Catalog &c, Table t, qint64 key, QStringView column, const QVariant &value,
                const QVariantMap &pending)
{
    using namespace col;
    const auto stored = c.row(t, key);
    QVariantMap r = stored ? *stored : (pending.isEmpty() ? mustRow(c, t, key) : QVariantMap());
    for (auto it = pending.cbegin(); it != pending.cend(); ++it)
        r.insert(it.key(), it.value());
    const Checked checked = check(table(t).column(column), value);
    if (!checked.ok())
        throw Error(tr("%1 von %2: %3.").arg(fieldLabel(t, column), rowLabel(c, t, key), checked.error));
    const QVariant v = checked.value;
    if (t == Table::Leistung) {
        const bool v2 = r.value(reifegradModell.toString()).toString() == u"2";
        if ((column == reifegradIst || column == reifegradZiel) && !v.isNull() && !v2 && v.toInt() > 4)
            throw Error(
                tr("Das Reifegradmodell 1.x kennt die Stufen 0 bis 4; %1 ist keine Stufe.").arg(v.toInt()));
        const QVariant ist = column == reifegradIst ? v : r.value(reifegradIst.toString());
        const QVariant ziel = column == reifegradZiel ? v : r.value(reifegradZiel.toString());
        if (!ist.isNull() && !ziel.isNull() && ziel.toInt() < ist.toInt())
            throw Error(
                tr("Der Ziel-Reifegrad (%1) von %2 darf nicht unter dem erreichten Reifegrad (%3) liegen.")
                    .arg(ziel.toInt())
                    .arg(rowLabel(c, t, key))
                    .arg(ist.toInt()));
        if (column == reifegradModell && v.toString() == u"1" &&
            (r.value(reifegradIst.toString()).toInt() > 4 || r.value(reifegradZiel.toString()).toInt() > 4))
            throw Error(
                tr("Das Modell 1.x kennt nur die Stufen 0 bis 4; passen Sie zuerst die Reifegrade an."));
    }
    if (t == Table::Meilenstein && (column == ist || column == abnahmeAm) && !v.isNull()) {
        const qint64 projekt = r.value(projektId.toString()).toLongLong();
        const QDate begin = dateOf(c.value(Table::Projekt, projekt, start));
        const QDate d = dateOf(v);
        if (begin.isValid() && d < begin)
            throw Error(tr("Das Datum %1 für %2 liegt vor dem Projektbeginn (%3).")
                            .arg(dateText(d), rowLabel(c, t, key), dateText(begin)));
        if (d > QDate::currentDate() && column == ist)
            throw Error(tr("Das Erreicht-Datum %1 liegt in der Zukunft; tragen Sie geplante Termine unter "
                           "„geplant“ ein.")
                            .arg(dateText(d)));
    }
    if (t == Table::Projekt && column == start && !v.isNull()) {
        const QDate begin = dateOf(v);
        for (const QVariantMap &m : c.rowsWhere(Table::Meilenstein, projektId, key)) {
            const QDate reached = dateOf(m.value(ist.toString()));
            if (reached.isValid() && reached < begin)
                throw Error(tr("Der Meilenstein %1 wurde am %2 erreicht, vor dem neuen Projektbeginn %3.")
                                .arg(quoted(m.value(titel.toString()).toString()), dateText(reached),
                                     dateText(begin)));
        }
    }
    if (t == Table::Projekt && column == ende && !v.isNull()) {
        const QDate begin = dateOf(r.value(start.toString()));
        if (begin.isValid() && dateOf(v) < begin)
            throw Error(tr("Das Projektende %1 liegt vor dem Projektbeginn %2.")
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
                tr("Die Schwellen müssen absteigen: höchste (%1) ≥ hohe (%2) ≥ mittlere Priorität (%3).")
                    .arg(QLocale().toString(h, 'f', 1), QLocale().toString(ho, 'f', 1),
                         QLocale().toString(m, 'f', 1)));
    }
    if ((column == name || column == titel) && v.toString().trimmed().isEmpty())
        throw Error(tr("%1 darf nicht leer sein.").arg(fieldLabel(t, column)));
    if (t == Table::Kriterium && column == name) {
        // Criteria of one Themenfeld are told apart by name (addKriterium refuses a second one too).
        const QVariant themenfeld = r.value(themenfeldId.toString());
        for (const QVariantMap &k : c.rowsWhere(Table::Kriterium, themenfeldId, themenfeld))
            if (k.value(id.toString()).toLongLong() != key &&
                k.value(name.toString()).toString().compare(v.toString().trimmed(), Qt::CaseInsensitive) == 0)
                throw Error(tr("Das Kriterium %1 gibt es in %2 schon.")
                                .arg(quoted(v.toString().trimmed()),
                                     rowLabel(c, Table::Themenfeld, themenfeld.toLongLong())));
    }
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
                out << tr("Der Meilenstein kommt damit vor %1 (%2), dem er folgt.")
                           .arg(quoted(m.value(titel.toString()).toString()), dateText(other));
            if (o > order && d > other)
                out << tr("Der Meilenstein liegt damit nach %1 (%2), der auf ihn folgt.")
                           .arg(quoted(m.value(titel.toString()).toString()), dateText(other));
        }
    }
    if (t == Table::Leistung && column == flaechendeckendAm && !value.isNull()) {
        const QDate live = dateOf(r->value(goLive.toString()));
        if (live.isValid() && dateOf(check(table(t).column(column), value).value) < live)
            out << tr("„flächendeckend ab“ liegt vor dem Go-live (%1).").arg(dateText(live));
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
    ChangeSet cs(tr("%1 von %2 auf %3 setzen")
                     .arg(fieldLabel(t, column), rowLabel(c, t, key), valueText(t, column, checked.value)));
    cs.append(Change::update(t, key, col.name, old, checked.value));
    return cs;
}

ChangeSet remove(const Catalog &c, Table t, qint64 key)
{
    mustRow(c, t, key);
    return c.removal(t, key, tr("%1 löschen").arg(rowLabel(c, t, key)));
}

ChangeSet createLeistung(Catalog &c, int ozgId, int lageId, const QString &name)
{
    if (c.row(Table::Leistung, ozgId))
        throw Error(tr("Die OZG-ID %1 ist schon vergeben (an %2).")
                        .arg(ozgId)
                        .arg(rowLabel(c, Table::Leistung, ozgId)));
    if (name.trimmed().isEmpty())
        throw Error(tr("Eine OZG-Leistung braucht einen Namen."));
    mustRow(c, Table::Lage, lageId);
    ChangeSet cs(tr("OZG-Leistung %1 „%2“ anlegen").arg(ozgId).arg(name.trimmed()));
    cs.append(Change::insert(Table::Leistung, ozgId,
                             {{col::lageId.toString(), lageId}, {col::name.toString(), name.trimmed()}}));
    return cs;
}

QList<QPair<QString, QString>> standardMeilensteine()
{
    return {{u"vorbereitung"_qs, tr("Projektstart (Vorbereitung abgeschlossen)")},
            {u"konzeption"_qs, tr("Konzeption abgeschlossen (Digitalisierungslabor)")},
            {u"umsetzung"_qs, tr("Referenzimplementierung (MVP) fertig")},
            {u"pilotierung"_qs, tr("Pilotierung abgeschlossen")},
            {u"rollout"_qs, tr("Roll-out / Nachnutzung gestartet")},
            {u"regelbetrieb"_qs, tr("Inbetriebnahme (Regelbetrieb)")},
            {u"flaechendeckend"_qs, tr("flächendeckend verfügbar")}};
}

ChangeSet createProjekt(Catalog &c, int themenfeldId, const QString &name, const QList<int> &ozgIds,
                        std::optional<int> koordinationId)
{
    using namespace col;
    mustRow(c, Table::Themenfeld, themenfeldId);
    if (name.trimmed().isEmpty())
        throw Error(tr("Ein Umsetzungsprojekt braucht einen Namen."));
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
    ChangeSet cs(tr("Projekt „%1“ anlegen").arg(name.trimmed()));
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
        cs.changes.size() == 1
            ? tr("%1 dem %2 zuordnen")
                  .arg(rowLabel(c, Table::Leistung, cs.changes[0].row.value(col::ozgId.toString()).toInt()),
                       rowLabel(c, Table::Projekt, projektId))
            : tr("%1 OZG-Leistungen dem %2 zuordnen")
                  .arg(cs.changes.size())
                  .arg(rowLabel(c, Table::Projekt, projektId));
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
    cs.description =
        cs.changes.size() == 1
            ? tr("Eine OZG-Leistung aus dem %1 entfernen").arg(rowLabel(c, Table::Projekt, projektId))
            : tr("%1 OZG-Leistungen aus dem %2 entfernen")
                  .arg(cs.changes.size())
                  .arg(rowLabel(c, Table::Projekt, projektId));
    return cs;
}

ChangeSet setNachnutzung(Catalog &c, qint64 projektId, int landId, const std::optional<QString> &standCode)
{
    using namespace col;
    mustRow(c, Table::Projekt, projektId);
    if (c.value(Table::Beteiligter, landId, art).toString() != u"land")
        throw Error(tr("Nachnutzung wird für Länder erfasst; %1 ist kein Land.")
                        .arg(rowLabel(c, Table::Beteiligter, landId)));
    const auto existing = findRow(c, Table::Nachnutzung, col::projektId, projektId, col::landId, landId);
    const QString land = c.value(Table::Beteiligter, landId, kuerzel).toString();
    if (!standCode) {
        if (!existing)
            return {};
        ChangeSet cs(
            tr("Nachnutzung durch %1 aus %2 entfernen").arg(land, rowLabel(c, Table::Projekt, projektId)));
        cs.append(Change::remove(Table::Nachnutzung, existing->value(id.toString()).toLongLong(), *existing));
        return cs;
    }
    if (existing)
        return setField(c, Table::Nachnutzung, existing->value(id.toString()).toLongLong(), stand,
                        *standCode);
    const Checked ok = check(table(Table::Nachnutzung).column(stand), *standCode);
    if (!ok.ok())
        throw Error(ok.error);
    ChangeSet cs(tr("Nachnutzung von %1 durch %2: %3")
                     .arg(rowLabel(c, Table::Projekt, projektId), land,
                          valueText(Table::Nachnutzung, stand, *standCode)));
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
        throw Error(tr("Ein Meilenstein braucht einen Titel."));
    int order = 0;
    for (const QVariantMap &m : c.rowsWhere(Table::Meilenstein, col::projektId, projektId))
        order = std::max(order, m.value(sortOrder.toString()).toInt() + 1);
    ChangeSet cs(
        tr("Meilenstein „%1“ im %2 anlegen").arg(titel.trimmed(), rowLabel(c, Table::Projekt, projektId)));
    QVariantMap row{{col::projektId.toString(), projektId},
                    {phase.toString(), phaseCode},
                    {col::titel.toString(), titel.trimmed()},
                    {sortOrder.toString(), order}};
    if (geplant.isValid())
        row.insert(col::geplant.toString(), geplant.toString(Qt::ISODate));
    cs.append(Change::insert(Table::Meilenstein, c.allocateKey(Table::Meilenstein), row));
    return cs;
}

ChangeSet addZahlung(Catalog &c, qint64 projektId, int jahr, int quartal, qint64 planCent)
{
    using namespace col;
    mustRow(c, Table::Projekt, projektId);
    for (const QVariantMap &z : c.rowsWhere(Table::Zahlung, col::projektId, projektId))
        if (z.value(col::jahr.toString()).toInt() == jahr &&
            z.value(col::quartal.toString()).toInt() == quartal)
            throw Error(tr("Für %1/Q%2 gibt es im %3 schon einen Eintrag.")
                            .arg(jahr)
                            .arg(quartal)
                            .arg(rowLabel(c, Table::Projekt, projektId)));
    ChangeSet cs(tr("Zahlungsplan %1/Q%2 im %3 anlegen")
                     .arg(jahr)
                     .arg(quartal)
                     .arg(rowLabel(c, Table::Projekt, projektId)));
    cs.append(Change::insert(Table::Zahlung, c.allocateKey(Table::Zahlung),
                             {{col::projektId.toString(), projektId},
                              {col::jahr.toString(), jahr},
                              {col::quartal.toString(), quartal},
                              {col::planCent.toString(), planCent}}));
    return cs;
}

ChangeSet addFederfuehrung(Catalog &c, int themenfeldId, int beteiligterId, const QString &rolleCode)
{
    using namespace col;
    mustRow(c, Table::Beteiligter, beteiligterId);
    if (findRow(c, Table::Federfuehrung, col::themenfeldId, themenfeldId, col::beteiligterId, beteiligterId))
        throw Error(tr("%1 ist schon an der Federführung von %2 beteiligt.")
                        .arg(c.value(Table::Beteiligter, beteiligterId, kuerzel).toString(),
                             rowLabel(c, Table::Themenfeld, themenfeldId)));
    int order = 0;
    for (const QVariantMap &f : c.rowsWhere(Table::Federfuehrung, col::themenfeldId, themenfeldId))
        order = std::max(order, f.value(sortOrder.toString()).toInt() + 1);
    ChangeSet cs(tr("%1 als %2 in die Federführung von %3 aufnehmen")
                     .arg(c.value(Table::Beteiligter, beteiligterId, kuerzel).toString(),
                          valueText(Table::Federfuehrung, rolle, rolleCode),
                          rowLabel(c, Table::Themenfeld, themenfeldId)));
    cs.append(Change::insert(Table::Federfuehrung, c.allocateKey(Table::Federfuehrung),
                             {{col::themenfeldId.toString(), themenfeldId},
                              {col::beteiligterId.toString(), beteiligterId},
                              {rolle.toString(), rolleCode},
                              {sortOrder.toString(), order}}));
    return cs;
}

namespace {

// The checked values of a new row, refused with the column's label and the reason.
QVariantMap checkedRow(Table t, const QVariantMap &values)
{
    QVariantMap out;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const Checked ok = check(table(t).column(it.key()), it.value());
        if (!ok.ok())
            throw Error(u"%1: %2"_qs.arg(fieldLabel(t, it.key()), ok.error));
        out.insert(it.key(), ok.value);
    }
    return out;
}

QString requiredName(const QString &name, Table t)
{
    const QString n = name.trimmed();
    if (n.isEmpty())
        throw Error(tr("%1 ohne Namen wird nicht angelegt.").arg(tableLabel(t)));
    return n;
}

} // namespace

ChangeSet addBeteiligter(Catalog &c, const QString &kuerzel, const QString &name, const QString &artCode)
{
    using namespace col;
    const QString k = kuerzel.trimmed();
    const QString n = requiredName(name, Table::Beteiligter);
    if (k.isEmpty())
        throw Error(tr("Ein Beteiligter braucht ein Kürzel (etwa „BMI“ oder „HB“)."));
    for (const QVariantMap &b : c.rowsWhere(Table::Beteiligter, col::kuerzel, k))
        throw Error(
            tr("Das Kürzel %1 hat schon %2.").arg(quoted(k), b.value(col::name.toString()).toString()));
    ChangeSet cs(tr("Beteiligten %1 (%2) anlegen").arg(quoted(n), k));
    cs.append(Change::insert(
        Table::Beteiligter, c.allocateKey(Table::Beteiligter),
        checkedRow(Table::Beteiligter,
                   {{col::kuerzel.toString(), k}, {col::name.toString(), n}, {art.toString(), artCode}})));
    return cs;
}

ChangeSet addLage(Catalog &c, int themenfeldId, const QString &name, const QString &artCode)
{
    using namespace col;
    mustRow(c, Table::Themenfeld, themenfeldId);
    const QString n = requiredName(name, Table::Lage);
    for (const QVariantMap &l : c.rowsWhere(Table::Lage, col::themenfeldId, themenfeldId))
        if (l.value(col::name.toString()).toString().compare(n, Qt::CaseInsensitive) == 0)
            throw Error(tr("Die Lage %1 gibt es in %2 schon.")
                            .arg(quoted(n), rowLabel(c, Table::Themenfeld, themenfeldId)));
    ChangeSet cs(tr("Lage %1 in %2 anlegen").arg(quoted(n), rowLabel(c, Table::Themenfeld, themenfeldId)));
    cs.append(Change::insert(Table::Lage, c.allocateKey(Table::Lage),
                             checkedRow(Table::Lage, {{col::themenfeldId.toString(), themenfeldId},
                                                      {col::name.toString(), n},
                                                      {art.toString(), artCode}})));
    return cs;
}

ChangeSet addKriterium(Catalog &c, int themenfeldId, const QString &name, double gewicht)
{
    using namespace col;
    mustRow(c, Table::Themenfeld, themenfeldId);
    const QString n = requiredName(name, Table::Kriterium);
    int order = 0;
    for (const QVariantMap &k : c.rowsWhere(Table::Kriterium, col::themenfeldId, themenfeldId)) {
        if (k.value(col::name.toString()).toString().compare(n, Qt::CaseInsensitive) == 0)
            throw Error(tr("Das Kriterium %1 gibt es in %2 schon.")
                            .arg(quoted(n), rowLabel(c, Table::Themenfeld, themenfeldId)));
        order = std::max(order, k.value(sortOrder.toString()).toInt() + 1);
    }
    ChangeSet cs(
        tr("Kriterium %1 in %2 anlegen").arg(quoted(n), rowLabel(c, Table::Themenfeld, themenfeldId)));
    cs.append(Change::insert(Table::Kriterium, c.allocateKey(Table::Kriterium),
                             checkedRow(Table::Kriterium, {{col::themenfeldId.toString(), themenfeldId},
                                                           {col::name.toString(), n},
                                                           {col::gewicht.toString(), gewicht},
                                                           {sortOrder.toString(), order}})));
    return cs;
}

ChangeSet addRisiko(Catalog &c, int themenfeldId, const QString &beschreibung, const QString &artCode,
                    const QString &einstufungCode)
{
    using namespace col;
    mustRow(c, Table::Themenfeld, themenfeldId);
    const QString text = beschreibung.trimmed();
    if (text.isEmpty())
        throw Error(tr("Ein Risiko braucht eine Beschreibung."));
    ChangeSet cs(
        tr("Risiko %1 in %2 erfassen").arg(quoted(text), rowLabel(c, Table::Themenfeld, themenfeldId)));
    cs.append(Change::insert(Table::Risiko, c.allocateKey(Table::Risiko),
                             checkedRow(Table::Risiko, {{col::themenfeldId.toString(), themenfeldId},
                                                        {col::beschreibung.toString(), text},
                                                        {art.toString(), artCode},
                                                        {einstufung.toString(), einstufungCode}})));
    return cs;
}

ChangeSet addAbhaengigkeit(Catalog &c, int ozgId, int haengtAbVon)
{
    using namespace col;
    mustRow(c, Table::Leistung, ozgId);
    mustRow(c, Table::Leistung, haengtAbVon);
    if (ozgId == haengtAbVon)
        throw Error(tr("Eine OZG-Leistung kann nicht von sich selbst abhängen."));
    if (findRow(c, Table::Abhaengigkeit, col::ozgId, ozgId, col::haengtAbVon, haengtAbVon))
        return {};
    ChangeSet cs(tr("%1 hängt von %2 ab")
                     .arg(rowLabel(c, Table::Leistung, ozgId), rowLabel(c, Table::Leistung, haengtAbVon)));
    cs.append(Change::insert(Table::Abhaengigkeit, c.allocateKey(Table::Abhaengigkeit),
                             {{col::ozgId.toString(), ozgId}, {col::haengtAbVon.toString(), haengtAbVon}}));
    return cs;
}

ChangeSet createOnlinedienst(Catalog &c, const QString &name, const QString &anbieter)
{
    if (name.trimmed().isEmpty())
        throw Error(tr("Ein Onlinedienst braucht einen Namen."));
    ChangeSet cs(tr("Onlinedienst „%1“ anlegen").arg(name.trimmed()));
    cs.append(Change::insert(
        Table::Onlinedienst, c.allocateKey(Table::Onlinedienst),
        {{col::name.toString(), name.trimmed()}, {col::anbieter.toString(), anbieter.trimmed()}}));
    return cs;
}

ChangeSet setDienstLeika(Catalog &c, qint64 dienstId, qint64 leikaId, std::optional<int> reifegrad)
{
    using namespace col;
    mustRow(c, Table::Onlinedienst, dienstId);
    mustRow(c, Table::Leika, leikaId);
    const auto existing =
        findRow(c, Table::OnlinedienstLeika, col::dienstId, dienstId, col::leikaId, leikaId);
    if (!reifegrad) {
        if (!existing)
            return {};
        ChangeSet cs(
            tr("%1 deckt %2 nicht mehr ab")
                .arg(rowLabel(c, Table::Onlinedienst, dienstId), rowLabel(c, Table::Leika, leikaId)));
        cs.append(
            Change::remove(Table::OnlinedienstLeika, existing->value(id.toString()).toLongLong(), *existing));
        return cs;
    }
    if (existing)
        return setField(c, Table::OnlinedienstLeika, existing->value(id.toString()).toLongLong(),
                        col::reifegrad, *reifegrad);
    ChangeSet cs(tr("%1 deckt %2 mit Reifegrad %3 ab")
                     .arg(rowLabel(c, Table::Onlinedienst, dienstId), rowLabel(c, Table::Leika, leikaId))
                     .arg(*reifegrad));
    cs.append(Change::insert(Table::OnlinedienstLeika, c.allocateKey(Table::OnlinedienstLeika),
                             {{col::dienstId.toString(), dienstId},
                              {col::leikaId.toString(), leikaId},
                              {col::reifegrad.toString(), *reifegrad}}));
    return cs;
}

ChangeSet setDienstLand(Catalog &c, qint64 dienstId, int landId, bool available)
{
    using namespace col;
    mustRow(c, Table::Onlinedienst, dienstId);
    const auto existing = findRow(c, Table::OnlinedienstLand, col::dienstId, dienstId, col::landId, landId);
    const QString land = c.value(Table::Beteiligter, landId, kuerzel).toString();
    if (available == bool(existing))
        return {};
    ChangeSet cs(
        available
            ? tr("%1 in %2 verfügbar").arg(rowLabel(c, Table::Onlinedienst, dienstId), land)
            : tr("%1 in %2 nicht mehr verfügbar").arg(rowLabel(c, Table::Onlinedienst, dienstId), land));
    if (available)
        cs.append(Change::insert(Table::OnlinedienstLand, c.allocateKey(Table::OnlinedienstLand),
                                 {{col::dienstId.toString(), dienstId}, {col::landId.toString(), landId}}));
    else
        cs.append(
            Change::remove(Table::OnlinedienstLand, existing->value(id.toString()).toLongLong(), *existing));
    return cs;
}

ChangeSet addKommentar(Catalog &c, Table t, qint64 key, const QString &text)
{
    using namespace col;
    mustRow(c, t, key);
    if (text.trimmed().isEmpty())
        throw Error(tr("Ein leerer Kommentar wird nicht gespeichert."));
    ChangeSet cs(tr("Kommentar zu %1").arg(rowLabel(c, t, key)));
    cs.append(Change::insert(Table::Kommentar, c.allocateKey(Table::Kommentar),
                             {{entityTable.toString(), table(t).name},
                              {entityKey.toString(), key},
                              {autor.toString(), c.author()},
                              {zeitpunkt.toString(), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                              {col::text.toString(), text.trimmed()}}));
    return cs;
}

void checkKriteriumFor(const Catalog &c, qint64 kriteriumId, int ozgId)
{
    using namespace col;
    const QVariantMap kriterium = mustRow(c, Table::Kriterium, kriteriumId);
    const QVariantMap leistung = mustRow(c, Table::Leistung, ozgId);
    const qint64 own = kriterium.value(themenfeldId.toString()).toLongLong();
    const qint64 other =
        c.value(Table::Lage, leistung.value(lageId.toString()).toLongLong(), themenfeldId).toLongLong();
    if (own != other)
        throw Error(
            tr("Das Kriterium „%1“ gehört zum Themenfeld „%2“, die OZG-Leistung %3 aber zum Themenfeld "
               "„%4“; sie wird dort bewertet.")
                .arg(kriterium.value(name.toString()).toString(),
                     c.value(Table::Themenfeld, own, name).toString(), rowLabel(c, Table::Leistung, ozgId),
                     c.value(Table::Themenfeld, other, name).toString()));
}

ChangeSet setBewertung(Catalog &c, qint64 kriteriumId, int ozgId, std::optional<int> wert)
{
    using namespace col;
    const auto existing = findRow(c, Table::Bewertung, col::kriteriumId, kriteriumId, col::ozgId, ozgId);
    const QString kriterium = c.value(Table::Kriterium, kriteriumId, name).toString();
    if (!wert) {
        if (!existing)
            return {};
        ChangeSet cs(
            tr("Bewertung „%1“ von %2 entfernen").arg(kriterium, rowLabel(c, Table::Leistung, ozgId)));
        cs.append(Change::remove(Table::Bewertung, existing->value(id.toString()).toLongLong(), *existing));
        return cs;
    }
    if (existing) {
        ChangeSet cs =
            setField(c, Table::Bewertung, existing->value(id.toString()).toLongLong(), col::wert, *wert);
        if (!cs.isEmpty())
            cs.description = tr("Bewertung „%1“ von %2 auf %3 setzen")
                                 .arg(kriterium, rowLabel(c, Table::Leistung, ozgId))
                                 .arg(*wert);
        return cs;
    }
    checkKriteriumFor(c, kriteriumId, ozgId);
    const Checked ok = check(table(Table::Bewertung).column(col::wert), *wert);
    if (!ok.ok())
        throw Error(tr("Bewertung „%1“: %2").arg(kriterium, ok.error));
    ChangeSet cs(tr("Bewertung „%1“ von %2 auf %3 setzen")
                     .arg(kriterium, rowLabel(c, Table::Leistung, ozgId))
                     .arg(*wert));
    cs.append(Change::insert(Table::Bewertung, c.allocateKey(Table::Bewertung),
                             {{col::kriteriumId.toString(), kriteriumId},
                              {col::ozgId.toString(), ozgId},
                              {col::wert.toString(), *wert}}));
    return cs;
}

} // namespace tfp::edit
