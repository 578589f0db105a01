// A programme catalog on a PostgreSQL server: created from the same schema definition as a file catalog, and
// moved between a file and the server whole (every row of every table, the journal and the meta facts), each
// in one transaction. Opening and editing a catalog on the server come later; they connect through
// ServerConnection as these do.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <functional>

namespace tfp {
class Catalog;
}

namespace tfp::server {

// Whether text is a PostgreSQL URL (postgresql://…, postgres://…) rather than a file name.
bool isUrl(QStringView text);

// The tables (and views and sequences) the database holds, as schema.name; a database that holds any receives
// no catalog.
QStringList tableNames(const QString &url);

// Creates the catalog's schema on an empty database and fills it as populate fills a new file catalog
// (Catalog::create; tfp passes the embedded default catalog), in one transaction. A database that holds
// tables is refused with tfp::Error and left unchanged.
void create(const QString &url, const std::function<void(Catalog &)> &populate);

// Moves a file catalog to an empty database, with its journal, its id and revision and all its meta facts, in
// one transaction. The file is received input: it is opened and checked as Catalog::open checks every file
// (an older schema is migrated in a private copy) before anything is sent to the server; a refused file
// leaves the database as it was.
void importFile(const QString &url, const QString &path);

// Writes the server's catalog to a new file catalog (refused if the file exists), read in one consistent
// snapshot: every row, the journal and the meta facts, checked as any new catalog is.
void exportFile(const QString &url, const QString &path);

// Who may write what on a server catalog: a database login is mapped to a Beteiligter of the catalog (by its
// Kürzel: it writes what that Beteiligter's Federführung and, for a Land, its Nachnutzung allows) or to the
// programme management (which writes everything). PostgreSQL enforces it (sql::pgAccessLayer); the program
// only shows the server's refusal.
inline const QString kProgrammeAccess = QStringLiteral("Programmleitung");
inline const QString kNoAccess = QStringLiteral("keiner");
// Gives login this access (a Beteiligter's Kürzel, kProgrammeAccess) or takes it away (kNoAccess), and
// grants it the planners' group role, in one transaction. The login (CREATE ROLE … LOGIN) is made by the
// server's administrator; only the catalog's owner or the programme management may change access.
void grantAccess(const QString &url, const QString &login, const QString &access);
struct Access
{
    QString login;
    QString kuerzel; // empty for the programme management
    bool programme = false;
};
QList<Access> accessList(const QString &url);

} // namespace tfp::server
