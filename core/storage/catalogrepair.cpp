#include "catalogrepair.h"

#include "tr.h"

#include "catalog.h"
#include "catalogfile.h"
#include "error.h"
#include "schemacheck.h"
#include "sqldialect.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <limits>

namespace tfp {

using namespace catalogfile;

namespace {

bool isText(const QVariant &v)
{
    return v.typeId() == QMetaType::QString;
}

bool isInteger(const QVariant &v)
{
    return v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int;
}

bool hasControl(const QString &s)
{
    return std::any_of(s.cbegin(), s.cend(), [](QChar c) { return c.category() == QChar::Other_Control; });
}

// What the refused file offers: its objects by name (type and creating statement) and its tables' columns.
struct Source
{
    QHash<QString, QString> tables; // name → CREATE statement, real tables only
    QSqlDatabase db;
};

bool isPlainTable(const Source &s, const QString &name)
{
    // A virtual table would run its module's code on the file's terms: only plain tables are read.
    return s.tables.value(name).startsWith(u"CREATE TABLE", Qt::CaseInsensitive);
}

QStringList columnsOf(QSqlDatabase &db, const QString &table)
{
    QStringList out;
    QSqlQuery q(db);
    if (q.exec(sql::tableColumns(table)))
        while (q.next())
            out << q.value(1).toString();
    return out;
}

void copyTable(Source &src, Catalog &target, const schema::TableDef &def, RepairReport &report)
{
    if (!isPlainTable(src, def.name)) {
        report.leftOut << storage::Tr::tr(
                              "Tabelle „%1“: fehlt oder ist keine Tabelle; keine Einträge übernommen")
                              .arg(def.name);
        return;
    }
    const QStringList have = columnsOf(src.db, def.name);
    QStringList select;
    for (const schema::Column &c : def.columns) {
        if (have.contains(c.name)) {
            select << c.name;
        } else if (c.name == def.key) {
            report.leftOut << storage::Tr::tr(
                                  "Tabelle „%1“: der Schlüssel „%2“ fehlt; keine Einträge übernommen")
                                  .arg(def.name, c.name);
            return;
        } else {
            select << QString(); // the column's default
            report.leftOut << storage::Tr::tr(
                                  "Tabelle „%1“: Spalte „%2“ fehlt; ihr Vorgabewert wird verwendet")
                                  .arg(def.name, c.name);
        }
    }
    QStringList present = select;
    present.removeAll(QString());
    QSqlQuery q(src.db);
    q.setForwardOnly(true);
    if (!q.exec(sql::selectColumns(def.name, present, def.key))) {
        report.leftOut << storage::Tr::tr(
                              "Tabelle „%1“: lässt sich nicht lesen (%2); keine Einträge übernommen")
                              .arg(def.name, q.lastError().text());
        return;
    }
    QVariantList values(def.columns.size());
    while (q.next()) {
        for (int i = 0, read = 0; i < def.columns.size(); ++i)
            values[i] = select[i].isNull() ? def.columns[i].defaultValue : q.value(read++);
        try {
            target.insertRaw(def.id, values);
            ++report.rowsKept;
        } catch (const Error &e) {
            report.leftOut << e.message();
        }
    }
}

// A journal entry is history only: it is kept when its fields have their types and it names a table of the
// schema.
QString journalProblem(const QSqlQuery &q)
{
    for (int i : {0, 1, 7})
        if (!isInteger(q.value(i)))
            return storage::Tr::tr("erwartet wird eine ganze Zahl in Spalte %1").arg(i + 1);
    for (int i : {2, 3, 4, 5, 6, 8, 9, 10, 11, 12})
        if (!isText(q.value(i)))
            return storage::Tr::tr("erwartet wird ein Text in Spalte %1").arg(i + 1);
    if (q.value(1).toLongLong() < 0)
        return storage::Tr::tr("die Revision ist negativ");
    if (!schema::tableByName(q.value(6).toString()))
        return storage::Tr::tr("die Tabelle „%1“ gibt es nicht").arg(q.value(6).toString().left(60));
    if (!QDateTime::fromString(q.value(2).toString(), Qt::ISODate).isValid())
        return storage::Tr::tr("der Zeitpunkt ist ungültig");
    return {};
}

qint64 copyJournal(Source &src, Catalog &target, RepairReport &report)
{
    qint64 maxRevision = 0;
    if (!isPlainTable(src, kJournal)) {
        report.leftOut << storage::Tr::tr("Journal: fehlt oder ist keine Tabelle; nicht übernommen");
        return maxRevision;
    }
    QSqlQuery q(src.db);
    q.setForwardOnly(true);
    // A journal of before schema 3 names no login.
    q.prepare(sql::selectJournal(kJournal, columnsOf(src.db, kJournal).contains(u"anmeldung"_qs)));
    q.addBindValue(std::numeric_limits<qint64>::min());
    if (!q.exec()) {
        report.leftOut << storage::Tr::tr("Journal: lässt sich nicht lesen (%1); nicht übernommen")
                              .arg(q.lastError().text());
        return maxRevision;
    }
    while (q.next()) {
        if (const QString p = journalProblem(q); !p.isEmpty()) {
            report.leftOut << storage::Tr::tr("journal %1: %2").arg(q.value(0).toString().left(20), p);
            continue;
        }
        const JournalEntry e = catalogfile::journalEntryAt(q);
        try {
            target.insertJournalRaw(e);
            ++report.journalKept;
            maxRevision = std::max(maxRevision, e.revision);
        } catch (const Error &err) {
            report.leftOut << err.message();
        }
    }
    return maxRevision;
}

void copyIdentityAndMeta(Source &src, Catalog &target, qint64 journalRevision, RepairReport &report)
{
    QString id;
    qint64 revision = journalRevision;
    QList<std::pair<QString, QString>> facts;
    if (!isPlainTable(src, kMeta)) {
        report.leftOut << storage::Tr::tr("Katalogangaben: fehlen oder sind keine Tabelle; nicht übernommen");
    } else {
        QSqlQuery q(src.db);
        q.setForwardOnly(true);
        q.prepare(sql::selectMetaRange(kMeta));
        q.addBindValue(u""_qs); // not a null QString, which would bind NULL
        q.addBindValue(QString(QChar(0xffff)));
        if (q.exec()) {
            while (q.next()) {
                const QVariant key = q.value(0);
                const QVariant value = q.value(1);
                const QString k = key.toString();
                if (!isText(key) || !isText(value) || hasControl(k) || hasControl(value.toString())) {
                    report.leftOut << storage::Tr::tr(
                                          "Katalogangabe „%1“: kein einzeiliger Text; nicht übernommen")
                                          .arg(k.left(60));
                } else if (k == u"catalog_id") {
                    id = value.toString();
                } else if (k == u"revision") {
                    bool ok = false;
                    const qint64 r = value.toString().toLongLong(&ok);
                    if (ok && r >= 0)
                        revision = std::max(revision, r);
                } else if (k != u"created") {
                    facts.append({k, value.toString()});
                }
            }
        }
    }
    report.idKept = schemacheck::isCatalogId(id);
    if (!report.idKept)
        report.leftOut
            << storage::Tr::tr(
                   "Katalogkennung „%1“: keine UUID in Kleinbuchstaben; der neue Katalog erhält eine neue")
                   .arg(id.left(60));
    target.setIdentityRaw(report.idKept ? id : target.catalogId(), revision);
    for (const auto &[k, v] : facts)
        target.setMetaRaw(k, v);
    report.catalogId = target.catalogId();
}

} // namespace

RepairReport repairCatalog(const QString &source, const QString &target)
{
    if (QFileInfo::exists(target))
        throw Error(storage::Tr::tr("Die Datei „%1“ gibt es schon; eine Reparatur überschreibt keine Datei.")
                        .arg(displayPath(target)));
    const QByteArray header = checkHeader(source);
    if (be32(header, 68) != quint32(kApplicationId))
        throw Error(
            storage::Tr::tr(
                "„%1“ ist keine Katalogdatei von Themenfeldplaner (eine SQLite-Datenbank eines anderen "
                "Programms).")
                .arg(displayPath(source)));
    // An older schema is repaired into a catalog of the current one: its tables are compared with those of
    // its version, and a table added since (TableDef::since) starts empty.
    const quint32 version = be32(header, 60);
    if (version < 1 || version > quint32(schema::kVersion))
        throw Error(storage::Tr::tr(
                        "Die Katalogdatei „%1“ hat das Schema %2; reparieren lässt sich nur Schema 1 bis %3.")
                        .arg(displayPath(source))
                        .arg(version)
                        .arg(schema::kVersion));
    RepairReport report;
    const QString connection = newConnectionName();
    std::exception_ptr failure;
    {
        Source src;
        src.db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, connection);
        src.db.setDatabaseName(QFileInfo(source).absoluteFilePath());
        src.db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_qs);
        try {
            if (!openHardened(src.db))
                throw Error(storage::Tr::tr("Die Katalogdatei „%1“ kann nicht geöffnet werden: %2")
                                .arg(displayPath(source), src.db.lastError().text()));
            QStringList differences;
            try {
                differences = schemacheck::schemaDifferences(src.db, int(version));
            } catch (const Error &e) {
                throw Error(storage::Tr::tr("Die Katalogdatei „%1“ lässt sich nicht reparieren: %2")
                                .arg(displayPath(source), e.message()));
            }
            for (const QString &d : differences)
                report.leftOut << storage::Tr::tr("Schema: %1; nicht übernommen").arg(d);
            QSqlQuery q(src.db);
            if (q.exec(sql::schemaObjects()))
                while (q.next())
                    if (q.value(0).toString() == u"table")
                        src.tables.insert(q.value(1).toString(), q.value(3).toString().trimmed());
            q.finish();
            Catalog::create(target, [&](Catalog &c) {
                for (const schema::TableDef &def : schema::tablesOf(int(version)))
                    copyTable(src, c, def, report);
                const qint64 journalRevision = copyJournal(src, c, report);
                copyIdentityAndMeta(src, c, journalRevision, report);
            });
        } catch (...) {
            failure = std::current_exception();
        }
        src.db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    if (failure)
        std::rethrow_exception(failure);
    return report;
}

} // namespace tfp
