// The workshop review in the window: a package made from the open catalog, edited in review mode in a second
// window, and its result taken back through the merge dialog as one undo step.
#include "support/catchqt.h"

#include "dateedit.h"
#include "document.h"
#include "edit/edits.h"
#include "exchange/defaultcatalog.h"
#include "exchange/reviewmerge.h"
#include "mainwindow.h"
#include "models/leistungfilter.h"
#include "models/leistungmodel.h"
#include "models/prioritaetmodel.h"
#include "models/themenfeldmodel.h"
#include "storage/catalog.h"
#include "support/testutil.h"
#include "views/changesdialog.h"
#include "views/historypanel.h"
#include "views/leistungenview.h"
#include "views/prioritaetview.h"
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

} // namespace

TEST_CASE("a workshop package is edited in review mode and merged back as one undo step", "[ui][review]")
{
    test::Workspace w;
    const int familie = w.themenfeld(u"Familie & Kind"_qs);
    w.window->selectThemenfeld(familie);
    const QString package = w.dir.filePath(u"sitzung.tfreview"_qs);
    REQUIRE(w.window->createReviewPackage(package));
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
        PrioritaetView *prioritaet = review.prioritaetView();
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
        CHECK(e.quelle == u"Workshop-Paket sitzung.tfreview");

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
        CHECK(c.entry.quelle == u"Workshop-Paket sitzung.tfreview");
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
