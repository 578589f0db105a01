#include "reviewmergejson.h"

#include "tr.h"

#include "edit/changetext.h"
#include "edit/edits.h"
#include "edit/fieldtext.h"
#include "storage/catalog.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QSet>

#include <cmath>

namespace tfp {

using namespace schema;

namespace {

QJsonValue jsonValue(const Column &c, const QVariant &v)
{
    if (v.isNull() || !v.isValid())
        return QJsonValue::Null;
    switch (c.type) {
    case Type::Integer:
        return v.toLongLong();
    case Type::Real:
        return v.toDouble();
    case Type::Bool:
        return v.toLongLong() != 0;
    default:
        return v.toString();
    }
}

QJsonObject rowJson(Table t, const QVariantMap &row)
{
    QJsonObject o;
    for (const Column &c : table(t).columns)
        o.insert(c.name, jsonValue(c, row.value(c.name)));
    return o;
}

QString kindCode(MergeItem::Kind k)
{
    switch (k) {
    case MergeItem::Kind::Update:
        return u"feld"_qs;
    case MergeItem::Kind::Insert:
        return u"neu"_qs;
    case MergeItem::Kind::Delete:
        return u"loeschen"_qs;
    }
    return {};
}

QString sideCode(MergeSide s)
{
    switch (s) {
    case MergeSide::Open:
        return u"offen"_qs;
    case MergeSide::Catalog:
        return u"katalog"_qs;
    case MergeSide::Package:
        return u"paket"_qs;
    }
    return {};
}

QJsonObject itemJson(const MergeItem &i)
{
    QJsonObject o{{u"id"_qs, i.id},
                  {u"art"_qs, kindCode(i.kind)},
                  {u"herkunft"_qs, i.origin == MergeItem::Origin::Votes ? u"stimmen"_qs : u"paket"_qs},
                  {u"tabelle"_qs, table(i.table).name},
                  {u"schluessel"_qs, i.key ? QJsonValue(i.key) : QJsonValue::Null},
                  {u"eintrag"_qs, i.label}};
    if (i.kind == MergeItem::Kind::Update) {
        const Column &c = table(i.table).column(i.column);
        o.insert(u"feld"_qs, i.column);
        o.insert(u"ohne_basis"_qs, !i.hasBase);
        o.insert(u"basis"_qs, jsonValue(c, i.base));
        o.insert(u"katalog"_qs, jsonValue(c, i.catalog));
        o.insert(u"paket"_qs, jsonValue(c, i.package));
    } else {
        o.insert(u"werte"_qs, rowJson(i.table, i.row));
    }
    return o;
}

bool isComment(const MergeItem &i)
{
    return i.kind == MergeItem::Kind::Insert && i.table == Table::Kommentar;
}

double rounded(double v)
{
    return std::round(v * 100) / 100;
}

QString number(double v)
{
    return QLocale(QLocale::German).toString(v, 'f', 2);
}

QString commentedRow(const Catalog &catalog, const QVariantMap &comment)
{
    const auto t = tableByName(comment.value(col::entityTable.toString()).toString());
    return t ? edit::rowLabel(catalog, *t, comment.value(col::entityKey.toString()).toLongLong()) : QString();
}

} // namespace

MergeSentences mergeSentences(const QList<MergeItem> &applied, const Catalog &catalog)
{
    MergeSentences out;
    int votes = 0;
    QSet<QString> voters;
    QSet<qint64> criteria;
    // A project new in the package is not in the catalog yet: its name comes with its own item.
    const auto projektName = [&](qint64 key) {
        for (const MergeItem &i : applied)
            if (i.table == Table::Projekt && i.kind == MergeItem::Kind::Insert && i.key == key)
                return i.row.value(col::name.toString()).toString();
        return catalog.value(Table::Projekt, key, col::name).toString();
    };
    for (const MergeItem &i : applied) {
        if (isComment(i)) {
            out.comments << exchange::Tr::tr("%1 – %2: %3")
                                .arg(commentedRow(catalog, i.row),
                                     i.row.value(col::autor.toString()).toString(),
                                     i.row.value(col::text.toString()).toString());
        } else if (i.table == Table::Stimme && i.kind == MergeItem::Kind::Insert) {
            ++votes;
            voters.insert(i.row.value(col::teilnehmer.toString()).toString());
            criteria.insert(i.row.value(col::kriteriumId.toString()).toLongLong());
        } else if (i.kind == MergeItem::Kind::Update) {
            out.changes << exchange::Tr::tr("%1: %2 → %3")
                               .arg(i.label, mergeValueText(catalog, i.table, i.column, i.catalog),
                                    mergeValueText(catalog, i.table, i.column, i.package));
        } else if (i.table == Table::ProjektLeistung) {
            const QString leistung =
                edit::objectLabel(catalog, Table::Leistung, i.row.value(col::ozgId.toString()).toLongLong());
            out.changes << edit::assignmentSentence(
                leistung, projektName(i.row.value(col::projektId.toString()).toLongLong()),
                i.kind == MergeItem::Kind::Insert);
        } else {
            out.changes << edit::objectSentence(i.label, i.kind == MergeItem::Kind::Insert);
        }
    }
    if (votes > 0)
        out.changes << exchange::Tr::tr("%1 von %2 zu %3")
                           .arg(exchange::Tr::tr("%n Stimmen", nullptr, votes),
                                exchange::Tr::tr("%n Teilnehmenden", nullptr, int(voters.size())),
                                exchange::Tr::tr("%n Kriterien", nullptr, int(criteria.size())));
    return out;
}

QString mergeValueText(const Catalog &catalog, Table t, const QString &column, const QVariant &value)
{
    if (value.isNull() || !value.isValid())
        return u"–"_qs;
    const Column &c = table(t).column(column);
    if (c.references)
        return edit::rowLabel(catalog, *c.references, value.toLongLong());
    return edit::valueText(t, column, value);
}

QJsonObject reviewMergeJson(const ReviewMergePlan &plan, const Catalog &catalog, bool dryRun,
                            std::optional<qint64> revision)
{
    const ReviewPackageInfo &p = plan.package;
    QJsonArray applied, conflicts, rejected, comments, votes;
    for (const MergeItem &i : plan.applied) {
        if (!isComment(i)) {
            applied.append(itemJson(i));
            continue;
        }
        comments.append(QJsonObject{{u"id"_qs, i.id},
                                    {u"tabelle"_qs, i.row.value(col::entityTable.toString()).toString()},
                                    {u"schluessel"_qs, i.row.value(col::entityKey.toString()).toLongLong()},
                                    {u"eintrag"_qs, commentedRow(catalog, i.row)},
                                    {u"autor"_qs, i.row.value(col::autor.toString()).toString()},
                                    {u"zeitpunkt"_qs, i.row.value(col::zeitpunkt.toString()).toString()},
                                    {u"text"_qs, i.row.value(col::text.toString()).toString()}});
    }
    for (const MergeItem &i : plan.conflicts) {
        QJsonObject o = itemJson(i);
        o.insert(u"hinweis"_qs, i.note);
        o.insert(u"entscheidung"_qs, sideCode(i.resolution));
        conflicts.append(o);
    }
    for (const MergeItem &i : plan.rejected) {
        QJsonObject o = itemJson(i);
        o.insert(u"grund"_qs, i.note);
        rejected.append(o);
    }
    for (const VoteAggregate &v : plan.votes)
        votes.append(QJsonObject{
            {u"kriterium_id"_qs, v.kriteriumId},
            {u"kriterium"_qs, v.kriterium},
            {u"ozg_id"_qs, v.ozgId},
            {u"leistung"_qs, v.leistung},
            {u"anzahl"_qs, v.count},
            {u"mittel"_qs, rounded(v.mean)},
            {u"streuung"_qs, rounded(v.spread)},
            {u"min"_qs, v.min},
            {u"max"_qs, v.max},
            {u"vorschlag"_qs, v.proposed},
            {u"bewertung"_qs, v.score.isNull() ? QJsonValue::Null : QJsonValue(v.score.toInt())}});
    return QJsonObject{{u"paket"_qs, QJsonObject{{u"datei"_qs, plan.fileName},
                                                 {u"paket_id"_qs, p.packageId},
                                                 {u"katalog_id"_qs, p.originCatalogId},
                                                 {u"basis_revision"_qs, p.baseRevision},
                                                 {u"themenfeld_id"_qs, p.themenfeldId},
                                                 {u"themenfeld"_qs, p.themenfeld},
                                                 {u"erstellt_am"_qs, p.createdAt},
                                                 {u"erstellt_von"_qs, p.createdBy},
                                                 {u"format_version"_qs, p.formatVersion},
                                                 {u"revision"_qs, plan.packageRevision}}},
                       {u"probelauf"_qs, dryRun},
                       {u"schon_uebernommen"_qs, plan.alreadyMerged},
                       {u"hinweise"_qs, QJsonArray::fromStringList(plan.notes)},
                       {u"anzahl"_qs, QJsonObject{{u"uebernommen"_qs, applied.size()},
                                                  {u"konflikte"_qs, conflicts.size()},
                                                  {u"offen"_qs, plan.openConflicts()},
                                                  {u"abgelehnt"_qs, rejected.size()},
                                                  {u"kommentare"_qs, comments.size()},
                                                  {u"stimmen"_qs, votes.size()}}},
                       {u"uebernommen"_qs, applied},
                       {u"konflikte"_qs, conflicts},
                       {u"abgelehnt"_qs, rejected},
                       {u"kommentare"_qs, comments},
                       {u"stimmen"_qs, votes},
                       {u"stimmen_angewendet"_qs, plan.votesApplied},
                       {u"revision"_qs, revision ? QJsonValue(*revision) : QJsonValue::Null}};
}

QString reviewMergeText(const ReviewMergePlan &plan, const Catalog &catalog, bool dryRun)
{
    const ReviewPackageInfo &p = plan.package;
    QString out =
        exchange::Tr::tr("Workshop-Paket „%1“: Themenfeld „%2“, erstellt %3 von %4 bei Katalog-Revision %5\n")
            .arg(plan.fileName, p.themenfeld,
                 edit::dateTimeText(QDateTime::fromString(p.createdAt, Qt::ISODate).toLocalTime()),
                 p.createdBy, QString::number(p.baseRevision));
    for (const QString &n : plan.notes)
        out += n + u'\n';
    if (plan.alreadyMerged)
        return out;
    const auto values = [&](const MergeItem &i) {
        if (i.kind == MergeItem::Kind::Insert)
            return exchange::Tr::tr("neu");
        if (i.kind == MergeItem::Kind::Delete)
            return exchange::Tr::tr("löschen");
        const QString base =
            i.hasBase ? mergeValueText(catalog, i.table, i.column, i.base) : exchange::Tr::tr("(nicht da)");
        return exchange::Tr::tr("%1 | %2 | %3")
            .arg(base, mergeValueText(catalog, i.table, i.column, i.catalog),
                 mergeValueText(catalog, i.table, i.column, i.package));
    };
    const MergeSentences sentences = mergeSentences(plan.applied, catalog);
    const QStringList &applied = sentences.changes;
    QStringList comments;
    for (const QString &c : sentences.comments)
        comments << u"  "_qs + c;
    out += (dryRun ? exchange::Tr::tr("Probelauf, nichts wurde geändert. Zu übernehmen: %1")
                   : exchange::Tr::tr("Übernommen: %1"))
               .arg(applied.size()) +
           exchange::Tr::tr(", Konflikte: %1 (offen: %2), abgelehnt: %3, Kommentare: %4\n")
               .arg(plan.conflicts.size())
               .arg(plan.openConflicts())
               .arg(plan.rejected.size())
               .arg(comments.size());
    if (!applied.isEmpty())
        out += exchange::Tr::tr("Änderungen:\n") + u"  "_qs + applied.join(u"\n  "_qs) + u'\n';
    if (!plan.conflicts.isEmpty())
        out += exchange::Tr::tr("Konflikte (Basis | Katalog | Paket → Entscheidung):\n");
    for (const MergeItem &i : plan.conflicts)
        out += exchange::Tr::tr("  [%1] %2: %3 → %4 (%5)\n")
                   .arg(i.id, i.label, values(i), sideCode(i.resolution), i.note);
    if (!plan.rejected.isEmpty())
        out += exchange::Tr::tr("Nicht übernommen:\n");
    for (const MergeItem &i : plan.rejected)
        out += exchange::Tr::tr("  %1: %2\n").arg(i.label, i.note);
    if (!comments.isEmpty())
        out += exchange::Tr::tr("Kommentare:\n") + comments.join(u'\n') + u'\n';
    if (!plan.votes.isEmpty())
        out += plan.votesApplied
                   ? exchange::Tr::tr("Stimmen (Mittel ± Streuung, als Bewertung übernommen):\n")
                   : exchange::Tr::tr("Stimmen (Mittel ± Streuung; als Bewertung mit --apply-votes):\n");
    for (const VoteAggregate &v : plan.votes)
        out += exchange::Tr::tr("  „%1“, %2: %3 ± %4 aus %5 Stimmen (%6–%7) → %8, Bewertung jetzt %9\n")
                   .arg(v.kriterium, v.leistung, number(v.mean), number(v.spread), QString::number(v.count),
                        QString::number(v.min), QString::number(v.max), QString::number(v.proposed),
                        v.score.isNull() ? u"–"_qs : v.score.toString());
    return out;
}

} // namespace tfp
