// A connection to a PostgreSQL server given as a libpq connection URL (postgresql://…, postgres://…): the one
// place that reads such an address and opens Qt's QPSQL connection from it, so that all that talks to a
// server catalog reaches it the same way.
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace tfp {

class ServerConnection
{
public:
    // Reads the URL as libpq does (PQconninfoParse: host, port, dbname, user and the query parameters) and
    // connects. Credentials come from libpq's own places (PGPASSFILE or ~/.pgpass, a Kerberos ticket, a
    // client certificate): a password in the URL is refused before anything is sent, so that it never stands
    // on a command line or in a list of recent files. Throws tfp::Error naming the database and the host, and
    // libpq's reason when the server cannot be reached or refuses. A server that asks for a password that
    // libpq did not find (or that the one remembered does not match) throws PasswordRequiredError.
    explicit ServerConnection(const QString &url);
    ~ServerConnection();
    ServerConnection(const ServerConnection &) = delete;
    ServerConnection &operator=(const ServerConnection &) = delete;

    // A password the user typed for this URL, kept in this process's memory only (never written anywhere),
    // for every later connection to it (a second session, a copy, a workshop package). An empty one forgets
    // it.
    static void rememberPassword(const QString &url, const QString &password);

    QSqlDatabase database() const;
    QString connectionName() const { return m_connection; }
    // „ozg“ auf planung.example:5432: the database and where it is, for messages; never the password.
    QString displayName() const { return m_displayName; }

private:
    QString m_connection;
    QString m_displayName;
};

} // namespace tfp
