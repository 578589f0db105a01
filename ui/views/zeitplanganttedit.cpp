// The Zeitplan Gantt's edits: a milestone moved (with the successors it would break, when the user wants
// them along), a project shifted, a dependency added, and the date editor Enter opens; each one step through
// the edit functions, a refusal shown where the user dropped.
#include "zeitplangantt.h"

#include "dateedit.h"
#include "document.h"
#include "edit/edits.h"
#include "edit/fieldtext.h"
#include "edit/scheduleedits.h"
#include "error.h"

#include <QKeyEvent>
#include <QMessageBox>
#include <QPushButton>
#include <QToolTip>

namespace tfp::ui {

namespace {

constexpr int kLangeListe = 12; // successors listed by name in the question, the rest counted

} // namespace

void ZeitplanGantt::zeigeMeldung(const QPoint &wo, const QString &text)
{
    m_meldung = text;
    Q_EMIT meldungChanged(text);
    if (!text.isEmpty())
        QToolTip::showText(mapToGlobal(wo), text, this, QRect(wo - QPoint(20, 20), QSize(40, 40)), 8000);
}

void ZeitplanGantt::verschiebe(qint64 id, const QDate &nach, const QPoint &wo)
{
    const Meilenstein *m = meilenstein(id);
    if (!m)
        return;
    QList<edit::TerminVerschiebung> moves{{id, m->geplant, nach}};
    const QList<edit::TerminVerschiebung> mit = edit::abhaengigeVerschiebungen(m_doc.plan(), moves);
    if (!mit.isEmpty()) {
        QStringList zeilen;
        for (qsizetype i = 0; i < mit.size() && i < kLangeListe; ++i)
            if (const Meilenstein *s = meilenstein(mit[i].meilensteinId))
                zeilen << tr("„%1“ (%2): %3 → %4")
                              .arg(s->titel,
                                   edit::rowLabel(m_doc.catalog(), schema::Table::Projekt, s->projektId),
                                   edit::dateText(mit[i].von), edit::dateText(mit[i].nach));
        if (mit.size() > kLangeListe)
            zeilen << tr("… und %n weitere", nullptr, int(mit.size() - kLangeListe));
        QMessageBox box(
            QMessageBox::Question, tr("Abhängige Meilensteine"),
            tr("Am %1 kämen %n abhängige Meilensteine vor ihren Vorgänger. Sollen sie mitverschoben "
               "werden?",
               nullptr, int(mit.size()))
                .arg(edit::dateText(nach)),
            QMessageBox::NoButton, this);
        box.setInformativeText(zeilen.join(u'\n'));
        QPushButton *mitButton = box.addButton(tr("&Mitverschieben"), QMessageBox::AcceptRole);
        QPushButton *alleinButton = box.addButton(tr("&Nur diesen Meilenstein"), QMessageBox::ActionRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(mitButton);
        box.exec();
        if (box.clickedButton() == mitButton)
            moves += mit;
        else if (box.clickedButton() != alleinButton)
            return;
    }
    try {
        const ChangeSet cs = edit::verschiebeMeilensteine(m_doc.catalog(), moves);
        const QStringList hinweise = edit::warnings(m_doc.catalog(), schema::Table::Meilenstein, id,
                                                    schema::col::geplant, nach.toString(Qt::ISODate));
        if (m_doc.push(cs))
            zeigeMeldung(wo, hinweise.join(u'\n'));
    } catch (const Error &e) {
        zeigeMeldung(wo, e.message());
    }
}

void ZeitplanGantt::verschiebeProjekt(qint64 projektId, int monate, int tage, const QPoint &wo)
{
    const auto moves = edit::projektVerschiebung(m_doc.plan(), projektId, monate, tage);
    if (moves.isEmpty()) {
        zeigeMeldung(wo, tr("Das Projekt hat keine offenen Meilensteine mit geplantem Termin."));
        return;
    }
    try {
        if (m_doc.push(edit::verschiebeMeilensteine(m_doc.catalog(), moves, projektId)))
            zeigeMeldung(wo, {});
    } catch (const Error &e) {
        zeigeMeldung(wo, e.message());
    }
}

void ZeitplanGantt::verknuepfe(qint64 vorgaenger, qint64 nachfolger, const QPoint &wo)
{
    try {
        if (m_doc.push(edit::addMeilensteinAbhaengigkeit(m_doc.catalog(), nachfolger, vorgaenger)))
            zeigeMeldung(wo, {});
    } catch (const Error &e) {
        zeigeMeldung(wo, e.message());
    }
}

void ZeitplanGantt::openDateEditor()
{
    const Meilenstein *m = meilenstein(m_current);
    if (!m)
        return;
    closeDateEditor(false);
    m_editor = new DateEdit(this);
    m_editor->setAllowEmpty(false);
    m_editor->setDate(m->geplant.isValid() ? std::optional(m->geplant) : std::nullopt);
    m_editor->setAccessibleName(tr("Geplanter Termin von „%1“").arg(m->titel));
    m_editor->installEventFilter(this);
    const QPointF pt = meilensteinPunkt(m_current).value_or(QPointF(width() / 2.0, height() / 2.0));
    const QSize s = m_editor->sizeHint();
    m_editor->setGeometry(
        QRect(QPoint(std::clamp(int(pt.x()) - s.width() / 2, 0, std::max(0, width() - s.width())),
                     int(pt.y()) + 10),
              s));
    m_editor->show();
    m_editor->selectAll();
    m_editor->setFocus(Qt::OtherFocusReason);
}

void ZeitplanGantt::closeDateEditor(bool apply)
{
    if (!m_editor)
        return;
    DateEdit *e = m_editor;
    m_editor = nullptr;
    e->removeEventFilter(this);
    e->hide();
    e->deleteLater();
    setFocus(Qt::OtherFocusReason);
    if (apply)
        if (const auto d = e->date(); d && meilenstein(m_current))
            if (const auto pt = meilensteinPunkt(m_current); *d != meilenstein(m_current)->geplant)
                verschiebe(m_current, *d, pt ? pt->toPoint() : rect().center());
}

bool ZeitplanGantt::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor) {
        if (event->type() == QEvent::KeyPress) {
            const int key = static_cast<QKeyEvent *>(event)->key();
            if (key == Qt::Key_Escape) {
                closeDateEditor(false);
                return true;
            }
            // Enter takes a date; a text that is none stays, with the reason, until it is one or Escape.
            if (key == Qt::Key_Return || key == Qt::Key_Enter) {
                if (m_editor->date())
                    closeDateEditor(true);
                else
                    m_editor->markProblem();
                return true;
            }
        }
        if (event->type() == QEvent::FocusOut &&
            static_cast<QFocusEvent *>(event)->reason() != Qt::PopupFocusReason)
            QMetaObject::invokeMethod(
                this, [this] { closeDateEditor(false); }, Qt::QueuedConnection);
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace tfp::ui
