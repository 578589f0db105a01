#include "mspdi.h"

#include "tr.h"

#include "domain/labels.h"
#include "error.h"
#include "importrows.h"
#include "storage/catalog.h"
#include "storage/codes.h"

#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <algorithm>
#include <functional>
#include <map>

namespace tfp::exchange {

namespace {

constexpr QStringView kNamespace = u"http://schemas.microsoft.com/project";
constexpr QStringView kText1 = u"188743731";         // the task field Text1 (pjTaskText1)
constexpr qint64 kTenthMinutesPerDay = 24 * 60 * 10; // LinkLag's unit, for a lag in elapsed days

// What each task's Text1 holds: its kind and key, and the catalog it came from, so that a file of another
// catalog cannot write to rows that happen to have the same keys. The catalog id of a received file is
// untrusted: it goes in percent-encoded.
QString catalogToken(const QString &catalogId)
{
    return QString::fromLatin1(catalogId.toUtf8().toPercentEncoding(".-", "_~"));
}

QString phaseCode(Phase p)
{
    return codeOf(schema::Table::Meilenstein, schema::col::phase, p);
}

QString taskKey(const ScheduleTask &t, const QString &catalog)
{
    switch (t.kind) {
    case ScheduleTask::Kind::Projekt:
        return u"projekt:%1@%2"_qs.arg(t.id).arg(catalog);
    case ScheduleTask::Kind::Phase:
        return u"phase:%1:%2@%3"_qs.arg(t.id).arg(phaseCode(t.phase), catalog);
    case ScheduleTask::Kind::Meilenstein:
        return u"meilenstein:%1@%2"_qs.arg(t.id).arg(catalog);
    }
    return {};
}

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

bool looksLikeMspdi(const QByteArray &bytes)
{
    QXmlStreamReader r(bytes);
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement())
            return r.name() == u"Project" && r.namespaceUri() == kNamespace;
        if (r.hasError())
            return false;
    }
    return false;
}

namespace {

struct ReadLink
{
    QString predecessorUid, type, lag, lagFormat;
};

struct ReadTask
{
    int line = 0;
    QString uid;
    QList<ReadLink> links;
    QString name;
    QString start, finish, actualFinish;
    bool summary = false;
    QString key; // Text1
};

// Reads the tasks of an MSPDI document; throws tfp::Error naming the file and line for anything that is not
// one.
QList<ReadTask> readTasks(const QByteArray &bytes, const QString &source)
{
    QXmlStreamReader r(bytes);
    const auto fail = [&](const QString &why) {
        return Error(
            Tr::tr("„%1“, Zeile %2: %3; es wurde nichts geändert.").arg(source).arg(r.lineNumber()).arg(why));
    };
    QList<ReadTask> tasks;
    bool root = false;
    QStringList path;
    ReadTask current;
    QString fieldId, value;
    while (!r.atEnd()) {
        r.readNext();
        if (r.tokenType() == QXmlStreamReader::DTD)
            throw fail(Tr::tr("die Datei enthält eine DTD; MS-Project-XML hat keine"));
        if (r.isStartElement()) {
            if (!root) {
                if (r.name() != u"Project" || r.namespaceUri() != kNamespace)
                    throw fail(
                        Tr::tr("das ist keine MS-Project-XML-Datei (MSPDI): das Wurzelelement ist „%1“")
                            .arg(r.name().toString()));
                root = true;
            }
            path.append(r.name().toString());
            if (path == QStringList{u"Project"_qs, u"Tasks"_qs, u"Task"_qs}) {
                current = {};
                current.line = int(r.lineNumber());
            } else if (path.size() == 4 && path[1] == u"Tasks" && path[3] == u"PredecessorLink") {
                current.links.append(ReadLink{});
            }
            continue;
        }
        if (r.isCharacters() && path.size() >= 4 && path[1] == u"Tasks") {
            const QString &field = path.last();
            const QString text = r.text().toString();
            if (path.size() == 4) {
                if (field == u"UID")
                    current.uid += text;
                else if (field == u"Name")
                    current.name += text;
                else if (field == u"Start")
                    current.start += text;
                else if (field == u"Finish")
                    current.finish += text;
                else if (field == u"ActualFinish")
                    current.actualFinish += text;
                else if (field == u"Summary")
                    current.summary = text.trimmed() == u"1" || text.trimmed() == u"true";
            } else if (path.size() == 5 && path[3] == u"PredecessorLink" && !current.links.isEmpty()) {
                ReadLink &l = current.links.last();
                if (field == u"PredecessorUID")
                    l.predecessorUid += text;
                else if (field == u"Type")
                    l.type += text;
                else if (field == u"LinkLag")
                    l.lag += text;
                else if (field == u"LagFormat")
                    l.lagFormat += text;
            } else if (path.size() == 5 && path[3] == u"ExtendedAttribute") {
                if (field == u"FieldID")
                    fieldId += text;
                else if (field == u"Value")
                    value += text;
            }
            continue;
        }
        if (r.isEndElement()) {
            if (path.size() == 4 && path[3] == u"ExtendedAttribute") {
                if (fieldId.trimmed() == kText1)
                    current.key = value.trimmed();
                fieldId.clear();
                value.clear();
            }
            if (path == QStringList{u"Project"_qs, u"Tasks"_qs, u"Task"_qs})
                tasks.append(current);
            path.removeLast();
        }
    }
    if (r.hasError()) {
        QString why = r.errorString(); // Qt's message ends with a full stop; ours follows it
        if (why.endsWith(u'.'))
            why.chop(1);
        throw fail(root ? why : Tr::tr("das ist keine MS-Project-XML-Datei (MSPDI): %1").arg(why));
    }
    if (!root)
        throw fail(Tr::tr("das ist keine MS-Project-XML-Datei (MSPDI)"));
    return tasks;
}

// The date of an MSPDI dateTime ("2027-03-01T17:00:00"); the text as it was when it is none, so that the
// milestone import's date rule names it.
QString dateCell(const QString &value)
{
    const QString v = value.trimmed();
    const QDateTime dt = QDateTime::fromString(v, Qt::ISODate);
    return dt.isValid() ? dt.date().toString(Qt::ISODate) : v;
}

// The milestone id a task's key names (0 for any other task).
qint64 milestoneId(const ReadTask &t)
{
    const qsizetype at = t.key.lastIndexOf(u'@');
    const QStringView kind = QStringView(t.key).left(at < 0 ? 0 : at);
    return kind.startsWith(u"meilenstein:") ? kind.mid(12).toLongLong() : 0;
}

// The dependencies between the file's milestones as the file has them and as the catalog has them: each
// difference is named (a link added, removed or with another lag in MS Project), none is taken over, since
// dependencies are kept in Themenfeldplaner.
void compareLinks(const QList<ReadTask> &tasks, const PlanSnapshot &snapshot,
                  const std::function<void(int, const QString &, const QString &)> &report)
{
    QHash<QString, qint64> milestoneOfUid;
    QHash<qint64, const ReadTask *> taskOf;
    for (const ReadTask &t : tasks)
        if (const qint64 id = milestoneId(t)) {
            milestoneOfUid.insert(t.uid.trimmed(), id);
            taskOf.insert(id, &t);
        }
    const QString keep =
        Tr::tr("Abhängigkeiten werden in Themenfeldplaner gepflegt; die Datei ändert sie nicht");
    const auto name = [&](qint64 successor, qint64 predecessor) {
        return Tr::tr("Abhängigkeit „%1“ von „%2“")
            .arg(taskOf.value(successor)->name, taskOf.value(predecessor)->name);
    };
    std::map<std::pair<qint64, qint64>, int> inFile; // (successor, predecessor) → lag in days
    for (const ReadTask &t : tasks) {
        const qint64 successor = milestoneId(t);
        for (const ReadLink &l : t.links) {
            const qint64 predecessor = milestoneOfUid.value(l.predecessorUid.trimmed());
            if (!successor || !predecessor) {
                report(
                    t.line, Tr::tr("Verknüpfung von „%1“").arg(t.name),
                    Tr::tr(
                        "eine Verknüpfung, die nicht zwei Meilensteine aus Themenfeldplaner verbindet, wird "
                        "nicht übernommen"));
                continue;
            }
            // LinkLag counts tenths of minutes: of elapsed days (format 8) or of 8-hour working days.
            const qint64 lag = l.lag.trimmed().toLongLong();
            const int format = l.lagFormat.trimmed().isEmpty() ? 7 : l.lagFormat.trimmed().toInt();
            const int days = int(lag / (format == 8 ? kTenthMinutesPerDay : 8 * 60 * 10));
            const QString type = l.type.trimmed();
            if (!type.isEmpty() && type != u"1") {
                report(t.line, name(successor, predecessor),
                       Tr::tr("nur Ende-Anfang-Abhängigkeiten gibt es in Themenfeldplaner; %1").arg(keep));
                continue;
            }
            inFile[{successor, predecessor}] = days;
        }
    }
    std::map<std::pair<qint64, qint64>, int> inCatalog;
    for (const MeilensteinAbhaengigkeit &a : snapshot.meilensteinAbhaengigkeiten)
        if (taskOf.contains(a.meilensteinId) && taskOf.contains(a.haengtAbVon))
            inCatalog[{a.meilensteinId, a.haengtAbVon}] = a.abstandTage;
    for (const auto &[pair, days] : inFile) {
        const auto known = inCatalog.find(pair);
        if (known == inCatalog.end())
            report(taskOf.value(pair.first)->line, name(pair.first, pair.second),
                   Tr::tr("in MS Project hinzugefügt; %1").arg(keep));
        else if (known->second != days)
            report(taskOf.value(pair.first)->line, name(pair.first, pair.second),
                   Tr::tr("Abstand in MS Project auf %1 Tage geändert (im Katalog %2); %3")
                       .arg(days)
                       .arg(known->second)
                       .arg(keep));
    }
    for (const auto &[pair, days] : inCatalog)
        if (!inFile.count(pair))
            report(taskOf.value(pair.first)->line, name(pair.first, pair.second),
                   Tr::tr("in MS Project entfernt; %1").arg(keep));
}

} // namespace

ImportPlan planMspdiImport(Catalog &c, const QByteArray &bytes, const QString &source)
{
    const QList<ReadTask> tasks = readTasks(bytes, source);
    const PlanSnapshot snapshot = c.loadPlan(PlanDetail::Summary);
    const QString catalog = catalogToken(snapshot.catalogId);
    // Computed phase ends of this catalog, to tell a moved phase from one left as it was.
    QHash<QString, QDate> phaseEnds;
    for (const ScheduleTask &t : scheduleTasks(snapshot, {}))
        if (t.kind == ScheduleTask::Kind::Phase)
            phaseEnds.insert(taskKey(t, catalog), t.finish);

    tabular::Table table;
    table.source = source;
    table.encoding = u"MSPDI"_qs;
    table.header = {u"meilenstein_id"_qs, u"titel"_qs, u"geplant"_qs, u"ist"_qs};
    struct Unmatched
    {
        int line;
        QString key, reason;
    };
    QList<Unmatched> unmatched;
    for (const ReadTask &t : tasks) {
        const qsizetype at = t.key.lastIndexOf(u'@');
        const QString kind = at < 0 ? QString() : t.key.left(at);
        if (at >= 0 && t.key.mid(at + 1) != catalog)
            throw Error(
                Tr::tr("„%1“, Zeile %2: der Vorgang „%3“ stammt aus einem anderen Katalog; ein Zeitplan "
                       "wird nur in den Katalog eingelesen, aus dem er exportiert wurde. Es wurde nichts "
                       "geändert.")
                    .arg(source)
                    .arg(t.line)
                    .arg(t.name));
        if (kind.startsWith(u"meilenstein:")) {
            table.rows.append({kind.mid(12), t.name, dateCell(t.finish), dateCell(t.actualFinish)});
            table.rowLines.append(t.line);
        } else if (kind.startsWith(u"phase:")) {
            const QDate known = phaseEnds.value(t.key);
            const QString finish = dateCell(t.finish);
            if (!phaseEnds.contains(t.key))
                unmatched.append({t.line, Tr::tr("Phase „%1“").arg(t.name),
                                  Tr::tr("diese Phase hat im Katalog keinen Meilenstein mehr")});
            else if (known.isValid() && finish != known.toString(Qt::ISODate))
                unmatched.append(
                    {t.line, Tr::tr("Phase „%1“").arg(t.name),
                     Tr::tr("das Ende wurde auf %1 verschoben (im Katalog %2); eine Phase endet mit "
                            "ihrem Meilenstein: bitte den Meilenstein verschieben")
                         .arg(finish, known.toString(u"dd.MM.yyyy"_qs))});
        } else if (kind.isEmpty() && !t.summary) {
            unmatched.append(
                {t.line, Tr::tr("Vorgang „%1“").arg(t.name),
                 Tr::tr("ein Vorgang, der nicht aus Themenfeldplaner stammt, wird nicht übernommen "
                        "(neue Meilensteine im Tab Zeitplan anlegen)")});
        }
    }
    compareLinks(tasks, snapshot, [&](int line, const QString &key, const QString &reason) {
        unmatched.append({line, key, reason});
    });
    ImportPlan plan = planImport(c, ImportKind::Meilensteine, table);
    for (const Unmatched &u : unmatched) {
        ImportRow row;
        row.line = u.line;
        row.key = u.key;
        row.action = ImportRow::Action::Unmatched;
        row.problems = {u.reason};
        row.details = {{QString(), u.reason}};
        plan.rows.append(row);
    }
    plan.kind = ImportKind::Zeitplan;
    plan.format = Tr::tr("MS-Project-XML (MSPDI)");
    plan.notices << Tr::tr("Projekte und Phasen ergeben sich aus den Meilensteinen: eingelesen werden die "
                           "Meilensteine (Titel, geplant, erreicht).");
    return plan;
}

} // namespace tfp::exchange
