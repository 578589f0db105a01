#include "icalcheck.h"

#include <libical/ical.h>

namespace tfp::test {

namespace {
void walk(icalcomponent *c, IcalCheck &out)
{
    out.components.append(QString::fromUtf8(icalcomponent_kind_to_string(icalcomponent_isa(c))));
    for (icalproperty *p = icalcomponent_get_first_property(c, ICAL_XLICERROR_PROPERTY); p;
         p = icalcomponent_get_next_property(c, ICAL_XLICERROR_PROPERTY))
        out.problems.append(QString::fromUtf8(icalproperty_get_xlicerror(p)));
    if (icalcomponent_isa(c) == ICAL_VEVENT_COMPONENT) {
        IcalEvent e;
        e.uid = QString::fromUtf8(icalcomponent_get_uid(c));
        e.summary = QString::fromUtf8(icalcomponent_get_summary(c));
        e.description = QString::fromUtf8(icalcomponent_get_description(c));
        if (icalproperty *o = icalcomponent_get_first_property(c, ICAL_ORGANIZER_PROPERTY))
            e.organizer = QString::fromUtf8(icalproperty_get_organizer(o));
        if (icalcomponent_get_first_property(c, ICAL_SEQUENCE_PROPERTY))
            e.sequence = icalcomponent_get_sequence(c);
        out.events.append(e);
    }
    for (icalcomponent *inner = icalcomponent_get_first_component(c, ICAL_ANY_COMPONENT); inner;
         inner = icalcomponent_get_next_component(c, ICAL_ANY_COMPONENT))
        walk(inner, out);
}
} // namespace

IcalCheck icalCheck(const QByteArray &ics)
{
    IcalCheck out;
    icalcomponent *root = icalparser_parse_string(ics.constData());
    if (!root)
        return out;
    out.parsed = icalcomponent_isa(root) == ICAL_VCALENDAR_COMPONENT;
    const bool restricted = icalrestriction_check(root) != 0;
    walk(root, out);
    if (!restricted && out.problems.isEmpty())
        out.problems.append(QStringLiteral("icalrestriction_check failed"));
    icalcomponent_free(root);
    return out;
}

} // namespace tfp::test
