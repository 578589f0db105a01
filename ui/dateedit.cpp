#include "dateedit.h"

#include "edit/dateinput.h"
#include "edit/fieldtext.h"
#include "palettecolors.h"

#include <QAction>
#include <QCalendarWidget>
#include <QKeyEvent>
#include <QPainter>
#include <QScreen>
#include <QStyle>
#include <QValidator>

namespace tfp::ui {

namespace {

// Acceptable is a date (or an empty field where that is allowed); anything else can still be typed on.
class DateValidator : public QValidator
{
public:
    DateValidator(const bool &allowEmpty, QObject *parent) : QValidator(parent), m_allowEmpty(allowEmpty) {}
    State validate(QString &text, int &) const override
    {
        const edit::DateInput in = edit::parseDateInput(text);
        return in.isDate() || (in.isEmpty() && m_allowEmpty) ? Acceptable : Intermediate;
    }

private:
    const bool &m_allowEmpty;
};

QIcon calendarIcon(const QPalette &palette)
{
    QPixmap pm(16, 16);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    const QColor ink = palette.color(QPalette::Text);
    p.setPen(ink);
    p.drawRect(1, 2, 13, 12);
    p.fillRect(1, 2, 14, 4, ink);
    for (int row = 0; row < 2; ++row)
        for (int c = 0; c < 3; ++c)
            p.fillRect(3 + c * 4, 8 + row * 3, 2, 2, ink);
    return QIcon(pm);
}

} // namespace

DateEdit::DateEdit(QWidget *parent) : QLineEdit(parent)
{
    setValidator(new DateValidator(m_allowEmpty, this));
    setPlaceholderText(tr("kein Datum"));
    m_tip =
        tr("Datum eingeben: %1, TT.MM.JJ, JJJJ-MM-TT, „heute“ oder +Tage (z. B. +14). Entf leert das Feld "
           "(kein Datum); Alt+↓ öffnet den Kalender.")
            .arg(edit::dateText(QDate::currentDate()));
    setToolTip(m_tip);
    m_calendarAction = addAction(calendarIcon(palette()), QLineEdit::TrailingPosition);
    m_calendarAction->setToolTip(tr("Kalender öffnen"));
    connect(m_calendarAction, &QAction::triggered, this, &DateEdit::showCalendar);
    connect(this, &QLineEdit::textChanged, this, [this] {
        if (hasAcceptableInput() || m_problemShown)
            showProblem(!hasAcceptableInput());
    });
}

std::optional<QDate> DateEdit::date() const
{
    const edit::DateInput in = edit::parseDateInput(text());
    return in.isDate() ? std::optional<QDate>(in.date) : std::nullopt;
}

void DateEdit::setDate(std::optional<QDate> date)
{
    setText(date && date->isValid() ? edit::dateText(*date) : QString());
    showProblem(false);
}

void DateEdit::setAllowEmpty(bool allow)
{
    m_allowEmpty = allow;
    setPlaceholderText(allow ? tr("kein Datum") : QString());
}

QString DateEdit::problem() const
{
    if (hasAcceptableInput())
        return {};
    const edit::DateInput in = edit::parseDateInput(text());
    return in.isInvalid() ? in.reason : tr("Bitte ein Datum eingeben.");
}

bool DateEdit::markProblem()
{
    const bool ok = hasAcceptableInput();
    showProblem(!ok);
    return ok;
}

void DateEdit::showProblem(bool show)
{
    const QString reason = show ? problem() : QString();
    m_problemShown = show;
    setSignalText(this, show ? Signal::Error : Signal::None);
    setToolTip(show ? reason : m_tip);
    setAccessibleDescription(reason);
    if (reason != m_shownReason) {
        m_shownReason = reason;
        Q_EMIT problemChanged(reason);
    }
}

void DateEdit::keyPressEvent(QKeyEvent *e)
{
    if ((e->key() == Qt::Key_Down && e->modifiers() & Qt::AltModifier) || e->key() == Qt::Key_F4) {
        showCalendar();
        return;
    }
    QLineEdit::keyPressEvent(e);
    if ((e->key() == Qt::Key_Return || e->key() == Qt::Key_Enter) && !hasAcceptableInput())
        showProblem(true);
}

void DateEdit::focusOutEvent(QFocusEvent *e)
{
    QLineEdit::focusOutEvent(e);
    if (e->reason() != Qt::PopupFocusReason && !hasAcceptableInput())
        showProblem(true);
}

void DateEdit::showCalendar()
{
    if (!m_calendar) {
        // A child of the editor, so that a table's delegate sees the focus stay inside its editor.
        m_calendar = new QCalendarWidget(this);
        m_calendar->setWindowFlags(Qt::Popup);
        m_calendar->setDateRange(QDate(1990, 1, 1), QDate(2100, 12, 31));
        m_calendar->setGridVisible(true);
        m_calendar->installEventFilter(this);
        connect(m_calendar, &QCalendarWidget::activated, this, [this](const QDate &d) {
            m_calendar->hide();
            setDate(d);
            setFocus(Qt::PopupFocusReason);
            Q_EMIT datePicked(d);
            Q_EMIT editingFinished();
        });
        connect(m_calendar, &QCalendarWidget::clicked, m_calendar, &QCalendarWidget::activated);
    }
    const QDate at = date().value_or(QDate::currentDate());
    m_calendar->setSelectedDate(at);
    m_calendar->setCurrentPage(at.year(), at.month());
    m_calendar->adjustSize();
    QPoint pos = mapToGlobal(rect().bottomLeft());
    if (const QScreen *s = screen()) {
        const QRect avail = s->availableGeometry();
        if (pos.y() + m_calendar->height() > avail.bottom())
            pos.setY(mapToGlobal(QPoint(0, 0)).y() - m_calendar->height());
        pos.setX(
            std::clamp(pos.x(), avail.left(), std::max(avail.left(), avail.right() - m_calendar->width())));
    }
    m_calendar->move(pos);
    m_calendar->show();
    m_calendar->setFocus(Qt::PopupFocusReason);
}

bool DateEdit::eventFilter(QObject *watched, QEvent *e)
{
    if (watched == m_calendar && e->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent *>(e)->key() == Qt::Key_Escape) {
        m_calendar->hide();
        setFocus(Qt::PopupFocusReason);
        return true;
    }
    return QLineEdit::eventFilter(watched, e);
}

int DateEdit::dateWidth() const
{
    // The widest date of the locale's format, the calendar button and the frame.
    const int text = fontMetrics().horizontalAdvance(edit::dateText(QDate(2026, 12, 28)) + u"0"_qs);
    const int icon = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this) + 12;
    return text + icon + 2 * style()->pixelMetric(QStyle::PM_DefaultFrameWidth, nullptr, this) + 8;
}

QSize DateEdit::sizeHint() const
{
    const QSize hint = QLineEdit::sizeHint();
    return {std::max(hint.width(), dateWidth()), hint.height()};
}

QSize DateEdit::minimumSizeHint() const
{
    return {dateWidth(), QLineEdit::minimumSizeHint().height()};
}

} // namespace tfp::ui
