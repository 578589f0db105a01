#include "importplan.h"

#include "tr.h"

#include "edit/changetext.h"
#include "edit/edits.h"
#include "edit/fieldtext.h"
#include "error.h"
#include "fileio.h"
#include "importrows.h"
#include "mspdi.h"
#include "odsread.h"
#include "storage/catalog.h"
#include "values.h"
#include "xlsxread.h"

#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>

namespace tfp::exchange {

using namespace schema;
using namespace detail;

std::optional<ImportKind> importKindByName(QStringView name)
{
    for (ImportKind k : {ImportKind::Leistungen, ImportKind::Projekte, ImportKind::Meilensteine,
                         ImportKind::Dashboard, ImportKind::Zeitplan})
        if (importKindName(k) == name)
            return k;
    return std::nullopt;
}

QString importKindName(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Leistungen:
        return u"leistungen"_qs;
    case ImportKind::Projekte:
        return u"projekte"_qs;
    case ImportKind::Meilensteine:
        return u"meilensteine"_qs;
    case ImportKind::Dashboard:
        return u"dashboard"_qs;
    case ImportKind::Zeitplan:
        return u"zeitplan"_qs;
    }
    return {};
}

QString importKindLabel(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Leistungen:
        return Tr::tr("OZG-Leistungen");
    case ImportKind::Projekte:
        return Tr::tr("Umsetzungsprojekte");
    case ImportKind::Meilensteine:
        return Tr::tr("Meilensteine");
    case ImportKind::Dashboard:
        return Tr::tr("Dashboard „Digitale Verwaltung“ (CSV-Export)");
    case ImportKind::Zeitplan:
        return Tr::tr("Zeitplan aus MS Project (XML)");
    }
    return {};
}

int ImportPlan::count(ImportRow::Action a) const
{
    return int(std::count_if(rows.cbegin(), rows.cend(), [a](const ImportRow &r) { return r.action == a; }));
}

QStringList ImportPlan::problems() const
{
    QStringList out;
    for (const ImportRow &r : rows)
        if (r.action == ImportRow::Action::Rejected)
            out += r.problems;
    return out;
}

QStringList workbookSheets(const QByteArray &bytes, const QString &source)
{
    return ods::isOpenDocument(bytes) ? ods::sheetNames(bytes, source) : xlsx::sheetNames(bytes, source);
}

tabular::Table readWorkbook(const QByteArray &bytes, const QString &source, const QString &sheet)
{
    return ods::isOpenDocument(bytes) ? ods::readSheet(bytes, source, sheet)
                                      : xlsx::readSheet(bytes, source, sheet);
}

ImportPlan planImport(Catalog &c, ImportKind kind, const QString &path, const QString &sheet)
{
    const QString name = QFileInfo(path).fileName();
    const QByteArray bytes = fileio::readBounded(path, tabular::kMaxBytes, name);
    if (kind == ImportKind::Zeitplan)
        return planMspdiImport(c, bytes, name);
    if (tabular::looksLikeZip(bytes))
        return planImport(c, kind, readWorkbook(bytes, name, sheet));
    if (!sheet.isEmpty())
        throw Error(
            Tr::tr("„%1“ ist keine Arbeitsmappe (.xlsx oder .ods); ein Tabellenblatt gibt es nur dort.")
                .arg(name));
    return planImport(c, kind, tabular::readCsv(bytes, name));
}

namespace {

// A table of another kind imported by mistake (the Leistungen sheet of a workbook taken as projects) would be
// matched by name and add nonsense; the key column of another kind, which the chosen kind does not read,
// gives it away.
void refuseOtherKind(const tabular::Table &t, ImportKind chosen)
{
    struct Key
    {
        QStringView column;
        ImportKind kind;
    };
    static const Key keys[] = {{u"ozg_id", ImportKind::Leistungen},
                               {u"projekt_id", ImportKind::Projekte},
                               {u"meilenstein_id", ImportKind::Meilensteine},
                               {u"ozgid", ImportKind::Dashboard},
                               {u"online_status", ImportKind::Dashboard}};
    // Milestones name their project and Leistung by these keys themselves.
    auto reads = [chosen](QStringView column) {
        return chosen == ImportKind::Meilensteine && (column == u"projekt_id" || column == u"ozg_id");
    };
    for (const QString &h : t.header)
        for (const Key &k : keys)
            if (k.kind != chosen && h.compare(k.column, Qt::CaseInsensitive) == 0 && !reads(k.column))
                throw Error(
                    Tr::tr("%1: die Spalte „%2“ gehört zum Import „%3“, gewählt ist „%4“. Bitte die Art "
                           "des Imports%5 prüfen; es wurde nichts geändert.")
                        .arg(location(t), h, importKindLabel(k.kind), importKindLabel(chosen),
                             t.sheet.isEmpty() ? QString() : Tr::tr(" oder das Tabellenblatt")));
}

} // namespace

ImportPlan planImport(Catalog &c, ImportKind kind, const tabular::Table &table)
{
    refuseOtherKind(table, kind);
    ImportPlan plan;
    switch (kind) {
    case ImportKind::Leistungen:
        plan = planLeistungen(c, table);
        break;
    case ImportKind::Projekte:
        plan = planProjekte(c, table);
        break;
    case ImportKind::Meilensteine:
        plan = planMeilensteine(c, table);
        break;
    case ImportKind::Dashboard:
        plan = planDashboard(c, table);
        break;
    case ImportKind::Zeitplan:
        throw Error(Tr::tr("%1: ein Zeitplan wird aus einer MS-Project-XML-Datei eingelesen, nicht aus einer "
                           "Tabelle; es wurde nichts geändert.")
                        .arg(location(table)));
    }
    plan.kind = kind;
    plan.source = table.source;
    if (plan.twoDigitYears > 0)
        plan.notices << Tr::tr("Zweistellige Jahreszahlen wurden als 20JJ gelesen (%n "
                               "Datumsangabe(n), etwa Zeile %1: „%2“ als %3).",
                               nullptr, plan.twoDigitYears)
                            .arg(plan.twoDigitYearLine)
                            .arg(plan.twoDigitYearText, plan.twoDigitYearRead);
    plan.format = table.sheet.isEmpty()
                      ? Tr::tr("CSV, %1, Trennzeichen „%2“")
                            .arg(table.encoding,
                                 table.delimiter == u'\t' ? Tr::tr("Tabulator") : QString(table.delimiter))
                  : table.encoding == u"ods" ? Tr::tr("OpenDocument-Tabelle, Blatt „%1“").arg(table.sheet)
                                             : Tr::tr("Excel-Arbeitsmappe, Blatt „%1“").arg(table.sheet);
    plan.changes.description = edit::Phrase(edit::Phrase::Msg::Import)
                                   .arg(table.source)
                                   .arg(plan.count(ImportRow::Action::Add))
                                   .arg(plan.count(ImportRow::Action::Update))
                                   .stored();
    return plan;
}

ChangeSet importChanges(const ImportPlan &plan)
{
    if (plan.refused()) {
        const QStringList problems = plan.problems();
        // A local, not the call: lupdate 6.4 hangs on a scoped enum inside translate()'s arguments.
        const int rejected = plan.count(ImportRow::Action::Rejected);
        throw Error(Tr::tr("„%1“ wird nicht importiert: %n Zeile(n) mit Fehlern. %2", nullptr, rejected)
                        .arg(plan.source, problems.join(u' ')));
    }
    return plan.changes;
}

QString importSource(const ImportPlan &plan)
{
    return edit::Phrase(edit::Phrase::Msg::ImportSource).arg(plan.source).stored();
}

namespace detail {

QString quoted(const QString &s)
{
    return Tr::tr("„%1“").arg(s);
}
QString location(const tabular::Table &t)
{
    return t.sheet.isEmpty() ? quoted(t.source) : Tr::tr("„%1“, Blatt „%2“").arg(t.source, t.sheet);
}
bool sameName(const QString &a, const QString &b)
{
    return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

const Themenfeld *themenfeldNamed(const PlanSnapshot &plan, const QString &name)
{
    for (const Themenfeld &t : plan.themenfelder)
        if (sameName(t.name, name))
            return &t;
    return nullptr;
}

Columns::Columns(const tabular::Table &t, const QStringList &known, const QStringList &required,
                 ImportPlan &plan)
    : m_header(t.header)
{
    const QString where = location(t);
    QStringList unknown;
    for (int i = 0; i < t.header.size(); ++i) {
        const QString h = t.header[i].toLower();
        if (h.isEmpty())
            continue;
        if (m_index.contains(h))
            throw Error(
                Tr::tr("%1: die Spalte „%2“ steht zweimal in der Kopfzeile.").arg(where, t.header[i]));
        const qsizetype colon = h.indexOf(u':');
        if (colon > 0 && known.contains(h.left(colon + 1))) {
            m_index.insert(h, i);
            m_prefixed.append({t.header[i], i});
        } else if (known.contains(h)) {
            m_index.insert(h, i);
        } else {
            unknown << quoted(t.header[i]);
        }
    }
    for (const QString &r : required)
        if (!m_index.contains(r))
            throw Error(
                Tr::tr("%1: die Spalte „%2“ fehlt. Die Kopfzeile hat %3; erwartet werden Spalten wie %4 %5.")
                    .arg(where, r,
                         t.header.isEmpty() ? Tr::tr("keine Spalten") : quoted(t.header.join(u" | ")),
                         quoted(known.join(u"“, „")),
                         t.sheet.isEmpty() ? Tr::tr("(durch „;“ oder „,“ getrennt)")
                                           : Tr::tr("(ist es das richtige Tabellenblatt?)")));
    if (!unknown.isEmpty())
        plan.notices << Tr::tr("Nicht verwendete Spalten (unbekannt): %1").arg(unknown.join(u", "));
}

QList<QPair<QString, int>> Columns::family(const QString &prefix) const
{
    QList<QPair<QString, int>> out;
    for (const auto &[h, i] : m_prefixed)
        if (h.toLower().startsWith(prefix))
            out.append({h.mid(prefix.size()).trimmed(), i});
    return out;
}

RowBuilder::RowBuilder(ImportPlan &plan, const tabular::Table &t, int index, const Columns &cols)
    : m_plan(plan), m_table(t), m_cols(cols), m_cells(t.rows[index])
{
    m_row.line = t.rowLines.value(index);
    if (m_cells.size() != t.header.size()) {
        m_sizeOk = false;
        rowProblem(
            Tr::tr("%1 Felder statt %2 wie in der Kopfzeile (Trennzeichen oder Anführungszeichen prüfen)")
                .arg(m_cells.size())
                .arg(t.header.size()));
    }
}

void RowBuilder::problem(int column, const QString &message)
{
    if (column < 0)
        return rowProblem(message);
    m_row.problems << Tr::tr("„%1“, Zeile %2, Spalte „%3“: %4")
                          .arg(m_table.source)
                          .arg(m_row.line)
                          .arg(m_cols.header(column), message);
    m_row.details.append({m_cols.header(column), message});
}

void RowBuilder::rowProblem(const QString &message)
{
    m_row.problems << Tr::tr("„%1“, Zeile %2: %3").arg(m_table.source).arg(m_row.line).arg(message);
    m_row.details.append({QString(), message});
}

bool RowBuilder::parse(const QString &name, Table t, QStringView column, QVariantMap &values)
{
    const int i = m_cols.index(name);
    if (i < 0)
        return true;
    // An empty cell where a value must be (a name, a status, a phase …) keeps what is stored.
    const Column &def = table(t).column(column);
    if (cell(i).isEmpty() && !def.nullable &&
        (def.type != Type::Text || column == col::name || column == col::titel))
        return true;
    // Text keeps its spaces (as exported), everything else is read trimmed.
    const QString text = def.type == Type::Text && !cell(i).isEmpty() ? m_cells.value(i) : cell(i);
    const values::Parsed p = values::forColumn(t, column, text, m_table.sheet.size() > 0);
    if (!p.ok()) {
        problem(i, u"%1 (%2)"_qs.arg(p.error, quoted(cell(i))));
        return false;
    }
    if (p.twoDigitYear && m_plan.twoDigitYears++ == 0) {
        m_plan.twoDigitYearLine = m_row.line;
        m_plan.twoDigitYearText = cell(i);
        m_plan.twoDigitYearRead =
            QDate::fromString(p.value.toString(), Qt::ISODate).toString(u"dd.MM.yyyy"_qs);
    }
    const Checked checked = check(def, p.value);
    if (!checked.ok()) {
        problem(i, checked.error);
        return false;
    }
    values.insert(column.toString(), checked.value);
    return true;
}

std::optional<QVariant> RowBuilder::beteiligter(const PlanSnapshot &plan, const QString &name)
{
    const QString k = cell(name);
    if (k.isEmpty())
        return QVariant();
    for (const Beteiligter &b : plan.beteiligte)
        if (sameName(b.kuerzel, k))
            return QVariant(b.id);
    problem(name, Tr::tr("kein Beteiligter hat das Kürzel %1").arg(quoted(k)));
    return std::nullopt;
}

QString shown(const Catalog &c, Table t, const QString &column, const QVariant &value)
{
    const Column &def = table(t).column(column);
    if (def.references && !value.isNull()) {
        // The field already says what it refers to ("Lage: Geburt", not "Lage: Lage „Geburt“").
        const QString label = table(*def.references).labelColumn;
        const QString name =
            label.isEmpty() ? QString() : c.value(*def.references, value.toLongLong(), label).toString();
        return name.isEmpty() ? edit::rowLabel(c, *def.references, value.toLongLong()) : name;
    }
    return edit::valueText(t, column, value);
}

void RowBuilder::update(const Catalog &c, Table t, qint64 key, const QVariantMap &values,
                        const QHash<QString, QString> &columnOf)
{
    const QVariantMap stored = c.row(t, key).value_or(QVariantMap());
    QVariantMap changed;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        if (!sameValue(stored.value(it.key()), it.value()))
            changed.insert(it.key(), it.value());
    for (auto it = changed.cbegin(); it != changed.cend(); ++it) {
        try {
            edit::checkField(c, t, key, it.key(), it.value(), changed);
        } catch (const Error &e) {
            problem(columnOf.value(it.key(), it.key()), e.message());
            continue;
        }
        queue(Change::update(t, key, it.key(), stored.value(it.key()), it.value()),
              {edit::fieldLabel(t, it.key()), shown(c, t, it.key(), stored.value(it.key())),
               shown(c, t, it.key(), it.value())});
    }
}

void RowBuilder::insert(const Catalog &c, Table t, qint64 key, const QVariantMap &row,
                        const QHash<QString, QString> &columnOf)
{
    for (auto it = row.cbegin(); it != row.cend(); ++it) {
        try {
            edit::checkField(c, t, key, it.key(), it.value(), row);
        } catch (const Error &e) {
            problem(columnOf.value(it.key(), it.key()), e.message());
        }
        // The preview lists what the new row brings, not the empty text every row has.
        const bool emptyText = it.value().typeId() == QMetaType::QString && it.value().toString().isEmpty();
        if (!it.value().isNull() && !emptyText && columnOf.contains(it.key()))
            m_row.changes.append({edit::fieldLabel(t, it.key()), {}, shown(c, t, it.key(), it.value())});
    }
    QVariantMap full = row;
    full.insert(table(t).key, key);
    m_changes.prepend(Change::insert(t, key, full)); // before the rows that refer to it
}

void RowBuilder::queue(const Change &change, const FieldChange &shown)
{
    m_changes.append(change);
    m_row.changes.append(shown);
}

void RowBuilder::finish(bool isNew)
{
    using Action = ImportRow::Action;
    if (failed()) {
        m_row.action = Action::Rejected;
        m_row.changes.clear();
    } else {
        m_row.action = isNew ? Action::Add : m_changes.isEmpty() ? Action::Unchanged : Action::Update;
        m_plan.changes.changes.append(m_changes);
    }
    m_plan.rows.append(m_row);
}

void RowBuilder::finishUnmatched(const QString &reason)
{
    m_row.action = ImportRow::Action::Unmatched;
    m_row.changes.clear();
    m_row.problems = QStringList{reason};
    m_row.details = {{QString(), reason}};
    m_plan.rows.append(m_row);
}

} // namespace detail

} // namespace tfp::exchange
