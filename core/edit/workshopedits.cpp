#include "workshopedits.h"

#include "tr.h"

#include "changetext.h"
#include "edits.h"
#include "error.h"
#include "fieldtext.h"
#include "storage/catalog.h"

#include <QCoreApplication>
#include <QDateTime>

namespace tfp::edit {

using namespace schema;

ChangeSet setStimme(Catalog &c, qint64 kriteriumId, int ozgId, const QString &teilnehmer,
                    const QString &workshop, std::optional<int> wert, const QDate &datum)
{
    const QString who = teilnehmer.trimmed();
    if (who.isEmpty())
        throw Error(Tr::tr("Eine Stimme braucht den Namen der Teilnehmerin oder des Teilnehmers."));
    const auto kriterium = c.row(Table::Kriterium, kriteriumId);
    if (!kriterium)
        throw Error(Tr::tr("Kriterium %1 gibt es nicht (mehr).").arg(kriteriumId));
    if (!c.row(Table::Leistung, ozgId))
        throw Error(Tr::tr("OZG-Leistung %1 gibt es nicht (mehr).").arg(ozgId));
    checkKriteriumFor(c, kriteriumId, ozgId);
    std::optional<QVariantMap> existing;
    for (const QVariantMap &r : c.rowsWhere(Table::Stimme, col::kriteriumId, kriteriumId))
        if (r.value(col::ozgId.toString()).toInt() == ozgId && r.value(col::teilnehmer.toString()) == who &&
            r.value(col::workshop.toString()) == workshop.trimmed())
            existing = r;
    const Phrase what = Phrase(Phrase::Msg::StimmeWhat)
                            .arg(who)
                            .arg(kriterium->value(col::name.toString()).toString())
                            .arg(rowPhrase(c, Table::Leistung, ozgId));
    const QString described = Phrase(Phrase::Msg::WhatValue).arg(what).arg(wert.value_or(0)).stored();
    if (!wert) {
        if (!existing)
            return {};
        ChangeSet cs(Phrase(Phrase::Msg::RemoveWhat).arg(what).stored());
        cs.append(Change::remove(Table::Stimme, existing->value(col::id.toString()).toLongLong(), *existing));
        return cs;
    }
    const Checked ok = check(table(Table::Stimme).column(col::wert), *wert);
    if (!ok.ok())
        throw Error(Tr::tr("%1: %2").arg(what.text(), ok.error));
    if (existing) {
        ChangeSet cs =
            setField(c, Table::Stimme, existing->value(col::id.toString()).toLongLong(), col::wert, *wert);
        if (!cs.isEmpty())
            cs.description = described;
        return cs;
    }
    ChangeSet cs(described);
    QVariantMap row{{col::kriteriumId.toString(), kriteriumId},
                    {col::ozgId.toString(), ozgId},
                    {col::teilnehmer.toString(), who},
                    {col::wert.toString(), *wert},
                    {col::workshop.toString(), workshop.trimmed()}};
    if (datum.isValid())
        row.insert(col::datum.toString(), datum.toString(Qt::ISODate));
    cs.append(Change::insert(Table::Stimme, c.allocateKey(Table::Stimme), row));
    return cs;
}

ChangeSet addStand(Catalog &c, const QString &name)
{
    const QString n = name.trimmed();
    if (n.isEmpty())
        throw Error(Tr::tr("Ein Stand braucht einen Namen."));
    if (!c.rowsWhere(Table::Stand, col::name, n).isEmpty())
        throw Error(Tr::tr("Einen Stand „%1“ gibt es schon.").arg(n));
    ChangeSet cs(Phrase(Phrase::Msg::AddStand).arg(n).stored());
    cs.append(
        Change::insert(Table::Stand, c.allocateKey(Table::Stand),
                       {{col::name.toString(), n},
                        {col::zeitpunkt.toString(), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
                        {col::revision.toString(), c.revision()}}));
    return cs;
}

} // namespace tfp::edit
