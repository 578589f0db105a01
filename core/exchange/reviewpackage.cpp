#include "reviewpackage.h"

#include "tr.h"

#include "error.h"
#include "exchange/reviewmerge.h"
#include "storage/catalog.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMessageAuthenticationCode>
#include <QSet>

#include <algorithm>

namespace tfp {

using namespace schema;

namespace {

// The package's facts in catalog_meta. The base is the package's own JSON export taken right after it was
// filled; the seal (an HMAC-SHA256 with the origin catalog's secret) covers the facts and the base, so that
// only that catalog can check it, and a changed or cut file, or one made elsewhere, is noticed.
const QString kFormat = u"review.format_version"_qs;
const QString kOrigin = u"review.origin_catalog_id"_qs;
const QString kBaseRevision = u"review.base_revision"_qs;
const QString kThemenfeldId = u"review.themenfeld_id"_qs;
const QString kThemenfeld = u"review.themenfeld"_qs;
const QString kCreatedAt = u"review.created_at"_qs;
const QString kCreatedBy = u"review.created_by"_qs;
const QString kKeyId = u"review.key_id"_qs;
const QString kBase = u"review.base"_qs;
const QString kSeal = u"review.seal"_qs;

// Which of the catalog's secrets sealed a package (a catalog moved through export-json has a new one),
// without giving anything of the secret away.
QString keyId(const QByteArray &key)
{
    return QString::fromLatin1(
        QCryptographicHash::hash("themenfeldplaner-key-id\n" + key, QCryptographicHash::Sha256)
            .toHex()
            .left(16));
}

QString seal(const QByteArray &key, const ReviewPackageInfo &i, const QString &base)
{
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, key);
    const QStringList facts{QString::number(i.formatVersion),
                            i.packageId,
                            i.originCatalogId,
                            QString::number(i.baseRevision),
                            QString::number(i.themenfeldId),
                            i.themenfeld,
                            i.createdAt,
                            i.createdBy,
                            i.keyId};
    for (const QString &f : facts)
        mac.addData((f + u'\n').toUtf8());
    mac.addData(base.toUtf8());
    return QString::fromLatin1(mac.result().toHex());
}

// The origin's secret, made on the first package. A catalog open read-only (tfp review-pack) gets it through
// a short writable opening of its file.
QByteArray packageKey(Catalog &catalog)
{
    QString secret = catalog.secret();
    if (secret.isEmpty() && !catalog.isReadOnly())
        secret = catalog.ensureSecret();
    if (secret.isEmpty())
        secret = Catalog::open(catalog.path(), Catalog::Access::ReadWrite, Catalog::Verify::HeaderOnly)
                     ->ensureSecret();
    return QByteArray::fromHex(secret.toLatin1());
}

// The rows a package holds, per table, keyed so that each table comes out in key order.
class Selection
{
public:
    explicit Selection(const Catalog &c) : m_catalog(c) { m_rows.resize(qsizetype(Table::Count)); }

    void add(Table t, const QVariantMap &row)
    {
        m_rows[qsizetype(t)].insert(row.value(table(t).key).toLongLong(), row);
    }
    // The rows of t whose column refers to one of the parent rows already selected; keep may drop or adjust.
    void children(
        Table t, QStringView column, Table parent,
        const std::function<bool(QVariantMap &)> &keep = [](QVariantMap &) { return true; })
    {
        for (const qint64 key : keys(parent))
            for (QVariantMap r : m_catalog.rowsWhere(t, column, key))
                if (keep(r))
                    add(t, r);
    }
    bool has(Table t, const QVariant &key) const
    {
        return !key.isNull() && m_rows[qsizetype(t)].contains(key.toLongLong());
    }
    QList<qint64> keys(Table t) const { return m_rows[qsizetype(t)].keys(); }
    const QMap<qint64, QVariantMap> &rows(Table t) const { return m_rows[qsizetype(t)]; }

private:
    const Catalog &m_catalog;
    QList<QMap<qint64, QVariantMap>> m_rows;
};

Selection select(const Catalog &c, const QVariantMap &themenfeld)
{
    using namespace col;
    Selection s(c);
    s.add(Table::Themenfeld, themenfeld);
    s.children(Table::Lage, themenfeldId, Table::Themenfeld);
    s.children(Table::Leistung, lageId, Table::Lage);
    s.children(Table::Leika, ozgId, Table::Leistung);
    s.children(Table::Abhaengigkeit, ozgId, Table::Leistung,
               [&](QVariantMap &r) { return s.has(Table::Leistung, r.value(haengtAbVon.toString())); });
    c.forEachRow(Table::Beteiligter, [&](const QVariantList &values) {
        QVariantMap r;
        const auto &def = table(Table::Beteiligter);
        for (int i = 0; i < def.columns.size(); ++i)
            r.insert(def.columns[i].name, values[i]);
        s.add(Table::Beteiligter, r);
    });
    s.children(Table::Federfuehrung, themenfeldId, Table::Themenfeld);
    s.children(Table::Projekt, themenfeldId, Table::Themenfeld);
    const auto inLeistungen = [&](QVariantMap &r) {
        return s.has(Table::Leistung, r.value(ozgId.toString()));
    };
    // A link to a row of another Themenfeld cannot travel: the package leaves it empty (its base says so, so
    // the merge never takes the empty link for a change).
    const auto dropForeign = [&](QVariantMap &r, QStringView column, Table t) {
        if (!r.value(column.toString()).isNull() && !s.has(t, r.value(column.toString())))
            r.insert(column.toString(), QVariant());
    };
    s.children(Table::ProjektLeistung, projektId, Table::Projekt, inLeistungen);
    s.children(Table::Nachnutzung, projektId, Table::Projekt);
    s.children(Table::Meilenstein, projektId, Table::Projekt, [&](QVariantMap &r) {
        dropForeign(r, ozgId, Table::Leistung);
        return true;
    });
    // A dependency between two milestones of the Themenfeld travels; one on a milestone of another stays in
    // the catalog (the package could not name the other milestone).
    s.children(Table::MeilensteinAbhaengigkeit, meilensteinId, Table::Meilenstein,
               [&](QVariantMap &r) { return s.has(Table::Meilenstein, r.value(haengtAbVon.toString())); });
    s.children(Table::Zahlung, projektId, Table::Projekt);
    s.children(Table::Kriterium, themenfeldId, Table::Themenfeld);
    s.children(Table::Bewertung, kriteriumId, Table::Kriterium, inLeistungen);
    s.children(Table::Stimme, kriteriumId, Table::Kriterium, inLeistungen);
    s.children(Table::Risiko, themenfeldId, Table::Themenfeld, [&](QVariantMap &r) {
        dropForeign(r, projektId, Table::Projekt);
        dropForeign(r, ozgId, Table::Leistung);
        return true;
    });
    const auto &k = table(Table::Kommentar);
    c.forEachRow(Table::Kommentar, [&](const QVariantList &values) {
        const auto commented = tableByName(values[k.indexOf(entityTable)].toString());
        if (!commented || !s.has(*commented, values[k.indexOf(entityKey)]))
            return;
        QVariantMap r;
        for (int i = 0; i < k.columns.size(); ++i)
            r.insert(k.columns[i].name, values[i]);
        s.add(Table::Kommentar, r);
    });
    return s;
}

QString displayPath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

ReviewPackageInfo createReviewPackage(Catalog &catalog, int themenfeldId, const QString &path)
{
    if (reviewPackageInfo(catalog))
        throw Error(exchange::Tr::tr(
                        "„%1“ ist selbst ein Workshop-Paket; ein Workshop-Paket entsteht aus einem Katalog.")
                        .arg(displayPath(catalog.path())));
    const auto themenfeld = catalog.row(Table::Themenfeld, themenfeldId);
    if (!themenfeld)
        throw Error(exchange::Tr::tr("Im Katalog „%1“ gibt es kein Themenfeld %2.")
                        .arg(displayPath(catalog.path()))
                        .arg(themenfeldId));
    const Selection rows = select(catalog, *themenfeld);
    const QByteArray key = packageKey(catalog);

    ReviewPackageInfo info;
    info.formatVersion = kReviewFormatVersion;
    info.originCatalogId = catalog.catalogId();
    info.baseRevision = catalog.revision();
    info.themenfeldId = themenfeldId;
    info.themenfeld = themenfeld->value(col::name.toString()).toString();
    info.createdAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    info.createdBy = catalog.author();
    info.keyId = keyId(key);
    Catalog::create(path, [&](Catalog &package) {
        for (const TableDef &def : tables())
            for (const QVariantMap &r : rows.rows(def.id))
                package.insertRaw(def.id, def.valuesOf(r));
        info.packageId = package.catalogId();
        const QString base = QString::fromUtf8(exportPlanJson(package));
        package.setMetaRaw(kFormat, QString::number(info.formatVersion));
        package.setMetaRaw(kOrigin, info.originCatalogId);
        package.setMetaRaw(kBaseRevision, QString::number(info.baseRevision));
        package.setMetaRaw(kThemenfeldId, QString::number(info.themenfeldId));
        package.setMetaRaw(kThemenfeld, info.themenfeld);
        package.setMetaRaw(kCreatedAt, info.createdAt);
        package.setMetaRaw(kCreatedBy, info.createdBy);
        package.setMetaRaw(kKeyId, info.keyId);
        package.setMetaRaw(kBase, base);
        package.setMetaRaw(kSeal, seal(key, info, base));
    });
    return info;
}

bool isReviewPackage(const Catalog &catalog)
{
    return !catalog.meta(kFormat).isEmpty();
}

std::optional<ReviewPackageInfo> reviewPackageInfo(const Catalog &catalog)
{
    const QString format = catalog.meta(kFormat);
    if (format.isEmpty())
        return std::nullopt;
    const auto damaged = [&](const QString &what) {
        return Error(exchange::Tr::tr(
                         "Das Workshop-Paket „%1“ ist beschädigt oder wurde außerhalb von Themenfeldplaner "
                         "verändert: %2.")
                         .arg(displayPath(catalog.path()), what));
    };
    const auto number = [&](const QString &key, qint64 min) {
        bool ok = false;
        const qint64 v = catalog.meta(key).toLongLong(&ok);
        if (!ok || v < min)
            throw damaged(exchange::Tr::tr("die Angabe „%1“ fehlt oder ist keine Zahl").arg(key));
        return v;
    };
    ReviewPackageInfo info;
    info.formatVersion = int(number(kFormat, 1));
    if (info.formatVersion > kReviewFormatVersion)
        throw Error(
            exchange::Tr::tr(
                "Das Workshop-Paket „%1“ hat die Formatversion %2, dieses Programm liest bis Version %3; "
                "bitte Themenfeldplaner aktualisieren.")
                .arg(displayPath(catalog.path()))
                .arg(info.formatVersion)
                .arg(kReviewFormatVersion));
    info.packageId = catalog.catalogId();
    info.originCatalogId = catalog.meta(kOrigin);
    info.baseRevision = number(kBaseRevision, 0);
    info.themenfeldId = int(number(kThemenfeldId, 1));
    info.themenfeld = catalog.meta(kThemenfeld);
    info.createdAt = catalog.meta(kCreatedAt);
    info.createdBy = catalog.meta(kCreatedBy);
    info.keyId = catalog.meta(kKeyId);
    if (info.originCatalogId.isEmpty() || info.createdAt.isEmpty())
        throw damaged(exchange::Tr::tr("die Herkunft fehlt"));
    return info;
}

namespace {

// What a package may bring at most, so that a hostile one is refused before the merge reads and compares it
// (a 50 MB note or 200,000 new comments took minutes and most of a gigabyte): no text longer than a long note
// that the catalog does not have already, and no more new rows in a table than a long workshop adds.
constexpr qint64 kMaxPackageText = 100000;
constexpr qint64 kMaxNewRows = 20000;

void checkBounds(const OpenedReviewPackage &p)
{
    const QLocale german(QLocale::German, QLocale::Germany);
    for (const TableDef &def : tables()) {
        const auto &base = p.base.rows(def.id);
        if (const qint64 added = p.catalog->count(def.id) - base.size(); added > kMaxNewRows)
            throw Error(
                exchange::Tr::tr(
                    "Das Workshop-Paket „%1“ bringt %2 neue Einträge in „%3“; ein Paket darf je Tabelle "
                    "höchstens %4 neue Einträge bringen. Es wird nicht übernommen.")
                    .arg(displayPath(p.path), german.toString(added), def.name,
                         german.toString(kMaxNewRows)));
        for (const Catalog::LongText &t : p.catalog->longTexts(def.id, kMaxPackageText, 64)) {
            // The catalog's own text, brought back unchanged, passes (SQLite counts characters, as toUcs4
            // does; the text itself is read only when the lengths match).
            const auto before = base.constFind(t.key);
            const QVariant was = before != base.cend() ? before->value(def.indexOf(t.column)) : QVariant();
            if (qint64(was.toString().toUcs4().size()) == t.length &&
                was == p.catalog->value(def.id, t.key, t.column))
                continue;
            throw Error(exchange::Tr::tr(
                            "Das Workshop-Paket „%1“ bringt in „%2“, Eintrag %3, Feld „%4“ einen Text mit %5 "
                            "Zeichen; ein Paket darf Texte mit höchstens %6 Zeichen bringen. Es wird nicht "
                            "übernommen.")
                            .arg(displayPath(p.path), def.name, QString::number(t.key), t.column,
                                 german.toString(t.length), german.toString(kMaxPackageText)));
        }
    }
}

} // namespace

OpenedReviewPackage openReviewPackage(const QString &path, const Catalog &origin)
{
    OpenedReviewPackage p;
    p.path = path;
    p.fileName = QFileInfo(path).fileName();
    // Read-only: a package is input from elsewhere, and the merge must leave it as it came.
    p.catalog = Catalog::open(path, Catalog::Access::ReadOnly);
    const auto info = reviewPackageInfo(*p.catalog);
    if (!info)
        throw Error(
            exchange::Tr::tr("„%1“ ist kein Workshop-Paket, sondern ein Katalog; ein Workshop-Paket erstellt "
                             "„tfp review-pack“.")
                .arg(displayPath(path)));
    p.info = *info;
    if (p.info.originCatalogId != origin.catalogId())
        throw Error(
            exchange::Tr::tr(
                "Das Workshop-Paket „%1“ stammt aus einem anderen Katalog (Kennung %2), nicht aus „%3“ "
                "(Kennung %4); es wird nicht übernommen.")
                .arg(displayPath(path), p.info.originCatalogId, displayPath(origin.path()),
                     origin.catalogId()));
    // A package the catalog took over already changes nothing (the merge says when); a catalog moved through
    // export-json knows it by its record, though not by its secret.
    const bool merged = !origin.meta(kMergedPackagePrefix.toString() + p.info.packageId).isEmpty();
    if (!merged && p.info.formatVersion < 2)
        throw Error(
            exchange::Tr::tr(
                "Das Workshop-Paket „%1“ hat das Format %2 einer älteren Version von Themenfeldplaner, "
                "das nicht mit dem Schlüssel seines Katalogs versiegelt ist, und wird nicht übernommen; "
                "bitte erstellen Sie ein neues Workshop-Paket.")
                .arg(displayPath(path))
                .arg(p.info.formatVersion));
    const QByteArray key = QByteArray::fromHex(origin.secret().toLatin1());
    if (!merged && (key.isEmpty() || keyId(key) != p.info.keyId))
        throw Error(
            exchange::Tr::tr(
                "Das Workshop-Paket „%1“ ist mit einem Schlüssel versiegelt, den der Katalog „%2“ nicht "
                "(mehr) hat, etwa weil er über export-json und import-json umgezogen ist; es kann nicht "
                "geprüft werden und wird nicht übernommen.")
                .arg(displayPath(path), displayPath(origin.path())));
    const QString base = p.catalog->meta(kBase);
    if (base.isEmpty() || (!merged && seal(key, p.info, base) != p.catalog->meta(kSeal)))
        throw Error(exchange::Tr::tr(
                        "Das Workshop-Paket „%1“ wurde manipuliert: das Siegel seiner Herkunft und seines "
                        "Ausgangsstands stimmt nicht.")
                        .arg(displayPath(path)));
    p.base = readPlanJson(base.toUtf8(), exchange::Tr::tr("%1 (Ausgangsstand)").arg(displayPath(path)));
    if (p.base.catalogId != p.info.packageId || !p.base.rows(Table::Themenfeld).contains(p.info.themenfeldId))
        throw Error(exchange::Tr::tr(
                        "Das Workshop-Paket „%1“ ist beschädigt oder wurde außerhalb von Themenfeldplaner "
                        "verändert: sein Ausgangsstand gehört nicht zu ihm.")
                        .arg(displayPath(path)));
    checkBounds(p);
    return p;
}

} // namespace tfp
