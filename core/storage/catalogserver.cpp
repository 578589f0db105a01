// The Catalog on a PostgreSQL server: opening it (its tables compared with the schema definition), the
// writers following one another through the locked revision, and catching up with what other sessions
// committed, told by LISTEN/NOTIFY and read from the journal.
#include "catalog.h"

#include "catalogfile.h"
#include "error.h"
#include "serverconnection.h"
#include "sqldialect.h"
#include "tr.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace tfp {

using namespace schema;
using namespace catalogfile;

namespace {

// A file catalog records its schema version in PRAGMA user_version; a server catalog in this meta fact.
const QString kSchemaVersion = QStringLiteral("schema_version");

// The columns of the journal as pgColumns names them.
QStringList journalColumns()
{
    const QString i = sql::pgDataType(Type::Integer);
    const QString t = sql::pgDataType(Type::Text);
    return {u"id "_qs + i,     u"revision "_qs + i,     u"zeitpunkt "_qs + t,    u"autor "_qs + t,
            u"quelle "_qs + t, u"beschreibung "_qs + t, u"entity_table "_qs + t, u"entity_key "_qs + i,
            u"spalte "_qs + t, u"alt "_qs + t,          u"neu "_qs + t,          u"anmeldung "_qs + t,
            u"zeile "_qs + t};
}

QStringList columnsOf(const TableDef &def)
{
    QStringList out;
    for (const Column &c : def.columns)
        out << c.name + u' ' + sql::pgDataType(c.type);
    return out;
}

// The tables whose rows refresh() cannot place without the row itself (it names the parent row): a delete
// of one of them that the journal does not hold the row of (an entry of before schema 3) needs the whole
// plan read again.
bool refreshNeedsRow(Table t)
{
    return t == Table::ProjektLeistung || t == Table::OnlinedienstLeika || t == Table::OnlinedienstLand ||
           t == Table::Leika;
}

} // namespace

std::unique_ptr<Catalog> Catalog::openServer(const QString &url, Access access)
{
    auto server = std::make_unique<ServerConnection>(url);
    std::unique_ptr<Catalog> c(new Catalog(url, server->connectionName()));
    c->m_server = std::move(server);
    c->m_readOnly = access == Access::ReadOnly;
    if (c->m_readOnly)
        c->m_readOnlyReason = storage::Tr::tr("Der Katalog ist nur zum Lesen geöffnet.");
    {
        QSqlQuery q(QSqlDatabase::database(c->m_connection, false));
        if (q.exec(sql::pgSessionUser()) && q.next())
            c->m_login = q.value(0).toString();
        // A standby follows its primary and takes no writes: the catalog is there to read, and says why.
        if (q.exec(sql::pgInRecovery()) && q.next() && q.value(0).toBool()) {
            c->m_readOnly = true;
            c->m_readOnlyReason = storage::Tr::tr(
                "Der Server ist ein Standby, der nur liest und dem Primärserver folgt: "
                "Änderungen nimmt nur der Primärserver an. Eine Adresse mit mehreren Servern "
                "und „target_session_attrs=read-write“ verbindet mit dem, der gerade schreibt.");
        }
    }
    c->track(!c->m_readOnly);
    c->checkServerSchema();
    if (!c->m_readOnly)
        c->upgradeServerLayout();
    c->loadMeta();
    c->m_seenRevision = c->revision();
    return c;
}

void Catalog::checkServerSchema()
{
    const QString where = m_server->displayName();
    QHash<QString, QStringList> found;
    {
        QSqlQuery q(QSqlDatabase::database(m_connection, false));
        q.setForwardOnly(true);
        if (!q.exec(sql::pgColumns()))
            throw Error(storage::Tr::tr("Die Datenbank %1 meldet einen Fehler: %2")
                            .arg(where, q.lastError().databaseText().trimmed()));
        while (q.next())
            found[q.value(0).toString()] << q.value(1).toString() + u' ' + q.value(2).toString();
    }
    if (!found.contains(kMeta) || !found.contains(kJournal))
        throw Error(storage::Tr::tr("Die Datenbank %1 enthält keinen Katalog von Themenfeldplaner. Einen "
                                    "Katalog legt „tfp server init“ oder „tfp server import“ an.")
                        .arg(where));
    QString version = meta(kSchemaVersion);
    if (version == u"2") {
        // Schema 3 added the login to the journal. Only the tables' owner may add the column; until then
        // nobody can write to the catalog, and reading it would lose the column's meaning.
        const QString owner = serverOwner();
        if (m_readOnly || owner != m_login)
            throw Error(
                storage::Tr::tr("Der Katalog in der Datenbank %1 hat das ältere Schema 2. Die Anmeldung "
                                "„%2“, der seine Tabellen gehören, bringt ihn auf Schema %3, sobald sie "
                                "ihn einmal mit diesem Programm zum Bearbeiten öffnet; bis dahin öffnet "
                                "ihn dieses Programm nicht.")
                    .arg(where, owner)
                    .arg(kVersion));
        migrateServer(2);
        version = meta(kSchemaVersion);
        found[kJournal] = journalColumns();
    }
    if (version != QString::number(kVersion))
        throw Error(storage::Tr::tr("Der Katalog in der Datenbank %1 hat das Schema „%2“; dieses Programm "
                                    "kennt Schema %3 und öffnet ihn nicht.")
                        .arg(where, version)
                        .arg(kVersion));
    const auto compare = [&](const QString &name, const QStringList &expected) {
        const QStringList actual = found.value(name);
        if (actual == expected)
            return;
        throw Error(storage::Tr::tr("Die Tabelle „%1“ in der Datenbank %2 hat nicht die Spalten eines "
                                    "Katalogs (%3 statt %4); sie wurde außerhalb von Themenfeldplaner "
                                    "geändert. Der Katalog wird nicht geöffnet.")
                        .arg(name, where, actual.isEmpty() ? storage::Tr::tr("keine") : actual.join(u", "),
                             expected.join(u", ")));
    };
    for (const TableDef &def : tables())
        compare(def.name, columnsOf(def));
    compare(kJournal, journalColumns());
}

QString Catalog::serverOwner()
{
    QSqlQuery &q = prepared(sql::pgTableOwner());
    q.bindValue(0, kMeta);
    QString owner;
    if (q.exec() && q.next())
        owner = q.value(0).toString();
    q.finish();
    return owner;
}

void Catalog::migrateServer(int from)
{
    QStringList steps;
    if (from == 2) {
        QSqlQuery &q = prepared(sql::pgHasAccessLayer());
        if (!q.exec() || !q.next())
            throw Error(q.lastError().text());
        steps = sql::pgAddJournalColumnsOf3(kJournal, q.value(0).toBool());
        q.finish();
    }
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    const QString failed =
        storage::Tr::tr("Der Katalog in der Datenbank %1 lässt sich nicht von Schema %2 auf "
                        "Schema %3 bringen und bleibt auf Schema %2: %4")
            .arg(m_server->displayName())
            .arg(from)
            .arg(kVersion);
    try {
        // The database's reason alone: the message below says what failed, once.
        catalogfile::inTransaction(db, m_statements, u"%1"_qs, u"%1"_qs, [&] {
            for (const QString &statement : std::as_const(steps))
                exec(statement);
            setMeta(kSchemaVersion, QString::number(kVersion));
        });
    } catch (const Error &e) {
        throw Error(failed.arg(e.message()));
    }
}

void Catalog::upgradeServerLayout()
{
    // Only the owner of the catalog's tables may add to them; for anyone else they stay as they are.
    if (serverOwner() != m_login)
        return;
    QStringList missing;
    for (const TableDef &def : tables()) {
        QSqlQuery &q = prepared(sql::pgIsMissing());
        q.bindValue(0, sql::pgKeySequence(def));
        if (!q.exec() || !q.next())
            throw Error(q.lastError().text());
        if (q.value(0).toBool())
            missing << sql::pgCreateKeySequence(def);
        q.finish();
    }
    {
        QSqlQuery &q = prepared(sql::pgHasAccessLayer());
        if (!q.exec() || !q.next())
            throw Error(q.lastError().text());
        if (!q.value(0).toBool())
            missing << sql::pgAccessLayer();
        q.finish();
    }
    if (missing.isEmpty())
        return;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    catalogfile::inTransaction(
        db, m_statements, u"%1"_qs,
        storage::Tr::tr("Der Katalog „%1“ kann nicht gespeichert werden: %2").arg(displayPath(m_path)), [&] {
            for (const QString &statement : std::as_const(missing))
                exec(statement);
        });
}

QString Catalog::refusedByServer(const Change &c, bool ask) const
{
    const TableDef &def = table(c.table);
    const QString what = u"%1 %2"_qs.arg(def.name).arg(c.key);
    QString themenfeld;
    if (const QString sql = sql::pgThemenfeldNameOf(c.table); ask && !sql.isEmpty()) {
        QSqlQuery &q = prepared(sql);
        q.bindValue(0, c.key);
        if (q.exec() && q.next())
            themenfeld = q.value(0).toString();
        q.finish();
    }
    const QString named = themenfeld.isEmpty() ? storage::Tr::tr("des Themenfelds")
                                               : storage::Tr::tr("des Themenfelds „%1“").arg(themenfeld);
    QString rule;
    switch (sql::pgRule(c.table)) {
    case sql::Rule::Programme:
        rule = storage::Tr::tr("Nur die Programmleitung darf den Katalog selbst ändern (Themenfelder, Lagen, "
                               "LeiKa, Beteiligte, Federführung, Onlinedienste), hier %1.")
                   .arg(what);
        break;
    case sql::Rule::FederfuehrungOrLand:
        rule = storage::Tr::tr("Nur das Land selbst, die Federführung %1 (FF und U) und die Programmleitung "
                               "dürfen %2 ändern.")
                   .arg(named, what);
        break;
    case sql::Rule::Federfuehrung:
    case sql::Rule::Everyone:
        rule = storage::Tr::tr("Nur die Federführung %1 (FF und U) und die Programmleitung dürfen %2 ändern.")
                   .arg(named, what);
        break;
    }
    return storage::Tr::tr("%1 Der Server hat die Änderung von „%2“ abgelehnt; nichts wurde geändert. Wer "
                           "welchen Zugang hat, legt die Programmleitung fest (tfp server zugang).")
        .arg(rule, m_login);
}

qint64 Catalog::revisionForWriting()
{
    if (!m_server)
        return revision();
    QSqlQuery &q = prepared(sql::pgLockRevision(kMeta));
    if (!q.exec() || !q.next())
        throw Error(storage::Tr::tr("Der Katalog „%1“ kann nicht bearbeitet werden: %2")
                        .arg(displayPath(m_path), q.lastError().text()));
    const qint64 r = q.value(0).toLongLong();
    q.finish();
    return r;
}

bool Catalog::catchUp()
{
    if (!m_server)
        return checkExternalChange();
    const qint64 now = revision();
    if (now <= m_seenRevision)
        return false;
    QSet<qint64> told; // the revisions of others that the journal tells row by row
    bool whole = false;
    ChangeSet others;
    for (const JournalEntry &e : journal(m_seenRevision)) {
        if (e.revision > now)
            break;
        if (m_ownRevisions.contains(e.revision))
            continue;
        told.insert(e.revision);
        const std::optional<Table> t = tableByName(e.table);
        if (!t) {
            whole = true;
            continue;
        }
        if (!e.column.isEmpty()) {
            others.append(Change::update(*t, e.key, e.column, e.alt, e.neu));
        } else if (e.alt.isEmpty()) {
            // The row as it is now, or, gone again since, as the journal kept it (read only then).
            const std::optional<QVariantMap> now = row(*t, e.key);
            const QVariantMap r = now ? *now : journalRow(e);
            whole = whole || (r.isEmpty() && refreshNeedsRow(*t));
            others.append(Change::insert(*t, e.key, r));
        } else {
            // The journal keeps the deleted row (schema 3): its parent is known without reading the plan.
            const QVariantMap r = journalRow(e);
            whole = whole || (r.isEmpty() && refreshNeedsRow(*t));
            others.append(Change::remove(*t, e.key, r));
        }
    }
    // A revision that the journal does not tell changed only the catalog's own facts.
    for (qint64 r = m_seenRevision + 1; r <= now && !whole; ++r)
        whole = !m_ownRevisions.contains(r) && !told.contains(r);
    for (auto it = m_ownRevisions.begin(); it != m_ownRevisions.end();)
        it = *it <= now ? m_ownRevisions.erase(it) : std::next(it);
    m_seenRevision = now;
    if (whole) {
        Q_EMIT externallyChanged();
        return true;
    }
    if (others.isEmpty())
        return false;
    Q_EMIT othersChanged(others);
    return true;
}

void Catalog::listen()
{
    if (!m_server || m_listener)
        return;
    m_listener = std::make_unique<ServerConnection>(m_path);
    QSqlDriver *driver = m_listener->database().driver();
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource, const QVariant &payload) {
                if (name == sql::pgRevisionChannel() && payload.toLongLong() > m_seenRevision)
                    catchUp();
            });
    if (!driver->subscribeToNotification(sql::pgRevisionChannel())) {
        const QString reason = driver->lastError().text();
        m_listener.reset();
        throw Error(storage::Tr::tr("Der Katalog „%1“ erfährt Änderungen anderer nicht: %2")
                        .arg(displayPath(m_path), reason));
    }
}

} // namespace tfp
