#include "icalendar.h"

#include "tr.h"

#include "domain/labels.h"

#include <QCoreApplication>
#include <QUuid>

#include <algorithm>
#include <climits>

namespace tfp::exchange {

namespace {
// The catalog id as it goes into a UID: a received catalog's id is untrusted, so everything but letters,
// digits, '-' and '.' is percent-encoded (a UUID stays as it is, and the UIDs of earlier exports with it).
QString uidToken(const QString &catalogId)
{
    return QString::fromLatin1(catalogId.toUtf8().toPercentEncoding(".-", "_~"));
}

// ORGANIZER, which METHOD:PUBLISH requires: the catalog as a URI. A catalog id that is no UUID gets a
// name-based UUID of it, so that the address stays valid and the same across exports.
QString organizer(const QString &catalogId)
{
    static const QUuid kNamespace(u"8f3b1c52-6d2e-4c7a-9a51-0e4f6b7d2a19"_qs);
    QUuid id(catalogId);
    if (id.isNull())
        id = QUuid::createUuidV5(kNamespace, catalogId);
    return u"ORGANIZER;CN=Themenfeldplaner:urn:uuid:"_qs + id.toString(QUuid::WithoutBraces);
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
        else if (c == u'\n' || c == u'\r' || c == QChar(0x85) || c == QChar::LineSeparator ||
                 c == QChar::ParagraphSeparator)
            out += u"\\n"_qs;
        else if (c.category() == QChar::Other_Control && c != u'\t')
            out +=
                QChar::ReplacementCharacter; // RFC 5545 allows no control character in TEXT: shown, not lost
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
    const QString uidSuffix = uidToken(plan.catalogId) + u"@themenfeldplaner"_qs;
    const QString organizerLine = organizer(plan.catalogId);
    // Every committed change raises the catalog's revision, so an event exported again after a change has a
    // higher SEQUENCE and Outlook and Thunderbird update it instead of adding a copy (RFC 5546, 2.1.4).
    const QString sequence = QString::number(std::clamp<qint64>(plan.revision, 0, INT_MAX));
    QByteArray out;
    out += icsLine(u"BEGIN:VCALENDAR"_qs);
    out += icsLine(u"VERSION:2.0"_qs);
    out += icsLine(u"PRODID:-//Themenfeldplaner//Meilensteine//DE"_qs);
    out += icsLine(u"CALSCALE:GREGORIAN"_qs);
    out += icsLine(u"METHOD:PUBLISH"_qs);
    QString name = Tr::tr("OZG-Meilensteine");
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
        QString description = Tr::tr("Projekt: %1\nPhase: %2").arg(p->name, labels::phase(m.phase));
        if (m.geplant.isValid())
            description += Tr::tr("\ngeplant: %1").arg(m.geplant.toString(u"dd.MM.yyyy"_qs));
        if (m.ist.isValid())
            description += Tr::tr("\nerreicht: %1").arg(m.ist.toString(u"dd.MM.yyyy"_qs));
        out += icsLine(u"BEGIN:VEVENT"_qs);
        out += icsLine(u"UID:meilenstein-"_qs + QString::number(m.id) + u'-' + uidSuffix);
        out += icsLine(u"DTSTAMP:"_qs + dtstamp);
        out += icsLine(u"SEQUENCE:"_qs + sequence);
        out += icsLine(organizerLine);
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
