#include "historypanel.h"

#include "document.h"
#include "edit/changetext.h"
#include "edit/edits.h"
#include "edit/fieldtext.h"
#include "exchange/reviewpackage.h"
#include "storage/catalog.h"
#include "textfit.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tfp::ui {

using namespace schema;

namespace {
QString localTime(const QString &iso)
{
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODate);
    return t.isValid() ? edit::dateTimeText(t.toLocalTime()) : iso;
}
} // namespace

HistoryPanel::HistoryPanel(Document &doc, QWidget *parent) : QWidget(parent), m_doc(doc)
{
    m_title = new QLabel(this);
    m_comments = new QTreeWidget(this);
    m_comments->setHeaderLabels({tr("Kommentar"), tr("von"), tr("am")});
    m_comments->setRootIsDecorated(false);
    m_comments->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    elidedTips(m_comments);
    m_comments->setWordWrap(true);
    m_history = new QTreeWidget(this);
    m_history->setObjectName(u"HistoryTree"_qs);
    m_history->setHeaderLabels({tr("Änderung"), tr("Feld"), tr("alt"), tr("neu"), tr("von"), tr("am")});
    m_history->setRootIsDecorated(false);
    m_history->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    elidedTips(m_history);
    m_input = new QLineEdit(this);
    m_input->setPlaceholderText(tr("Kommentar schreiben und mit Eingabe speichern"));
    m_add = new QPushButton(tr("Kommentieren"), this);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_comments);
    auto *input = new QHBoxLayout;
    input->addWidget(m_input);
    input->addWidget(m_add);
    leftLayout->addLayout(input);
    auto *split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(m_history);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(split);

    connect(m_add, &QPushButton::clicked, this, &HistoryPanel::addComment);
    connect(m_input, &QLineEdit::returnPressed, this, &HistoryPanel::addComment);
    connect(&doc, &Document::changed, this, &HistoryPanel::reload);
    connect(&doc, &Document::reloaded, this, &HistoryPanel::reload);
    reload();
}

void HistoryPanel::setEntity(Table table, qint64 key)
{
    m_table = table;
    m_key = key;
    reload();
}

void HistoryPanel::reload()
{
    m_comments->clear();
    m_history->clear();
    const bool has = m_key != 0 && m_doc.catalog().row(m_table, m_key).has_value();
    m_input->setEnabled(has && !m_doc.isReadOnly());
    m_add->setEnabled(has && !m_doc.isReadOnly());
    if (!has) {
        m_title->setText(
            tr("Wählen Sie eine OZG-Leistung oder ein Projekt, um Kommentare und Änderungen zu sehen."));
        return;
    }
    m_title->setText(
        tr("Kommentare und Änderungen zu %1").arg(edit::rowLabel(m_doc.catalog(), m_table, m_key)));
    for (const QVariantMap &c : m_doc.catalog().rowsWhere(Table::Kommentar, col::entityKey, m_key)) {
        if (c.value(col::entityTable.toString()).toString() != table(m_table).name)
            continue;
        auto *item = new QTreeWidgetItem(
            m_comments, {c.value(col::text.toString()).toString(), c.value(col::autor.toString()).toString(),
                         localTime(c.value(col::zeitpunkt.toString()).toString())});
        item->setToolTip(0, c.value(col::text.toString()).toString());
    }
    if (m_comments->topLevelItemCount() == 0)
        new QTreeWidgetItem(m_comments, {tr("Noch keine Kommentare.")});
    const auto entries = m_doc.catalog().journalFor(m_table, m_key);
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        const QString field = it->column.isEmpty() ? QString() : edit::fieldLabel(m_table, it->column);
        // A whole row came or went: say so instead of showing the stored row text.
        const QString alt = it->column.isEmpty() ? (it->alt.isEmpty() ? QString() : tr("gelöscht"))
                                                 : edit::valueText(m_table, it->column, it->alt);
        const QString neu = it->column.isEmpty() ? (it->neu.isEmpty() ? QString() : tr("angelegt"))
                                                 : edit::valueText(m_table, it->column, it->neu);
        new QTreeWidgetItem(m_history, {edit::descriptionText(it->beschreibung), field, alt, neu,
                                        edit::authorText(*it), localTime(it->zeitpunkt)});
    }
    if (m_history->topLevelItemCount() == 0)
        // A package carries no journal of its catalog: only what the workshop changed shows here.
        new QTreeWidgetItem(m_history, {isReviewPackage(m_doc.catalog())
                                            ? tr("In diesem Workshop-Paket noch nicht geändert.")
                                            : tr("Seit dem Anlegen des Katalogs unverändert.")});
}

void HistoryPanel::addComment()
{
    const QString text = m_input->text();
    if (text.trimmed().isEmpty() || !m_key)
        return;
    if (m_doc.run([&] { return edit::addKommentar(m_doc.catalog(), m_table, m_key, text); }))
        m_input->clear();
}

} // namespace tfp::ui
