#include "schemacheck.h"

#include "tr.h"

#include "catalogfile.h"
#include "error.h"
#include "sqldialect.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <map>
#include <mutex>

namespace tfp::schemacheck {

namespace {

sqlite3 *handleOf(QSqlDatabase &db)
{
    const QVariant v = db.driver() ? db.driver()->handle() : QVariant();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

struct Object
{
    QString type;
    QString name;
    QString table;
    QString sql; // whitespace simplified
};

struct ColumnInfo
{
    QString name;
    QString type;
    bool notNull = false;
    QString defaultValue;
    int pk = 0;
    bool operator==(const ColumnInfo &) const = default;
};

struct Schema
{
    QList<Object> objects;
    QHash<QString, QList<ColumnInfo>> columns; // of every table
    QString error;
};

// sqlite_master itself and table_xinfo are read: neither runs anything that the file defines.
Schema readSchema(QSqlDatabase &db)
{
    Schema s;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(sql::schemaObjects())) {
        s.error = q.lastError().text();
        return s;
    }
    while (q.next())
        s.objects.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                          q.value(3).toString().simplified()});
    return s;
}

QList<ColumnInfo> readColumns(QSqlDatabase &db, const QString &table)
{
    QList<ColumnInfo> out;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // The name is one of the schema's own tables, never text from the file.
    if (!q.exec(sql::tableColumns(table)))
        return out;
    while (q.next())
        out.append({q.value(1).toString(), q.value(2).toString(), q.value(3).toInt() != 0,
                    q.value(4).isNull() ? QString() : q.value(4).toString(), q.value(5).toInt()});
    return out;
}

// The schema as SQLite itself records it for the statements that create a catalog of that version: built
// once per process and version in a database in memory, so that the comparison sees exactly what a new
// catalog (or one of the older version, before its migration) holds.
Schema buildExpected(int version)
{
    Schema s;
    const QString name = catalogfile::newConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, name);
        db.setDatabaseName(u":memory:"_qs);
        if (!db.open())
            throw Error(db.lastError().text());
        QSqlQuery q(db);
        for (const QString &statement : sql::createSchema(catalogfile::kMeta, catalogfile::kJournal, version))
            if (!q.exec(statement))
                throw Error(q.lastError().text());
        q.finish();
        s = readSchema(db);
        for (const Object &o : std::as_const(s.objects))
            if (o.type == u"table")
                s.columns.insert(o.name, readColumns(db, o.name));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return s;
}

const Schema &expected(int version)
{
    // A std::map keeps its values where they are: the reference stays good while others are added.
    static std::mutex lock;
    static std::map<int, Schema> schemas;
    const std::lock_guard guard(lock);
    auto it = schemas.find(version);
    if (it == schemas.end())
        it = schemas.emplace(version, buildExpected(version)).first;
    return it->second;
}

// How a message names a kind of schema object: alone, and with its article.
QString kind(const QString &type, bool withArticle = false)
{
    struct Name
    {
        const char *type;
        const char *alone;
        const char *article;
    };
    static const Name names[] = {
        {"table", QT_TRANSLATE_NOOP("tfp::storage", "Tabelle"),
         QT_TRANSLATE_NOOP("tfp::storage", "eine Tabelle")},
        {"index", QT_TRANSLATE_NOOP("tfp::storage", "Index"), QT_TRANSLATE_NOOP("tfp::storage", "ein Index")},
        {"view", QT_TRANSLATE_NOOP("tfp::storage", "Sicht"), QT_TRANSLATE_NOOP("tfp::storage", "eine Sicht")},
        {"trigger", QT_TRANSLATE_NOOP("tfp::storage", "Trigger"),
         QT_TRANSLATE_NOOP("tfp::storage", "ein Trigger")}};
    for (const Name &n : names)
        if (type == QLatin1String(n.type))
            return storage::Tr::tr(withArticle ? n.article : n.alone);
    return type;
}

void compareColumns(const QString &table, const QList<ColumnInfo> &want, const QList<ColumnInfo> &have,
                    QStringList &problems)
{
    const int before = problems.size();
    for (const ColumnInfo &h : have) {
        const auto w =
            std::find_if(want.cbegin(), want.cend(), [&](const ColumnInfo &c) { return c.name == h.name; });
        if (w == want.cend())
            problems << storage::Tr::tr("Tabelle „%1“: zusätzliche Spalte „%2“").arg(table, h.name);
        else if (w->type.compare(h.type, Qt::CaseInsensitive) != 0)
            problems << storage::Tr::tr("Tabelle „%1“: Spalte „%2“ hat den Typ „%3“ statt „%4“")
                            .arg(table, h.name, h.type, w->type);
        else if (!(*w == h))
            problems << storage::Tr::tr(
                            "Tabelle „%1“: Spalte „%2“ ist anders definiert (Pflichtfeld, Vorgabewert oder "
                            "Schlüssel)")
                            .arg(table, h.name);
    }
    for (const ColumnInfo &w : want)
        if (std::none_of(have.cbegin(), have.cend(), [&](const ColumnInfo &c) { return c.name == w.name; }))
            problems << storage::Tr::tr("Tabelle „%1“: Spalte „%2“ fehlt").arg(table, w.name);
    if (problems.size() == before)
        problems
            << storage::Tr::tr("Tabelle „%1“: Einschränkungen oder Tabellenoptionen verändert").arg(table);
}

} // namespace

void harden(QSqlDatabase &db)
{
    sqlite3 *h = handleOf(db);
    if (!h)
        throw Error(storage::Tr::tr("Interner Fehler: die SQLite-Verbindung ist nicht erreichbar."));
    const std::pair<int, int> options[] = {{SQLITE_DBCONFIG_DEFENSIVE, 1},
                                           {SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0},
                                           {SQLITE_DBCONFIG_ENABLE_TRIGGER, 0},
                                           {SQLITE_DBCONFIG_ENABLE_VIEW, 0},
                                           {SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0}};
    for (const auto &[option, value] : options) {
        int now = -1;
        if (sqlite3_db_config(h, option, value, &now) != SQLITE_OK || now != value)
            throw Error(
                storage::Tr::tr("Interner Fehler: SQLite lässt sich nicht abgesichert konfigurieren."));
    }
    // No ATTACH: nothing the file holds can reach another file.
    sqlite3_limit(h, SQLITE_LIMIT_ATTACHED, 0);
}

AllowAttach::AllowAttach(QSqlDatabase &db) : m_handle(handleOf(db))
{
    // VACUUM INTO attaches its target for the time it runs.
    if (m_handle)
        sqlite3_limit(static_cast<sqlite3 *>(m_handle), SQLITE_LIMIT_ATTACHED, 1);
}

AllowAttach::~AllowAttach()
{
    if (m_handle)
        sqlite3_limit(static_cast<sqlite3 *>(m_handle), SQLITE_LIMIT_ATTACHED, 0);
}

QStringList schemaDifferences(QSqlDatabase &db, int version)
{
    const Schema have = readSchema(db);
    if (!have.error.isEmpty())
        throw Error(storage::Tr::tr("ihr Schema lässt sich nicht lesen (%1)").arg(have.error));
    const Schema &want = expected(version);
    QHash<QString, const Object *> wanted;
    for (const Object &o : want.objects)
        wanted.insert(o.name, &o);
    QStringList problems;
    QSet<QString> seen;
    for (const Object &h : have.objects) {
        seen.insert(h.name);
        const Object *w = wanted.value(h.name);
        if (!w) {
            problems << (h.table.isEmpty() || h.table == h.name
                             ? storage::Tr::tr("%1 „%2“ gehört nicht zum Schema").arg(kind(h.type), h.name)
                             : storage::Tr::tr("%1 „%2“ auf „%3“ gehört nicht zum Schema")
                                   .arg(kind(h.type), h.name, h.table));
        } else if (w->type != h.type) {
            problems << storage::Tr::tr("„%1“ muss %2 sein, ist aber %3")
                            .arg(h.name, kind(w->type, true), kind(h.type, true));
        } else if (w->table != h.table || w->sql != h.sql) {
            if (h.type == u"table")
                compareColumns(h.name, want.columns.value(h.name), readColumns(db, h.name), problems);
            else
                problems << storage::Tr::tr("%1 „%2“ ist verändert").arg(kind(h.type), h.name);
        }
    }
    for (const Object &w : want.objects)
        if (!seen.contains(w.name))
            problems << storage::Tr::tr("%1 „%2“ fehlt").arg(kind(w.type), w.name);
    return problems;
}

QString foreignSchema(QSqlDatabase &db, const QString &displayPath, int version)
{
    QStringList problems;
    try {
        problems = schemaDifferences(db, version);
    } catch (const Error &e) {
        return storage::Tr::tr("Die Katalogdatei „%1“ wird nicht geöffnet: %2.")
            .arg(displayPath, e.message());
    }
    if (problems.isEmpty())
        return {};
    constexpr int kShown = 10;
    QString list = problems.mid(0, kShown).join(u"; ");
    if (problems.size() > kShown)
        list += storage::Tr::tr(" und %n weitere Abweichung(en)", nullptr, int(problems.size() - kShown));
    return storage::Tr::tr(
               "Die Katalogdatei „%1“ wird nicht geöffnet: ihr Schema weicht vom Schema %2 eines Katalogs ab "
               "(%3).")
        .arg(displayPath)
        .arg(version)
        .arg(list);
}

bool isCatalogId(const QString &id)
{
    static const QRegularExpression uuid(
        u"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"_qs);
    return uuid.match(id).hasMatch();
}

namespace {
// A value as a message shows it: short, on one line, control characters made visible.
QString shown(const QVariant &v)
{
    if (v.isNull())
        return storage::Tr::tr("leer");
    QString s = v.toString().left(60);
    for (QChar &ch : s)
        if (ch.category() == QChar::Other_Control)
            ch = u'\uFFFD';
    return u"„"_qs + s + u"“"_qs;
}

QString invalidRow(QSqlDatabase &db, const schema::TableDef &def)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(sql::firstInvalidRow(def)))
        throw Error(q.lastError().text());
    if (!q.next())
        return {};
    const QVariant key = q.value(0);
    const int rule = q.value(1).toInt();
    q.finish();
    const schema::Column &c = def.columns.value(rule / 2);
    QVariant value;
    if (q.prepare(sql::selectField(def, c.name))) {
        q.addBindValue(key);
        if (q.exec() && q.next())
            value = q.value(0);
    }
    QString why;
    if (rule % 2 == 1) {
        why = storage::Tr::tr("verweist auf einen Eintrag in „%1“, den es nicht gibt")
                  .arg(schema::table(*c.references).name);
    } else {
        why = schema::check(c, value).error;
        if (why.isEmpty())
            why = storage::Tr::tr("der Wert verletzt die Regeln des Feldes");
    }
    return storage::Tr::tr("Tabelle „%1“, Eintrag %2, Feld „%3“: Wert %4 – %5")
        .arg(def.name, shown(key), c.name, shown(value), why);
}
} // namespace

QString invalidCatalogId(QSqlDatabase &db, const QString &displayPath)
{
    QSqlQuery q(db);
    q.prepare(sql::selectMeta(catalogfile::kMeta));
    q.addBindValue(u"catalog_id"_qs);
    const QVariant id = q.exec() && q.next() ? q.value(0) : QVariant();
    if (id.typeId() == QMetaType::QString && isCatalogId(id.toString()))
        return {};
    return storage::Tr::tr(
               "Die Katalogdatei „%1“ wird nicht geöffnet: ihre Katalogkennung %2 ist keine UUID in "
               "Kleinbuchstaben (erwartet wie „0f8fad5b-d9cb-469f-a165-70867728950e“).")
        .arg(displayPath, shown(id));
}

QString invalidValues(QSqlDatabase &db, const QString &displayPath, int version)
{
    QStringList problems;
    try {
        for (const schema::TableDef &def : schema::tablesOf(version))
            if (const QString p = invalidRow(db, def); !p.isEmpty())
                problems << p;
    } catch (const Error &e) {
        return storage::Tr::tr("Die Katalogdatei „%1“ ist beschädigt: %2").arg(displayPath, e.message());
    }
    if (problems.isEmpty())
        return {};
    return storage::Tr::tr(
               "Die Katalogdatei „%1“ wird nicht geöffnet: sie enthält Werte, die gegen die Regeln des "
               "Katalogs "
               "verstoßen (%2).")
        .arg(displayPath, problems.join(u"; "));
}

QByteArray valueRules()
{
    static const QByteArray rules = [] {
        QCryptographicHash h(QCryptographicHash::Sha256);
        h.addData(QByteArray::number(schema::kVersion));
        for (const schema::TableDef &def : schema::tables())
            h.addData(sql::firstInvalidRow(def).toUtf8());
        return h.result().toHex();
    }();
    return rules;
}

} // namespace tfp::schemacheck
