#include <catch2/catch.hpp>

#include "edit/dateinput.h"
#include "support/germanlocale.h"

#include <QLocale>

using namespace tfp;
using edit::parseDateInput;

namespace {

const QDate kToday(2026, 12, 5);

QDate dateOf(const QString &text)
{
    const edit::DateInput in = parseDateInput(text, kToday);
    INFO(text.toStdString() << ": " << in.reason.toStdString());
    REQUIRE(in.isDate());
    return in.date;
}

// The tests run in German, as the users do; the locale's own format follows the default locale.
using test::GermanLocale;

} // namespace

TEST_CASE("a typed date is read in every form the editors accept", "[core]")
{
    GermanLocale german;
    CHECK(dateOf(u"15.12.2026"_qs) == QDate(2026, 12, 15));
    CHECK(dateOf(u"01.07.2027"_qs) == QDate(2027, 7, 1));
    CHECK(dateOf(u"1.7.2027"_qs) == QDate(2027, 7, 1));
    CHECK(dateOf(u"15.12.26"_qs) == QDate(2026, 12, 15));
    CHECK(dateOf(u"2026-12-15"_qs) == QDate(2026, 12, 15));
    CHECK(dateOf(u"  31.12.2026 "_qs) == QDate(2026, 12, 31));
    CHECK(dateOf(u"heute"_qs) == kToday);
    CHECK(dateOf(u"Heute"_qs) == kToday);
    CHECK(dateOf(u"today"_qs) == kToday);
    CHECK(dateOf(u"+14"_qs) == QDate(2026, 12, 19));
    CHECK(dateOf(u"+30"_qs) == QDate(2027, 1, 4));
    CHECK(dateOf(u"-5"_qs) == QDate(2026, 11, 30));
}

TEST_CASE("blank text is no date, and text that is not a date says why", "[core]")
{
    GermanLocale german;
    CHECK(parseDateInput(u""_qs, kToday).isEmpty());
    CHECK(parseDateInput(u"   "_qs, kToday).isEmpty());
    CHECK(parseDateInput(u"–"_qs, kToday).isEmpty());

    const edit::DateInput word = parseDateInput(u"nächste Woche"_qs, kToday);
    CHECK(word.isInvalid());
    CHECK(word.reason.contains(u"„nächste Woche“ ist kein Datum"_qs));
    CHECK(word.reason.contains(u"TT.MM.JJJJ"_qs));
    CHECK(!word.date.isValid());

    const edit::DateInput noDay = parseDateInput(u"31.09.2026"_qs, kToday);
    CHECK(noDay.isInvalid());
    CHECK(noDay.reason.contains(u"diesen Tag gibt es nicht"_qs));
    CHECK(parseDateInput(u"29.02.2027"_qs, kToday).isInvalid());
    CHECK(parseDateInput(u"29.02.2028"_qs, kToday).isDate());
    CHECK(parseDateInput(u"15.13.2026"_qs, kToday).isInvalid());

    const edit::DateInput early = parseDateInput(u"01.01.1989"_qs, kToday);
    CHECK(early.isInvalid());
    CHECK(early.reason.contains(u"zwischen 1990 und 2100"_qs));
    CHECK(parseDateInput(u"2101-01-01"_qs, kToday).isInvalid());

    // What the old editor made of an empty field's typing is refused, not guessed at.
    CHECK(parseDateInput(u"–01072027"_qs, kToday).isInvalid());
    CHECK(parseDateInput(u"15.12."_qs, kToday).isInvalid());
    CHECK(parseDateInput(u"+"_qs, kToday).isInvalid());
}

TEST_CASE("the locale's own short date format is read too", "[core]")
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const edit::DateInput us = parseDateInput(u"12/15/2026"_qs, kToday);
    const edit::DateInput usShort = parseDateInput(u"12/15/26"_qs, kToday);
    const edit::DateInput german = parseDateInput(u"15.12.2026"_qs, kToday);
    QLocale::setDefault(before);
    CHECK(us.date == QDate(2026, 12, 15));
    CHECK(usShort.date == QDate(2026, 12, 15));
    CHECK(german.date == QDate(2026, 12, 15));
}
