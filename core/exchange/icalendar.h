// Milestones as an iCalendar file (RFC 5545, METHOD:PUBLISH as RFC 5546 has it) for Outlook and Thunderbird:
// one all-day VEVENT per milestone with a date, CRLF line ends, lines folded at 75 octets, text escaped.
#pragma once

#include "exportsheets.h"

#include <QByteArray>
#include <QDateTime>

namespace tfp::exchange {

// stamp: DTSTAMP of every event (the time of export). A milestone's date is its actual date when reached,
// else its planned date; milestones with neither are left out. UIDs stay the same across exports; SEQUENCE
// is the catalog's revision, so a calendar program updates an event it already has. The catalog id (from a
// received file: untrusted) reaches UID and ORGANIZER only percent-encoded or as a UUID.
QByteArray milestonesIcs(const PlanSnapshot &plan, const ExportScope &scope, const QDateTime &stamp);

// Text escaped for a TEXT value: backslash, semicolon, comma and line breaks (CR, LF, CRLF, NEL, U+2028,
// U+2029 become \n); any other control character but the tab becomes U+FFFD, never a raw byte.
QString icsEscape(const QString &text);
// A content line folded at 75 octets (never inside a UTF-8 sequence), ending in CRLF.
QByteArray icsLine(const QString &line);

} // namespace tfp::exchange
