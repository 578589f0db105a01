// The Catalog's meta table: facts about the catalog itself (its id, revision, a workshop package's origin and
// base, the packages merged into it), read by key and written by apply (a MetaChange) or while populating.
#include "catalog.h"

#include "catalogfile.h"
#include "error.h"
#include "sqldialect.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

namespace tfp {

using namespace catalogfile;

namespace {
const QString kSecret = QStringLiteral("secret");

QList<std::pair<QString, QString>> readFacts(QSqlQuery &q)
{
    if (!q.exec())
        throw Error(q.lastError().text());
    QList<std::pair<QString, QString>> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString()});
    q.finish();
    return out;
}
} // namespace

QString Catalog::secret() const
{
    return meta(kSecret);
}

QString Catalog::ensureSecret()
{
    if (const QString existing = secret(); !existing.isEmpty())
        return existing;
    if (m_readOnly)
        throw Error(
            tr("Der Katalog „%1“ hat noch keinen Schlüssel für Workshop-Pakete und ist schreibgeschützt "
               "geöffnet: %2")
                .arg(displayPath(m_path), m_readOnlyReason));
    quint32 words[8];
    QRandomGenerator::system()->fillRange(words);
    const QString made =
        QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(words), sizeof words).toHex());
    setMeta(kSecret, made); // one statement: committed on its own, no revision, nothing to undo
    return made;
}

QString Catalog::meta(const QString &key) const
{
    QSqlQuery &q = prepared(sql::selectMeta(kMeta));
    q.bindValue(0, key);
    QString value;
    if (!q.exec())
        throw Error(q.lastError().text());
    if (q.next())
        value = q.value(0).toString();
    q.finish();
    return value;
}

QList<std::pair<QString, QString>> Catalog::metaWithPrefix(const QString &prefix) const
{
    QSqlQuery &q = prepared(sql::selectMetaRange(kMeta));
    // Every key with the prefix sorts at or after it and before the prefix followed by the highest character.
    q.bindValue(0, prefix);
    q.bindValue(1, prefix + QChar(0xffff));
    return readFacts(q);
}

void Catalog::setMeta(const QString &key, const QString &value)
{
    QSqlQuery &q = prepared(sql::upsertMeta(kMeta));
    q.bindValue(0, key);
    q.bindValue(1, value);
    if (!q.exec())
        throw Error(q.lastError().text());
    q.finish();
}

void Catalog::applyMeta(const MetaChange &m)
{
    // The catalog's identity and revision are the catalog's own business, never a change set's.
    if (m.key == u"catalog_id" || m.key == u"revision" || m.key == u"created" || m.key == kSecret)
        throw Error(tr("Interner Fehler: „%1“ des Katalogs kann nicht geändert werden.").arg(m.key));
    if (meta(m.key) != m.oldValue)
        throw ConflictError(
            tr("Der Katalog „%1“ wurde inzwischen geändert (%2).").arg(displayPath(m_path), m.key));
    if (m.newValue.isEmpty()) {
        QSqlQuery &q = prepared(sql::deleteMeta(kMeta));
        q.bindValue(0, m.key);
        if (!q.exec())
            throw Error(q.lastError().text());
        q.finish();
    } else {
        setMeta(m.key, m.newValue);
    }
}

void Catalog::setMetaRaw(const QString &key, const QString &value)
{
    requirePopulating("setMetaRaw");
    // A copy of a whole catalog (from a server) is the same catalog: it keeps its birth and the secret that
    // seals its workshop packages, which no change set may touch.
    if (key == u"created" || (key == kSecret && !value.isEmpty()))
        setMeta(key, value);
    else
        applyMeta({key, meta(key), value});
}

QList<std::pair<QString, QString>> Catalog::allMeta() const
{
    return readFacts(prepared(sql::selectAllMeta(kMeta)));
}

} // namespace tfp
