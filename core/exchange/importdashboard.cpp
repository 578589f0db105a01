// Import of the CSV export of the federal dashboard "Digitale Verwaltung": one row per OZG-Leistung and Land
// (or for the Bund). It sets each Leistung's status and Flächendeckung to the best value its rows report and
// raises the Nachnutzung of the Land in every project that bundles the Leistung; rows whose OZG-ID or Land
// the catalog does not know are reported as not matched.
#include "edit/fieldtext.h"

#include "importrows.h"
#include "storage/catalog.h"
#include "storage/codes.h"
#include "tr.h"
#include "values.h"

#include <deque>
#include <memory>

namespace tfp::exchange::detail {

using namespace schema;

namespace {

// Amtlicher Regionalschlüssel: its first two digits are the Land.
const char *const kArsLand[] = {"SH", "HH", "NI", "HB", "NW", "HE", "RP", "BW",
                                "BY", "SL", "BE", "BB", "MV", "SN", "ST", "TH"};

struct Best
{
    int rank = -1;
    RowBuilder *row = nullptr;
    QString code;
};

void raise(Best &best, int rank, RowBuilder *row, const QString &code)
{
    if (rank > best.rank)
        best = {rank, row, code};
}

// The Land a row names by bundesland (name or Kürzel) or by the ARS prefix; 0 for none given, -1 unknown.
int landOf(RowBuilder &row, const PlanSnapshot &plan, QString &reason)
{
    QString name = row.cell(u"bundesland"_qs);
    const QString ars = row.cell(u"ars"_qs);
    if (name.isEmpty() && !ars.isEmpty()) {
        const int prefix = ars.left(2).toInt();
        if (ars.size() < 2 || prefix < 1 || prefix > 16) {
            reason = Tr::tr("der Regionalschlüssel %1 nennt kein Land").arg(quoted(ars));
            return -1;
        }
        name = QString::fromLatin1(kArsLand[prefix - 1]);
    }
    if (name.isEmpty() || sameName(name, u"Bund"_qs) || sameName(name, u"bundesweit"_qs))
        return 0;
    for (const Beteiligter &b : plan.beteiligte)
        if (b.art == BeteiligterArt::Land && (sameName(b.name, name) || sameName(b.kuerzel, name)))
            return b.id;
    reason = Tr::tr("das Land %1 ist nicht im Katalog").arg(quoted(name));
    return -1;
}

// Dashboard status → Nachnutzung stand of the Land.
QString standFor(const QString &status)
{
    if (status == u"online")
        return u"live"_qs;
    if (status == u"in_umsetzung")
        return u"in_umsetzung"_qs;
    if (status == u"in_planung")
        return u"geplant"_qs;
    return {};
}

} // namespace

ImportPlan planDashboard(Catalog &c, const tabular::Table &t)
{
    ImportPlan plan;
    const Columns cols(t,
                       {u"ozgid"_qs, u"leika_key"_qs, u"ars"_qs, u"bundesland"_qs, u"online_status"_qs,
                        u"art_flaechendeckung"_qs},
                       {u"ozgid"_qs, u"online_status"_qs}, plan);
    const PlanSnapshot snapshot = c.loadPlan(PlanDetail::Summary);
    const QStringList statusCodes = table(Table::Leistung).column(col::status).enumValues;
    const QStringList fdCodes = table(Table::Leistung).column(col::flaechendeckung).enumValues;
    const QStringList standCodes{u"interessiert"_qs, u"geplant"_qs, u"in_umsetzung"_qs, u"live"_qs};
    QHash<int, Best> status, flaeche;
    QHash<QPair<qint64, int>, Best> nachnutzung; // (project, Land) → best stand
    std::deque<std::unique_ptr<RowBuilder>> rows;
    QList<QString> unmatched; // per row: the reason it matched nothing, or empty

    for (int i = 0; i < t.rows.size(); ++i) {
        rows.push_back(std::make_unique<RowBuilder>(plan, t, i, cols));
        RowBuilder &row = *rows.back();
        unmatched.append(QString());
        const QString where =
            row.cell(u"bundesland"_qs).isEmpty() ? row.cell(u"ars"_qs) : row.cell(u"bundesland"_qs);
        row.row().key =
            row.cell(u"ozgid"_qs) + u' ' + where +
            (row.cell(u"leika_key"_qs).isEmpty() ? QString() : u" (%1)"_qs.arg(row.cell(u"leika_key"_qs)));
        if (!row.sizeOk())
            continue;
        const values::Parsed ozg = values::integer(row.cell(u"ozgid"_qs));
        if (!ozg.ok() || ozg.value.isNull()) {
            row.problem(u"ozgid"_qs, Tr::tr("erwartet wird eine OZG-ID (ganze Zahl)"));
            continue;
        }
        QString st = row.cell(u"online_status"_qs);
        if (sameName(st, u"live"_qs)) // the programme's own word for online (DOMAIN.md)
            st = u"online"_qs;
        const values::Parsed s = values::code(Table::Leistung, col::status, st);
        if (!s.ok())
            row.problem(u"online_status"_qs, s.error);
        QString fd = row.cell(u"art_flaechendeckung"_qs);
        if (sameName(fd, u"kommunal"_qs))
            fd = u"kommune"_qs;
        const values::Parsed f = values::code(Table::Leistung, col::flaechendeckung, fd);
        if (!f.ok())
            row.problem(u"art_flaechendeckung"_qs, f.error);
        if (row.failed())
            continue;
        const int id = int(ozg.value.toLongLong());
        const auto index = snapshot.leistungIndex.constFind(id);
        if (index == snapshot.leistungIndex.cend()) {
            unmatched.last() = Tr::tr("die OZG-ID %1 ist nicht im Katalog").arg(id);
            continue;
        }
        row.row().key.replace(0, row.cell(u"ozgid"_qs).size(),
                              QString::number(id) + u' ' + snapshot.leistungen[*index].name + u',');
        QString reason;
        const int land = landOf(row, snapshot, reason);
        if (land < 0) {
            unmatched.last() = reason;
            continue;
        }
        if (!s.value.isNull())
            raise(status[id], int(statusCodes.indexOf(s.value.toString())), &row, s.value.toString());
        if (!f.value.isNull())
            raise(flaeche[id], int(fdCodes.indexOf(f.value.toString())), &row, f.value.toString());
        const QString stand = standFor(s.value.toString());
        if (land > 0 && !stand.isEmpty())
            for (const Projekt &p : snapshot.projekte)
                if (p.leistungen.contains(id))
                    raise(nachnutzung[{p.id, land}], int(standCodes.indexOf(stand)), &row, stand);
    }

    const QHash<QString, QString> columnOf{{u"status"_qs, u"online_status"_qs},
                                           {u"flaechendeckung"_qs, u"art_flaechendeckung"_qs}};
    for (auto it = status.cbegin(); it != status.cend(); ++it)
        it->row->update(c, Table::Leistung, it.key(), {{u"status"_qs, it->code}}, columnOf);
    for (auto it = flaeche.cbegin(); it != flaeche.cend(); ++it)
        it->row->update(c, Table::Leistung, it.key(), {{u"flaechendeckung"_qs, it->code}}, columnOf);
    for (auto it = nachnutzung.cbegin(); it != nachnutzung.cend(); ++it) {
        // Plain variables, not a structured binding: clang 14 (the fuzz build) cannot capture those.
        const qint64 projekt = it.key().first;
        const int land = it.key().second;
        const Nachnutzung *old = nullptr;
        for (const Nachnutzung &n : snapshot.nachnutzung)
            if (n.projektId == projekt && n.landId == land)
                old = &n;
        const QString kuerzel = snapshot.beteiligte[snapshot.beteiligterIndex.value(land)].kuerzel;
        const QString projektName =
            std::find_if(snapshot.projekte.cbegin(), snapshot.projekte.cend(), [&](const Projekt &p) {
                return p.id == projekt;
            })->name;
        const QString field = Tr::tr("Nachnutzung %1 in %2").arg(kuerzel, quoted(projektName));
        if (!old) {
            const qint64 id = c.allocateKey(Table::Nachnutzung);
            it->row->queue(
                Change::insert(Table::Nachnutzung, id,
                               {{u"id"_qs, id},
                                {u"projekt_id"_qs, projekt},
                                {u"land_id"_qs, land},
                                {u"stand"_qs, it->code}}),
                {field, Tr::tr("leer"), edit::valueText(Table::Nachnutzung, col::stand, it->code)});
        } else if (const QString oldCode = codeOf(Table::Nachnutzung, col::stand, old->stand);
                   old->stand != NachnutzungStand::Abgelehnt && standCodes.indexOf(oldCode) < it->rank) {
            it->row->queue(Change::update(Table::Nachnutzung, old->id, u"stand"_qs, oldCode, it->code),
                           {field, edit::valueText(Table::Nachnutzung, col::stand, oldCode),
                            edit::valueText(Table::Nachnutzung, col::stand, it->code)});
        }
    }
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (!rows[i]->failed() && !unmatched[qsizetype(i)].isEmpty())
            rows[i]->finishUnmatched(unmatched[qsizetype(i)]);
        else
            rows[i]->finish(false);
    }
    return plan;
}

} // namespace tfp::exchange::detail
