#include "reviewmergedialog.h"

#include "document.h"
#include "edit/fieldtext.h"
#include "error.h"
#include "exchange/reviewmergejson.h"
#include "palettecolors.h"
#include "storage/catalog.h"
#include "widgets.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tfp::ui {

namespace {

QTableWidget *makeTable(const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setWordWrap(false);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

void setRow(QTableWidget *t, int row, const QStringList &cells)
{
    for (int c = 0; c < cells.size(); ++c) {
        auto *item = new QTableWidgetItem(cells[c]);
        item->setToolTip(cells[c]);
        t->setItem(row, c, item);
    }
}

} // namespace

ReviewMergeDialog::ReviewMergeDialog(Document &doc, QWidget *parent) : QDialog(parent), m_doc(doc)
{
    setWindowTitle(tr("Workshop-Ergebnis übernehmen"));
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_applyVotes = new QCheckBox(tr("&Stimmen als Bewertungen übernehmen"), this);
    m_applyVotes->setToolTip(
        tr("Setzt je Kriterium und Leistung den gerundeten Mittelwert der Workshop-Stimmen "
           "als Bewertung."));
    connect(m_applyVotes, &QCheckBox::toggled, this, &ReviewMergeDialog::setApplyVotes);

    m_applied = makeTable({tr("Änderung")}, this);
    m_conflicts =
        makeTable({tr("Konflikt"), tr("Basis"), tr("Katalog"), tr("Paket"), tr("Entscheidung")}, this);
    m_rejected = makeTable({tr("Nicht übernommen"), tr("Grund")}, this);
    m_votes = makeTable({tr("Kriterium"), tr("Leistung"), tr("Stimmen"), tr("Mittel"), tr("Streuung"),
                         tr("Spanne"), tr("Vorschlag"), tr("Bewertung jetzt")},
                        this);
    m_allCatalog = new QPushButton(tr("Alle aus dem &Katalog"), this);
    m_allPackage = new QPushButton(tr("Alle aus dem &Paket"), this);
    connect(m_allCatalog, &QPushButton::clicked, this, [this] { resolveAll(MergeSide::Catalog); });
    connect(m_allPackage, &QPushButton::clicked, this, [this] { resolveAll(MergeSide::Package); });
    auto *conflictPage = new QWidget(this);
    auto *conflictLayout = new QVBoxLayout(conflictPage);
    conflictLayout->addWidget(m_conflicts);
    conflictLayout->addLayout(buttonRow({m_allCatalog, m_allPackage}));

    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(u"ReviewMergeTabs"_qs);
    tabs->addTab(m_applied, QString());
    tabs->addTab(conflictPage, QString());
    tabs->addTab(m_rejected, QString());
    tabs->addTab(m_votes, QString());

    auto *buttons = new QDialogButtonBox(this);
    m_apply = buttons->addButton(tr("Ü&bernehmen"), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_apply, &QPushButton::clicked, this, [this] { apply(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_applyVotes);
    layout->addWidget(tabs, 1);
    layout->addWidget(buttons);
    resize(980, 560);
    fill();
}

ReviewMergeDialog::~ReviewMergeDialog() = default;

bool ReviewMergeDialog::load(const QString &path)
{
    m_package.reset();
    m_plan = {};
    m_error.clear();
    try {
        m_package = std::make_unique<OpenedReviewPackage>(openReviewPackage(path, m_doc.catalog()));
        replan();
    } catch (const Error &e) {
        m_package.reset();
        m_plan = {};
        m_error = e.message();
    }
    fill();
    return m_error.isEmpty();
}

void ReviewMergeDialog::replan()
{
    // Decisions made so far survive a new plan (with or without the votes as scores).
    QHash<QString, MergeSide> decided;
    for (const MergeItem &c : std::as_const(m_plan.conflicts))
        if (c.resolution != MergeSide::Open)
            decided.insert(c.id, c.resolution);
    m_plan = planReviewMerge(m_doc.catalog(), *m_package, {m_applyVotes->isChecked()});
    for (auto it = decided.cbegin(); it != decided.cend(); ++it)
        tfp::resolve(m_plan, it.key(), it.value());
    validateReviewMerge(m_doc.catalog(), m_plan);
}

void ReviewMergeDialog::setApplyVotes(bool apply)
{
    if (m_applyVotes->isChecked() != apply) {
        m_applyVotes->setChecked(apply); // comes back here through toggled
        return;
    }
    if (!m_package)
        return;
    try {
        m_error.clear();
        replan();
    } catch (const Error &e) {
        m_error = e.message();
    }
    fill();
}

void ReviewMergeDialog::resolve(int conflictRow, MergeSide side)
{
    if (conflictRow < 0 || conflictRow >= m_plan.conflicts.size())
        return;
    tfp::resolve(m_plan, m_plan.conflicts[conflictRow].id, side);
    try {
        validateReviewMerge(m_doc.catalog(), m_plan);
    } catch (const Error &e) {
        m_error = e.message();
    }
    fill();
}

void ReviewMergeDialog::resolveAll(MergeSide side)
{
    tfp::resolveAll(m_plan, side);
    try {
        validateReviewMerge(m_doc.catalog(), m_plan);
    } catch (const Error &e) {
        m_error = e.message();
    }
    fill();
}

bool ReviewMergeDialog::canApply() const
{
    return m_package && m_error.isEmpty() && !m_plan.alreadyMerged && m_plan.openConflicts() == 0 &&
           !m_doc.isReadOnly();
}

bool ReviewMergeDialog::apply()
{
    if (!canApply())
        return false;
    ChangeSet changes;
    try {
        changes = reviewMergeChanges(m_doc.catalog(), m_plan);
    } catch (const Error &e) {
        m_error = e.message();
        fill();
        return false;
    }
    if (!m_doc.push(changes, m_plan.source())) {
        m_error = tr("Der Katalog hat die Übernahme abgelehnt; es wurde nichts geändert.");
        fill();
        return false;
    }
    accept();
    return true;
}

QString ReviewMergeDialog::message() const
{
    return m_summary->text();
}

QString ReviewMergeDialog::valueText(const MergeItem &item, const QVariant &value) const
{
    return mergeValueText(m_doc.catalog(), item.table, item.column, value);
}

QString ReviewMergeDialog::changeText(const MergeItem &item) const
{
    switch (item.kind) {
    case MergeItem::Kind::Insert:
        return tr("neu");
    case MergeItem::Kind::Delete:
        return tr("gelöscht");
    case MergeItem::Kind::Update:
        break;
    }
    return valueText(item, item.package);
}

void ReviewMergeDialog::fill()
{
    const bool ok = m_package && m_error.isEmpty();
    // The sentences `tfp review-merge` prints: the votes as one line, the comments after the changes.
    const MergeSentences sentences = mergeSentences(m_plan.applied, m_doc.catalog());
    const QStringList appliedLines = sentences.changes + sentences.comments;
    QStringList lines;
    if (m_package)
        lines
            << tr("<b>Workshop-Paket „%1“</b> – Themenfeld „%2“, erstellt %3 von %4, %5 Änderungsschritte im "
                  "Workshop.")
                   .arg(m_plan.fileName.toHtmlEscaped(), m_package->info.themenfeld.toHtmlEscaped(),
                        edit::dateTimeText(
                            QDateTime::fromString(m_package->info.createdAt, Qt::ISODate).toLocalTime()),
                        m_package->info.createdBy.toHtmlEscaped())
                   .arg(m_plan.packageRevision);
    if (!m_error.isEmpty())
        lines << u"<span style='color:%1'>%2</span>"_qs.arg(
            signalColor(Signal::Error, QPalette::Window).name(), m_error.toHtmlEscaped());
    for (const QString &n : std::as_const(m_plan.notes))
        lines << n.toHtmlEscaped();
    if (ok && !m_plan.alreadyMerged) {
        lines << tr("%n Änderung(en) werden übernommen, ", nullptr, int(sentences.changes.size())) +
                     tr("%n Kommentar(e), ", nullptr, int(sentences.comments.size())) +
                     tr("%n Konflikt(e), davon %1 offen, ", nullptr, int(m_plan.conflicts.size()))
                         .arg(m_plan.openConflicts()) +
                     tr("%n nicht übernehmbar; ", nullptr, int(m_plan.rejected.size())) +
                     tr("Stimmen zu %n Bewertung(en).", nullptr, int(m_plan.votes.size()));
        if (m_plan.openConflicts() > 0)
            lines << tr("Entscheiden Sie jeden Konflikt (Katalog oder Paket), dann können Sie übernehmen.");
    }
    if (!m_package && m_error.isEmpty())
        lines << tr("Kein Workshop-Paket gewählt.");
    m_summary->setText(lines.join(u"<br>"_qs));

    m_applied->setRowCount(int(appliedLines.size()));
    for (int r = 0; r < appliedLines.size(); ++r)
        setRow(m_applied, r, {appliedLines[r]});
    fillConflicts();
    m_rejected->setRowCount(int(m_plan.rejected.size()));
    for (int r = 0; r < m_plan.rejected.size(); ++r)
        setRow(m_rejected, r, {m_plan.rejected[r].label, m_plan.rejected[r].note});
    m_votes->setRowCount(int(m_plan.votes.size()));
    const QLocale locale;
    for (int r = 0; r < m_plan.votes.size(); ++r) {
        const VoteAggregate &v = m_plan.votes[r];
        setRow(m_votes, r,
               {v.kriterium, v.leistung, QString::number(v.count), locale.toString(v.mean, 'f', 2),
                locale.toString(v.spread, 'f', 2), u"%1–%2"_qs.arg(v.min).arg(v.max),
                QString::number(v.proposed), v.score.isNull() ? tr("–") : v.score.toString()});
    }
    for (QTableWidget *t : {m_applied, m_rejected, m_votes})
        t->resizeColumnsToContents();

    if (auto *tabs = findChild<QTabWidget *>(u"ReviewMergeTabs"_qs)) {
        tabs->setTabText(0, tr("Übernommen (%1)").arg(appliedLines.size()));
        tabs->setTabText(
            1, tr("Konflikte (%1 offen von %2)").arg(m_plan.openConflicts()).arg(m_plan.conflicts.size()));
        tabs->setTabText(2, tr("Abgelehnt (%1)").arg(m_plan.rejected.size()));
        tabs->setTabText(3, tr("Stimmen (%1)").arg(m_plan.votes.size()));
        if (m_plan.openConflicts() > 0)
            tabs->setCurrentIndex(1);
    }
    m_applyVotes->setEnabled(ok && !m_plan.alreadyMerged);
    m_allCatalog->setEnabled(!m_plan.conflicts.isEmpty());
    m_allPackage->setEnabled(!m_plan.conflicts.isEmpty());
    m_apply->setEnabled(canApply());
}

void ReviewMergeDialog::fillConflicts()
{
    m_conflicts->setRowCount(int(m_plan.conflicts.size()));
    for (int r = 0; r < m_plan.conflicts.size(); ++r) {
        const MergeItem &i = m_plan.conflicts[r];
        if (i.kind == MergeItem::Kind::Update)
            setRow(m_conflicts, r,
                   {i.label, i.hasBase ? valueText(i, i.base) : tr("(neu auf beiden Seiten)"),
                    valueText(i, i.catalog), valueText(i, i.package)});
        else
            setRow(m_conflicts, r, {i.label, tr("vorhanden"), i.note, changeText(i)});
        if (m_conflicts->item(r, 0) && !i.note.isEmpty())
            m_conflicts->item(r, 0)->setToolTip(i.note);
        auto *choice = new QComboBox(m_conflicts);
        choice->addItem(tr("offen"), int(MergeSide::Open));
        choice->addItem(tr("Katalog"), int(MergeSide::Catalog));
        choice->addItem(tr("Paket"), int(MergeSide::Package));
        choice->setCurrentIndex(choice->findData(int(i.resolution)));
        choice->setAccessibleName(tr("Entscheidung für %1").arg(i.label));
        connect(
            choice, &QComboBox::activated, this,
            [this, r, choice] {
                const auto side = MergeSide(choice->currentData().toInt());
                if (side != MergeSide::Open)
                    resolve(r, side);
            },
            Qt::QueuedConnection); // resolve() rebuilds the table and with it this box

        m_conflicts->setCellWidget(r, 4, choice);
    }
    m_conflicts->resizeColumnsToContents();
}

} // namespace tfp::ui
