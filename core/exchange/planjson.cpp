#include "planjson.h"

#include "tr.h"

#include "edit/rowrules.h"
#include "error.h"
#include "exchange/reviewmerge.h"
#include "storage/catalog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QUuid>

#include <functional>

namespace tfp {

using namespace schema;

namespace {

const QString kFormat = u"themenfeldplaner-plan"_qs;

// The journal is no schema table (ChangeSets never edit it), but it travels in the document like one, so it
// is described the same way and goes through the same checks. Table::Count marks it as not in the schema.
const TableDef &journalDef()
{
    static const TableDef def = [] {
        auto column = [](QStringView name, Type type, std::optional<double> min = {}) {
            Column c{name.toString(), type, false, min, {}, {}, std::nullopt, {}};
            if (type == Type::Text)
                c.defaultValue = QStringLiteral("");
            return c;
        };
        return TableDef{
            Table::Count,
            u"journal"_qs,
            u"id"_qs,
            {},
            {column(u"id", Type::Integer, 1), column(u"revision", Type::Integer, 1),
             column(u"zeitpunkt", Type::Text), column(u"autor", Type::Text), column(u"quelle", Type::Text),
             column(u"beschreibung", Type::Text), column(u"entity_table", Type::Text),
             column(u"entity_key", Type::Integer), column(u"spalte", Type::Text), column(u"alt", Type::Text),
             column(u"neu", Type::Text), column(u"anmeldung", Type::Text), column(u"zeile", Type::Text)},
            {}};
    }();
    return def;
}

// In journalDef()'s column order.
QVariantList journalValues(const JournalEntry &e)
{
    return {e.id,  e.revision, e.zeitpunkt, e.autor, e.quelle,    e.beschreibung, e.table,
            e.key, e.column,   e.alt,       e.neu,   e.anmeldung, e.zeile};
}

JournalEntry journalEntry(const QVariantList &v)
{
    JournalEntry e;
    e.id = v[0].toLongLong();
    e.revision = v[1].toLongLong();
    e.zeitpunkt = v[2].toString();
    e.autor = v[3].toString();
    e.quelle = v[4].toString();
    e.beschreibung = v[5].toString();
    e.table = v[6].toString();
    e.key = v[7].toLongLong();
    e.column = v[8].toString();
    e.alt = v[9].toString();
    e.neu = v[10].toString();
    e.anmeldung = v[11].toString();
    e.zeile = v[12].toString();
    return e;
}

// --- writing

// Written by hand rather than through QJsonObject, which sorts keys: the document keeps the schema's order so
// that it reads like the tables and diffs stay small, one row per line.
class Writer
{
public:
    void string(const QString &s)
    {
        m_out += '"';
        for (const char ch : s.toUtf8()) {
            switch (ch) {
            case '"':
                m_out += "\\\"";
                break;
            case '\\':
                m_out += "\\\\";
                break;
            case '\n':
                m_out += "\\n";
                break;
            case '\r':
                m_out += "\\r";
                break;
            case '\t':
                m_out += "\\t";
                break;
            default:
                if (uchar(ch) < 0x20)
                    m_out += "\\u00" + QByteArray::number(uchar(ch), 16).rightJustified(2, '0');
                else
                    m_out += ch;
            }
        }
        m_out += '"';
    }

    // A top-level entry: a text or an integer.
    void field(const char *name, const QVariant &v)
    {
        m_out += "  \"" + QByteArray(name) + "\": ";
        if (v.typeId() == QMetaType::QString)
            string(v.toString());
        else
            m_out += QByteArray::number(v.toLongLong());
        m_out += ",\n";
    }

    void value(const Column &c, const QVariant &v)
    {
        if (v.isNull() || !v.isValid()) {
            m_out += "null";
            return;
        }
        switch (c.type) {
        case Type::Integer:
            m_out += QByteArray::number(v.toLongLong());
            return;
        case Type::Real: {
            // The shortest text that reads back as the same double: identical bytes after a round trip. A
            // whole number keeps its ".0" so that a reader sees the column holds reals.
            const QByteArray n = QByteArray::number(v.toDouble(), 'g', QLocale::FloatingPointShortest);
            m_out += n;
            if (!n.contains('.') && !n.contains('e'))
                m_out += ".0";
            return;
        }
        case Type::Bool:
            m_out += v.toLongLong() != 0 ? "true" : "false";
            return;
        case Type::Text:
        case Type::Date:
        case Type::DateTime:
        case Type::Enum:
            string(v.toString());
            return;
        }
    }

    void beginTable(const TableDef &def)
    {
        m_def = &def;
        m_rows = 0;
        m_out += "    ";
        string(def.name);
        m_out += ": [";
    }

    void row(const QVariantList &values)
    {
        m_out += m_rows++ ? ",\n      {" : "\n      {";
        for (int i = 0; i < m_def->columns.size(); ++i) {
            if (i)
                m_out += ", ";
            string(m_def->columns[i].name);
            m_out += ": ";
            value(m_def->columns[i], values.value(i));
        }
        m_out += '}';
    }

    void endTable(bool last)
    {
        if (m_rows)
            m_out += "\n    ";
        m_out += last ? "]\n" : "],\n";
    }

    QByteArray &out() { return m_out; }

private:
    QByteArray m_out;
    const TableDef *m_def = nullptr;
    qsizetype m_rows = 0;
};

// --- reading

// Empty when v has the JSON type the column needs, otherwise what was expected: a string where a number
// belongs is refused, not converted, and an empty string is no date or code.
QString typeMismatch(const Column &c, const QJsonValue &v)
{
    const bool text = v.isString() && !v.toString().isEmpty();
    QString expected;
    switch (c.type) {
    case Type::Integer:
        expected = v.isDouble() ? QString() : exchange::Tr::tr("eine ganze Zahl");
        break;
    case Type::Real:
        expected = v.isDouble() ? QString() : exchange::Tr::tr("eine Zahl");
        break;
    case Type::Bool:
        expected = v.isBool() ? QString() : exchange::Tr::tr("true oder false");
        break;
    case Type::Text:
        expected = v.isString() ? QString() : exchange::Tr::tr("ein Text");
        break;
    case Type::Date:
        expected = text ? QString() : exchange::Tr::tr("ein Datum als Text (JJJJ-MM-TT)");
        break;
    case Type::DateTime:
        expected = text ? QString() : exchange::Tr::tr("ein Zeitpunkt als Text (JJJJ-MM-TTThh:mm:ssZ)");
        break;
    case Type::Enum:
        expected = text ? QString() : exchange::Tr::tr("einer der Texte %1").arg(c.enumValues.join(u", "));
        break;
    }
    if (expected.isEmpty() || !c.nullable)
        return expected;
    return exchange::Tr::tr("%1 oder null").arg(expected);
}

QString foundKind(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return exchange::Tr::tr("null");
    case QJsonValue::Bool:
        return exchange::Tr::tr("ein Wahrheitswert");
    case QJsonValue::Double:
        return exchange::Tr::tr("eine Zahl");
    case QJsonValue::String:
        return v.toString().isEmpty() ? exchange::Tr::tr("ein leerer Text") : exchange::Tr::tr("ein Text");
    case QJsonValue::Array:
        return exchange::Tr::tr("eine Liste");
    case QJsonValue::Object:
        return exchange::Tr::tr("ein Objekt");
    case QJsonValue::Undefined:
        break;
    }
    return exchange::Tr::tr("nichts");
}

// Where the checked rows of a document go: a catalog being created (importPlanJson) or memory (readPlanJson).
struct Sink
{
    std::function<void(const TableDef &, const QVariantList &, const QString &path)> row;
    std::function<void(const JournalEntry &)> journal;
    std::function<void(const QString &catalogId, qint64 revision)> identity;
    std::function<void(const QString &packageId, const QString &record)> mergedPackage;
};

class Importer
{
public:
    Importer(Sink sink, QString source) : m_sink(std::move(sink)), m_source(std::move(source)) {}

    void run(const QByteArray &json)
    {
        const QJsonObject top = parse(json);
        const QString catalogId = readHeader(top);
        const QJsonValue tablesValue = top.value(u"tables");
        if (!tablesValue.isObject())
            fail(u"tables"_qs,
                 exchange::Tr::tr("erwartet wird ein Objekt mit den Tabellen, gefunden wurde %1")
                     .arg(foundKind(tablesValue)));
        const QJsonObject tablesObject = tablesValue.toObject();
        for (auto it = tablesObject.begin(); it != tablesObject.end(); ++it)
            if (!tableByName(it.key()) && it.key() != journalDef().name)
                fail(u"tables"_qs, exchange::Tr::tr("unbekannte Tabelle „%1“").arg(it.key()));
            else if (const auto t = tableByName(it.key()); t && table(*t).since > m_schemaVersion)
                fail(u"tables"_qs, exchange::Tr::tr("die Tabelle „%1“ gibt es erst ab Schemaversion %2")
                                       .arg(it.key())
                                       .arg(table(*t).since));

        for (const TableDef &def : tables())
            readTable(
                def, tablesObject.value(def.name),
                [&](const QVariantList &values, const QString &path) { m_sink.row(def, values, path); });
        readTable(journalDef(), tablesObject.value(journalDef().name),
                  [&](const QVariantList &values, const QString &path) {
                      const JournalEntry e = journalEntry(values);
                      checkJournal(e, path);
                      m_sink.journal(e);
                  });
        readMergedPackages(top.value(u"merged_packages"));
        m_sink.identity(catalogId, m_revision);
    }

private:
    QJsonObject parse(const QByteArray &json) const
    {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            const qsizetype line = json.left(parseError.offset).count('\n') + 1;
            throw Error(exchange::Tr::tr("„%1“, Zeile %2: kein gültiges JSON (%3).")
                            .arg(m_source)
                            .arg(line)
                            .arg(parseError.errorString()));
        }
        if (!doc.isObject())
            fail({}, exchange::Tr::tr("erwartet wird ein JSON-Objekt mit einem Plan von Themenfeldplaner"));
        return doc.object();
    }

    // Checks everything outside "tables"; returns the catalog id and sets m_revision.
    QString readHeader(const QJsonObject &top)
    {
        // Format and versions first: a newer document should say so rather than trip over its new fields.
        if (top.value(u"format") != kFormat)
            fail(u"format"_qs,
                 exchange::Tr::tr("erwartet wird „%1“; die Datei ist kein Plan von Themenfeldplaner")
                     .arg(kFormat));
        const qint64 formatVersion = topInteger(top, u"format_version", 1);
        if (formatVersion > kPlanJsonFormatVersion)
            fail(u"format_version"_qs,
                 exchange::Tr::tr("die Datei hat die Formatversion %1, dieses Programm liest bis Version %2; "
                                  "bitte Themenfeldplaner aktualisieren")
                     .arg(formatVersion)
                     .arg(kPlanJsonFormatVersion));
        // A plan of an older schema reads as it is: the tables added since have no rows in it.
        const qint64 schemaVersion = topInteger(top, u"schema_version", 1);
        if (schemaVersion < 1 || schemaVersion > kVersion)
            fail(u"schema_version"_qs,
                 exchange::Tr::tr(
                     "die Datei stammt aus einem Katalog mit Schemaversion %1, erwartet wird 1 bis %2")
                     .arg(schemaVersion)
                     .arg(kVersion));
        m_schemaVersion = int(schemaVersion);
        static const QStringList known{u"format"_qs,         u"format_version"_qs, u"schema_version"_qs,
                                       u"catalog_id"_qs,     u"revision"_qs,       u"tables"_qs,
                                       u"merged_packages"_qs};
        for (auto it = top.begin(); it != top.end(); ++it)
            if (!known.contains(it.key()))
                fail({}, exchange::Tr::tr("unbekannter Eintrag „%1“").arg(it.key()));

        const QString catalogId = top.value(u"catalog_id").toString();
        if (const QUuid uuid = QUuid::fromString(catalogId);
            uuid.isNull() || uuid.toString(QUuid::WithoutBraces) != catalogId)
            fail(u"catalog_id"_qs, exchange::Tr::tr("erwartet wird eine Katalogkennung (UUID wie „%1“)")
                                       .arg(u"0f8fad5b-d9cb-469f-a165-70867728950e"_qs));
        m_revision = topInteger(top, u"revision", 0);
        return catalogId;
    }

    // The workshop packages merged into the catalog, so that merging one again still changes nothing.
    void readMergedPackages(const QJsonValue &value)
    {
        if (value.isUndefined())
            return; // format version 1, or a catalog without merges
        if (!value.isObject())
            fail(u"merged_packages"_qs,
                 exchange::Tr::tr("erwartet wird ein Objekt, gefunden wurde %1").arg(foundKind(value)));
        const QJsonObject merged = value.toObject();
        for (auto it = merged.begin(); it != merged.end(); ++it) {
            const QString path = u"merged_packages.%1"_qs.arg(it.key());
            const QUuid id = QUuid::fromString(it.key());
            if (id.isNull() || id.toString(QUuid::WithoutBraces) != it.key())
                fail(path, exchange::Tr::tr(
                               "erwartet wird als Schlüssel die Kennung eines Workshop-Pakets (UUID)"));
            const QJsonObject record = QJsonDocument::fromJson(it.value().toString().toUtf8()).object();
            const bool valid =
                it.value().isString() && record.value(u"datei").isString() &&
                QDateTime::fromString(record.value(u"zeitpunkt").toString(), Qt::ISODate).isValid() &&
                record.value(u"paket_revision").isDouble() && record.value(u"basis_revision").isDouble();
            if (!valid)
                fail(path,
                     exchange::Tr::tr("erwartet wird ein Text mit dem Übernahme-Vermerk (datei, zeitpunkt, "
                                      "paket_revision, basis_revision)"));
            m_sink.mergedPackage(it.key(), it.value().toString());
        }
    }

    [[noreturn]] void fail(const QString &path, QString what) const
    {
        if (what.endsWith(u'.')) // a message from the catalog is a sentence already
            what.chop(1);
        if (path.isEmpty())
            throw Error(exchange::Tr::tr("„%1“: %2.").arg(m_source, what));
        throw Error(exchange::Tr::tr("„%1“, %2: %3.").arg(m_source, path, what));
    }

    qint64 topInteger(const QJsonObject &top, QStringView name, double min) const
    {
        const Column c{name.toString(), Type::Integer, false, min, {}, {}, std::nullopt, {}};
        return checked(c, top.value(name), c.name).toLongLong();
    }

    // The JSON type must match the column's exactly; then the schema's own check decides range, code and
    // date.
    QVariant checked(const Column &c, const QJsonValue &v, const QString &path) const
    {
        QVariant raw = c.defaultValue;
        if (v.isNull()) {
            raw = QVariant();
        } else if (!v.isUndefined()) {
            if (const QString expected = typeMismatch(c, v); !expected.isEmpty())
                fail(path,
                     exchange::Tr::tr("erwartet wird %1, gefunden wurde %2").arg(expected, foundKind(v)));
            raw = v.toVariant();
        }
        const Checked r = check(c, raw);
        if (!r.ok())
            fail(path, r.error);
        return r.value;
    }

    void readTable(const TableDef &def, const QJsonValue &value,
                   const std::function<void(const QVariantList &, const QString &)> &insert)
    {
        const QString path = u"tables."_qs + def.name;
        if (value.isUndefined())
            return; // a table the document leaves out is empty
        if (!value.isArray())
            fail(path, exchange::Tr::tr("erwartet wird eine Liste von Zeilen, gefunden wurde %1")
                           .arg(foundKind(value)));
        const QJsonArray rows = value.toArray();
        QHash<qint64, qsizetype> &keys = m_keys[def.name];
        const int keyIndex = def.indexOf(def.key);
        for (qsizetype i = 0; i < rows.size(); ++i) {
            QString rowPath = u"%1[%2]"_qs.arg(path).arg(i);
            if (!rows[i].isObject())
                fail(rowPath, exchange::Tr::tr(
                                  "erwartet wird ein Objekt mit den Feldern einer Zeile, gefunden wurde %1")
                                  .arg(foundKind(rows[i])));
            const QJsonObject row = rows[i].toObject();
            const QVariant key = row.value(def.key).toVariant();
            if (key.typeId() == QMetaType::LongLong)
                rowPath += u" (%1 %2)"_qs.arg(def.key).arg(key.toLongLong());
            for (auto it = row.begin(); it != row.end(); ++it)
                if (!def.hasColumn(it.key()))
                    fail(rowPath, exchange::Tr::tr("unbekanntes Feld „%1“").arg(it.key()));
            QVariantList values;
            values.reserve(def.columns.size());
            for (const Column &c : def.columns) {
                const QString fieldPath = rowPath + u'.' + c.name;
                const QVariant v = checked(c, row.value(c.name), fieldPath);
                if (c.references && !v.isNull() &&
                    !m_keys.value(table(*c.references).name).contains(v.toLongLong()))
                    fail(fieldPath,
                         exchange::Tr::tr("verweist auf %1 %2, diesen Eintrag gibt es im Dokument nicht")
                             .arg(table(*c.references).name)
                             .arg(v.toLongLong()));
                values.append(v);
            }
            const qint64 k = values[keyIndex].toLongLong();
            if (const auto seen = keys.constFind(k); seen != keys.cend())
                fail(rowPath,
                     exchange::Tr::tr("der Schlüssel %1 steht schon in %2[%3]").arg(k).arg(path).arg(*seen));
            keys.insert(k, i);
            try {
                insert(values, rowPath);
            } catch (const Error &e) {
                fail(rowPath, e.message());
            }
        }
    }

    void checkJournal(const JournalEntry &e, const QString &path) const
    {
        if (e.revision > m_revision)
            fail(path + u".revision"_qs,
                 exchange::Tr::tr("erwartet wird eine Revision bis %1 (die Revision des Katalogs)")
                     .arg(m_revision));
        if (!QDateTime::fromString(e.zeitpunkt, Qt::ISODate).isValid())
            fail(path + u".zeitpunkt"_qs,
                 exchange::Tr::tr("erwartet wird ein Zeitpunkt (JJJJ-MM-TTThh:mm:ss.zzzZ)"));
        const auto t = tableByName(e.table);
        if (!t)
            fail(path + u".entity_table"_qs, exchange::Tr::tr("unbekannte Tabelle „%1“").arg(e.table));
        if (!e.column.isEmpty() && !table(*t).hasColumn(e.column))
            fail(path + u".spalte"_qs,
                 exchange::Tr::tr("die Tabelle „%1“ hat kein Feld „%2“").arg(e.table, e.column));
    }

    Sink m_sink;
    QString m_source;
    qint64 m_revision = 0;
    int m_schemaVersion = schema::kVersion;
    QHash<QString, QHash<qint64, qsizetype>> m_keys; // per table: key → index in the document's list
};

} // namespace

QByteArray exportPlanJson(const Catalog &catalog)
{
    Writer w;
    QByteArray &out = w.out();
    out += "{\n";
    w.field("format", kFormat);
    w.field("format_version", kPlanJsonFormatVersion);
    w.field("schema_version", kVersion);
    w.field("catalog_id", catalog.catalogId());
    w.field("revision", catalog.revision());
    out += "  \"merged_packages\": {";
    const auto merged = catalog.metaWithPrefix(kMergedPackagePrefix.toString());
    for (qsizetype i = 0; i < merged.size(); ++i) {
        out += i ? ",\n    " : "\n    ";
        w.string(merged[i].first.mid(kMergedPackagePrefix.size()));
        out += ": ";
        w.string(merged[i].second);
    }
    out += merged.isEmpty() ? "},\n" : "\n  },\n";
    out += "  \"tables\": {\n";
    for (const TableDef &def : tables()) {
        w.beginTable(def);
        catalog.forEachRow(def.id, [&](const QVariantList &values) { w.row(values); });
        w.endTable(false);
    }
    w.beginTable(journalDef());
    for (const JournalEntry &e : catalog.journal(0))
        w.row(journalValues(e));
    w.endTable(true);
    out += "  }\n}\n";
    return out;
}

void importPlanJson(Catalog &target, const QByteArray &json, const QString &sourceName)
{
    QList<std::tuple<Table, qint64, QString>> rows; // what was written, with its place in the document
    Sink sink{[&](const TableDef &def, const QVariantList &values, const QString &path) {
                  target.insertRaw(def.id, values);
                  rows.append({def.id, values[0].toLongLong(), path});
              },
              [&](const JournalEntry &e) { target.insertJournalRaw(e); },
              [&](const QString &id, qint64 revision) { target.setIdentityRaw(id, revision); },
              [&](const QString &packageId, const QString &record) {
                  target.setMetaRaw(kMergedPackagePrefix.toString() + packageId, record);
              }};
    Importer(std::move(sink), sourceName).run(json);
    // Every value meets the rules of an edit in the app, read on the whole plan; children first, so that a
    // milestone reached before its project's start is named at the milestone.
    std::stable_sort(rows.begin(), rows.end(),
                     [](const auto &a, const auto &b) { return std::get<0>(a) > std::get<0>(b); });
    for (const auto &[t, key, path] : std::as_const(rows)) {
        if (const auto refused = edit::checkRow(target, t, key)) {
            QString why = refused->message;
            if (why.endsWith(u'.'))
                why.chop(1);
            throw Error(
                exchange::Tr::tr("„%1“, %2: %3.").arg(sourceName, path + u'.' + refused->column, why));
        }
    }
}

PlanRows readPlanJson(const QByteArray &json, const QString &sourceName)
{
    PlanRows rows;
    rows.tables.resize(qsizetype(Table::Count));
    Sink sink{[&](const TableDef &def, const QVariantList &values, const QString &) {
                  rows.tables[qsizetype(def.id)].insert(values.value(def.indexOf(def.key)).toLongLong(),
                                                        values);
              },
              [&](const JournalEntry &e) { rows.journal.append(e); },
              [&](const QString &id, qint64 revision) {
                  rows.catalogId = id;
                  rows.revision = revision;
              },
              [&](const QString &packageId, const QString &record) {
                  rows.mergedPackages.insert(packageId, record);
              }};
    Importer(std::move(sink), sourceName).run(json);
    return rows;
}

} // namespace tfp
