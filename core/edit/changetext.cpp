// The sentences in which the change history, "Änderungen seit …", the merge dialog and `tfp` tell what
// changed: each names its object once, with its type word once.
#include "changetext.h"

#include "tr.h"

#include "edits.h"
#include "fieldtext.h"
#include "storage/catalog.h"

#include <QCoreApplication>

namespace tfp::edit {

using namespace schema;

namespace {

QString quoted(const QString &s)
{
    return Tr::tr("„%1“").arg(s);
}

} // namespace

QString objectLabel(const Catalog &c, Table t, qint64 key)
{
    // Only a Leistung is named without its type word (it is what everything else is about).
    return t == Table::Leistung && c.row(t, key) ? Tr::tr("%1 %2").arg(tableLabel(t), rowLabel(c, t, key))
                                                 : rowLabel(c, t, key);
}

QString rowChangeSentence(const Catalog &c, Table t, qint64 key, bool added)
{
    if (t == Table::ProjektLeistung)
        if (const auto r = c.row(t, key)) {
            const QString leistung =
                objectLabel(c, Table::Leistung, r->value(col::ozgId.toString()).toLongLong());
            const QString projekt =
                c.value(Table::Projekt, r->value(col::projektId.toString()).toLongLong(), col::name)
                    .toString();
            return assignmentSentence(leistung, projekt, added);
        }
    return objectSentence(objectLabel(c, t, key), added);
}

QString assignmentSentence(const QString &leistung, const QString &projekt, bool added)
{
    return added ? Tr::tr("%1 dem Projekt %2 zugeordnet").arg(leistung, quoted(projekt))
                 : Tr::tr("%1 vom Projekt %2 gelöst").arg(leistung, quoted(projekt));
}

QString objectSentence(const QString &object, bool added)
{
    return added ? Tr::tr("%1 angelegt").arg(object) : Tr::tr("%1 gelöscht").arg(object);
}

QString fieldChangeSentence(const QString &field, const QString &object, const QString &alt,
                            const QString &neu)
{
    return Tr::tr("%1 von %2: %3 → %4").arg(field, object, alt, neu);
}

} // namespace tfp::edit
