#include "serverconnection.h"

#include "catalogfile.h"
#include "error.h"
#include "tr.h"

#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>

#include <libpq-fe.h>

#include <QHash>

#include <memory>
#include <mutex>

namespace tfp {

namespace {

// A libpq connection option as the QPSQL driver passes it on (its connect options, ';' between them).
QString option(const QString &keyword, QString value)
{
    value.replace(u'\\', u"\\\\"_qs);
    value.replace(u'\'', u"\\'"_qs);
    return keyword + u"='"_qs + value + u'\'';
}

// The URL as it may stand in a message: a password in it (user:password@) replaced by ***.
QString withoutPassword(QString url)
{
    static const QRegularExpression password(u"^(postgres(?:ql)?://[^/@:]*:)[^/@]*@"_qs);
    return url.replace(password, u"\\1***@"_qs);
}

std::mutex passwordsMutex;
QHash<QString, QString> &passwords()
{
    static QHash<QString, QString> all;
    return all;
}

QString rememberedPassword(const QString &url)
{
    const std::lock_guard guard(passwordsMutex);
    return passwords().value(url);
}

// Whether a failed connection failed for want of the right password: asked again through libpq itself, as
// QPSQL keeps nothing of a connection that failed. Empty when it did not; else the message.
enum class PasswordProblem
{
    None,
    Missing,
    Wrong
};
PasswordProblem passwordProblem(const PQconninfoOption *parsed, const QString &password)
{
    QList<QByteArray> keys, values;
    for (const PQconninfoOption *o = parsed; o->keyword; ++o)
        if (o->val && qstrcmp(o->keyword, "password") != 0) {
            keys << o->keyword;
            values << o->val;
        }
    if (!password.isEmpty()) {
        keys << "password";
        values << password.toUtf8();
    }
    QList<const char *> k, v;
    for (qsizetype i = 0; i < keys.size(); ++i) {
        k << keys[i].constData();
        v << values[i].constData();
    }
    k << nullptr;
    v << nullptr;
    const std::unique_ptr<PGconn, void (*)(PGconn *)> conn(PQconnectdbParams(k.constData(), v.constData(), 0),
                                                           PQfinish);
    if (!conn || PQstatus(conn.get()) == CONNECTION_OK)
        return PasswordProblem::None;
    if (PQconnectionNeedsPassword(conn.get()))
        return PasswordProblem::Missing;
    return PQconnectionUsedPassword(conn.get()) ? PasswordProblem::Wrong : PasswordProblem::None;
}

} // namespace

void ServerConnection::rememberPassword(const QString &url, const QString &password)
{
    const std::lock_guard guard(passwordsMutex);
    if (password.isEmpty())
        passwords().remove(url);
    else
        passwords().insert(url, password);
}

ServerConnection::ServerConnection(const QString &url)
{
    char *parseError = nullptr;
    const std::unique_ptr<PQconninfoOption, void (*)(PQconninfoOption *)> options(
        PQconninfoParse(url.toUtf8().constData(), &parseError), PQconninfoFree);
    if (!options) {
        const QString reason = parseError ? QString::fromLocal8Bit(parseError).trimmed() : QString();
        PQfreemem(parseError);
        throw Error(storage::Tr::tr("„%1“ ist keine gültige PostgreSQL-Adresse: %2")
                        .arg(withoutPassword(url), reason));
    }
    QString host, port, dbname, user;
    QStringList connectOptions;
    bool timeoutGiven = false;
    for (const PQconninfoOption *o = options.get(); o->keyword; ++o) {
        if (!o->val)
            continue;
        const QString keyword = QString::fromLatin1(o->keyword);
        const QString value = QString::fromUtf8(o->val);
        if (keyword == u"password")
            throw Error(
                storage::Tr::tr("Die Adresse des Servers enthält ein Passwort. Ein Passwort gehört nicht "
                                "in die Adresse, sondern in die Passwortdatei von PostgreSQL "
                                "(~/.pgpass oder die Datei, die PGPASSFILE nennt)."));
        if (keyword == u"host")
            host = value;
        else if (keyword == u"dbname")
            dbname = value;
        else if (keyword == u"user")
            user = value;
        else {
            if (value.contains(u';'))
                throw Error(storage::Tr::tr("„%1“ ist keine gültige PostgreSQL-Adresse: ein Semikolon im "
                                            "Parameter „%2“ lässt sich nicht weitergeben.")
                                .arg(url, keyword));
            timeoutGiven = timeoutGiven || keyword == u"connect_timeout";
            if (keyword == u"port")
                port = value;
            connectOptions << option(keyword, value);
        }
    }
    // libpq waits for an unreachable host as long as the network does; a planner waits ten seconds.
    if (!timeoutGiven)
        connectOptions << option(u"connect_timeout"_qs, u"10"_qs);
    const QString where = host.isEmpty()   ? storage::Tr::tr("dem lokalen Server")
                          : port.isEmpty() ? host
                                           : host + u':' + port;
    m_displayName = storage::Tr::tr("„%1“ auf %2").arg(dbname.isEmpty() ? user : dbname, where);

    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_qs))
        throw Error(storage::Tr::tr("Die Datenbank %1 ist nicht erreichbar: Qt fehlt der Treiber für "
                                    "PostgreSQL (QPSQL; unter Debian im Paket libqt6sql6-psql).")
                        .arg(m_displayName));
    m_connection = catalogfile::newConnectionName();
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_qs, m_connection);
    db.setHostName(host);
    db.setDatabaseName(dbname);
    db.setUserName(user);
    db.setConnectOptions(connectOptions.join(u';'));
    const QString password = rememberedPassword(url);
    db.setPassword(password);
    if (!db.open()) {
        const QSqlError e = db.lastError();
        const QString reason = e.databaseText().trimmed().isEmpty() ? e.text() : e.databaseText().trimmed();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connection);
        switch (passwordProblem(options.get(), password)) {
        case PasswordProblem::Missing:
            throw PasswordRequiredError(
                storage::Tr::tr("Die Datenbank %1 verlangt ein Passwort für die Anmeldung „%2“, und in der "
                                "Passwortdatei von PostgreSQL (~/.pgpass oder PGPASSFILE) steht keines.")
                    .arg(m_displayName, user.isEmpty() ? qEnvironmentVariable("USER") : user));
        case PasswordProblem::Wrong:
            throw PasswordRequiredError(
                storage::Tr::tr("Die Datenbank %1 nimmt die Anmeldung „%2“ mit diesem Passwort nicht an: %3")
                    .arg(m_displayName, user.isEmpty() ? qEnvironmentVariable("USER") : user, reason));
        case PasswordProblem::None:
            break;
        }
        throw Error(storage::Tr::tr("Die Datenbank %1 ist nicht erreichbar: %2").arg(m_displayName, reason));
    }
    // The server's notices (a role that is a member already, a transaction begun twice) are no messages for a
    // planner; libpq would print them on stderr.
    const QVariant handle = db.driver()->handle();
    if (qstrcmp(handle.typeName(), "pg_conn*") == 0)
        PQsetNoticeProcessor(
            *static_cast<PGconn *const *>(handle.constData()), [](void *, const char *) {}, nullptr);
}

ServerConnection::~ServerConnection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QSqlDatabase ServerConnection::database() const
{
    return QSqlDatabase::database(m_connection, false);
}

} // namespace tfp
