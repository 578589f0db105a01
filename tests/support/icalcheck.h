// An iCalendar text as libical reads it: what its parser and its RFC 5546 restriction check
// (icalrestriction_check, for the METHOD the calendar declares) object to, and the events it finds.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace tfp::test {

struct IcalEvent
{
    QString uid;
    QString summary;
    QString description;
    QString organizer;
    int sequence = -1; // -1: no SEQUENCE
};

struct IcalCheck
{
    bool parsed = false;
    QStringList problems;   // libical's X-LIC-ERROR texts, from the parser and the restriction check
    QStringList components; // the names of every component, nested ones included ("VEVENT", "VALARM", …)
    QList<IcalEvent> events;
};

IcalCheck icalCheck(const QByteArray &ics);

} // namespace tfp::test
