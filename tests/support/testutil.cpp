#include "testutil.h"

#include "exchange/defaultcatalog.h"
#include "storage/catalog.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <catch2/catch.hpp>

namespace tfp::test {

QString defaultCatalogCopy(const QTemporaryDir &dir, const QString &name)
{
    static QTemporaryDir cacheDir;
    static const QString master = [] {
        const QString p = cacheDir.filePath(u"master.tfplan"_qs);
        Catalog::create(p, populateDefaultCatalog);
        return p;
    }();
    const QString target = dir.filePath(name);
    QFile::copy(master, target);
    QFile(target).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    return target;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(data);
}

QByteArray fileHash(const QString &path)
{
    return QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256).toHex();
}

void tamper(const QString &path, const QStringList &statements)
{
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery q(db);
        for (const QString &s :
             QStringList{u"PRAGMA ignore_check_constraints = ON"_qs, u"PRAGMA writable_schema = ON"_qs} +
                 statements) {
            INFO(s.toStdString());
            INFO(q.lastError().text().toStdString());
            REQUIRE(q.exec(s));
        }
        q.finish();
        q.exec(u"PRAGMA journal_mode = DELETE"_qs);
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

Run runTfp(const QStringList &args, int timeoutMs)
{
    return runProgram(QString::fromUtf8(TFP_CLI), args, QProcessEnvironment::systemEnvironment(), timeoutMs);
}

Run readWithOdfpy(const QString &odt)
{
    const QString script = uR"(import sys
from odf.opendocument import load
from odf import text, teletype, dc
from odf.namespaces import TEXTNS
doc = load(sys.argv[1])
print(doc.mimetype)
for h in doc.getElementsByType(text.H):
    print("H%s %s" % (h.attributes[(TEXTNS, "outline-level")], teletype.extractText(h)))
for name, kind in (("creator", dc.Creator), ("language", dc.Language)):
    print(name + " " + " ".join(teletype.extractText(e) for e in doc.meta.getElementsByType(kind)))
print("body " + " ".join(teletype.extractText(p) for p in doc.getElementsByType(text.P)))
)"_qs;
    // The system's Python, where Debian installs python3-odf.
    return runProgram(u"/usr/bin/python3"_qs, {u"-c"_qs, script, odt},
                      QProcessEnvironment::systemEnvironment(), 60000);
}

Run runProgram(const QString &program, const QStringList &args, const QProcessEnvironment &env, int timeoutMs)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    Run r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace tfp::test
