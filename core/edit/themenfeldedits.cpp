// Edits of what surrounds the Leistungen and projects of a Themenfeld: Federführung and Beteiligte, Lagen,
// criteria and scores, risks, dependencies, Onlinedienste and comments. Each builds a checked ChangeSet.
#include "edits.h"

#include "tr.h"

#include "changetext.h"
#include "edithelpers.h"
#include "error.h"
#include "fieldtext.h"
#include "storage/catalog.h"

#include <QCoreApplication>
#include <QHash>

namespace tfp::edit {

using namespace schema;
using namespace detail;

namespace {
using Msg = Phrase::Msg;

// "… in Themenfeld „Familie & Kind“ anlegen": a new row of a Themenfeld, named.
QString inThemenfeld(const Catalog &c, Msg m, const QString &name, int themenfeldId)
{
    return Phrase(m).arg(Phrase::quoted(name)).arg(rowPhrase(c, Table::Themenfeld, themenfeldId)).stored();
}
} // namespace

ChangeSet addFederfuehrung(Catalog &c, int themenfeldId, int beteiligterId, const QString &rolleCode)
{
    using namespace col;
    mustRow(c, Table::Beteiligter, beteiligterId);
    if (findRow(c, Table::Federfuehrung, col::themenfeldId, themenfeldId, col::beteiligterId, beteiligterId))
        throw Error(Tr::tr("%1 ist schon an der Federführung von %2 beteiligt.")
                        .arg(c.value(Table::Beteiligter, beteiligterId, kuerzel).toString(),
                             rowLabel(c, Table::Themenfeld, themenfeldId)));
    int order = 0;
    for (const QVariantMap &f : c.rowsWhere(Table::Federfuehrung, col::themenfeldId, themenfeldId))
        order = std::max(order, f.value(sortOrder.toString()).toInt() + 1);
    ChangeSet cs(Phrase(Msg::AddFederfuehrung)
                     .arg(c.value(Table::Beteiligter, beteiligterId, kuerzel).toString())
                     .arg(Phrase::value(Table::Federfuehrung, rolle, rolleCode))
                     .arg(rowPhrase(c, Table::Themenfeld, themenfeldId))
                     .stored());
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
        throw Error(Tr::tr("%1 ohne Namen wird nicht angelegt.").arg(tableLabel(t)));
    return n;
}

} // namespace

ChangeSet addBeteiligter(Catalog &c, const QString &kuerzel, const QString &name, const QString &artCode)
{
    using namespace col;
    const QString k = kuerzel.trimmed();
    const QString n = requiredName(name, Table::Beteiligter);
    if (k.isEmpty())
        throw Error(Tr::tr("Ein Beteiligter braucht ein Kürzel (etwa „BMI“ oder „HB“)."));
    for (const QVariantMap &b : c.rowsWhere(Table::Beteiligter, col::kuerzel, k))
        throw Error(
            Tr::tr("Das Kürzel %1 hat schon %2.").arg(quoted(k), b.value(col::name.toString()).toString()));
    ChangeSet cs(Phrase(Msg::AddBeteiligter).arg(Phrase::quoted(n)).arg(k).stored());
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
            throw Error(Tr::tr("Die Lage %1 gibt es in %2 schon.")
                            .arg(quoted(n), rowLabel(c, Table::Themenfeld, themenfeldId)));
    ChangeSet cs(inThemenfeld(c, Msg::AddLage, n, themenfeldId));
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
            throw Error(Tr::tr("Das Kriterium %1 gibt es in %2 schon.")
                            .arg(quoted(n), rowLabel(c, Table::Themenfeld, themenfeldId)));
        order = std::max(order, k.value(sortOrder.toString()).toInt() + 1);
    }
    ChangeSet cs(inThemenfeld(c, Msg::AddKriterium, n, themenfeldId));
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
        throw Error(Tr::tr("Ein Risiko braucht eine Beschreibung."));
    ChangeSet cs(inThemenfeld(c, Msg::AddRisiko, text, themenfeldId));
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
        throw Error(Tr::tr("Eine OZG-Leistung kann nicht von sich selbst abhängen."));
    if (findRow(c, Table::Abhaengigkeit, col::ozgId, ozgId, col::haengtAbVon, haengtAbVon))
        return {};
    ChangeSet cs(Phrase(Msg::AddAbhaengigkeit)
                     .arg(rowPhrase(c, Table::Leistung, ozgId))
                     .arg(rowPhrase(c, Table::Leistung, haengtAbVon))
                     .stored());
    cs.append(Change::insert(Table::Abhaengigkeit, c.allocateKey(Table::Abhaengigkeit),
                             {{col::ozgId.toString(), ozgId}, {col::haengtAbVon.toString(), haengtAbVon}}));
    return cs;
}

ChangeSet createOnlinedienst(Catalog &c, const QString &name, const QString &anbieter)
{
    if (name.trimmed().isEmpty())
        throw Error(Tr::tr("Ein Onlinedienst braucht einen Namen."));
    ChangeSet cs(Phrase(Msg::CreateOnlinedienst).arg(name.trimmed()).stored());
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
        ChangeSet cs(Phrase(Msg::RemoveDienstLeika)
                         .arg(rowPhrase(c, Table::Onlinedienst, dienstId))
                         .arg(rowPhrase(c, Table::Leika, leikaId))
                         .stored());
        cs.append(
            Change::remove(Table::OnlinedienstLeika, existing->value(id.toString()).toLongLong(), *existing));
        return cs;
    }
    if (existing)
        return setField(c, Table::OnlinedienstLeika, existing->value(id.toString()).toLongLong(),
                        col::reifegrad, *reifegrad);
    ChangeSet cs(Phrase(Msg::SetDienstLeika)
                     .arg(rowPhrase(c, Table::Onlinedienst, dienstId))
                     .arg(rowPhrase(c, Table::Leika, leikaId))
                     .arg(*reifegrad)
                     .stored());
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
    ChangeSet cs(Phrase(available ? Msg::DienstLandOn : Msg::DienstLandOff)
                     .arg(rowPhrase(c, Table::Onlinedienst, dienstId))
                     .arg(land)
                     .stored());
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
        throw Error(Tr::tr("Ein leerer Kommentar wird nicht gespeichert."));
    ChangeSet cs(Phrase(Msg::AddKommentar).arg(rowPhrase(c, t, key)).stored());
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
            Tr::tr("Das Kriterium „%1“ gehört zum Themenfeld „%2“, die OZG-Leistung %3 aber zum Themenfeld "
                   "„%4“; sie wird dort bewertet.")
                .arg(kriterium.value(name.toString()).toString(),
                     c.value(Table::Themenfeld, own, name).toString(), rowLabel(c, Table::Leistung, ozgId),
                     c.value(Table::Themenfeld, other, name).toString()));
}

namespace {
QString bewertungText(const Catalog &c, const QString &kriterium, int ozgId, int wert)
{
    return Phrase(Msg::SetBewertung)
        .arg(kriterium)
        .arg(rowPhrase(c, Table::Leistung, ozgId))
        .arg(wert)
        .stored();
}
} // namespace

ChangeSet setBewertung(Catalog &c, qint64 kriteriumId, int ozgId, std::optional<int> wert)
{
    using namespace col;
    // By the Leistung first: it has a score per criterion, a criterion one per Leistung (thousands in a
    // large Themenfeld, read for each of a pasted block's cells).
    const auto existing = findRow(c, Table::Bewertung, col::ozgId, ozgId, col::kriteriumId, kriteriumId);
    const QString kriterium = c.value(Table::Kriterium, kriteriumId, name).toString();
    if (!wert) {
        if (!existing)
            return {};
        ChangeSet cs(
            Phrase(Msg::RemoveBewertung).arg(kriterium).arg(rowPhrase(c, Table::Leistung, ozgId)).stored());
        cs.append(Change::remove(Table::Bewertung, existing->value(id.toString()).toLongLong(), *existing));
        return cs;
    }
    if (existing) {
        ChangeSet cs =
            setField(c, Table::Bewertung, existing->value(id.toString()).toLongLong(), col::wert, *wert);
        if (!cs.isEmpty())
            cs.description = bewertungText(c, kriterium, ozgId, *wert);
        return cs;
    }
    checkKriteriumFor(c, kriteriumId, ozgId);
    const Checked ok = check(table(Table::Bewertung).column(col::wert), *wert);
    if (!ok.ok())
        throw Error(Tr::tr("Bewertung „%1“: %2").arg(kriterium, ok.error));
    ChangeSet cs(bewertungText(c, kriterium, ozgId, *wert));
    cs.append(Change::insert(Table::Bewertung, c.allocateKey(Table::Bewertung),
                             {{col::kriteriumId.toString(), kriteriumId},
                              {col::ozgId.toString(), ozgId},
                              {col::wert.toString(), *wert}}));
    return cs;
}

ChangeSet setBewertungen(Catalog &c, const QList<BewertungWert> &werte)
{
    ChangeSet cs(Phrase(Msg::SetBewertungen, int(werte.size())).stored());
    // Only a changed value of a stored score takes the short way; adding and removing ones keep their checks.
    QHash<int, QList<QVariantMap>> stored;
    const Column &wertColumn = table(Table::Bewertung).column(col::wert);
    for (const BewertungWert &w : werte) {
        auto it = stored.find(w.ozgId);
        if (it == stored.end())
            it = stored.insert(w.ozgId, c.rowsWhere(Table::Bewertung, col::ozgId, w.ozgId));
        const auto existing = std::find_if(it->cbegin(), it->cend(), [&](const QVariantMap &r) {
            return r.value(col::kriteriumId.toString()).toLongLong() == w.kriteriumId;
        });
        if (!w.wert || existing == it->cend()) {
            cs.append(setBewertung(c, w.kriteriumId, w.ozgId, w.wert));
            continue;
        }
        const Checked ok = check(wertColumn, *w.wert);
        if (!ok.ok())
            throw Error(Tr::tr("Bewertung „%1“ von %2: %3")
                            .arg(c.value(Table::Kriterium, w.kriteriumId, col::name).toString(),
                                 rowLabel(c, Table::Leistung, w.ozgId), ok.error));
        const QVariant old = existing->value(col::wert.toString());
        if (!sameValue(old, ok.value))
            cs.append(Change::update(Table::Bewertung, existing->value(col::id.toString()).toLongLong(),
                                     wertColumn.name, old, ok.value));
    }
    return cs;
}

} // namespace tfp::edit
