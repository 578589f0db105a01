// The one editor for every date in the app (forms, tables, dialogs): a line edit that reads what users type
// by core's rules (edit::parseDateInput), may be empty ("no date"), shows in red why a text is not a date,
// and opens a calendar at its value or at today.
#pragma once

#include <QDate>
#include <QLineEdit>
#include <optional>

class QCalendarWidget;

namespace tfp::ui {

class DateEdit : public QLineEdit
{
    Q_OBJECT
public:
    explicit DateEdit(QWidget *parent = nullptr);

    // The date the text stands for; nullopt when the field is empty or the text is not a date.
    std::optional<QDate> date() const;
    void setDate(std::optional<QDate> date);
    // Without it an empty field is not acceptable input (a Stichtag always has a date).
    void setAllowEmpty(bool allow);
    // Why the text is not acceptable; empty when it is.
    QString problem() const;
    // Shows the text in red with its reason when it is not acceptable (as leaving the field does).
    bool markProblem();

    QAction *calendarAction() const { return m_calendarAction; }
    QCalendarWidget *calendar() const { return m_calendar; } // the popup; null before it first opened
    void showCalendar();

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    // The user picked a day in the calendar (editingFinished follows as well).
    void datePicked(const QDate &date);
    // The reason shown for the text changed; empty when the text is a date again.
    void problemChanged(const QString &problem);

protected:
    void keyPressEvent(QKeyEvent *e) override;
    void focusOutEvent(QFocusEvent *e) override;
    bool eventFilter(QObject *watched, QEvent *e) override;

private:
    void showProblem(bool show);
    int dateWidth() const;

    QAction *m_calendarAction = nullptr;
    QCalendarWidget *m_calendar = nullptr;
    QString m_tip;
    QString m_shownReason;
    bool m_allowEmpty = true;
    bool m_problemShown = false;
};

} // namespace tfp::ui
