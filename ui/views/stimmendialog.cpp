#include "stimmendialog.h"

#include "dateedit.h"
#include "document.h"
#include "edit/changetext.h"
#include "edit/fieldtext.h"
#include "edit/workshopedits.h"
#include "palettecolors.h"
#include "storage/catalog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>
#include <map>

namespace tfp::ui {

StimmenDialog::StimmenDialog(Document &doc, int themenfeldId, int ozgId, QWidget *parent)
    : QDialog(parent), m_doc(doc), m_themenfeldId(themenfeldId), m_ozgId(ozgId)
{
    const PlanSnapshot &plan = doc.planWithScores(themenfeldId);
    const Leistung *leistung = plan.leistung(ozgId);
    setWindowTitle(tr("Stimmen erfassen – %1").arg(leistung ? leistung->name : QString::number(ozgId)));
    QSettings settings;
    m_teilnehmer = new QLineEdit(settings.value(u"review/teilnehmer"_qs).toString(), this);
    m_workshop = new QLineEdit(settings.value(u"review/workshop"_qs).toString(), this);
    m_workshop->setPlaceholderText(tr("z. B. Steuerungskreis"));
    m_datum = new DateEdit(this);
    m_datum->setDate(QDate::currentDate());
    auto *form = new QFormLayout;
    form->addRow(tr("&Teilnehmer/in:"), m_teilnehmer);
    form->addRow(tr("&Workshop:"), m_workshop);
    form->addRow(tr("&Datum:"), m_datum);
    auto *problem = new QLabel(this);
    problem->setWordWrap(true);
    setSignalText(problem, Signal::Error);
    problem->hide();
    form->addRow(problem);
    connect(m_datum, &DateEdit::problemChanged, problem, [problem](const QString &text) {
        problem->setText(text);
        problem->setVisible(!text.isEmpty());
    });
    QList<Kriterium> kriterien;
    for (const Kriterium &k : plan.kriterien)
        if (k.themenfeldId == themenfeldId)
            kriterien << k;
    std::sort(kriterien.begin(), kriterien.end(),
              [](const Kriterium &a, const Kriterium &b) { return a.sortOrder < b.sortOrder; });
    for (const Kriterium &k : std::as_const(kriterien)) {
        auto *field = new QSpinBox(this);
        field->setRange(-1, 5);
        field->setSpecialValueText(tr("–"));
        field->setValue(-1);
        field->setAccessibleName(tr("Stimme zu %1").arg(k.name));
        form->addRow(tr("%1:").arg(k.name), field);
        m_kriterien << k.id;
        m_fields << field;
    }
    m_votes = new QStandardItemModel(this);
    m_table = new QTableView(this);
    m_table->setModel(m_votes);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAccessibleName(tr("Erfasste Stimmen"));
    auto *record = new QPushButton(tr("Stimmen &speichern"), this);
    record->setDefault(true);
    connect(record, &QPushButton::clicked, this, [this] { this->record(); });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(record, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Erfasste Stimmen:"), this));
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    connect(m_teilnehmer, &QLineEdit::editingFinished, this, &StimmenDialog::loadParticipant);
    connect(m_workshop, &QLineEdit::editingFinished, this, &StimmenDialog::loadParticipant);
    connect(&doc, &Document::changed, this, &StimmenDialog::refresh);
    connect(&doc, &Document::reloaded, this, &StimmenDialog::refresh);
    refresh();
    loadParticipant();
    resize(560, 520);
}

QSpinBox *StimmenDialog::stimme(qint64 kriteriumId) const
{
    const qsizetype i = m_kriterien.indexOf(kriteriumId);
    return i < 0 ? nullptr : m_fields[i];
}

bool StimmenDialog::record()
{
    const QString who = m_teilnehmer->text().trimmed();
    if (!m_datum->hasAcceptableInput()) {
        // A mistyped date is neither recorded nor replaced by another one: the field says why.
        m_datum->markProblem();
        m_datum->setFocus();
        return false;
    }
    const bool done = m_doc.run([&] {
        ChangeSet all(edit::Phrase(edit::Phrase::Msg::SetStimmen).arg(who).stored());
        for (qsizetype i = 0; i < m_kriterien.size(); ++i) {
            const int value = m_fields[i]->value();
            all.append(edit::setStimme(m_doc.catalog(), m_kriterien[i], m_ozgId, who, m_workshop->text(),
                                       value < 0 ? std::nullopt : std::optional<int>(value),
                                       m_datum->date().value_or(QDate())));
        }
        return all;
    });
    if (done) {
        QSettings settings;
        settings.setValue(u"review/teilnehmer"_qs, who);
        settings.setValue(u"review/workshop"_qs, m_workshop->text().trimmed());
    }
    return done;
}

void StimmenDialog::refresh()
{
    const PlanSnapshot &plan = m_doc.planWithScores(m_themenfeldId);
    QStringList headers{tr("Teilnehmer/in"), tr("Workshop")};
    for (qint64 id : std::as_const(m_kriterien))
        for (const Kriterium &k : plan.kriterien)
            if (k.id == id)
                headers << k.name;
    // One row per participant and workshop, in name order.
    std::map<std::pair<QString, QString>, QHash<qint64, int>> rows;
    for (const Stimme &s : plan.stimmen)
        if (s.ozgId == m_ozgId && m_kriterien.contains(s.kriteriumId))
            rows[{s.teilnehmer, s.workshop}][s.kriteriumId] = s.wert;
    m_votes->clear();
    m_votes->setHorizontalHeaderLabels(headers);
    for (const auto &[who, values] : rows) {
        QList<QStandardItem *> items{new QStandardItem(who.first), new QStandardItem(who.second)};
        for (qint64 id : std::as_const(m_kriterien))
            items << new QStandardItem(values.contains(id) ? QString::number(values.value(id)) : tr("–"));
        m_votes->appendRow(items);
    }
    m_table->resizeColumnsToContents();
}

void StimmenDialog::loadParticipant()
{
    const QString who = m_teilnehmer->text().trimmed();
    const QString workshop = m_workshop->text().trimmed();
    for (QSpinBox *f : std::as_const(m_fields))
        f->setValue(-1);
    for (const Stimme &s : m_doc.planWithScores(m_themenfeldId).stimmen)
        if (s.ozgId == m_ozgId && s.teilnehmer == who && s.workshop == workshop)
            if (QSpinBox *f = stimme(s.kriteriumId))
                f->setValue(s.wert);
}

} // namespace tfp::ui
