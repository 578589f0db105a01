// The milestone calendar against hostile text (a received catalog's id, names with line breaks and control
// characters) and against libical's RFC 5546 check of what METHOD:PUBLISH requires.
#include "support/catchqt.h"

#include "exchange/icalendar.h"
#include "support/icalcheck.h"

#include <QRegularExpression>
#include <QSet>

using namespace tfp;
using namespace tfp::exchange;

namespace {

const QDateTime kStamp(QDate(2026, 12, 5), QTime(16, 0), Qt::UTC);

// One Themenfeld with one project and two dated milestones.
PlanSnapshot smallPlan(const QString &catalogId, const QString &themenfeld, const QString &projekt,
                       const QString &titel)
{
    PlanSnapshot plan;
    plan.catalogId = catalogId;
    plan.revision = 7;
    Themenfeld t;
    t.id = 1;
    t.name = themenfeld;
    plan.themenfelder.append(t);
    Projekt p;
    p.id = 3;
    p.themenfeldId = 1;
    p.name = projekt;
    plan.projekte.append(p);
    Meilenstein m;
    m.id = 11;
    m.projektId = 3;
    m.phase = Phase::Konzeption;
    m.titel = titel;
    m.geplant = QDate(2026, 3, 31);
    plan.meilensteine.append(m);
    m.id = 12;
    m.titel = u"Pilot"_qs;
    m.geplant = QDate(2026, 9, 30);
    m.ist = QDate(2026, 10, 2);
    plan.meilensteine.append(m);
    plan.rebuildIndexes();
    return plan;
}

const QString kUuid = u"450a5217-90dd-4bd3-86f6-b896917617aa"_qs;

// The content lines of a calendar (unfolded), checking on the way that every physical line ends in CRLF and
// holds no other control character than a tab.
QStringList contentLines(const QByteArray &ics)
{
    for (qsizetype i = 0; i < ics.size(); ++i) {
        const auto b = static_cast<unsigned char>(ics[i]);
        if (b == '\r') {
            INFO("byte " << i);
            REQUIRE(i + 1 < ics.size());
            REQUIRE(ics[i + 1] == '\n');
            ++i;
        } else {
            INFO("byte " << i << " is " << int(b));
            REQUIRE((b == '\t' || (b >= 0x20 && b != 0x7F)));
        }
    }
    return QString::fromUtf8(QByteArray(ics).replace("\r\n ", "")).split(u"\r\n"_qs, Qt::SkipEmptyParts);
}

} // namespace

TEST_CASE("a hostile catalog id cannot break a line or inject an alarm into the calendar's events", "[core]")
{
    const QString hostile = kUuid +
                            u"\r\nBEGIN:VALARM\r\nACTION:AUDIO\r\nTRIGGER:-PT5M\r\n"
                            u"ATTACH:https://angreifer.example/a.wav\r\nEND:VALARM\r\nX-A:\n\r;,\\"_qs;
    const QByteArray ics =
        milestonesIcs(smallPlan(hostile, u"Familie & Kind"_qs, u"Elterngeld"_qs, u"Konzept"_qs), {}, kStamp);
    const QStringList lines = contentLines(ics);
    const QSet<QString> allowed{
        u"BEGIN"_qs,        u"END"_qs,        u"VERSION"_qs, u"PRODID"_qs,    u"CALSCALE"_qs, u"METHOD"_qs,
        u"X-WR-CALNAME"_qs, u"UID"_qs,        u"DTSTAMP"_qs, u"DTSTART"_qs,   u"DTEND"_qs,    u"SUMMARY"_qs,
        u"DESCRIPTION"_qs,  u"CATEGORIES"_qs, u"TRANSP"_qs,  u"ORGANIZER"_qs, u"SEQUENCE"_qs};
    QStringList uids;
    for (const QString &line : lines) {
        INFO(line.toStdString());
        CHECK(allowed.contains(line.section(QRegularExpression(u"[:;]"_qs), 0, 0)));
        if (line.startsWith(u"BEGIN:"_qs) || line.startsWith(u"END:"_qs)) // no component of its own
            CHECK((line.endsWith(u":VCALENDAR"_qs) || line.endsWith(u":VEVENT"_qs)));
        if (line.startsWith(u"UID:"_qs))
            uids.append(line.mid(4));
    }
    REQUIRE(uids.size() == 2);
    CHECK(uids[0] != uids[1]);
    for (const QString &uid : uids) {
        INFO(uid.toStdString());
        CHECK(QRegularExpression(u"^[A-Za-z0-9@%._-]+$"_qs).match(uid).hasMatch());
    }

    const test::IcalCheck check = test::icalCheck(ics);
    REQUIRE(check.parsed);
    CHECK(check.problems.isEmpty());
    CHECK(check.components == QStringList({u"VCALENDAR"_qs, u"VEVENT"_qs, u"VEVENT"_qs}));
    REQUIRE(check.events.size() == 2);
    CHECK(check.events[0].uid == uids[0]);
}

TEST_CASE("control characters in names and titles reach the calendar visibly, never as line breaks", "[core]")
{
    const QString themenfeld = u"Familie\u000B& Kind"_qs;
    const QString projekt = u"Eltern"_qs + QChar(0) + u"geld; digital"_qs;
    const QString titel = u"Konzept\rfertig\u2028Labor\u0085Ende\u007F, \\ Rest\nEND:VEVENT"_qs;
    const QByteArray ics = milestonesIcs(smallPlan(kUuid, themenfeld, projekt, titel), {}, kStamp);
    const QStringList lines = contentLines(ics);
    CHECK(lines.count(u"END:VEVENT"_qs) == 2);
    CHECK(lines.filter(QRegularExpression(u"^[A-Z-]+[:;]"_qs)).size() == lines.size());

    const test::IcalCheck check = test::icalCheck(ics);
    REQUIRE(check.parsed);
    CHECK(check.problems.isEmpty());
    REQUIRE(check.events.size() == 2);
    // Nothing is lost: a control character shows as U+FFFD, a line break stays one inside the value.
    CHECK(check.events[0].summary ==
          u"Eltern\uFFFDgeld; digital: Konzept\nfertig\nLabor\nEnde\uFFFD, \\ Rest\n"
          u"END:VEVENT"_qs);
    for (const QString &line : lines)
        if (line.startsWith(u"X-WR-CALNAME:"_qs))
            CHECK(line == u"X-WR-CALNAME:OZG-Meilensteine"_qs);
    CHECK(milestonesIcs(smallPlan(kUuid, themenfeld, projekt, titel), {1, 0}, kStamp)
              .contains(QStringLiteral("X-WR-CALNAME:OZG-Meilensteine – Familie\uFFFD& Kind").toUtf8()));
}

TEST_CASE("the calendar meets RFC 5546 for METHOD:PUBLISH: an ORGANIZER and a SEQUENCE that grows", "[core]")
{
    PlanSnapshot plan = smallPlan(kUuid, u"Familie & Kind"_qs, u"Elterngeld"_qs, u"Konzept"_qs);
    const QByteArray ics = milestonesIcs(plan, {}, kStamp);
    CHECK(ics.contains("\r\nMETHOD:PUBLISH\r\n"));
    const test::IcalCheck check = test::icalCheck(ics);
    REQUIRE(check.parsed);
    INFO(check.problems.join(u'\n').toStdString());
    CHECK(check.problems.isEmpty());
    REQUIRE(check.events.size() == 2);
    for (const test::IcalEvent &e : check.events) {
        CHECK(e.organizer == u"urn:uuid:"_qs + kUuid);
        CHECK(e.sequence == 7);
    }
    CHECK(check.events[0].uid == u"meilenstein-11-"_qs + kUuid + u"@themenfeldplaner"_qs);

    // A later revision of the plan (any committed change) updates the events instead of adding new ones.
    plan.revision = 8;
    plan.meilensteine[0].geplant = QDate(2026, 4, 30);
    const test::IcalCheck later = test::icalCheck(milestonesIcs(plan, {}, kStamp));
    REQUIRE(later.events.size() == 2);
    CHECK(later.events[0].uid == check.events[0].uid);
    CHECK(later.events[0].sequence > check.events[0].sequence);

    // A catalog id that is no UUID still gives a valid, stable organizer address.
    plan.catalogId = u"kein-uuid\r\nATTACH:x"_qs;
    const test::IcalCheck odd = test::icalCheck(milestonesIcs(plan, {}, kStamp));
    CHECK(odd.problems.isEmpty());
    REQUIRE(odd.events.size() == 2);
    CHECK(QRegularExpression(u"^urn:uuid:[0-9a-f-]{36}$"_qs).match(odd.events[0].organizer).hasMatch());
    CHECK(odd.events[0].organizer == test::icalCheck(milestonesIcs(plan, {}, kStamp)).events[0].organizer);
}
