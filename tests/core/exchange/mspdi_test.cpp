// The Zeitplan as MS Project XML (MSPDI): read back by Python's XML parser against the schema's element
// order, a round trip that changes nothing, a file edited in MS Project coming back, and hostile files
// refused with the catalog unchanged byte for byte.
#include <catch2/catch.hpp>

#include "domain/labels.h"
#include "edit/edits.h"
#include "error.h"
#include "exchange/exportfile.h"
#include "exchange/importplan.h"
#include "exchange/mspdi.h"
#include "support/familieplan.h"
#include "support/testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QRegularExpression>

using namespace tfp;
using namespace tfp::exchange;
using Action = ImportRow::Action;

namespace {

const QDateTime kStamp(QDate(2026, 12, 5), QTime(16, 0), Qt::UTC);

struct Zeitplan : test::ChartPlan
{
    QString file = dir.filePath(u"zeitplan.xml"_qs);

    QByteArray exported()
    {
        writeExport(plan(), ExportKind::Zeitplan, ExportFormat::Mspdi, {familie, 0}, file, kStamp);
        return test::readFile(file);
    }
    ImportPlan planOf(const QByteArray &xml)
    {
        test::writeFile(file, xml);
        return planImport(*catalog, ImportKind::Zeitplan, file);
    }
    // Refused as a whole: the message, with the catalog and its write-ahead log byte for byte as they were.
    QString refusal(const QByteArray &xml)
    {
        auto hash = [&] { return test::fileHash(path) + test::fileHash(path + u"-wal"_qs); };
        const QByteArray before = hash();
        const qint64 revision = catalog->revision();
        QString message;
        try {
            const ImportPlan p = planOf(xml);
            REQUIRE(p.refused());
            message = p.problems().join(u'\n');
            CHECK_THROWS_AS(catalog->apply(importChanges(p), importSource(p)), Error);
        } catch (const Error &e) {
            message = e.message();
        }
        CHECK(hash() == before);
        CHECK(catalog->revision() == revision);
        CHECK(message.contains(u"„zeitplan.xml“"_qs));
        return message;
    }
};

// The tasks as Python's XML parser reads them (tests/support/mspdi_check.py); fails the test when the file
// breaks the schema's element order or its own structure.
QJsonArray readWithPython(const QString &file)
{
    const test::Run r = test::runProgram(u"/usr/bin/python3"_qs, {QStringLiteral(TFP_MSPDI_CHECK), file},
                                         QProcessEnvironment::systemEnvironment(), 60000);
    INFO(r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return QJsonDocument::fromJson(r.out).array();
}

// The task whose key starts so; fails the test when there is none.
QJsonObject taskWithKey(const QJsonArray &tasks, const QString &prefix)
{
    const auto t = std::find_if(tasks.begin(), tasks.end(),
                                [&](const QJsonValue &v) { return v[u"key"].toString().startsWith(prefix); });
    REQUIRE(t != tasks.end());
    return t->toObject();
}

// The <Task> element whose Text1 is key, edited by edit (the rest of the file as it was).
QByteArray editTask(QByteArray xml, const QString &key, const std::function<void(QString &)> &edit)
{
    QString text = QString::fromUtf8(xml);
    const qsizetype at = text.indexOf(u"<Value>"_qs + key + u"</Value>"_qs);
    REQUIRE(at > 0);
    const qsizetype begin = text.lastIndexOf(u"<Task>"_qs, at);
    const qsizetype end = text.indexOf(u"</Task>"_qs, at) + 7;
    QString task = text.mid(begin, end - begin);
    edit(task);
    text.replace(begin, end - begin, task);
    return text.toUtf8();
}

QString keyOf(const Meilenstein &m, const QByteArray &xml)
{
    const QRegularExpression re(u"<Value>(meilenstein:%1@[^<]*)</Value>"_qs.arg(m.id));
    return re.match(QString::fromUtf8(xml)).captured(1);
}

} // namespace

TEST_CASE("the Zeitplan as MS Project XML reads back in Python's parser as the plan: projects, phases and "
          "milestones",
          "[core]")
{
    Zeitplan z;
    z.exported();
    const QJsonArray tasks = readWithPython(z.file);
    const PlanSnapshot plan = z.plan();
    int projekte = 0, meilensteine = 0;
    for (const Projekt &p : plan.projekte) {
        if (p.themenfeldId != z.familie)
            continue;
        ++projekte;
        const QJsonObject summary = taskWithKey(tasks, u"projekt:%1@"_qs.arg(p.id));
        CHECK(summary[u"name"].toString() == p.name);
        CHECK(summary[u"summary"].toBool());
        CHECK(summary[u"level"].toInt() == 1);
        for (const Meilenstein &m : plan.meilensteine) {
            if (m.projektId != p.id)
                continue;
            ++meilensteine;
            INFO(m.titel.toStdString());
            const QJsonObject task = taskWithKey(tasks, u"meilenstein:%1@"_qs.arg(m.id));
            CHECK(task[u"name"].toString() == m.titel);
            CHECK(task[u"milestone"].toBool());
            CHECK(task[u"level"].toInt() == 2);
            CHECK(task[u"finish"].toString() == m.geplant.toString(Qt::ISODate));
            CHECK(task[u"actualFinish"].toString() == m.ist.toString(Qt::ISODate));
            // The phase task before it ends with the latest milestone of that phase.
            const auto phase = std::find_if(tasks.begin(), tasks.end(), [&](const QJsonValue &t) {
                return t[u"key"].toString().startsWith(u"phase:%1:"_qs.arg(p.id)) &&
                       t[u"name"].toString() == labels::phase(m.phase);
            });
            REQUIRE(phase != tasks.end());
            CHECK((*phase)[u"finish"].toString() >= m.geplant.toString(Qt::ISODate));
        }
    }
    CHECK(projekte > 0);
    CHECK(meilensteine >= 5);
    CHECK(tasks.size() > projekte + meilensteine); // and the phases
    CHECK(tasks[0].toObject()[u"key"].toString().startsWith(u"katalog@"_qs));
}

TEST_CASE(
    "an unchanged MS Project file imports as unchanged; one edited there moves what was moved and names "
    "what it cannot take",
    "[core]")
{
    Zeitplan z;
    const QByteArray xml = z.exported();
    const ImportPlan same = z.planOf(xml);
    INFO(same.problems().join(u'\n').toStdString());
    CHECK_FALSE(same.refused());
    CHECK(same.count(Action::Update) == 0);
    CHECK(same.count(Action::Add) == 0);
    CHECK(same.count(Action::Unmatched) == 0);
    CHECK(same.changes.isEmpty());

    const PlanSnapshot plan = z.plan();
    QList<Meilenstein> ms;
    for (const Meilenstein &m : plan.meilensteine)
        if (m.projektId == z.projekt)
            ms.append(m);
    REQUIRE(ms.size() >= 3);
    const Meilenstein &moved = ms[0], &renamed = ms[1];
    QByteArray edited = editTask(xml, keyOf(moved, xml), [](QString &t) {
        t.replace(QRegularExpression(u"<Finish>[^<]*</Finish>"_qs),
                  u"<Finish>2027-05-14T17:00:00</Finish>"_qs);
        t.replace(QRegularExpression(u"<ActualFinish>[^<]*</ActualFinish>"_qs), QString());
    });
    edited = editTask(edited, keyOf(renamed, edited), [](QString &t) {
        t.replace(QRegularExpression(u"<Name>[^<]*</Name>"_qs),
                  u"<Name>Pilotbetrieb in drei Ländern</Name>"_qs);
    });
    // A task added in MS Project: no key of ours.
    const QString added = u"<Task><UID>999</UID><ID>999</ID><Name>Abstimmung Datenschutz</Name><Type>1</Type>"
                          u"<OutlineNumber>1.99</OutlineNumber><OutlineLevel>2</OutlineLevel>"
                          u"<Start>2027-01-04T08:00:00</Start><Finish>2027-01-08T17:00:00</Finish></Task>"_qs;
    edited.replace("</Tasks>", added.toUtf8() + "</Tasks>");
    const ImportPlan p = z.planOf(edited);
    INFO(p.problems().join(u'\n').toStdString());
    REQUIRE_FALSE(p.refused());
    CHECK(p.count(Action::Update) == 2);
    // The phase tasks were left as they were; only the task added in MS Project is not taken over.
    REQUIRE(p.count(Action::Unmatched) == 1);
    const auto unmatched = std::find_if(p.rows.cbegin(), p.rows.cend(),
                                        [](const ImportRow &r) { return r.action == Action::Unmatched; });
    CHECK(unmatched->key.contains(u"Abstimmung Datenschutz"_qs));
    CHECK(unmatched->problems.join(u' ').contains(u"nicht übernommen"_qs));
    z.catalog->apply(importChanges(p), importSource(p));
    const PlanSnapshot after = z.plan();
    const Meilenstein *m1 = nullptr, *m2 = nullptr;
    for (const Meilenstein &m : after.meilensteine) {
        m1 = m.id == moved.id ? &m : m1;
        m2 = m.id == renamed.id ? &m : m2;
    }
    REQUIRE(m1);
    REQUIRE(m2);
    CHECK(m1->geplant == QDate(2027, 5, 14));
    CHECK_FALSE(m1->ist.isValid());
    CHECK(m2->titel == u"Pilotbetrieb in drei Ländern"_qs);
    CHECK(m2->geplant == renamed.geplant);

    // A phase moved in MS Project cannot be kept: a phase ends with its milestones. Said, not dropped.
    const QByteArray again = z.exported();
    const QRegularExpression phaseKey(u"<Value>(phase:%1:[^<]*)</Value>"_qs.arg(z.projekt));
    const QString key = phaseKey.match(QString::fromUtf8(again)).captured(1);
    REQUIRE_FALSE(key.isEmpty());
    const ImportPlan phase = z.planOf(editTask(again, key, [](QString &t) {
        t.replace(QRegularExpression(u"<Finish>[^<]*</Finish>"_qs),
                  u"<Finish>2031-01-31T17:00:00</Finish>"_qs);
    }));
    CHECK(phase.changes.isEmpty());
    REQUIRE(phase.count(Action::Unmatched) == 1);
    const auto row = std::find_if(phase.rows.cbegin(), phase.rows.cend(),
                                  [](const ImportRow &r) { return r.action == Action::Unmatched; });
    CHECK(row->problems.join(u' ').contains(u"2031-01-31"_qs));
    CHECK(row->problems.join(u' ').contains(u"Meilenstein verschieben"_qs));
}

TEST_CASE("a Zeitplan file that is hostile, broken or from another catalog is refused and changes nothing",
          "[core]")
{
    Zeitplan z;
    const QByteArray xml = z.exported();
    const QString token =
        QRegularExpression(u"<Value>katalog@([^<]*)</Value>"_qs).match(QString::fromUtf8(xml)).captured(1);
    REQUIRE_FALSE(token.isEmpty());

    SECTION("exported from another catalog")
    {
        QByteArray other = xml;
        other.replace(u"@%1<"_qs.arg(token).toUtf8(), "@anderer-katalog<");
        CHECK(z.refusal(other).contains(u"anderen Katalog"_qs));
    }
    SECTION("an impossible date")
    {
        const PlanSnapshot plan = z.plan();
        const auto m = std::find_if(plan.meilensteine.cbegin(), plan.meilensteine.cend(),
                                    [&](const Meilenstein &x) { return x.projektId == z.projekt; });
        const QByteArray bad = editTask(xml, keyOf(*m, xml), [](QString &t) {
            t.replace(QRegularExpression(u"<Finish>[^<]*</Finish>"_qs),
                      u"<Finish>2027-02-30T17:00:00</Finish>"_qs);
        });
        CHECK(z.refusal(bad).contains(u"2027-02-30"_qs));
    }
    SECTION("entities declared in a DTD (the billion laughs)")
    {
        QByteArray dtd = xml;
        dtd.replace(
            "<Project",
            "<!DOCTYPE Project [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;\">]>\n<Project");
        CHECK(z.refusal(dtd).contains(u"DTD"_qs));
    }
    SECTION("cut off in the middle")
    {
        CHECK(z.refusal(xml.left(xml.size() / 2)).contains(u"Zeile"_qs));
    }
    SECTION("not MS Project XML")
    {
        CHECK(z.refusal("<?xml version=\"1.0\"?><html><body>Hallo</body></html>").contains(u"MSPDI"_qs));
        CHECK(z.refusal("meilenstein_id;titel;geplant\r\n1;A;01.01.2027\r\n").contains(u"Zeile"_qs));
    }
    SECTION("in Windows-1252 while it says UTF-8")
    {
        QByteArray latin = xml;
        latin.replace("</Tasks>", "<Task><UID>998</UID><Name>F\xFCr alle</Name></Task></Tasks>");
        CHECK(z.refusal(latin).contains(u"Zeile"_qs));
    }
}

TEST_CASE("names with markup and control characters leave the MS Project XML well-formed and are kept",
          "[core]")
{
    PlanSnapshot plan;
    plan.catalogId = u"id\"<&>"_qs;
    Themenfeld t;
    t.id = 1;
    t.name = u"Familie & Kind"_qs;
    plan.themenfelder.append(t);
    Projekt p;
    p.id = 3;
    p.themenfeldId = 1;
    p.name = u"A <b>&amp; ]]> \x01Z"_qs;
    plan.projekte.append(p);
    Meilenstein m;
    m.id = 11;
    m.projektId = 3;
    m.titel = u"Konzept \"fertig\""_qs;
    m.geplant = QDate(2027, 3, 31);
    plan.meilensteine.append(m);
    plan.rebuildIndexes();
    QTemporaryDir dir;
    const QString file = dir.filePath(u"z.xml"_qs);
    writeExport(plan, ExportKind::Zeitplan, ExportFormat::Mspdi, {}, file, kStamp);
    const QJsonArray tasks = readWithPython(file);
    REQUIRE(tasks.size() == 4); // the file's summary, the project, its phase, the milestone
    CHECK(tasks[1].toObject()[u"name"].toString() == u"A <b>&amp; ]]> \uFFFDZ"_qs);
    CHECK(tasks[3].toObject()[u"name"].toString() == m.titel);
}

TEST_CASE("milestone dependencies go out as finish-to-start links with their lag, and a link changed in MS "
          "Project is named, not taken over",
          "[core]")
{
    Zeitplan z;
    QList<qint64> ms;
    for (const Meilenstein &m : z.plan().meilensteine)
        if (m.projektId == z.projekt)
            ms.append(m.id);
    REQUIRE(ms.size() >= 3);
    z.catalog->apply(edit::addMeilensteinAbhaengigkeit(*z.catalog, ms[1], ms[0], 14));
    const QByteArray xml = z.exported();
    const QJsonArray tasks = readWithPython(z.file);
    const QJsonObject before = taskWithKey(tasks, u"meilenstein:%1@"_qs.arg(ms[0]));
    const QJsonObject after = taskWithKey(tasks, u"meilenstein:%1@"_qs.arg(ms[1]));
    const QJsonArray links = after[u"links"].toArray();
    REQUIRE(links.size() == 1);
    CHECK(links[0][u"uid"].toInt() == before[u"uid"].toInt());
    CHECK(links[0][u"type"].toString() == u"1"_qs); // finish-to-start
    CHECK(links[0][u"format"].toString() == u"8"_qs);
    CHECK(links[0][u"lag"].toInt() == 14 * 24 * 60 * 10); // 14 elapsed days in tenths of minutes

    // Unchanged, the file imports as unchanged, links included.
    CHECK(z.planOf(xml).count(Action::Unmatched) == 0);
    // The lag changed and a second link added in MS Project: both named, neither taken over.
    QByteArray edited = xml;
    edited.replace("<LinkLag>" + QByteArray::number(14 * 14400) + "</LinkLag>", "<LinkLag>432000</LinkLag>");
    const QJsonObject third = taskWithKey(tasks, u"meilenstein:%1@"_qs.arg(ms[2]));
    edited = editTask(edited, third[u"key"].toString(), [&](QString &t) {
        t.replace(u"<ExtendedAttribute>"_qs,
                  u"<PredecessorLink><PredecessorUID>%1</PredecessorUID><Type>1</Type></PredecessorLink>"
                  u"<ExtendedAttribute>"_qs.arg(after[u"uid"].toInt()));
    });
    const ImportPlan p = z.planOf(edited);
    CHECK(p.changes.isEmpty());
    QStringList reasons;
    for (const ImportRow &r : p.rows)
        if (r.action == Action::Unmatched)
            reasons << r.key + u": "_qs + r.problems.join(u' ');
    INFO(reasons.join(u'\n').toStdString());
    REQUIRE(reasons.size() == 2);
    CHECK(reasons.filter(u"auf 30 Tage geändert (im Katalog 14)"_qs).size() == 1);
    CHECK(reasons.filter(u"in MS Project hinzugefügt"_qs).size() == 1);
    const auto deps = z.plan().meilensteinAbhaengigkeiten;
    REQUIRE(deps.size() == 1);
    CHECK(deps[0].abstandTage == 14);
}
