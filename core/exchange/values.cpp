#include "values.h"

#include "tr.h"

#include "domain/labels.h"
#include "domain/sourcelanguage.h"
#include "edit/fieldtext.h"

#include <QCoreApplication>
#include <QDate>
#include <QRegularExpression>

#include <cmath>
#include <optional>

namespace tfp::values {

using namespace schema;

namespace {

// A number's text with one decimal separator '.', or empty when it is not a plain number. Both separators:
// the last one is the decimal point. Only ',': decimal comma unless it groups thousands in an integer.
// Only '.': German thousands in an integer ("12.345"), a decimal point in a real.
QString normalisedNumber(QString s, bool integer)
{
    s.remove(u' ').remove(QChar(0x00A0)).remove(QChar(0x202F));
    static const QRegularExpression grouped(u"^[+-]?\\d{1,3}([.,]\\d{3})+$"_qs);
    const qsizetype dot = s.lastIndexOf(u'.'), comma = s.lastIndexOf(u',');
    if (dot >= 0 && comma >= 0) {
        const QChar thousands = dot > comma ? u',' : u'.';
        s.remove(thousands);
        s.replace(u',', u'.');
    } else if (integer && grouped.match(s).hasMatch()) {
        s.remove(u'.').remove(u',');
    } else {
        s.replace(u',', u'.');
    }
    static const QRegularExpression plain(u"^[+-]?(\\d+(\\.\\d*)?|\\.\\d+)$"_qs);
    return plain.match(s).hasMatch() ? s : QString();
}

} // namespace

Parsed date(const QString &input, bool excelSerial)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return {};
    static const QRegularExpression german(u"^(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4}|\\d{2})$"_qs);
    static const QRegularExpression iso(u"^(\\d{4})-(\\d{2})-(\\d{2})$"_qs);
    static const QRegularExpression serial(u"^\\d{1,6}(\\.0+)?$"_qs);
    QDate d;
    bool twoDigitYear = false;
    if (const auto m = german.match(text); m.hasMatch()) {
        twoDigitYear = m.capturedLength(3) == 2;
        d = QDate(m.captured(3).toInt() + (twoDigitYear ? 2000 : 0), m.captured(2).toInt(),
                  m.captured(1).toInt());
    } else if (const auto m = iso.match(text); m.hasMatch())
        d = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    else if (excelSerial && serial.match(text).hasMatch())
        d = QDate(1899, 12, 30).addDays(qint64(text.toDouble()));
    if (!d.isValid() || d.year() < 1990 || d.year() > 2100)
        return {{},
                exchange::Tr::tr(
                    "erwartet wird ein gültiges Datum (TT.MM.JJJJ, TT.MM.JJ oder JJJJ-MM-TT) zwischen 1990 "
                    "und 2100")};
    return {d.toString(Qt::ISODate), {}, twoDigitYear};
}

Parsed integer(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return {};
    const QString n = normalisedNumber(text, true);
    bool ok = false;
    const double d = n.toDouble(&ok);
    if (!ok || d != std::floor(d) || std::abs(d) > 9.0e15)
        return {{}, exchange::Tr::tr("erwartet wird eine ganze Zahl")};
    return {qlonglong(d), {}};
}

Parsed real(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return {};
    bool ok = false;
    const double d = normalisedNumber(text, false).toDouble(&ok);
    if (!ok || !std::isfinite(d))
        return {{}, exchange::Tr::tr("erwartet wird eine Zahl (etwa 12,5)")};
    return {d, {}};
}

Parsed euroCents(const QString &input)
{
    QString text = input.trimmed();
    text.remove(u'€').remove(u"EUR"_qs);
    text = text.trimmed();
    if (text.isEmpty())
        return {};
    bool ok = false;
    const double d = normalisedNumber(text, false).toDouble(&ok);
    if (!ok || !std::isfinite(d) || std::abs(d) > 9.0e13)
        return {{}, exchange::Tr::tr("erwartet wird ein Betrag in Euro (etwa 1.250.000,00)")};
    return {qlonglong(std::llround(d * 100.0)), {}};
}

namespace {

// What find() answers in the reader's language, else in German, the language of the program's texts: a file's
// words are understood whatever language the reader's program speaks.
template <class Find> auto inEitherLanguage(Find find) -> decltype(find())
{
    if (auto found = find())
        return found;
    const labels::SourceLanguage german;
    return find();
}

} // namespace

Parsed code(Table t, QStringView column, const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return {};
    const auto match = [&]() -> std::optional<QString> {
        for (const auto &[c, label] : edit::choices(t, column))
            if (text.compare(c, Qt::CaseInsensitive) == 0 || text.compare(label, Qt::CaseInsensitive) == 0)
                return c;
        return std::nullopt;
    };
    // The stored code, the word in the reader's language, or the German word.
    if (const auto c = inEitherLanguage(match))
        return {*c, {}};
    if (column == col::reifegradModell && (text == u"1.x" || text == u"2.0"))
        return {text.left(1), {}};
    QStringList labels;
    for (const auto &choice : edit::choices(t, column))
        labels << exchange::Tr::tr("„%1“").arg(choice.second);
    return {{}, exchange::Tr::tr("erwartet wird einer der Werte %1").arg(labels.join(u", "))};
}

Parsed reifegrad(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return {};
    static const QRegularExpression leading(u"^(\\d)(\\s*[–-].*)?$"_qs);
    if (const auto m = leading.match(text); m.hasMatch())
        return {m.captured(1).toLongLong(), {}};
    const auto named = [&]() -> std::optional<int> {
        for (int level = 0; level <= 4; ++level)
            if (text.compare(labels::reifegradName(level), Qt::CaseInsensitive) == 0)
                return level;
        return std::nullopt;
    };
    if (const auto level = inEitherLanguage(named))
        return {qlonglong(*level), {}};
    return {
        {},
        exchange::Tr::tr("erwartet wird eine Reifegradstufe von 0 bis 7 (etwa „3“ oder „Online-Leistung“)")};
}

Parsed forColumn(Table t, QStringView column, const QString &text, bool excelSerial)
{
    const Column &c = table(t).column(column);
    if (column == col::reifegradIst || column == col::reifegradZiel || column == col::reifegrad)
        return reifegrad(text);
    switch (c.type) {
    case Type::Integer:
        return integer(text);
    case Type::Real:
        return real(text);
    case Type::Date:
        return date(text, excelSerial);
    case Type::Enum:
        return code(t, column, text);
    case Type::Bool: {
        const QString s = text.trimmed().toLower();
        if (s.isEmpty())
            return {};
        if (s == u"ja" || s == u"1" || s == u"wahr" || s == u"x")
            return {1, {}};
        if (s == u"nein" || s == u"0" || s == u"falsch")
            return {0, {}};
        return {{}, exchange::Tr::tr("erwartet wird „ja“ oder „nein“")};
    }
    case Type::DateTime:
    case Type::Text:
        break;
    }
    return {text, {}};
}

QString cellText(Table t, QStringView column, const QVariant &v)
{
    if (v.isNull() || !v.isValid())
        return {};
    const Column &c = table(t).column(column);
    switch (c.type) {
    case Type::Date:
        return QDate::fromString(v.toString(), Qt::ISODate).toString(u"dd.MM.yyyy"_qs);
    case Type::Real:
        return QString::number(v.toDouble(), 'g', 15).replace(u'.', u',');
    case Type::Bool:
        return v.toInt() ? u"ja"_qs : u"nein"_qs;
    default:
        return v.toString();
    }
}

QString euroText(const QVariant &cents)
{
    if (cents.isNull() || !cents.isValid())
        return {};
    const qlonglong c = cents.toLongLong();
    return u"%1%2,%3"_qs.arg(c < 0 ? u"-"_qs : QString())
        .arg(std::llabs(c) / 100)
        .arg(std::llabs(c) % 100, 2, 10, QChar(u'0'));
}

} // namespace tfp::values
