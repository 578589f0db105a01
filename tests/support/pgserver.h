// The throw-away PostgreSQL cluster of the server tests (support/pgcluster.sh, the ctest fixture
// "pgcluster"): a fresh empty database on it for each test, or the reason why there is none.
#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>

class QTemporaryDir;

namespace tfp {
class Catalog;
}

namespace tfp::test {

// The URL (postgresql:///NAME?host=SOCKETDIR&user=tfp) of a new, empty database on the test cluster. Empty
// when there is no cluster here (not run under ctest, PostgreSQL or Qt's QPSQL driver not installed): then
// the reason is printed as "TFP-SKIP: …", which ctest reports as a skipped test, and with TFP_REQUIRE_PG=1
// (CI) the test fails with it instead. A test returns at once on an empty URL.
QString freshServerDatabase();
// The same, made from a dump of a database (pg_dump -Fc --no-owner): a server catalog of an older schema.
QString restoredServerDatabase(const QString &dump);

// The socket folder of the test cluster (TFP_PG_SOCKET), for URLs of other forms.
QString serverSocketDir();

// A login of the test cluster as its administrator makes one (CREATE ROLE … LOGIN, with this password when
// given; an existing one keeps its attributes), and url with it in place of the superuser tfp. The login
// "tfp_passwort" is the one the cluster asks a password of (pgcluster.sh). connectionLimit >= 0: the server
// lets the login have at most that many connections at once.
QString loginUrl(const QString &url, const QString &login, const QString &password = {},
                 int connectionLimit = -1);

// Runs SQL on a server catalog as its owner, past the program (no checks of the program, none of its rows'
// rules), to build the content a server export must refuse. Fails the test when a statement fails; returns
// the first value of the last statement's first row, if it has one.
QVariant asServerOwner(const QString &url, const QStringList &statements);

// The tests tagged [backends] are one list run on both backends: ctest runs them on a file catalog, and again
// with TFP_TEST_BACKEND=server (and the cluster's fixture) on a server catalog.
bool onServerBackend();
// The embedded default catalog on the backend of this run: a copy in dir (test::defaultCatalogCopy), or the
// URL of a fresh server database it was moved to (tfp server import). Without a cluster the test stops after
// "TFP-SKIP: …", which ctest reports as skipped (a failure with TFP_REQUIRE_PG=1).
QString defaultCatalogOnBackend(const QTemporaryDir &dir);
// What refused input must leave as it was, on either backend: a file catalog's bytes with its write-ahead log
// (the catalog may be open), or, since a server has no bytes to compare, a server catalog's revision, meta
// facts, journal and every row of every table, as its own session sees them.
QByteArray catalogState(const Catalog &catalog);
// The same of a catalog no one holds open (a tfp command ran on it): a file's bytes, or the server catalog's
// state read through a session of its own.
QByteArray catalogState(const QString &catalog);

} // namespace tfp::test
