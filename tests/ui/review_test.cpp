// The workshop review in the window: a package made from the open catalog, edited in review mode in a second
// window, and its result taken back through the merge dialog as one undo step.
#include "support/catchqt.h"

#include "dateedit.h"
#include "document.h"
#include "edit/changetext.h"
#include "edit/edits.h"
#include "edit/workshopedits.h"
#include "exchange/defaultcatalog.h"
#include "exchange/reviewmerge.h"
#include "mainwindow.h"
#include "models/leistungfilter.h"
#include "models/leistungmodel.h"
#include "models/prioritisationmodel.h"
#include "models/themenfeldmodel.h"
#include "storage/catalog.h"
#include "support/testutil.h"
#include "views/changesdialog.h"
#include "views/historypanel.h"
#include "views/leistungenview.h"
#include "views/prioritisationview.h"
#include "views/reviewmergedialog.h"
#include "views/stimmendialog.h"
#include "workspace.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableView>
#include <QTableWidget>
#include <QTreeWidget>
#include <QUndoStack>

using namespace tfp;
using namespace tfp::ui;
using namespace tfp::schema;

namespace {

constexpr qint64 kPrioritaet = 31; // a criterion of Familie & Kind

// TFP_REVIEW_SHOTS=DIR keeps pictures of the review GUI there for a human look.
void shot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("TFP_REVIEW_SHOTS");
    if (dir.isEmpty())
        return;
    w->resize(w->size().expandedTo(QSize(900, 500)));
    w->grab().save(QDir(dir).filePath(name + u".png"_qs));
}

int stimmen(Catalog &c, int ozgId)
{
    return int(c.rowsWhere(Table::Stimme, col::ozgId, ozgId).size());
}

// What "Änderungen seit …" shows of each change: its "Änderung" column (else the whole row).
QStringList changeLines(ChangesDialog *dialog)
{
    const QAbstractItemModel *m = dialog->model();
    int column = -1;
    for (int c = 0; c < m->columnCount(); ++c)
        if (m->headerData(c, Qt::Horizontal).toString() == u"Änderung")
            column = c;
    QStringList lines;
    for (int r = 0; r < m->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < m->columnCount(); ++c)
            if (column < 0 || c == column)
                cells << m->index(r, c).data().toString();
        lines << cells.join(u" | "_qs);
    }
    return lines;
}

// The package a planner makes of the Themenfeld before a workshop (Datei › Workshop-Paket erstellen…).
QString packageOf(test::Workspace &w, int themenfeldId)
{
    w.window->selectThemenfeld(themenfeldId);
    const QString package = w.dir.filePath(u"sitzung.tfreview"_qs);
    REQUIRE(w.window->createReviewPackage(package));
    return package;
}

} // namespace

TEST_CASE("a workshop package is edited in review mode and merged back as one undo step", "[ui][review]")
{
    test::Workspace w;
    const int familie = w.themenfeld(u"Familie & Kind"_qs);
    const QString package = packageOf(w, familie);
    CHECK_FALSE(w.window->reviewBanner()->isVisibleTo(w.window.get()));
    // A package is never written over.
    CHECK_FALSE(w.window->createReviewPackage(package));

    {
        // The workshop's laptop: the package in a window of its own, in review mode.
        MainWindow review(Catalog::open(package));
        QLabel *banner = review.reviewBanner();
        CHECK(banner->isVisibleTo(&review));
        shot(&review, u"review-banner"_qs);
        CHECK(banner->text().contains(u"Workshop-Paket"_qs));
        CHECK(banner->text().contains(u"Familie &amp; Kind"_qs));
        CHECK(banner->text().contains(w.catalog().catalogId().left(8)));
        Document &doc = *review.document();
        review.selectThemenfeld(familie);
        // The package holds one Themenfeld, and none of its catalog's journal.
        auto *list = review.findChild<QListView *>(u"ThemenfeldList"_qs);
        CHECK(list->model()->index(0, 0).data(ThemenfeldModel::FederfuehrungRole).toString() ==
              u"ein Themenfeld");
        auto *history = review.findChild<HistoryPanel *>();
        REQUIRE(history);
        history->setEntity(Table::Leistung, 10001);
        CHECK(history->findChild<QTreeWidget *>(u"HistoryTree"_qs)->topLevelItem(0)->text(0) ==
              u"In diesem Workshop-Paket noch nicht geändert.");
        auto *view = review.leistungenView();
        const QModelIndex reifegrad =
            view->filter()->mapFromSource(view->model()->indexOfLeistung(10000, LeistungModel::Reifegrad));
        REQUIRE(view->filter()->setData(reifegrad, 3, Qt::EditRole));
        CHECK(doc.catalog().value(Table::Leistung, 10000, col::reifegradIst).toInt() == 3);
        // Votes from the Priorisierung tab, participant by participant.
        PrioritisationView *prioritaet = review.prioritisationView();
        CHECK_FALSE(prioritaet->openStimmenDialog()); // no Leistung marked yet
        prioritaet->rankingTable()->setCurrentIndex(prioritaet->proxy()->mapFromSource(
            prioritaet->model()->index(prioritaet->model()->rowOf(10000), 0)));
        StimmenDialog *votes = prioritaet->openStimmenDialog();
        REQUIRE(votes);
        CHECK(votes->datum()->text() == QDate::currentDate().toString(u"dd.MM.yyyy"_qs));
        REQUIRE(votes->stimme(kPrioritaet));
        votes->workshop()->setText(u"Steuerungskreis"_qs);
        for (const auto &[who, wert] : {std::pair{u"Anna"_qs, 2}, {u"Ben"_qs, 5}}) {
            votes->teilnehmer()->setText(who);
            votes->stimme(kPrioritaet)->setValue(wert);
            REQUIRE(votes->record());
        }
        CHECK(stimmen(doc.catalog(), 10000) == 2);
        REQUIRE(votes->votes()->rowCount() == 2);
        CHECK(votes->votes()->index(0, 0).data().toString() == u"Anna");
        const QString kriterium = doc.catalog().value(Table::Kriterium, kPrioritaet, col::name).toString();
        int column = -1;
        for (int c = 2; c < votes->votes()->columnCount(); ++c)
            if (votes->votes()->headerData(c, Qt::Horizontal).toString() == kriterium)
                column = c;
        REQUIRE(column >= 2);
        CHECK(votes->votes()->index(1, column).data().toString() == u"5");
        shot(votes, u"review-stimmen"_qs);
        CHECK(doc.undoStack()->undoText() == u"Stimmen von Ben erfassen");
        // Undoable like every edit, and kept in the package file.
        doc.undoStack()->undo();
        CHECK(stimmen(doc.catalog(), 10000) == 1);
        CHECK(votes->votes()->rowCount() == 1);
        doc.undoStack()->redo();
        CHECK(stimmen(doc.catalog(), 10000) == 2);
        votes->close();
    }

    // Meanwhile at home the same Reifegrad was set otherwise: a conflict.
    REQUIRE(w.doc().run(
        [&] { return edit::setField(w.catalog(), Table::Leistung, 10000, col::reifegradIst, 2); }));
    ChangesDialog *history = w.window->showChanges();
    REQUIRE(history->addStand(u"Stand vor dem Workshop"_qs));
    CHECK_FALSE(history->addStand(u"Stand vor dem Workshop"_qs)); // names are unique
    history->close();
    QUndoStack *undo = w.doc().undoStack();
    const int steps = undo->count();
    const qint64 revision = w.catalog().revision();

    ReviewMergeDialog *dialog = w.window->startReviewMerge(package);
    REQUIRE(dialog);
    const ReviewMergePlan &plan = dialog->plan();
    REQUIRE(plan.conflicts.size() == 1);
    QTableWidget *conflicts = dialog->conflictTable();
    REQUIRE(conflicts->rowCount() == 1);
    CHECK(conflicts->item(0, 0)->text().contains(u"Elterngeld"_qs));
    CHECK(conflicts->item(0, 1)->text() == u"–");
    CHECK(conflicts->item(0, 2)->text().startsWith(u"2"_qs));
    CHECK(conflicts->item(0, 3)->text().startsWith(u"3"_qs));
    CHECK(plan.votes.size() == 1);
    CHECK(dialog->votesTable()->rowCount() == 1);
    shot(dialog, u"review-merge"_qs);
    CHECK_FALSE(dialog->canApply());
    CHECK_FALSE(dialog->applyButton()->isEnabled());
    CHECK(dialog->message().contains(u"davon 1 offen"_qs));

    dialog->resolveAll(MergeSide::Package);
    CHECK(dialog->plan().openConflicts() == 0);
    REQUIRE(dialog->applyButton()->isEnabled());
    REQUIRE(dialog->apply());

    CHECK(w.catalog().value(Table::Leistung, 10000, col::reifegradIst).toInt() == 3);
    CHECK(stimmen(w.catalog(), 10000) == 2);
    REQUIRE(undo->count() == steps + 1);
    CHECK(undo->undoText() == u"Workshop-Ergebnis „sitzung.tfreview“ übernehmen");
    const QList<JournalEntry> journal = w.catalog().journal(revision);
    REQUIRE_FALSE(journal.isEmpty());
    for (const JournalEntry &e : journal)
        CHECK(edit::descriptionText(e.quelle) == u"Workshop-Paket sitzung.tfreview");

    // "Änderungen seit": the merged changes since the Stand, with the package as their source.
    ChangesDialog *changes = w.window->showChanges();
    REQUIRE(changes->setStand(u"Stand vor dem Workshop"_qs));
    REQUIRE_FALSE(changes->changes().isEmpty());
    CHECK(changes->model()->rowCount() == changes->changes().size());
    // Points in time as German planners write them, with a four-digit year.
    CHECK(QRegularExpression(u"^\\d\\d\\.\\d\\d\\.20\\d\\d \\d\\d:\\d\\d$"_qs)
              .match(changes->model()->index(0, 0).data().toString())
              .hasMatch());
    for (QLabel *label : changes->findChildren<QLabel *>())
        if (label->text().contains(u'&'))
            CHECK(label->buddy()); // otherwise the "&" is shown and Alt+letter reaches nothing
    bool reifegradListed = false;
    for (const ChangeRecord &c : changes->changes()) {
        CHECK(edit::descriptionText(c.entry.quelle) == u"Workshop-Paket sitzung.tfreview");
        reifegradListed = reifegradListed || (c.entry.column == col::reifegradIst && c.neu.startsWith(u'3'));
    }
    CHECK(reifegradListed);
    changes->setAuthor(u"niemand-der-so-heisst"_qs);
    CHECK(changes->changes().isEmpty());
    changes->setAuthor({});
    const QString csv = w.dir.filePath(u"aenderungen.csv"_qs);
    REQUIRE(changes->saveCsv(csv));
    CHECK(QString::fromUtf8(test::readFile(csv)).contains(u"Workshop-Paket sitzung.tfreview"_qs));
    changes->close();

    undo->undo();
    CHECK(w.catalog().value(Table::Leistung, 10000, col::reifegradIst).toInt() == 2);
    CHECK(stimmen(w.catalog(), 10000) == 0);
    undo->redo();
    CHECK(w.catalog().value(Table::Leistung, 10000, col::reifegradIst).toInt() == 3);

    SECTION("merging the same package again changes nothing")
    {
        const qint64 merged = w.catalog().revision();
        ReviewMergeDialog *again = w.window->startReviewMerge(package);
        CHECK(again->plan().alreadyMerged);
        CHECK(again->message().contains(u"schon"_qs));
        CHECK_FALSE(again->canApply());
        CHECK_FALSE(again->apply());
        CHECK(w.catalog().revision() == merged);
        CHECK(undo->count() == steps + 1);
    }
    SECTION("a package from another catalog is refused and changes nothing")
    {
        const QString other = w.dir.filePath(u"anderer.tfplan"_qs);
        const QString foreign = w.dir.filePath(u"fremd.tfreview"_qs);
        createReviewPackage(*Catalog::create(other, populateDefaultCatalog), familie, foreign);
        const QByteArray before = test::fileHash(w.path);
        const qint64 merged = w.catalog().revision();
        ReviewMergeDialog *refused = w.window->startReviewMerge(foreign);
        CHECK(refused->message().contains(u"stammt aus einem anderen Katalog"_qs));
        CHECK_FALSE(refused->canApply());
        CHECK_FALSE(refused->applyButton()->isEnabled());
        CHECK_FALSE(refused->apply());
        CHECK(w.catalog().revision() == merged);
        CHECK(test::fileHash(w.path) == before);
    }
}

TEST_CASE("the merge dialog and the change history read as sentences, as tfp says them", "[ui][review]")
{
    test::Workspace w;
    const int familie = w.themenfeld(u"Familie & Kind"_qs);
    const QString package = packageOf(w, familie);
    QString kriterium;
    {
        // The workshop: three participants vote on six criteria, a project gets a Go-live milestone.
        auto c = Catalog::open(package);
        c->setAuthor(u"workshop"_qs);
        QList<qint64> kriterien;
        for (const QVariantMap &k : c->rowsWhere(Table::Kriterium, col::themenfeldId, familie))
            kriterien << k.value(col::id.toString()).toLongLong();
        REQUIRE(kriterien.size() >= 6);
        kriterien = kriterien.mid(0, 6);
        kriterium = c->value(Table::Kriterium, kriterien[0], col::name).toString();
        for (const QString &who : {u"Anna"_qs, u"Ben"_qs, u"Cem"_qs})
            for (qint64 k : kriterien)
                c->apply(edit::setStimme(*c, k, 10000, who, u"Workshop"_qs, 3));
        c->apply(edit::createProjekt(*c, familie, u"Kita-Portal"_qs, {10000}));
        const qint64 projekt = c->rowsWhere(Table::Projekt, col::name, u"Kita-Portal"_qs)
                                   .value(0)
                                   .value(col::id.toString())
                                   .toLongLong();
        REQUIRE(projekt);
        c->apply(
            edit::addMeilenstein(*c, projekt, u"pilotierung"_qs, u"Go-live Pilot"_qs, QDate(2027, 3, 1)));
    }
    ReviewMergeDialog *dialog = w.window->startReviewMerge(package);
    REQUIRE(dialog);
    QStringList gui;
    for (int r = 0; r < dialog->appliedTable()->rowCount(); ++r)
        gui << dialog->appliedTable()->item(r, 0)->text();
    INFO(gui.join(u'\n').toStdString());
    CHECK(gui.contains(u"18 Stimmen von 3 Teilnehmenden zu 6 Kriterien"_qs));
    CHECK(gui.contains(u"Meilenstein „Go-live Pilot“ angelegt"_qs));
    CHECK(gui.contains(u"Projekt „Kita-Portal“ angelegt"_qs));
    CHECK(gui.contains(u"OZG-Leistung „Elterngeld“ dem Projekt „Kita-Portal“ zugeordnet"_qs));
    for (const QString &line : gui) {
        CHECK_FALSE(line.contains(u"Stimme "_qs));
        CHECK_FALSE(line.contains(u"Meilenstein Meilenstein"_qs));
        CHECK_FALSE(line.contains(u"Projektzuordnung"_qs));
    }
    CHECK(dialog->message().contains(u"%1 Änderung"_qs.arg(gui.size())));

    // tfp review-merge says the same sentences, and as many.
    const auto cli = test::runTfp({u"review-merge"_qs, w.path, package, u"--dry-run"_qs});
    INFO(cli.err.toStdString());
    REQUIRE(cli.exitCode == 0);
    const QString out = QString::fromUtf8(cli.out);
    CHECK(out.contains(u"Zu übernehmen: %1,"_qs.arg(gui.size())));
    for (const QString &line : gui)
        CHECK(out.contains(u"\n  "_qs + line + u'\n'));

    REQUIRE(dialog->apply());
    // The change history after the merge: each object named once, with its type word once.
    ChangesDialog *changes = w.window->showChanges();
    const QStringList history = changeLines(changes);
    INFO(history.join(u'\n').toStdString());
    CHECK(history.contains(u"Meilenstein „Go-live Pilot“ angelegt"_qs));
    CHECK(history.contains(u"OZG-Leistung „Elterngeld“ dem Projekt „Kita-Portal“ zugeordnet"_qs));
    CHECK(history.contains(u"Stimme von Anna zu „%1“ für „Elterngeld“ angelegt"_qs.arg(kriterium)));
    for (const QString &line : history) {
        CHECK_FALSE(line.contains(u"Meilenstein Meilenstein"_qs));
        CHECK_FALSE(line.contains(u"Projektzuordnung"_qs));
    }
    changes->close();

    // An edit at home, told the same way by the window and by tfp changes.
    const qint64 milestone = w.catalog()
                                 .rowsWhere(Table::Meilenstein, col::titel, u"Go-live Pilot"_qs)
                                 .value(0)
                                 .value(col::id.toString())
                                 .toLongLong();
    REQUIRE(w.doc().run([&] {
        return edit::setField(w.catalog(), Table::Meilenstein, milestone, col::titel, u"Go-live"_qs);
    }));
    changes = w.window->showChanges();
    const QStringList lines = changeLines(changes);
    CHECK(lines.value(lines.size() - 1) == u"Titel von Meilenstein „Go-live“: Go-live Pilot → Go-live"_qs);
    const auto since = test::runTfp({u"changes"_qs, w.path});
    REQUIRE(since.exitCode == 0);
    for (const QString &line : lines)
        CHECK(QString::fromUtf8(since.out).contains(line));
    changes->close();
}
