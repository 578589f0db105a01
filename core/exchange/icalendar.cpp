#include "icalendar.h"

#include "domain/labels.h"

#include <QCoreApplication>

namespace tfp::exchange {

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("tfp::exchange", s);
}
} // namespace

QString icsEscape(const QString &text)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'\\' || c == u';' || c == u',') {
            out += u'\\';
            out += c;
        } else if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
            continue;
        else if (c == u'\n' || c == u'\r')
            out += u"\\n"_qs;
        else
            out += c;
    }
    return out;
}

QByteArray icsLine(const QString &line)
{
    const QByteArray utf8 = line.toUtf8();
    QByteArray out;
    int octets = 0;
    for (qsizetype i = 0; i < utf8.size();) {
        int len = 1; // whole UTF-8 sequences only
        const auto b = static_cast<unsigned char>(utf8[i]);
        if (b >= 0xF0)
            len = 4;
        else if (b >= 0xE0)
            len = 3;
        else if (b >= 0xC0)
            len = 2;
        if (octets + len > 75) {
            out += "\r\n ";
            octets = 1;
        }
        out += utf8.mid(i, len);
        octets += len;
        i += len;
    }
    return out + "\r\n";
}

QByteArray milestonesIcs(const PlanSnapshot &plan, const ExportScope &scope, const QDateTime &stamp)
{
    const QString dtstamp = stamp.toUTC().toString(u"yyyyMMdd'T'HHmmss'Z'"_qs);
    QByteArray out;
    out += icsLine(u"BEGIN:VCALENDAR"_qs);
    out += icsLine(u"VERSION:2.0"_qs);
    out += icsLine(u"PRODID:-//Themenfeldplaner//Meilensteine//DE"_qs);
    out += icsLine(u"CALSCALE:GREGORIAN"_qs);
    out += icsLine(u"METHOD:PUBLISH"_qs);
    QString name = tr("OZG-Meilensteine");
    if (const Themenfeld *t = scope.themenfeldId ? plan.themenfeld(scope.themenfeldId) : nullptr)
        name += u" – "_qs + t->name;
    out += icsLine(u"X-WR-CALNAME:"_qs + icsEscape(name));
    for (const Meilenstein &m : plan.meilensteine) {
        const Projekt *p = nullptr;
        for (const Projekt &candidate : plan.projekte)
            if (candidate.id == m.projektId)
                p = &candidate;
        if (!p || (scope.themenfeldId && p->themenfeldId != scope.themenfeldId) ||
            (scope.projektId && p->id != scope.projektId))
            continue;
        const QDate day = m.ist.isValid() ? m.ist : m.geplant;
        if (!day.isValid())
            continue;
        QString description = tr("Projekt: %1\nPhase: %2").arg(p->name, labels::phase(m.phase));
        if (m.geplant.isValid())
            description += tr("\ngeplant: %1").arg(m.geplant.toString(u"dd.MM.yyyy"_qs));
        if (m.ist.isValid())
            description += tr("\nerreicht: %1").arg(m.ist.toString(u"dd.MM.yyyy"_qs));
        out += icsLine(u"BEGIN:VEVENT"_qs);
        out += icsLine(u"UID:meilenstein-%1-%2@themenfeldplaner"_qs.arg(m.id).arg(plan.catalogId));
        out += icsLine(u"DTSTAMP:"_qs + dtstamp);
        out += icsLine(u"DTSTART;VALUE=DATE:"_qs + day.toString(u"yyyyMMdd"_qs));
        out += icsLine(u"DTEND;VALUE=DATE:"_qs + day.addDays(1).toString(u"yyyyMMdd"_qs));
        out += icsLine(u"SUMMARY:"_qs + icsEscape(u"%1: %2"_qs.arg(p->name, m.titel)));
        out += icsLine(u"DESCRIPTION:"_qs + icsEscape(description));
        out += icsLine(u"CATEGORIES:"_qs + icsEscape(labels::phase(m.phase)));
        out += icsLine(u"TRANSP:TRANSPARENT"_qs);
        out += icsLine(u"END:VEVENT"_qs);
    }
    out += icsLine(u"END:VCALENDAR"_qs);
    return out;
}

} // namespace tfp::exchange
