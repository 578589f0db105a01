#include "sqldialect.h"

namespace tfp::sql {

using namespace schema;

namespace {

QString sqlType(Type t, Dialect dialect)
{
    const bool pg = dialect == Dialect::PostgreSQL;
    switch (t) {
    case Type::Integer:
    case Type::Bool:
        return pg ? u"BIGINT"_qs : u"INTEGER"_qs;
    case Type::Real:
        return pg ? u"DOUBLE PRECISION"_qs : u"REAL"_qs;
    case Type::Text:
    case Type::Date:
    case Type::DateTime:
    case Type::Enum:
        return u"TEXT"_qs;
    }
    return u"TEXT"_qs;
}

QString quoted(const QString &s)
{
    QString r = s;
    r.replace(u'\'', u"''"_qs);
    return u'\'' + r + u'\'';
}

QString literal(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
        return QString::number(v.toLongLong());
    case QMetaType::Double:
        return QString::number(v.toDouble(), 'g', 17);
    default:
        return quoted(v.toString());
    }
}

QString columnList(const TableDef &def)
{
    QStringList names;
    for (const Column &c : def.columns)
        names << c.name;
    return names.join(u", ");
}

} // namespace

QString createTable(const TableDef &def, Dialect dialect)
{
    QStringList parts;
    for (const Column &c : def.columns) {
        QString s = c.name + u' ' + sqlType(c.type, dialect);
        if (c.name == def.key) {
            s += u" PRIMARY KEY"_qs;
            parts << s;
            continue;
        }
        if (!c.nullable)
            s += u" NOT NULL"_qs;
        if (c.defaultValue.isValid() && !c.defaultValue.isNull())
            s += u" DEFAULT "_qs + literal(c.defaultValue);
        if (c.references) {
            const TableDef &target = table(*c.references);
            s += u" REFERENCES %1(%2)"_qs.arg(target.name, target.key);
        }
        QStringList checks;
        if (c.type == Type::Enum) {
            QStringList values;
            for (const QString &v : c.enumValues)
                values << quoted(v);
            checks << u"%1 IN (%2)"_qs.arg(c.name, values.join(u", "));
        }
        if (c.type == Type::Bool)
            checks << u"%1 IN (0, 1)"_qs.arg(c.name);
        if (c.min && !c.references)
            checks << u"%1 >= %2"_qs.arg(c.name).arg(*c.min);
        if (c.max)
            checks << u"%1 <= %2"_qs.arg(c.name).arg(*c.max);
        if (!checks.isEmpty())
            s += u" CHECK (%1)"_qs.arg(checks.join(u" AND "));
        parts << s;
    }
    for (const QStringList &u : def.unique)
        parts << u"UNIQUE (%1)"_qs.arg(u.join(u", "));
    return u"CREATE TABLE %1 (\n  %2\n)"_qs.arg(def.name, parts.join(u",\n  "));
}

QStringList createIndexes(const TableDef &def)
{
    QStringList out;
    for (const Column &c : def.columns) {
        const bool entityRef = def.id == Table::Kommentar && c.name == col::entityKey;
        if (!c.references && !entityRef)
            continue;
        out << u"CREATE INDEX idx_%1_%2 ON %1 (%2)"_qs.arg(def.name, c.name);
    }
    return out;
}

QString createMetaTable(const QString &name)
{
    return u"CREATE TABLE %1 (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_qs.arg(name);
}

QString createJournalTable(const QString &name, int version, Dialect dialect)
{
    // The columns of schema 3 are written as addJournalColumnsOf3() adds them: a migrated file's schema then
    // reads as a new one's (SQLite keeps the CREATE statement with the added columns appended).
    const QString login =
        version < 3 ? QString()
        : dialect == Dialect::PostgreSQL
            ? u", anmeldung TEXT NOT NULL DEFAULT session_user, zeile TEXT NOT NULL DEFAULT ''"_qs
            : u", anmeldung TEXT NOT NULL DEFAULT '', zeile TEXT NOT NULL DEFAULT ''"_qs;
    return u"CREATE TABLE %1 (id %2 PRIMARY KEY, revision %2 NOT NULL, zeitpunkt TEXT NOT NULL, "
           "autor TEXT NOT NULL, quelle TEXT NOT NULL, beschreibung TEXT NOT NULL, entity_table TEXT NOT "
           "NULL, "
           "entity_key %2 NOT NULL, spalte TEXT NOT NULL, alt TEXT NOT NULL, neu TEXT NOT NULL%3)"_qs.arg(
               name, sqlType(Type::Integer, dialect), login);
}

QStringList addJournalColumnsOf3(const QString &table)
{
    return {u"ALTER TABLE %1 ADD COLUMN anmeldung TEXT NOT NULL DEFAULT ''"_qs.arg(table),
            u"ALTER TABLE %1 ADD COLUMN zeile TEXT NOT NULL DEFAULT ''"_qs.arg(table)};
}

QStringList pgAddJournalColumnsOf3(const QString &table, bool withAccessLayer)
{
    // The entries before keep an empty login; from now on the server names the login of each.
    QStringList out = addJournalColumnsOf3(table);
    out << u"ALTER TABLE %1 ALTER COLUMN anmeldung SET DEFAULT session_user"_qs.arg(table);
    if (withAccessLayer)
        out << u"DROP POLICY schreiben ON %1"_qs.arg(table) << pgJournalWritePolicy();
    return out;
}

QStringList createSchema(const QString &metaTable, const QString &journalTable, int version, Dialect dialect)
{
    QStringList out;
    for (const TableDef &def : tablesOf(version)) {
        out << createTable(def, dialect);
        out << createIndexes(def);
    }
    out << createMetaTable(metaTable) << createJournalTable(journalTable, version, dialect);
    return out;
}

QStringList createTablesSince(int version)
{
    QStringList out;
    for (const TableDef &def : tables()) {
        if (def.since != version)
            continue;
        out << createTable(def);
        out << createIndexes(def);
    }
    return out;
}

QString insert(const TableDef &def)
{
    QStringList marks;
    for (int i = 0; i < def.columns.size(); ++i)
        marks << u"?"_qs;
    return u"INSERT INTO %1 (%2) VALUES (%3)"_qs.arg(def.name, columnList(def), marks.join(u", "));
}

QString deleteRow(const TableDef &def)
{
    return u"DELETE FROM %1 WHERE %2 = ?"_qs.arg(def.name, def.key);
}

QString updateField(const TableDef &def, const QString &column)
{
    return u"UPDATE %1 SET %2 = ? WHERE %3 = ?"_qs.arg(def.name, column, def.key);
}

QString selectRow(const TableDef &def)
{
    return u"SELECT %1 FROM %2 WHERE %3 = ?"_qs.arg(columnList(def), def.name, def.key);
}

QString selectField(const TableDef &def, const QString &column)
{
    return u"SELECT %1 FROM %2 WHERE %3 = ?"_qs.arg(column, def.name, def.key);
}

QString selectWhere(const TableDef &def, const QString &column)
{
    return u"SELECT %1 FROM %2 WHERE %3 = ? ORDER BY %4"_qs.arg(columnList(def), def.name, column, def.key);
}

QString selectWhereIn(const TableDef &def, const QString &column, const TableDef &other,
                      const QString &otherColumn, const QString &otherWhere)
{
    const QString sub = otherWhere.isEmpty()
                            ? u"SELECT %1 FROM %2"_qs.arg(otherColumn, other.name)
                            : u"SELECT %1 FROM %2 WHERE %3 = ?"_qs.arg(otherColumn, other.name, otherWhere);
    return u"SELECT %1 FROM %2 WHERE %3 IN (%4) ORDER BY %5"_qs.arg(columnList(def), def.name, column, sub,
                                                                    def.key);
}

QString selectKeys(const TableDef &def, qsizetype keys)
{
    QString marks = u"?"_qs.repeated(keys);
    for (qsizetype i = keys - 1; i > 0; --i)
        marks.insert(i, u',');
    return u"SELECT %1 FROM %2 WHERE %3 IN (%4) ORDER BY %3"_qs.arg(columnList(def), def.name, def.key,
                                                                    marks);
}

QString selectAll(const TableDef &def)
{
    return u"SELECT %1 FROM %2 ORDER BY %3"_qs.arg(columnList(def), def.name, def.key);
}

QString count(const TableDef &def)
{
    return u"SELECT COUNT(*) FROM %1"_qs.arg(def.name);
}

QString countWhere(const TableDef &def, const QString &column)
{
    return u"SELECT COUNT(*) FROM %1 WHERE %2 = ?"_qs.arg(def.name, column);
}

QString maxKey(const TableDef &def)
{
    return u"SELECT COALESCE(MAX(%1), 0) FROM %2"_qs.arg(def.key, def.name);
}

QString longTexts(const TableDef &def, qint64 maxChars, int limit)
{
    QStringList lengths, longer;
    for (const Column &c : def.columns)
        if (c.type == Type::Text) {
            lengths << u"length(%1)"_qs.arg(c.name);
            longer << u"length(%1) > %2"_qs.arg(c.name).arg(maxChars);
        }
    if (lengths.isEmpty())
        return {};
    return u"SELECT %1, %2 FROM %3 WHERE %4 ORDER BY %1 LIMIT %5"_qs
        .arg(def.key, lengths.join(u", "), def.name, longer.join(u" OR "))
        .arg(limit);
}

QString upsertMeta(const QString &table)
{
    return u"INSERT INTO %1 (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"_qs
        .arg(table);
}

QString selectMeta(const QString &table)
{
    return u"SELECT value FROM %1 WHERE key = ?"_qs.arg(table);
}

QString selectMetaRange(const QString &table)
{
    return u"SELECT key, value FROM %1 WHERE key >= ? AND key < ? ORDER BY key"_qs.arg(table);
}

QString deleteMeta(const QString &table)
{
    return u"DELETE FROM %1 WHERE key = ?"_qs.arg(table);
}

QString insertMeta(const QString &table)
{
    return u"INSERT INTO %1 (key, value) VALUES (?, ?)"_qs.arg(table);
}

QString selectAllMeta(const QString &table)
{
    return u"SELECT key, value FROM %1 ORDER BY key"_qs.arg(table);
}

QString insertJournal(const QString &table, Dialect dialect)
{
    // SQLite gives an INTEGER PRIMARY KEY the next number itself; on PostgreSQL the writers follow one
    // another (pgLockRevision), so the next number is read in the same statement.
    if (dialect == Dialect::PostgreSQL)
        return u"INSERT INTO %1 (id, revision, zeitpunkt, autor, quelle, beschreibung, entity_table, "
               "entity_key, spalte, alt, neu, zeile) VALUES ((SELECT COALESCE(MAX(id), 0) + 1 FROM %1), ?, "
               "?, "
               "?, ?, ?, ?, ?, ?, ?, ?, ?)"_qs.arg(table);
    return u"INSERT INTO %1 (revision, zeitpunkt, autor, quelle, beschreibung, entity_table, entity_key, "
           "spalte, alt, neu, zeile) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_qs.arg(table);
}

QString insertJournalRaw(const QString &table)
{
    return u"INSERT INTO %1 (id, revision, zeitpunkt, autor, quelle, beschreibung, entity_table, entity_key, "
           "spalte, alt, neu, anmeldung, zeile) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_qs.arg(table);
}

QString selectJournal(const QString &table, bool withLogin)
{
    return u"SELECT id, revision, zeitpunkt, autor, quelle, beschreibung, entity_table, entity_key, spalte, "
           u"alt, neu, %2 FROM %1 WHERE revision > ? ORDER BY id"_qs.arg(
               table, withLogin ? u"anmeldung, zeile"_qs : u"'' AS anmeldung, '' AS zeile"_qs);
}

QString selectJournalFor(const QString &table)
{
    return u"SELECT id, revision, zeitpunkt, autor, quelle, beschreibung, entity_table, entity_key, spalte, "
           u"alt, "
           "neu, anmeldung, zeile FROM %1 WHERE entity_table = ? AND entity_key = ? ORDER BY id"_qs.arg(
               table);
}

QString selectJournalOfTable(const QString &table)
{
    return u"SELECT id, revision, zeitpunkt, autor, quelle, beschreibung, entity_table, entity_key, spalte, "
           u"alt, neu, anmeldung, zeile FROM %1 WHERE entity_table = ? AND revision > ? ORDER BY id"_qs.arg(
               table);
}

namespace {
// The condition under which a value of column c breaks its rules; mirrors schema::check().
QString valueBroken(const Column &c)
{
    const QString &n = c.name;
    QStringList broken;
    switch (c.type) {
    case Type::Integer:
        broken << u"typeof(%1) <> 'integer'"_qs.arg(n);
        break;
    case Type::Bool:
        broken << u"typeof(%1) <> 'integer' OR %1 NOT IN (0, 1)"_qs.arg(n);
        break;
    case Type::Real:
        broken << u"typeof(%1) NOT IN ('integer', 'real') OR abs(%1) > 1.7976931348623157e308"_qs.arg(n);
        break;
    case Type::Text:
    case Type::Enum:
    case Type::DateTime:
        broken << u"typeof(%1) <> 'text'"_qs.arg(n);
        break;
    case Type::Date:
        // date() gives back an impossible day like 02-30 unchanged; a modifier makes it compute the day.
        broken << u"typeof(%1) <> 'text' OR NOT (%1 GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND "
                  "date(%1, '+0 days') IS %1 AND %1 >= '1990-01-01' AND %1 <= '2100-12-31')"_qs.arg(n);
        break;
    }
    if (c.type == Type::DateTime)
        broken << u"julianday(%1) IS NULL"_qs.arg(n);
    if (c.type == Type::Enum) {
        QStringList values;
        for (const QString &v : c.enumValues)
            values << quoted(v);
        broken << u"%1 NOT IN (%2)"_qs.arg(n, values.join(u", "));
    }
    if (c.min)
        broken << u"%1 < %2"_qs.arg(n).arg(*c.min, 0, 'g', 17);
    if (c.max)
        broken << u"%1 > %2"_qs.arg(n).arg(*c.max, 0, 'g', 17);
    const QString whenSet = u"(%1 IS NOT NULL AND (%2))"_qs.arg(n, broken.join(u" OR "));
    return c.nullable ? whenSet : u"(%1 IS NULL OR %2)"_qs.arg(n, whenSet);
}
} // namespace

QString firstInvalidRow(const TableDef &def)
{
    QStringList cases;
    for (int i = 0; i < def.columns.size(); ++i) {
        const Column &c = def.columns[i];
        cases << u"WHEN %1 THEN %2"_qs.arg(valueBroken(c)).arg(i * 2);
        if (c.references) {
            const TableDef &target = table(*c.references);
            cases << u"WHEN %1 IS NOT NULL AND NOT EXISTS (SELECT 1 FROM %2 WHERE %3 = %4.%1) THEN %5"_qs
                         .arg(c.name, target.name, target.key, def.name)
                         .arg(i * 2 + 1);
        }
    }
    return u"SELECT k, rule FROM (SELECT %1 AS k, CASE %2 END AS rule FROM %3) WHERE rule IS NOT NULL LIMIT 1"_qs
        .arg(def.key, cases.join(u' '), def.name);
}

QString schemaObjects()
{
    return u"SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY rowid"_qs;
}

QString tableColumns(const QString &table)
{
    return u"PRAGMA table_xinfo(%1)"_qs.arg(table);
}

QString selectColumns(const QString &table, const QStringList &columns, const QString &key)
{
    return u"SELECT %1 FROM %2 ORDER BY %3"_qs.arg(columns.join(u", "), table, key);
}

QString copyInto()
{
    return u"VACUUM INTO ?"_qs;
}

QString leikaSummary(const TableDef &leika, Dialect dialect)
{
    // group_concat is SQLite's; PostgreSQL spells it string_agg (in key order there, as SQLite reads them).
    const auto joined = [&](QStringView column, QStringView separator) {
        if (dialect == Dialect::PostgreSQL)
            return u"string_agg(%1, '%2' ORDER BY %3)"_qs.arg(column, separator, leika.key);
        return u"group_concat(%1, '%2')"_qs.arg(column, separator);
    };
    return u"SELECT %1, %2, %3 FROM %4 WHERE %1 IS NOT NULL GROUP BY %1 ORDER BY %1"_qs.arg(
        col::ozgId.toString(), joined(col::typ, u"|"), joined(col::schluessel, u" "), leika.name);
}

QString pgUserTables()
{
    // Schema names starting with pg_ are PostgreSQL's own (it refuses them for anything else).
    return u"SELECT n.nspname || '.' || c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = "
           u"c.relnamespace "
           "WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S') AND n.nspname <> 'information_schema' AND "
           "n.nspname NOT LIKE 'pg!_%' ESCAPE '!' ORDER BY 1"_qs;
}

QString pgReadOnlySnapshot()
{
    return u"SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"_qs;
}

QString pgLockRevision(const QString &metaTable)
{
    return u"SELECT value FROM %1 WHERE key = 'revision' FOR UPDATE"_qs.arg(metaTable);
}

QString pgRevisionChannel()
{
    return u"tfp_revision"_qs;
}

QString pgNotifyRevision()
{
    return u"SELECT pg_notify('%1', ?)"_qs.arg(pgRevisionChannel());
}

QString pgKeySequence(const TableDef &def)
{
    return u"tfp_key_"_qs + def.name;
}

QStringList pgCreateKeySequence(const TableDef &def)
{
    const QString seq = pgKeySequence(def);
    return {u"CREATE SEQUENCE %1 AS BIGINT"_qs.arg(seq),
            u"SELECT setval('%1', COALESCE((SELECT MAX(%2) FROM %3), 0) + 1, false)"_qs.arg(seq, def.key,
                                                                                            def.name)};
}

QString pgNextKey(const TableDef &def)
{
    return u"SELECT nextval('%1')"_qs.arg(pgKeySequence(def));
}

QString pgColumns()
{
    return u"SELECT table_name, column_name, data_type FROM information_schema.columns WHERE table_schema = "
           "'public' ORDER BY table_name, ordinal_position"_qs;
}

QString pgSessionUser()
{
    return u"SELECT session_user"_qs;
}

QString pgInRecovery()
{
    return u"SELECT pg_is_in_recovery()"_qs;
}

QString pgTableOwner()
{
    return u"SELECT tableowner FROM pg_tables WHERE schemaname = 'public' AND tablename = ?"_qs;
}

QString pgIsMissing()
{
    return u"SELECT to_regclass(?) IS NULL"_qs;
}

QString pgDataType(Type type)
{
    return sqlType(type, Dialect::PostgreSQL).toLower();
}

namespace {

// The Themenfeld of a row, as an expression over its own columns (the functions below look up the parents).
QString themenfeldExpression(Table t)
{
    switch (t) {
    case Table::Leistung:
        return u"tfp_tf_lage(lage_id)"_qs;
    case Table::Abhaengigkeit:
        return u"tfp_tf_leistung(ozg_id)"_qs;
    case Table::Projekt:
    case Table::Kriterium:
    case Table::Risiko:
        return u"themenfeld_id"_qs;
    case Table::ProjektLeistung:
    case Table::Nachnutzung:
    case Table::Meilenstein:
    case Table::Zahlung:
        return u"tfp_tf_projekt(projekt_id)"_qs;
    case Table::MeilensteinAbhaengigkeit:
        return u"tfp_tf_meilenstein(meilenstein_id)"_qs;
    case Table::Bewertung:
    case Table::Stimme:
        return u"tfp_tf_kriterium(kriterium_id)"_qs;
    default:
        return {};
    }
}

} // namespace

Rule pgRule(Table t)
{
    switch (t) {
    case Table::Themenfeld:
    case Table::Lage:
    case Table::Leika:
    case Table::Beteiligter:
    case Table::Federfuehrung:
    case Table::Onlinedienst:
    case Table::OnlinedienstLeika:
        return Rule::Programme;
    case Table::Nachnutzung:
    case Table::OnlinedienstLand:
        return Rule::FederfuehrungOrLand;
    case Table::Kommentar:
    case Table::Stand:
        return Rule::Everyone;
    default:
        return Rule::Federfuehrung;
    }
}

QString pgPlannerRole()
{
    return u"tfp_planer"_qs;
}

namespace {
QString quotedRole(const QString &login)
{
    return u'"' + QString(login).replace(u'"', u"\"\""_qs) + u'"';
}
} // namespace

QString pgGrantPlanner(const QString &login, bool mayAdmit)
{
    return u"GRANT %1 TO %2%3"_qs.arg(pgPlannerRole(), quotedRole(login),
                                      mayAdmit ? u" WITH ADMIN OPTION"_qs : QString());
}

QString pgRevokePlannerAdmission(const QString &login)
{
    return u"REVOKE ADMIN OPTION FOR %1 FROM %2"_qs.arg(pgPlannerRole(), quotedRole(login));
}

QString pgRevokePlanner(const QString &login)
{
    return u"REVOKE %1 FROM %2"_qs.arg(pgPlannerRole(), quotedRole(login));
}

QStringList pgAccessLayer()
{
    // SECURITY DEFINER: the look-ups read tfp_zugang and the Federführung as their owner, whatever the
    // caller may read; session_user is the login (current_user inside them is the owner).
    const QString fn =
        u"CREATE FUNCTION %1 RETURNS %2 LANGUAGE sql STABLE SECURITY DEFINER SET search_path = "
        "public, pg_temp AS $tfp$ %3 $tfp$"_qs;
    QStringList out{
        u"CREATE TABLE tfp_zugang (anmeldung TEXT PRIMARY KEY, beteiligter_id BIGINT REFERENCES "
        "beteiligter(id), programmleitung BIGINT NOT NULL DEFAULT 0 CHECK (programmleitung IN (0, 1)), "
        "CHECK (beteiligter_id IS NOT NULL OR programmleitung = 1))"_qs,
        // A role is the cluster's, not the database's: another catalog on the same cluster made it already
        // (or makes it at this moment, which PostgreSQL reports as a unique violation).
        u"DO $tfp$ BEGIN CREATE ROLE %1 NOLOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $tfp$"_qs
            .arg(pgPlannerRole()),
        fn.arg(
            u"tfp_programmleitung()"_qs, u"boolean"_qs,
            u"SELECT EXISTS (SELECT 1 FROM tfp_zugang WHERE anmeldung = session_user AND programmleitung = "
            "1)"_qs),
        fn.arg(
            u"tfp_federfuehrung(tf bigint)"_qs, u"boolean"_qs,
            u"SELECT tfp_programmleitung() OR EXISTS (SELECT 1 FROM tfp_zugang z JOIN federfuehrung f ON "
            "f.beteiligter_id = z.beteiligter_id WHERE z.anmeldung = session_user AND f.themenfeld_id = tf "
            "AND f.rolle IN ('FF', 'U'))"_qs),
        fn.arg(u"tfp_land(land bigint)"_qs, u"boolean"_qs,
               u"SELECT EXISTS (SELECT 1 FROM tfp_zugang WHERE anmeldung = session_user AND beteiligter_id = "
               "land)"_qs),
        fn.arg(u"tfp_tf_lage(x bigint)"_qs, u"bigint"_qs, u"SELECT themenfeld_id FROM lage WHERE id = x"_qs),
        fn.arg(
            u"tfp_tf_leistung(x bigint)"_qs, u"bigint"_qs,
            u"SELECT l.themenfeld_id FROM leistung s JOIN lage l ON l.id = s.lage_id WHERE s.ozg_id = x"_qs),
        fn.arg(u"tfp_tf_projekt(x bigint)"_qs, u"bigint"_qs,
               u"SELECT themenfeld_id FROM projekt WHERE id = x"_qs),
        fn.arg(u"tfp_tf_kriterium(x bigint)"_qs, u"bigint"_qs,
               u"SELECT themenfeld_id FROM kriterium WHERE id = x"_qs),
        fn.arg(
            u"tfp_tf_meilenstein(x bigint)"_qs, u"bigint"_qs,
            u"SELECT p.themenfeld_id FROM meilenstein m JOIN projekt p ON p.id = m.projekt_id WHERE m.id = "
            "x"_qs),
    };
    const auto policies = [&](const QString &name, const QString &write) {
        out << u"ALTER TABLE %1 ENABLE ROW LEVEL SECURITY"_qs.arg(name)
            << u"CREATE POLICY lesen ON %1 FOR SELECT USING (true)"_qs.arg(name)
            << u"CREATE POLICY schreiben ON %1 FOR ALL USING (%2) WITH CHECK (%2)"_qs.arg(name, write);
    };
    for (const TableDef &def : tables()) {
        switch (pgRule(def.id)) {
        case Rule::Everyone:
            policies(def.name, u"true"_qs);
            break;
        case Rule::Programme:
            policies(def.name, u"tfp_programmleitung()"_qs);
            break;
        case Rule::Federfuehrung:
            policies(def.name, u"tfp_federfuehrung(%1)"_qs.arg(themenfeldExpression(def.id)));
            break;
        case Rule::FederfuehrungOrLand:
            policies(def.name, def.id == Table::OnlinedienstLand
                                   ? u"tfp_programmleitung() OR tfp_land(land_id)"_qs
                                   : u"tfp_federfuehrung(%1) OR tfp_land(land_id)"_qs.arg(
                                         themenfeldExpression(def.id)));
            break;
        }
    }
    policies(u"tfp_zugang"_qs, u"tfp_programmleitung()"_qs);
    // The revision and the packages' records are every writer's; the journal only grows.
    policies(u"catalog_meta"_qs, u"true"_qs);
    out << u"ALTER TABLE journal ENABLE ROW LEVEL SECURITY"_qs
        << u"CREATE POLICY lesen ON journal FOR SELECT USING (true)"_qs << pgJournalWritePolicy()
        << u"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO %1"_qs.arg(
               pgPlannerRole())
        << u"REVOKE UPDATE, DELETE ON journal FROM %1"_qs.arg(pgPlannerRole())
        << u"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %1"_qs.arg(pgPlannerRole());
    return out;
}

QString pgJournalWritePolicy()
{
    // Every writer adds to the journal, under its own login only: the server, not the client, names who
    // made a change.
    return u"CREATE POLICY schreiben ON journal FOR INSERT WITH CHECK (anmeldung = session_user)"_qs;
}

QString pgHasAccessLayer()
{
    return u"SELECT to_regclass('public.tfp_zugang') IS NOT NULL"_qs;
}

QString pgThemenfeldNameOf(Table t)
{
    const QString expression = themenfeldExpression(t);
    if (expression.isEmpty())
        return {};
    const TableDef &def = table(t);
    return u"SELECT name FROM themenfeld WHERE id = (SELECT %1 FROM %2 WHERE %3 = ?)"_qs.arg(
        expression, def.name, def.key);
}

QString pgUpsertAccess()
{
    return u"INSERT INTO tfp_zugang (anmeldung, beteiligter_id, programmleitung) VALUES (?, ?, ?) ON "
           u"CONFLICT "
           "(anmeldung) DO UPDATE SET beteiligter_id = excluded.beteiligter_id, programmleitung = "
           "excluded.programmleitung"_qs;
}

QString pgDeleteAccess()
{
    return u"DELETE FROM tfp_zugang WHERE anmeldung = ?"_qs;
}

QString pgSelectAccess()
{
    return u"SELECT z.anmeldung, COALESCE(b.kuerzel, ''), z.programmleitung FROM tfp_zugang z LEFT JOIN "
           "beteiligter b ON b.id = z.beteiligter_id ORDER BY z.anmeldung"_qs;
}

QString pgHasAccess()
{
    return u"SELECT 1 FROM tfp_zugang WHERE anmeldung = ?"_qs;
}

QString pgLoginRole()
{
    return u"SELECT rolcanlogin, pg_has_role(oid, '%1', 'MEMBER') FROM pg_roles WHERE rolname = ?"_qs.arg(
        pgPlannerRole());
}

} // namespace tfp::sql
