#include "pgserver.h"

#include "storage/catalog.h"
#include "storage/schema.h"
#include "storage/server.h"
#include "testutil.h"

#include <catch2/catch.hpp>

#include <QAtomicInt>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDataStream>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

#include <iostream>
#include <limits>

namespace tfp::test {

namespace {

// Empty when the cluster can be used; else why not.
QString missing()
{
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_qs))
        return u"Qt's PostgreSQL driver QPSQL is not installed; on Debian 12: apt-get install libqt6sql6-psql"_qs;
    const QString dir = serverSocketDir();
    if (dir.isEmpty())
        return u"TFP_PG_SOCKET is not set: run the server tests through ctest, whose fixture starts the cluster"_qs;
    if (QFile skip(dir + u".skip"_qs); skip.open(QIODevice::ReadOnly))
        return QString::fromUtf8(skip.readAll()).trimmed();
    if (!QFileInfo::exists(dir + u"/.s.PGSQL.5432"_qs))
        return u"no PostgreSQL test cluster listens in %1 (ctest's fixture \"pgcluster: start\" failed?)"_qs
            .arg(dir);
    return {};
}

} // namespace

QString serverSocketDir()
{
    return qEnvironmentVariable("TFP_PG_SOCKET");
}

namespace {
// A new database on the cluster made by pgcluster.sh (createdb, or restore from dump).
QString newDatabase(const QString &dump)
{
    if (const QString reason = missing(); !reason.isEmpty()) {
        if (qEnvironmentVariable("TFP_REQUIRE_PG") == u"1")
            FAIL("TFP_REQUIRE_PG=1, but the server tests cannot run: " << reason.toStdString());
        std::cout << "TFP-SKIP: " << reason.toStdString() << std::endl;
        return {};
    }
    static QAtomicInt counter;
    const QString name = u"tfp_%1_%2_%3"_qs.arg(QCoreApplication::applicationPid())
                             .arg(counter.fetchAndAddRelaxed(1))
                             .arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
    QProcess make;
    make.setProcessChannelMode(QProcess::MergedChannels);
    make.start(QStringLiteral(TFP_PGCLUSTER),
               dump.isEmpty() ? QStringList{u"createdb"_qs, serverSocketDir(), name}
                              : QStringList{u"restore"_qs, serverSocketDir(), name, dump});
    REQUIRE(make.waitForFinished(60000));
    INFO(make.readAll().toStdString());
    REQUIRE(make.exitCode() == 0);
    return u"postgresql:///%1?host=%2&user=tfp"_qs.arg(name, serverSocketDir());
}
} // namespace

QString freshServerDatabase()
{
    return newDatabase({});
}

QString restoredServerDatabase(const QString &dump)
{
    return newDatabase(dump);
}

QString loginUrl(const QString &url, const QString &login, const QString &password, int connectionLimit)
{
    const QString name = u"tfp-login-"_qs + QUuid::createUuid().toString(QUuid::Id128);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_qs, name);
        db.setHostName(serverSocketDir());
        db.setDatabaseName(u"postgres"_qs);
        db.setUserName(u"tfp"_qs);
        REQUIRE(db.open());
        QSqlQuery q(db);
        QString create = u"CREATE ROLE \"%1\" LOGIN"_qs.arg(login);
        if (!password.isEmpty())
            create += u" PASSWORD '%1'"_qs.arg(password);
        if (connectionLimit >= 0)
            create += u" CONNECTION LIMIT %1"_qs.arg(connectionLimit);
        // Roles are the cluster's: a test before may have made this one.
        const bool made = q.exec(
            u"DO $$ BEGIN %1; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$"_qs.arg(
                create));
        INFO(q.lastError().text().toStdString());
        REQUIRE(made);
    }
    QSqlDatabase::removeDatabase(name);
    QString other = url;
    other.replace(u"user=tfp"_qs, u"user="_qs + login);
    return other;
}

QVariant asServerOwner(const QString &url, const QStringList &statements)
{
    const QUrl parsed(url);
    const QString name = u"tfp-owner-"_qs + QUuid::createUuid().toString(QUuid::Id128);
    QVariant first;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_qs, name);
        db.setHostName(QUrlQuery(parsed).queryItemValue(u"host"_qs, QUrl::FullyDecoded));
        db.setDatabaseName(parsed.path().mid(1));
        db.setUserName(QUrlQuery(parsed).queryItemValue(u"user"_qs, QUrl::FullyDecoded));
        REQUIRE(db.open());
        QSqlQuery q(db);
        for (const QString &statement : statements) {
            const bool done = q.exec(statement);
            INFO(statement.toStdString() << ": " << q.lastError().text().toStdString());
            REQUIRE(done);
        }
        if (q.isSelect() && q.next())
            first = q.value(0);
    }
    QSqlDatabase::removeDatabase(name);
    return first;
}

bool onServerBackend()
{
    return qEnvironmentVariable("TFP_TEST_BACKEND") == u"server";
}

QString defaultCatalogOnBackend(const QTemporaryDir &dir)
{
    const QString file = defaultCatalogCopy(dir);
    if (!onServerBackend())
        return file;
    const QString url = freshServerDatabase();
    if (url.isEmpty())
        FAIL("no server for the server run of this test (see TFP-SKIP above)");
    server::importFile(url, file);
    return url;
}

QByteArray catalogState(const Catalog &catalog)
{
    if (!catalog.isServer())
        return fileHash(catalog.path()) + fileHash(catalog.path() + u"-wal"_qs);
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << catalog.revision();
    for (const auto &[key, value] : catalog.allMeta())
        out << key << value;
    for (const JournalEntry &e : catalog.journal(std::numeric_limits<qint64>::min()))
        out << e.id << e.revision << e.zeitpunkt << e.autor << e.quelle << e.beschreibung << e.table << e.key
            << e.column << e.alt << e.neu << e.anmeldung << e.zeile;
    for (const schema::TableDef &def : schema::tables()) {
        out << def.name;
        catalog.forEachRow(def.id, [&](const QVariantList &values) { out << values; });
    }
    return QCryptographicHash::hash(state, QCryptographicHash::Sha256).toHex();
}

QByteArray catalogState(const QString &catalog)
{
    if (!server::isUrl(catalog))
        return fileHash(catalog);
    return catalogState(*Catalog::open(catalog, Catalog::Access::ReadOnly));
}

} // namespace tfp::test
