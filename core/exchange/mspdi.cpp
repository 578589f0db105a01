#include "mspdi.h"
#include "mspdikeys.h"

#include "tr.h"

#include "domain/labels.h"
#include "error.h"
#include "storage/catalog.h"
#include "storage/codes.h"

#include <QXmlStreamWriter>

#include <algorithm>

namespace tfp::exchange {

namespace {

using namespace mspdi;

// XML 1.0 allows no control character but tab, line feed and carriage return: any other is shown as U+FFFD,
// never written as a raw byte that would make the file unreadable.
QString xmlText(const QString &text)
{
    QString out = text;
    for (QChar &c : out)
        if ((c.unicode() < 0x20 && c != u'\t' && c != u'\n' && c != u'\r') || c.unicode() == 0xFFFE ||
            c.unicode() == 0xFFFF)
            c = QChar::ReplacementCharacter;
    return out;
}

// Working days (Monday to Friday) from start to finish, both included; the standard calendar's 8 hours each.
int workingDays(QDate start, QDate finish)
{
    int days = 0;
    for (QDate d = start; d <= finish; d = d.addDays(1))
        if (d.dayOfWeek() <= 5)
            ++days;
    return days;
}

QString dateTime(QDate d, bool finish)
{
    return d.toString(Qt::ISODate) + (finish ? u"T17:00:00"_qs : u"T08:00:00"_qs);
}

} // namespace

using namespace mspdi;

QList<ScheduleTask> scheduleTasks(const PlanSnapshot &plan, const ExportScope &scope)
{
    QHash<qint64, QList<const Meilenstein *>> byProjekt;
    for (const Meilenstein &m : plan.meilensteine)
        byProjekt[m.projektId].append(&m);
    QList<ScheduleTask> out;
    for (const Projekt &p : plan.projekte) {
        if ((scope.themenfeldId && p.themenfeldId != scope.themenfeldId) ||
            (scope.projektId && p.id != scope.projektId))
            continue;
        QList<const Meilenstein *> ms = byProjekt.value(p.id);
        std::stable_sort(ms.begin(), ms.end(), [](const Meilenstein *a, const Meilenstein *b) {
            return std::tuple(int(a->phase), a->sortOrder, a->id) <
                   std::tuple(int(b->phase), b->sortOrder, b->id);
        });
        ScheduleTask summary{
            ScheduleTask::Kind::Projekt, p.id, p.phase, p.name, p.start, p.ende, {}, {}, p.notes};
        for (const Meilenstein *m : ms) { // a project without Beginn or Ende spans its milestones
            if (!p.start.isValid() && m->geplant.isValid() &&
                (!summary.start.isValid() || m->geplant < summary.start))
                summary.start = m->geplant;
            if (!p.ende.isValid() && m->geplant.isValid() &&
                (!summary.finish.isValid() || m->geplant > summary.finish))
                summary.finish = m->geplant;
        }
        out.append(summary);
        QDate previousEnd = summary.start, previousReached = summary.start;
        for (qsizetype i = 0; i < ms.size();) {
            const Phase phase = ms[i]->phase;
            qsizetype j = i;
            ScheduleTask t{ScheduleTask::Kind::Phase, p.id, phase, labels::phase(phase), {}, {}, {}, {}, {}};
            bool reached = true;
            for (; j < ms.size() && ms[j]->phase == phase; ++j) {
                if (ms[j]->geplant.isValid() && (!t.finish.isValid() || ms[j]->geplant > t.finish))
                    t.finish = ms[j]->geplant;
                reached = reached && ms[j]->ist.isValid();
                if (ms[j]->ist.isValid() && (!t.actualFinish.isValid() || ms[j]->ist > t.actualFinish))
                    t.actualFinish = ms[j]->ist;
            }
            if (!reached)
                t.actualFinish = {};
            if (t.finish.isValid()) // a phase whose milestones are out of order starts where it ends
                t.start = previousEnd.isValid() && previousEnd <= t.finish ? previousEnd : t.finish;
            if (t.actualFinish.isValid())
                t.actualStart = previousReached.isValid() && previousReached <= t.actualFinish
                                    ? previousReached
                                    : t.actualFinish;
            out.append(t);
            for (qsizetype k = i; k < j; ++k) {
                const Meilenstein &m = *ms[k];
                QString notes;
                if (m.ozgId)
                    if (const Leistung *l = plan.leistung(*m.ozgId))
                        notes = Tr::tr("Termin für die Leistung %1 %2").arg(l->ozgId).arg(l->name);
                out.append({ScheduleTask::Kind::Meilenstein, m.id, m.phase, m.titel, m.geplant, m.geplant,
                            m.ist, m.ist, notes});
            }
            if (t.finish.isValid())
                previousEnd = t.finish;
            if (t.actualFinish.isValid())
                previousReached = t.actualFinish;
            i = j;
        }
    }
    return out;
}

QByteArray zeitplanMspdi(const PlanSnapshot &plan, const ExportScope &scope, const QDateTime &stamp)
{
    const QList<ScheduleTask> tasks = scheduleTasks(plan, scope);
    const QString catalog = catalogToken(plan.catalogId);
    QDate first, last;
    for (const ScheduleTask &t : tasks) {
        if (t.start.isValid() && (!first.isValid() || t.start < first))
            first = t.start;
        if (t.finish.isValid() && (!last.isValid() || t.finish > last))
            last = t.finish;
    }
    if (!first.isValid())
        first = stamp.date();
    if (!last.isValid())
        last = first;
    QString title = Tr::tr("Zeitplan des OZG-Programms");
    if (const Themenfeld *t = scope.themenfeldId ? plan.themenfeld(scope.themenfeldId) : nullptr)
        title = Tr::tr("Zeitplan – %1").arg(t->name);

    QByteArray out;
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    w.setAutoFormattingIndent(1);
    w.writeStartDocument(u"1.0"_qs, true);
    w.writeDefaultNamespace(kNamespace.toString());
    w.writeStartElement(kNamespace.toString(), u"Project"_qs);
    const auto text = [&w](const QString &name, const QString &value) {
        w.writeTextElement(name, xmlText(value));
    };
    text(u"SaveVersion"_qs, u"12"_qs);
    text(u"Name"_qs, title);
    text(u"Title"_qs, title);
    text(u"CreationDate"_qs, stamp.toLocalTime().toString(u"yyyy-MM-dd'T'HH:mm:ss"_qs));
    text(u"ScheduleFromStart"_qs, u"1"_qs);
    text(u"StartDate"_qs, dateTime(first, false));
    text(u"FinishDate"_qs, dateTime(last, true));
    text(u"CurrencyCode"_qs, u"EUR"_qs);
    text(u"CalendarUID"_qs, u"1"_qs);
    text(u"DefaultStartTime"_qs, u"08:00:00"_qs);
    text(u"DefaultFinishTime"_qs, u"17:00:00"_qs);
    text(u"MinutesPerDay"_qs, u"480"_qs);
    text(u"MinutesPerWeek"_qs, u"2400"_qs);
    text(u"DaysPerMonth"_qs, u"20"_qs);

    w.writeStartElement(u"ExtendedAttributes"_qs);
    w.writeStartElement(u"ExtendedAttribute"_qs);
    text(u"FieldID"_qs, kText1.toString());
    text(u"FieldName"_qs, u"Text1"_qs);
    text(u"Alias"_qs, u"Themenfeldplaner"_qs);
    w.writeEndElement();
    w.writeEndElement();

    // The standard calendar: Monday to Friday, 8:00–12:00 and 13:00–17:00.
    w.writeStartElement(u"Calendars"_qs);
    w.writeStartElement(u"Calendar"_qs);
    text(u"UID"_qs, u"1"_qs);
    text(u"Name"_qs, u"Standard"_qs);
    text(u"IsBaseCalendar"_qs, u"1"_qs);
    w.writeStartElement(u"WeekDays"_qs);
    for (int day = 1; day <= 7; ++day) { // 1 = Sunday
        w.writeStartElement(u"WeekDay"_qs);
        text(u"DayType"_qs, QString::number(day));
        const bool working = day >= 2 && day <= 6;
        text(u"DayWorking"_qs, working ? u"1"_qs : u"0"_qs);
        if (working) {
            w.writeStartElement(u"WorkingTimes"_qs);
            for (const auto &[from, to] :
                 {std::pair(u"08:00:00", u"12:00:00"), std::pair(u"13:00:00", u"17:00:00")}) {
                w.writeStartElement(u"WorkingTime"_qs);
                text(u"FromTime"_qs, QStringView(from).toString());
                text(u"ToTime"_qs, QStringView(to).toString());
                w.writeEndElement();
            }
            w.writeEndElement();
        }
        w.writeEndElement();
    }
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement();

    w.writeStartElement(u"Tasks"_qs);
    // Task 0 is the project summary task MS Project expects; it carries the catalog too.
    // Each milestone's UID (its place in the file), for the links of the milestones that depend on it.
    QHash<qint64, int> uidOf;
    for (qsizetype i = 0; i < tasks.size(); ++i)
        if (tasks[i].kind == ScheduleTask::Kind::Meilenstein)
            uidOf.insert(tasks[i].id, int(i + 1));
    QHash<qint64, const Meilenstein *> meilenstein;
    for (const Meilenstein &m : plan.meilensteine)
        meilenstein.insert(m.id, &m);
    const auto task = [&](int uid, const QString &name, int level, const QString &outline,
                          const ScheduleTask *t, bool summary, const QString &key) {
        // Finish-to-start links to the milestones it depends on; one outside the file is named in the notes.
        QList<const MeilensteinAbhaengigkeit *> links;
        QStringList notes;
        if (t && !t->notes.isEmpty())
            notes << t->notes;
        if (t && t->kind == ScheduleTask::Kind::Meilenstein)
            for (const MeilensteinAbhaengigkeit &a : plan.meilensteinAbhaengigkeiten) {
                if (a.meilensteinId != t->id)
                    continue;
                if (uidOf.contains(a.haengtAbVon)) {
                    links.append(&a);
                    continue;
                }
                const Meilenstein *before = meilenstein.value(a.haengtAbVon);
                const Projekt *p = before ? plan.projekt(before->projektId) : nullptr;
                if (before && p)
                    notes << Tr::tr(
                                 "Hängt ab von „%1“ im Projekt „%2“ (nicht in dieser Datei), Abstand %3 Tage")
                                 .arg(before->titel, p->name)
                                 .arg(a.abstandTage);
            }
        w.writeStartElement(u"Task"_qs);
        text(u"UID"_qs, QString::number(uid));
        text(u"ID"_qs, QString::number(uid));
        text(u"Name"_qs, name);
        text(u"Type"_qs, u"1"_qs); // fixed duration: the dates are the plan, not derived from work
        text(u"IsNull"_qs, u"0"_qs);
        text(u"OutlineNumber"_qs, outline);
        text(u"OutlineLevel"_qs, QString::number(level));
        const bool milestone = t && t->kind == ScheduleTask::Kind::Meilenstein;
        const QDate start = t ? t->start : first, finish = t ? t->finish : last;
        if (start.isValid() && finish.isValid()) {
            text(u"Start"_qs, dateTime(start, milestone));
            text(u"Finish"_qs, dateTime(finish, true));
            text(u"Duration"_qs,
                 u"PT%1H0M0S"_qs.arg(milestone ? 0 : 8 * std::max(1, workingDays(start, finish))));
            text(u"DurationFormat"_qs, u"7"_qs);
        }
        text(u"Milestone"_qs, milestone ? u"1"_qs : u"0"_qs);
        text(u"Summary"_qs, summary ? u"1"_qs : u"0"_qs);
        if (t && !summary)
            text(u"PercentComplete"_qs, t->actualFinish.isValid() ? u"100"_qs : u"0"_qs);
        if (t && t->actualFinish.isValid() && !summary) {
            text(u"ActualStart"_qs,
                 dateTime(t->actualStart.isValid() ? t->actualStart : t->actualFinish, milestone));
            text(u"ActualFinish"_qs, dateTime(t->actualFinish, true));
        }
        if (start.isValid() && !summary) {
            // Start no earlier than the planned start: a program that schedules keeps the task where it is.
            text(u"ConstraintType"_qs, u"4"_qs);
            text(u"ConstraintDate"_qs, dateTime(start, milestone));
        }
        if (!notes.isEmpty())
            text(u"Notes"_qs, notes.join(u'\n'));
        for (const MeilensteinAbhaengigkeit *a : std::as_const(links)) {
            w.writeStartElement(u"PredecessorLink"_qs);
            text(u"PredecessorUID"_qs, QString::number(uidOf.value(a->haengtAbVon)));
            text(u"Type"_qs, u"1"_qs); // finish-to-start
            text(u"CrossProject"_qs, u"0"_qs);
            text(u"LinkLag"_qs, QString::number(qint64(a->abstandTage) * kTenthMinutesPerDay));
            text(u"LagFormat"_qs, u"8"_qs); // elapsed days: the catalog's lag counts calendar days
            w.writeEndElement();
        }
        w.writeStartElement(u"ExtendedAttribute"_qs);
        text(u"FieldID"_qs, kText1.toString());
        text(u"Value"_qs, key);
        w.writeEndElement();
        w.writeEndElement();
    };
    task(0, title, 0, u"0"_qs, nullptr, true, u"katalog@"_qs + catalog);
    int uid = 0, projekt = 0, child = 0;
    for (const ScheduleTask &t : tasks) {
        const bool isProjekt = t.kind == ScheduleTask::Kind::Projekt;
        if (isProjekt) {
            ++projekt;
            child = 0;
        }
        const QString outline = isProjekt ? QString::number(projekt) : u"%1.%2"_qs.arg(projekt).arg(++child);
        task(++uid, t.name, isProjekt ? 1 : 2, outline, &t, isProjekt, taskKey(t, catalog));
    }
    w.writeEndElement(); // Tasks
    w.writeEndElement(); // Project
    w.writeEndDocument();
    return out;
}

} // namespace tfp::exchange
