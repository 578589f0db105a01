#include "server.h"

#include "catalog.h"
#include "catalogfile.h"
#include "error.h"
#include "schema.h"
#include "serverconnection.h"
#include "sqldialect.h"
#include "tr.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <limits>

namespace tfp::server {

using catalogfile::kJournal;
using catalogfile::kMeta;

namespace {

// A file catalog records its schema version in PRAGMA user_version; a server catalog in this fact of its
// meta table, which a file never holds.
const QString kSchemaVersion = QStringLiteral("schema_version");

QString reason(const QSqlError &e)
{
    const QString text = e.databaseText().trimmed();
    return text.isEmpty() ? e.text() : text;
}

[[noreturn]] void refused(const ServerConnection &server, const QSqlError &e)
{
    throw Error(
        storage::Tr::tr("Die Datenbank %1 meldet einen Fehler: %2").arg(server.displayName(), reason(e)));
}

// Runs a statement as it is: PostgreSQL prepares no data definition.
QSqlQuery exec(const ServerConnection &server, const QString &sql)
{
    QSqlQuery q(server.database());
    q.setForwardOnly(true);
    if (!q.exec(sql))
        refused(server, q.lastError());
    return q;
}

QStringList tablesOf(const ServerConnection &server)
{
    QSqlQuery q = exec(server, sql::pgUserTables());
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    return names;
}

// One transaction on the server: rolled back unless commit() was reached.
class Transaction
{
public:
    explicit Transaction(const ServerConnection &server) : m_server(server)
    {
        if (!m_server.database().transaction())
            refused(m_server, m_server.database().lastError());
    }
    ~Transaction()
    {
        if (!m_done)
            m_server.database().rollback();
    }
    void commit()
    {
        m_done = true;
        if (!m_server.database().commit()) {
            const QSqlError e = m_server.database().lastError();
            m_server.database().rollback();
            refused(m_server, e);
        }
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

private:
    const ServerConnection &m_server;
    bool m_done = false;
};

void refuseUnlessEmpty(const ServerConnection &server)
{
    const QStringList tables = tablesOf(server);
    if (tables.isEmpty())
        return;
    const QStringList shown = tables.mid(0, 5);
    throw Error(storage::Tr::tr("Die Datenbank %1 enthält schon Tabellen (%2); ein Katalog wird nur in "
                                "eine leere Datenbank geschrieben. Sie bleibt, wie sie ist.")
                    .arg(server.displayName(),
                         shown.join(u", ") + (tables.size() > shown.size() ? u", …"_qs : QString())));
}

// Executes a prepared statement with values; the message names the table and the row's key.
void execRow(QSqlQuery &q, const QVariantList &values, const QString &what, const ServerConnection &server)
{
    for (int i = 0; i < values.size(); ++i)
        q.bindValue(i, values[i]);
    if (!q.exec())
        throw Error(storage::Tr::tr("Die Datenbank %1 nimmt %2 nicht an: %3")
                        .arg(server.displayName(), what, reason(q.lastError())));
}

QSqlQuery prepare(const ServerConnection &server, const QString &sql)
{
    QSqlQuery q(server.database());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        refused(server, q.lastError());
    return q;
}

// Copies a file catalog's schema, rows, journal and meta facts into an empty server database, in one
// transaction: nothing stays on the server when any of it fails.
void copyToServer(const Catalog &source, const ServerConnection &server)
{
    Transaction transaction(server);
    refuseUnlessEmpty(server);
    for (const QString &statement :
         sql::createSchema(kMeta, kJournal, schema::kVersion, sql::Dialect::PostgreSQL))
        exec(server, statement);
    for (const schema::TableDef &def : schema::tables()) {
        QSqlQuery insert = prepare(server, sql::insert(def));
        source.forEachRow(def.id, [&](const QVariantList &values) {
            execRow(insert, schema::checkedRow(def, values),
                    u"%1 %2"_qs.arg(def.name, values.value(0).toString()), server);
        });
    }
    for (const schema::TableDef &def : schema::tables())
        for (const QString &statement : sql::pgCreateKeySequence(def))
            exec(server, statement);
    for (const QString &statement : sql::pgAccessLayer())
        exec(server, statement);
    QSqlQuery journal = prepare(server, sql::insertJournalRaw(kJournal));
    for (const JournalEntry &e : source.journal(std::numeric_limits<qint64>::min()))
        execRow(journal,
                {e.id, e.revision, e.zeitpunkt, e.autor, e.quelle, e.beschreibung, e.table, e.key, e.column,
                 e.alt, e.neu, e.anmeldung.isNull() ? u""_qs : e.anmeldung,
                 e.zeile.isNull() ? u""_qs : e.zeile},
                u"journal %1"_qs.arg(e.id), server);
    QSqlQuery meta = prepare(server, sql::insertMeta(kMeta));
    for (const auto &[key, value] : source.allMeta()) {
        if (key == kSchemaVersion)
            throw Error(
                storage::Tr::tr("Der Katalog hat eine Angabe „%1“, die es in einer Katalogdatei nicht "
                                "gibt; er wird nicht übertragen.")
                    .arg(key));
        execRow(meta, {key, value}, key, server);
    }
    execRow(meta, {kSchemaVersion, QString::number(schema::kVersion)}, kSchemaVersion, server);
    transaction.commit();
}

// A row the server holds, as a file catalog would take it: a value whose owner wrote it past the program (an
// impossible date, not a number) is refused, and so is one that would arrive as another value (an empty text
// in a date or number column would become no value), with where it is and what it is; Catalog::create then
// removes what it began, so that no file is left.
void refuseUnlessFileTakes(const ServerConnection &server, const schema::TableDef &def,
                           const QVariantList &values, const QString &path)
{
    for (qsizetype i = 0; i < def.columns.size(); ++i) {
        const schema::Column &column = def.columns[i];
        const QVariant &value = values[i];
        QString problem = schema::check(column, value).error;
        if (problem.isEmpty() && column.type != schema::Type::Text && !value.isNull() &&
            value.typeId() == QMetaType::QString && value.toString().isEmpty())
            problem = storage::Tr::tr("ein leerer Text ist kein Wert dieses Felds");
        if (!problem.isEmpty())
            throw Error(storage::Tr::tr("Die Datenbank %1 hat in %2 %3, Feld „%4“, den Wert „%5“: %6. Eine "
                                        "Katalogdatei nimmt ihn nicht auf; „%7“ wird nicht geschrieben.")
                            .arg(server.displayName(), def.name, values.value(0).toString(), column.name,
                                 value.toString().left(80), problem, catalogfile::displayPath(path)));
    }
}

} // namespace

bool isUrl(QStringView text)
{
    return text.startsWith(u"postgresql://") || text.startsWith(u"postgres://");
}

QStringList tableNames(const QString &url)
{
    const ServerConnection server(url);
    return tablesOf(server);
}

void create(const QString &url, const std::function<void(Catalog &)> &populate)
{
    const ServerConnection server(url);
    // The refusal comes before the catalog is built, and again inside the transaction that writes it.
    refuseUnlessEmpty(server);
    // The catalog is built as a file is (the same populate, the same checks) and then moved over whole.
    QTemporaryDir dir;
    if (!dir.isValid())
        throw Error(
            storage::Tr::tr("Kein temporärer Ordner für den neuen Katalog: %1").arg(dir.errorString()));
    const auto built = Catalog::create(dir.filePath(u"katalog.tfplan"_qs), populate);
    copyToServer(*built, server);
    built->close();
}

void importFile(const QString &url, const QString &path)
{
    // Every check of opening a received file, before the server is even asked.
    const auto source = Catalog::open(path, Catalog::Access::ReadOnly);
    const ServerConnection server(url);
    copyToServer(*source, server);
}

void exportFile(const QString &url, const QString &path)
{
    const ServerConnection server(url);
    Transaction transaction(server);
    exec(server, sql::pgReadOnlySnapshot());
    const QStringList tables = tablesOf(server);
    if (!tables.contains(u"public."_qs + kMeta))
        throw Error(storage::Tr::tr("Die Datenbank %1 enthält keinen Katalog von Themenfeldplaner.")
                        .arg(server.displayName()));
    QList<std::pair<QString, QString>> facts;
    {
        QSqlQuery q = exec(server, sql::selectAllMeta(kMeta));
        while (q.next())
            facts.append({q.value(0).toString(), q.value(1).toString()});
    }
    QString catalogId, version;
    qint64 revision = -1;
    for (const auto &[key, value] : facts) {
        if (key == u"catalog_id")
            catalogId = value;
        else if (key == u"revision")
            revision = value.toLongLong();
        else if (key == kSchemaVersion)
            version = value;
    }
    if (version != QString::number(schema::kVersion))
        throw Error(storage::Tr::tr("Der Katalog in der Datenbank %1 hat das Schema „%2“; dieses Programm "
                                    "kennt Schema %3.")
                        .arg(server.displayName(), version)
                        .arg(schema::kVersion));
    Catalog::create(path, [&](Catalog &c) {
        for (const schema::TableDef &def : schema::tables()) {
            QSqlQuery q = exec(server, sql::selectAll(def));
            QVariantList values;
            values.resize(def.columns.size());
            while (q.next()) {
                for (int i = 0; i < def.columns.size(); ++i)
                    values[i] = q.value(i);
                refuseUnlessFileTakes(server, def, values, path);
                c.insertRaw(def.id, values);
            }
        }
        {
            QSqlQuery q = prepare(server, sql::selectJournal(kJournal));
            q.bindValue(0, std::numeric_limits<qint64>::min());
            if (!q.exec())
                refused(server, q.lastError());
            while (q.next())
                c.insertJournalRaw(catalogfile::journalEntryAt(q));
        }
        c.setIdentityRaw(catalogId, revision);
        for (const auto &[key, value] : facts)
            if (key != u"catalog_id" && key != u"revision" && key != kSchemaVersion)
                c.setMetaRaw(key, value);
    })->close();
    transaction.commit();
}

namespace {

// PostgreSQL's SQLSTATE for what the login's rights (a row-level security policy, a missing grant) refuse.
bool refusedByRights(const QSqlError &e)
{
    return e.nativeErrorCode() == u"42501";
}

[[noreturn]] void accessRefused(const ServerConnection &server, const QString &login)
{
    throw Error(storage::Tr::tr("Zugänge ändern nur der Eigentümer des Katalogs und die Programmleitung; die "
                                "Datenbank %1 hat die Änderung für „%2“ abgelehnt. Es wurde nichts geändert.")
                    .arg(server.displayName(), login));
}

// The login as the cluster knows it: whether it is already in the planners' group. A name that is no login
// (none at all, or a group role such as tfp_planer) is refused.
bool isPlanner(const ServerConnection &server, const QString &login)
{
    QSqlQuery q = prepare(server, sql::pgLoginRole());
    execRow(q, {login}, login, server);
    if (!q.next() || !q.value(0).toBool())
        throw Error(
            storage::Tr::tr("Auf dem Server gibt es keine Anmeldung „%1“ (Datenbank %2); eine Anmeldung legt "
                            "der Administrator des Servers an (CREATE ROLE … LOGIN). Es wurde nichts "
                            "geändert.")
                .arg(login, server.displayName()));
    return q.value(1).toBool();
}

} // namespace

namespace {
void changeMembership(const ServerConnection &server, const QString &login, const QString &statement)
{
    QSqlQuery role(server.database());
    if (role.exec(statement))
        return;
    if (refusedByRights(role.lastError()))
        throw Error(
            storage::Tr::tr("In die Gruppe der Planer (%1) nehmen nur der Eigentümer des Katalogs in "
                            "der Datenbank %2 und die Programmleitung eine Anmeldung auf, und nur sie "
                            "nehmen „%3“ heraus. Es wurde nichts geändert.")
                .arg(sql::pgPlannerRole(), server.displayName(), login));
    throw Error(storage::Tr::tr("Die Datenbank %1 gibt „%2“ keinen Zugang: %3")
                    .arg(server.displayName(), login, reason(role.lastError())));
}
} // namespace

void grantAccess(const QString &url, const QString &login, const QString &access)
{
    const ServerConnection server(url);
    Transaction transaction(server);
    {
        QSqlQuery q = exec(server, sql::pgHasAccessLayer());
        if (!q.next() || !q.value(0).toBool())
            throw Error(storage::Tr::tr("Die Datenbank %1 enthält keinen Katalog von Themenfeldplaner mit "
                                        "Zugängen; „tfp server init“ oder „tfp server import“ legt ihn an.")
                            .arg(server.displayName()));
    }
    if (access == kNoAccess) {
        QSqlQuery q = prepare(server, sql::pgDeleteAccess());
        execRow(q, {login}, login, server);
        if (q.numRowsAffected() != 1) {
            // A row the login's rights keep from it is not deleted, and no error says so.
            QSqlQuery has = prepare(server, sql::pgHasAccess());
            execRow(has, {login}, login, server);
            if (has.next())
                accessRefused(server, login);
            throw Error(storage::Tr::tr("„%1“ hat keinen Zugang zum Katalog in der Datenbank %2.")
                            .arg(login, server.displayName()));
        }
        // Without access it reads nothing either: it leaves the planners' group.
        changeMembership(server, login, sql::pgRevokePlanner(login));
        transaction.commit();
        return;
    }
    const bool planner = isPlanner(server, login);
    QVariant beteiligter(QMetaType::fromType<qint64>());
    const bool programme = access == kProgrammeAccess;
    if (!programme) {
        QSqlQuery q = prepare(server, sql::selectWhere(schema::table(schema::Table::Beteiligter),
                                                       schema::col::kuerzel.toString()));
        execRow(q, {access}, access, server);
        if (!q.next())
            throw Error(
                storage::Tr::tr("Im Katalog der Datenbank %1 gibt es keinen Beteiligten mit dem Kürzel "
                                "„%2“; Zugang haben Beteiligte (ihr Kürzel) oder die „%3“. Es wurde nichts "
                                "geändert.")
                    .arg(server.displayName(), access, kProgrammeAccess));
        beteiligter = q.value(0);
    }
    QSqlQuery upsert = prepare(server, sql::pgUpsertAccess());
    for (const QVariant &v : {QVariant(login), beteiligter, QVariant(programme ? 1 : 0)})
        upsert.addBindValue(v);
    if (!upsert.exec()) {
        if (refusedByRights(upsert.lastError()))
            accessRefused(server, login);
        throw Error(storage::Tr::tr("Die Datenbank %1 nimmt %2 nicht an: %3")
                        .arg(server.displayName(), login, reason(upsert.lastError())));
    }
    // The login itself is the cluster's and made by its administrator; here it joins the planners' group.
    // The programme management may take others in and out of it; a login that leaves the programme
    // management keeps its place in the group, not that right.
    if (programme)
        changeMembership(server, login, sql::pgGrantPlanner(login, true));
    else if (!planner)
        changeMembership(server, login, sql::pgGrantPlanner(login, false));
    else
        changeMembership(server, login, sql::pgRevokePlannerAdmission(login));
    transaction.commit();
}

QList<Access> accessList(const QString &url)
{
    const ServerConnection server(url);
    QSqlQuery q = exec(server, sql::pgSelectAccess());
    QList<Access> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toInt() == 1});
    return out;
}

} // namespace tfp::server
