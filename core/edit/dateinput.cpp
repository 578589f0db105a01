#include "dateinput.h"

#include "tr.h"

#include "fieldtext.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace tfp::edit {

namespace {

DateInput invalid(const QString &reason)
{
    return {DateInput::Kind::Invalid, {}, reason};
}

DateInput checked(const QDate &d, QStringView text)
{
    if (!d.isValid())
        return invalid(Tr::tr("„%1“ ist kein gültiges Datum: diesen Tag gibt es nicht.").arg(text));
    if (d.year() < 1990 || d.year() > 2100)
        return invalid(Tr::tr("„%1“ liegt außerhalb des erlaubten Bereichs: erwartet wird ein Datum zwischen "
                              "1990 und 2100.")
                           .arg(text));
    return {DateInput::Kind::Date, d, {}};
}

} // namespace

DateInput parseDateInput(QStringView input, const QDate &today)
{
    const QString text = input.trimmed().toString();
    if (text.isEmpty() || text == u"–" || text == u"-")
        return {};
    const QString lower = text.toLower();
    if (lower == u"heute" || lower == u"today" || lower == Tr::tr("heute").toLower())
        return checked(today, text);
    static const QRegularExpression offset(u"^([+-])\\s*(\\d{1,5})$"_qs);
    if (const auto m = offset.match(text); m.hasMatch()) {
        const qint64 days = m.captured(2).toLongLong();
        return checked(today.addDays(m.captured(1) == u"-" ? -days : days), text);
    }
    static const QRegularExpression german(u"^(\\d{1,2})\\.(\\d{1,2})\\.(\\d{2}|\\d{4})$"_qs);
    if (const auto m = german.match(text); m.hasMatch()) {
        int year = m.captured(3).toInt();
        if (m.captured(3).size() == 2)
            year += 2000;
        return checked(QDate(year, m.captured(2).toInt(), m.captured(1).toInt()), text);
    }
    static const QRegularExpression iso(u"^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"_qs);
    if (const auto m = iso.match(text); m.hasMatch())
        return checked(QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()), text);
    // The locale's own short format (12/15/2026 in English), with a four-digit or a two-digit year.
    const QLocale locale;
    QDate d = locale.toDate(text, dateFormat());
    if (!d.isValid()) {
        QString shortYear = dateFormat();
        shortYear.replace(u"yyyy"_qs, u"yy"_qs);
        d = locale.toDate(text, shortYear);
        if (d.isValid() && d.year() < 2000)
            d = d.addYears(100);
    }
    if (d.isValid())
        return checked(d, text);
    return invalid(Tr::tr("„%1“ ist kein Datum: erwartet wird TT.MM.JJJJ (z. B. %2), TT.MM.JJ, JJJJ-MM-TT, "
                          "„heute“ oder +Tage (z. B. +14); leer heißt kein Datum.")
                       .arg(text, dateText(today)));
}

} // namespace tfp::edit
