// Milestones as an iCalendar file (RFC 5545) for Outlook and Thunderbird: one all-day VEVENT per milestone
// with a date, CRLF line ends, lines folded at 75 octets, text escaped.
#pragma once

#include "exportsheets.h"

#include <QByteArray>
#include <QDateTime>

namespace tfp::exchange {

// stamp: DTSTAMP of every event (the time of export). A milestone's date is its actual date when reached,
// else its planned date; milestones with neither are left out. UIDs stay the same across exports.
QByteArray milestonesIcs(const PlanSnapshot &plan, const ExportScope &scope, const QDateTime &stamp);

// Text escaped for a TEXT value: backslash, semicolon, comma and line breaks.
QString icsEscape(const QString &text);
// A content line folded at 75 octets (never inside a UTF-8 sequence), ending in CRLF.
QByteArray icsLine(const QString &line);

} // namespace tfp::exchange
