// The readers of core/storage/planrows.h: one per table, mapping a row in schema column order to its value
// type.
#include "planrows.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlDriver>

#include <libpq-fe.h>

#include <cctype>
#include <charconv>

namespace tfp::planrows {

namespace {

// The connection's SQLite or libpq handle; the other stays null.
void handleOf(const QString &connection, sqlite3 *&sqlite, pg_conn *&pg)
{
    const QVariant h = QSqlDatabase::database(connection, false).driver()->handle();
    if (h.isValid() && qstrcmp(h.typeName(), "sqlite3*") == 0)
        sqlite = *static_cast<sqlite3 *const *>(h.constData());
    else if (h.isValid() && qstrcmp(h.typeName(), "pg_conn*") == 0)
        pg = *static_cast<pg_conn *const *>(h.constData());
    if (!sqlite && !pg)
        throw Error(QCoreApplication::translate("tfp::Catalog",
                                                "Interner Fehler: die Verbindung „%1“ ist keine offene "
                                                "Verbindung zu einem Katalog.")
                        .arg(connection));
}

// libpq numbers its parameters ($1, $2, …) where the statements of sqldialect write ?. Text in quotes is
// left as it is.
QByteArray numberedParameters(const QString &select)
{
    QByteArray out;
    const QByteArray text = select.toUtf8();
    out.reserve(text.size() + 16);
    bool quoted = false;
    int n = 0;
    for (const char ch : text) {
        if (ch == '\'')
            quoted = !quoted;
        if (ch == '?' && !quoted)
            out += '$' + QByteArray::number(++n);
        else
            out += ch;
    }
    return out;
}

template <typename T> T parsed(const char *s, int size)
{
    T value{};
    if (s)
        std::from_chars(s, s + size, value);
    return value;
}

// Four digits, '-', two, '-', two, as QDate::fromString(…, Qt::ISODate) reads them (it allows a time after).
QDate isoDate(const unsigned char *s, int n)
{
    if (!s || n < 10 || s[4] != '-' || s[7] != '-' || (n > 10 && std::isdigit(s[10])))
        return {};
    const auto digits = [s](int from, int count, int &out) {
        out = 0;
        for (int i = from; i < from + count; ++i) {
            if (!std::isdigit(s[i]))
                return false;
            out = out * 10 + (s[i] - '0');
        }
        return true;
    };
    int y = 0, m = 0, d = 0;
    if (!digits(0, 4, y) || !digits(5, 2, m) || !digits(8, 2, d))
        return {};
    return QDate(y, m, d);
}

} // namespace

QString StringPool::get(const char *utf8, int size)
{
    // fromRawData: looking up copies nothing; only a new value is copied, once as key and once as text.
    if (const auto it = m_strings.constFind(QByteArray::fromRawData(utf8, size)); it != m_strings.cend())
        return *it;
    QString text = QString::fromUtf8(utf8, size);
    m_strings.insert(QByteArray(utf8, size), text);
    return text;
}

Rows::Rows(const QString &connection, Table t, const QString &select, const QVariantList &binds)
    : m_def(t == Table::Count ? nullptr : &table(t))
{
    pg_conn *pg = nullptr;
    handleOf(connection, m_db, pg);
    if (pg) {
        QList<QByteArray> values;
        QList<const char *> pointers;
        for (const QVariant &b : binds) {
            if (b.isNull())
                values.append(QByteArray());
            else if (b.typeId() == QMetaType::Double)
                values.append(QByteArray::number(b.toDouble(), 'g', 17));
            else if (b.typeId() == QMetaType::QString)
                values.append(b.toString().toUtf8());
            else
                values.append(QByteArray::number(b.toLongLong()));
        }
        for (qsizetype i = 0; i < binds.size(); ++i)
            pointers.append(binds[i].isNull() ? nullptr : values[i].constData());
        m_pg = PQexecParams(pg, numberedParameters(select).constData(), int(pointers.size()), nullptr,
                            pointers.constData(), nullptr, nullptr, 0);
        if (PQresultStatus(m_pg) != PGRES_TUPLES_OK) {
            const QString message = QString::fromUtf8(PQresultErrorMessage(m_pg)).trimmed();
            PQclear(m_pg);
            throw Error(message.isEmpty() ? QString::fromUtf8(PQerrorMessage(pg)).trimmed() : message);
        }
        m_pgRows = PQntuples(m_pg);
        return;
    }
    const QByteArray text = select.toUtf8();
    if (sqlite3_prepare_v2(m_db, text.constData(), int(text.size()), &m_stmt, nullptr) != SQLITE_OK)
        throw Error(QString::fromUtf8(sqlite3_errmsg(m_db)));
    int i = 0;
    for (const QVariant &b : binds) {
        ++i;
        int rc = SQLITE_OK;
        if (b.isNull())
            rc = sqlite3_bind_null(m_stmt, i);
        else if (b.typeId() == QMetaType::QString) {
            const QByteArray u = b.toString().toUtf8();
            rc = sqlite3_bind_text(m_stmt, i, u.constData(), int(u.size()), SQLITE_TRANSIENT);
        } else if (b.typeId() == QMetaType::Double)
            rc = sqlite3_bind_double(m_stmt, i, b.toDouble());
        else
            rc = sqlite3_bind_int64(m_stmt, i, b.toLongLong());
        if (rc != SQLITE_OK) {
            const QString message = QString::fromUtf8(sqlite3_errmsg(m_db));
            sqlite3_finalize(m_stmt);
            throw Error(message);
        }
    }
}

Rows::~Rows()
{
    if (m_pg)
        PQclear(m_pg);
    else
        sqlite3_finalize(m_stmt);
}

bool Rows::next()
{
    if (m_pg)
        return ++m_pgRow < m_pgRows;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    throw Error(QString::fromUtf8(sqlite3_errmsg(m_db)));
}

const char *Rows::cell(int i, int &size) const
{
    if (m_pg) {
        if (PQgetisnull(m_pg, m_pgRow, i)) {
            size = 0;
            return nullptr;
        }
        size = PQgetlength(m_pg, m_pgRow, i);
        return PQgetvalue(m_pg, m_pgRow, i);
    }
    const auto *s = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, i));
    size = s ? sqlite3_column_bytes(m_stmt, i) : 0;
    return s;
}

bool Rows::isNull(int i) const
{
    if (m_pg)
        return PQgetisnull(m_pg, m_pgRow, i);
    return sqlite3_column_type(m_stmt, i) == SQLITE_NULL;
}

qint64 Rows::i64(int i) const
{
    if (m_pg) {
        int size = 0;
        const char *s = cell(i, size);
        return parsed<qint64>(s, size);
    }
    return sqlite3_column_int64(m_stmt, i);
}

double Rows::dbl(int i) const
{
    if (m_pg) {
        int size = 0;
        const char *s = cell(i, size);
        return parsed<double>(s, size);
    }
    return sqlite3_column_double(m_stmt, i);
}

QString Rows::str(int i) const
{
    int size = 0;
    const char *s = cell(i, size);
    if (!s)
        return {};
    return m_strings.get(s, size);
}

QDate Rows::date(int i) const
{
    int size = 0;
    const char *s = cell(i, size);
    return isoDate(reinterpret_cast<const unsigned char *>(s), size);
}

int Rows::enumIndex(int i, QStringView column) const
{
    // The codes are ASCII (schema.cpp): compared as bytes, without making a QString of the cell.
    int size = 0;
    const char *s = cell(i, size);
    if (!s || !m_def)
        return 0;
    const QLatin1StringView cell(s, size);
    const QStringList &codes = m_def->column(column).enumValues;
    for (int k = 0; k < codes.size(); ++k)
        if (codes[k] == cell)
            return k;
    return 0;
}

// Column positions are fixed by the schema, so each reader resolves them once.
#define TFP_IDX(var, t, c) static const int var = table(Table::t).indexOf(col::c)

template <typename R> Themenfeld read(const R &r, std::type_identity<Themenfeld>)
{
    TFP_IDX(iId, Themenfeld, id);
    TFP_IDX(iName, Themenfeld, name);
    TFP_IDX(iSort, Themenfeld, sortOrder);
    TFP_IDX(iH, Themenfeld, schwelleHoechste);
    TFP_IDX(iHo, Themenfeld, schwelleHohe);
    TFP_IDX(iM, Themenfeld, schwelleMittlere);
    TFP_IDX(iK, Themenfeld, wellenKapazitaet);
    TFP_IDX(iKa, Themenfeld, wellenKapazitaetArt);
    TFP_IDX(iN, Themenfeld, notes);
    return {r.i32(iId),
            r.str(iName),
            r.i32(iSort),
            r.dbl(iH),
            r.dbl(iHo),
            r.dbl(iM),
            r.template opt<int>(iK),
            r.template en<KapazitaetArt>(iKa, col::wellenKapazitaetArt),
            r.str(iN)};
}

template <typename R> Lage read(const R &r, std::type_identity<Lage>)
{
    TFP_IDX(iId, Lage, id);
    TFP_IDX(iT, Lage, themenfeldId);
    TFP_IDX(iName, Lage, name);
    TFP_IDX(iArt, Lage, art);
    return {r.i32(iId), r.i32(iT), r.str(iName), r.template en<LageArt>(iArt, col::art)};
}

template <typename R> Leistung read(const R &r, std::type_identity<Leistung>)
{
    TFP_IDX(iId, Leistung, ozgId);
    TFP_IDX(iL, Leistung, lageId);
    TFP_IDX(iName, Leistung, name);
    TFP_IDX(iS, Leistung, status);
    TFP_IDX(iRi, Leistung, reifegradIst);
    TFP_IDX(iRz, Leistung, reifegradZiel);
    TFP_IDX(iRm, Leistung, reifegradModell);
    TFP_IDX(iF, Leistung, flaechendeckung);
    TFP_IDX(iG, Leistung, goLive);
    TFP_IDX(iFa, Leistung, flaechendeckendAm);
    TFP_IDX(iNa, Leistung, nachfrage);
    TFP_IDX(iA, Leistung, aufwandPt);
    TFP_IDX(iR, Leistung, rechtsaenderung);
    TFP_IDX(iW, Leistung, welleFix);
    TFP_IDX(iN, Leistung, notes);
    Leistung l;
    l.ozgId = r.i32(iId);
    l.lageId = r.i32(iL);
    l.name = r.str(iName);
    l.status = r.template en<Status>(iS, col::status);
    l.reifegradIst = r.template opt<int>(iRi);
    l.reifegradZiel = r.template opt<int>(iRz);
    l.modell = r.template en<ReifegradModell>(iRm, col::reifegradModell);
    l.flaechendeckung = r.template en<Flaechendeckung>(iF, col::flaechendeckung);
    l.goLive = r.date(iG);
    l.flaechendeckendAm = r.date(iFa);
    l.nachfrage = r.template opt<qint64>(iNa);
    l.aufwandPt = r.template opt<double>(iA);
    l.rechtsaenderung = r.str(iR);
    l.welleFix = r.template opt<int>(iW);
    l.notes = r.str(iN);
    return l;
}

template <typename R> LeikaLeistung read(const R &r, std::type_identity<LeikaLeistung>)
{
    TFP_IDX(iId, Leika, id);
    TFP_IDX(iS, Leika, schluessel);
    TFP_IDX(iB, Leika, bezeichnung);
    TFP_IDX(iT, Leika, typ);
    TFP_IDX(iR, Leika, rechtsgrundlage);
    TFP_IDX(iG, Leika, gesetze);
    TFP_IDX(iK, Leika, gesetzeskuerzel);
    TFP_IDX(i1, Leika, sdg1);
    TFP_IDX(i2, Leika, sdg2);
    TFP_IDX(iO, Leika, ozgId);
    return {r.i64(iId), r.str(iS), r.str(iB),      r.str(iT),      r.str(iR),
            r.str(iG),  r.str(iK), r.i32(i1) != 0, r.i32(i2) != 0, r.template opt<int>(iO)};
}

template <typename R> Abhaengigkeit read(const R &r, std::type_identity<Abhaengigkeit>)
{
    TFP_IDX(iId, Abhaengigkeit, id);
    TFP_IDX(iO, Abhaengigkeit, ozgId);
    TFP_IDX(iH, Abhaengigkeit, haengtAbVon);
    TFP_IDX(iN, Abhaengigkeit, notes);
    return {r.i64(iId), r.i32(iO), r.i32(iH), r.str(iN)};
}

template <typename R> MeilensteinAbhaengigkeit read(const R &r, std::type_identity<MeilensteinAbhaengigkeit>)
{
    TFP_IDX(iId, MeilensteinAbhaengigkeit, id);
    TFP_IDX(iM, MeilensteinAbhaengigkeit, meilensteinId);
    TFP_IDX(iH, MeilensteinAbhaengigkeit, haengtAbVon);
    TFP_IDX(iA, MeilensteinAbhaengigkeit, abstandTage);
    TFP_IDX(iN, MeilensteinAbhaengigkeit, notes);
    return {r.i64(iId), r.i64(iM), r.i64(iH), r.i32(iA), r.str(iN)};
}

template <typename R> Beteiligter read(const R &r, std::type_identity<Beteiligter>)
{
    TFP_IDX(iId, Beteiligter, id);
    TFP_IDX(iK, Beteiligter, kuerzel);
    TFP_IDX(iN, Beteiligter, name);
    TFP_IDX(iA, Beteiligter, art);
    return {r.i32(iId), r.str(iK), r.str(iN), r.template en<BeteiligterArt>(iA, col::art)};
}

template <typename R> Federfuehrung read(const R &r, std::type_identity<Federfuehrung>)
{
    TFP_IDX(iId, Federfuehrung, id);
    TFP_IDX(iT, Federfuehrung, themenfeldId);
    TFP_IDX(iB, Federfuehrung, beteiligterId);
    TFP_IDX(iR, Federfuehrung, rolle);
    TFP_IDX(iK, Federfuehrung, kontakt);
    TFP_IDX(iS, Federfuehrung, sortOrder);
    return {r.i64(iId), r.i32(iT), r.i32(iB), r.template en<Rolle>(iR, col::rolle), r.str(iK), r.i32(iS)};
}

template <typename R> Projekt read(const R &r, std::type_identity<Projekt>)
{
    TFP_IDX(iId, Projekt, id);
    TFP_IDX(iT, Projekt, themenfeldId);
    TFP_IDX(iN, Projekt, name);
    TFP_IDX(iK, Projekt, koordinationId);
    TFP_IDX(iE, Projekt, efaModell);
    TFP_IDX(iP, Projekt, phase);
    TFP_IDX(iS, Projekt, start);
    TFP_IDX(iEn, Projekt, ende);
    TFP_IDX(iB, Projekt, budgetCent);
    TFP_IDX(iNo, Projekt, notes);
    return {r.i64(iId),
            r.i32(iT),
            r.str(iN),
            r.template opt<int>(iK),
            r.template en<EfaModell>(iE, col::efaModell),
            r.template en<Phase>(iP, col::phase),
            r.date(iS),
            r.date(iEn),
            r.template opt<qint64>(iB),
            r.str(iNo),
            {}};
}

template <typename R> Nachnutzung read(const R &r, std::type_identity<Nachnutzung>)
{
    TFP_IDX(iId, Nachnutzung, id);
    TFP_IDX(iP, Nachnutzung, projektId);
    TFP_IDX(iL, Nachnutzung, landId);
    TFP_IDX(iS, Nachnutzung, stand);
    TFP_IDX(iD, Nachnutzung, datum);
    return {r.i64(iId), r.i64(iP), r.i32(iL), r.template en<NachnutzungStand>(iS, col::stand), r.date(iD)};
}

template <typename R> Meilenstein read(const R &r, std::type_identity<Meilenstein>)
{
    TFP_IDX(iId, Meilenstein, id);
    TFP_IDX(iP, Meilenstein, projektId);
    TFP_IDX(iPh, Meilenstein, phase);
    TFP_IDX(iT, Meilenstein, titel);
    TFP_IDX(iG, Meilenstein, geplant);
    TFP_IDX(iI, Meilenstein, ist);
    TFP_IDX(iAd, Meilenstein, abnahmeDurch);
    TFP_IDX(iAa, Meilenstein, abnahmeAm);
    TFP_IDX(iO, Meilenstein, ozgId);
    TFP_IDX(iS, Meilenstein, sortOrder);
    return {r.i64(iId),
            r.i64(iP),
            r.template en<Phase>(iPh, col::phase),
            r.str(iT),
            r.date(iG),
            r.date(iI),
            r.template opt<int>(iAd),
            r.date(iAa),
            r.template opt<int>(iO),
            r.i32(iS)};
}

template <typename R> Zahlung read(const R &r, std::type_identity<Zahlung>)
{
    TFP_IDX(iId, Zahlung, id);
    TFP_IDX(iP, Zahlung, projektId);
    TFP_IDX(iJ, Zahlung, jahr);
    TFP_IDX(iQ, Zahlung, quartal);
    TFP_IDX(iPl, Zahlung, planCent);
    TFP_IDX(iI, Zahlung, istCent);
    TFP_IDX(iPt, Zahlung, personentage);
    return {r.i64(iId),
            r.i64(iP),
            r.i32(iJ),
            r.i32(iQ),
            r.i64(iPl),
            r.template opt<qint64>(iI),
            r.template opt<double>(iPt)};
}

template <typename R> Onlinedienst read(const R &r, std::type_identity<Onlinedienst>)
{
    TFP_IDX(iId, Onlinedienst, id);
    TFP_IDX(iN, Onlinedienst, name);
    TFP_IDX(iA, Onlinedienst, anbieter);
    TFP_IDX(iU, Onlinedienst, url);
    TFP_IDX(iNo, Onlinedienst, notes);
    return {r.i64(iId), r.str(iN), r.str(iA), r.str(iU), r.str(iNo), {}, {}};
}

template <typename R> Kriterium read(const R &r, std::type_identity<Kriterium>)
{
    TFP_IDX(iId, Kriterium, id);
    TFP_IDX(iT, Kriterium, themenfeldId);
    TFP_IDX(iN, Kriterium, name);
    TFP_IDX(iG, Kriterium, gewicht);
    TFP_IDX(iS, Kriterium, sortOrder);
    return {r.i64(iId), r.i32(iT), r.str(iN), r.dbl(iG), r.i32(iS)};
}

template <typename R> Bewertung read(const R &r, std::type_identity<Bewertung>)
{
    TFP_IDX(iId, Bewertung, id);
    TFP_IDX(iK, Bewertung, kriteriumId);
    TFP_IDX(iO, Bewertung, ozgId);
    TFP_IDX(iW, Bewertung, wert);
    return {r.i64(iId), r.i64(iK), r.i32(iO), r.i32(iW)};
}

template <typename R> Stimme read(const R &r, std::type_identity<Stimme>)
{
    TFP_IDX(iId, Stimme, id);
    TFP_IDX(iK, Stimme, kriteriumId);
    TFP_IDX(iO, Stimme, ozgId);
    TFP_IDX(iT, Stimme, teilnehmer);
    TFP_IDX(iW, Stimme, wert);
    TFP_IDX(iWs, Stimme, workshop);
    TFP_IDX(iD, Stimme, datum);
    return {r.i64(iId), r.i64(iK), r.i32(iO), r.str(iT), r.i32(iW), r.str(iWs), r.date(iD)};
}

template <typename R> Risiko read(const R &r, std::type_identity<Risiko>)
{
    TFP_IDX(iId, Risiko, id);
    TFP_IDX(iT, Risiko, themenfeldId);
    TFP_IDX(iP, Risiko, projektId);
    TFP_IDX(iO, Risiko, ozgId);
    TFP_IDX(iA, Risiko, art);
    TFP_IDX(iB, Risiko, beschreibung);
    TFP_IDX(iM, Risiko, massnahme);
    TFP_IDX(iE, Risiko, einstufung);
    return {r.i64(iId),
            r.i32(iT),
            r.template opt<qint64>(iP),
            r.template opt<int>(iO),
            r.template en<RisikoArt>(iA, col::art),
            r.str(iB),
            r.str(iM),
            r.template en<Einstufung>(iE, col::einstufung)};
}

#undef TFP_IDX

// Both row sources: the catalog (Rows) and values in memory (ValueRow).
#define TFP_READ(T)                                                                                          \
    template T read(const Rows &, std::type_identity<T>);                                                    \
    template T read(const ValueRow &, std::type_identity<T>);
TFP_READ(Themenfeld)
TFP_READ(Lage)
TFP_READ(Leistung)
TFP_READ(LeikaLeistung)
TFP_READ(Abhaengigkeit)
TFP_READ(Beteiligter)
TFP_READ(Federfuehrung)
TFP_READ(Projekt)
TFP_READ(Nachnutzung)
TFP_READ(Meilenstein)
TFP_READ(MeilensteinAbhaengigkeit)
TFP_READ(Zahlung)
TFP_READ(Onlinedienst)
TFP_READ(Kriterium)
TFP_READ(Bewertung)
TFP_READ(Stimme)
TFP_READ(Risiko)
#undef TFP_READ

} // namespace tfp::planrows
