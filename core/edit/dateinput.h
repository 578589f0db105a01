// How a date typed by a user is read: one set of rules for the date editors, the command line and imports.
// Pure text → date or a reason, no Widgets; German forms first, the locale's own short format as well.
#pragma once

#include <QDate>
#include <QString>
#include <QStringView>

namespace tfp::edit {

struct DateInput
{
    enum class Kind
    {
        Empty,
        Date,
        Invalid
    };
    Kind kind = Kind::Empty;
    QDate date;     // set when kind is Date
    QString reason; // set when kind is Invalid: what is wrong and what would be read
    bool isEmpty() const { return kind == Kind::Empty; }
    bool isDate() const { return kind == Kind::Date; }
    bool isInvalid() const { return kind == Kind::Invalid; }
};

// Reads 15.12.2026, 15.12.26 (20yy), 2026-12-15, the locale's short format, "heute"/"today", and +14 / -3
// (days from today). Blank text (or a lone dash) is no date. Dates outside 1990–2100 are refused, as the
// catalog refuses them.
DateInput parseDateInput(QStringView text, const QDate &today = QDate::currentDate());

} // namespace tfp::edit
