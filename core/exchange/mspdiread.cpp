#include "mspdi.h"
#include "mspdikeys.h"

#include "tr.h"

#include "error.h"
#include "storage/catalog.h"

#include <QDateTime>
#include <QXmlStreamReader>

#include <functional>
#include <map>

namespace tfp::exchange {

using namespace mspdi;

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
