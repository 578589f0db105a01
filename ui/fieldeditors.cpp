#include "fieldeditors.h"

#include "dateedit.h"
#include "document.h"
#include "domain/labels.h"
#include "edit/fieldtext.h"
#include "storage/codes.h"
#include "tr.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QKeyEvent>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>
#include <algorithm>

namespace tfp::ui {

using namespace schema;

namespace {

const char *kKind = "tfpEditorKind";

} // namespace

QWidget *createFieldEditor(Document &doc, Table t, const QString &column, QWidget *parent, bool allowEmpty)
{
    using namespace col;
    const Column &c = table(t).column(column);
    const PlanSnapshot &plan = doc.plan();
    if (c.type == Type::Enum) {
        auto *box = new QComboBox(parent);
        if (c.nullable || allowEmpty)
            box->addItem(Tr::tr("– keine –"), QVariant());
        for (const auto &[code, label] : edit::choices(t, column)) {
            box->addItem(label, code);
            if (column == efaModell.toString())
                box->setItemData(box->count() - 1,
                                 labels::efaDescription(enumFromCode<EfaModell>(t, column, code)),
                                 Qt::ToolTipRole);
            if (column == rolle.toString())
                box->setItemData(box->count() - 1,
                                 labels::rolleDescription(enumFromCode<Rolle>(t, column, code)),
                                 Qt::ToolTipRole);
        }
        box->setProperty(kKind, u"combo"_qs);
        return box;
    }
    if (column == reifegradIst || column == reifegradZiel || column == reifegrad) {
        auto *box = new QComboBox(parent);
        if (c.nullable)
            box->addItem(Tr::tr("– nicht erhoben –"), QVariant());
        for (int level = 0; level <= 4; ++level) {
            box->addItem(labels::reifegrad(level), level);
            box->setItemData(box->count() - 1, labels::reifegradDescription(level), Qt::ToolTipRole);
        }
        box->setProperty(kKind, u"combo"_qs);
        return box;
    }
    if (c.references) {
        auto *box = new QComboBox(parent);
        if (c.nullable)
            box->addItem(Tr::tr("– keine Angabe –"), QVariant());
        if (*c.references == Table::Beteiligter) {
            const bool onlyLaender = column == landId;
            for (const auto &b : plan.beteiligte)
                if (!onlyLaender || b.art == BeteiligterArt::Land)
                    box->addItem(u"%1 – %2"_qs.arg(b.kuerzel, b.name), b.id);
        } else if (*c.references == Table::Leistung) {
            for (const auto &l : plan.leistungen)
                box->addItem(u"%1 %2"_qs.arg(l.ozgId).arg(l.name), l.ozgId);
        } else if (*c.references == Table::Lage) {
            for (const auto &l : plan.lagen)
                box->addItem(l.name, l.id);
        } else if (*c.references == Table::Projekt) {
            QList<const Projekt *> projekte;
            for (const auto &p : plan.projekte)
                projekte << &p;
            std::sort(projekte.begin(), projekte.end(), [](const Projekt *a, const Projekt *b) {
                return QString::localeAwareCompare(a->name, b->name) < 0;
            });
            for (const Projekt *p : std::as_const(projekte))
                box->addItem(p->name, p->id);
        }
        box->setProperty(kKind, u"combo"_qs);
        return box;
    }
    if (c.type == Type::Date) {
        auto *e = new DateEdit(parent);
        e->setAllowEmpty(c.nullable || allowEmpty);
        e->setProperty(kKind, u"date"_qs);
        return e;
    }
    if (c.type == Type::Integer || c.type == Type::Bool) {
        auto *s = new QSpinBox(parent);
        // A nullable number keeps one step below its minimum for "no value", shown as "–".
        const int low = int(c.min.value_or(0)) - (c.nullable ? 1 : 0);
        s->setRange(low, int(std::min(c.max.value_or(2e9), 2e9)));
        if (c.nullable)
            s->setSpecialValueText(Tr::tr("–"));
        if (column == budgetCent || column == planCent || column == istCent) {
            // Money is stored in cents but edited in euros.
            auto *d = new QDoubleSpinBox(parent);
            delete s;
            d->setRange(c.nullable ? -1 : 0, 1e11);
            if (c.nullable)
                d->setSpecialValueText(Tr::tr("–"));
            d->setDecimals(2);
            // Where the locale puts the currency sign: "1.250,00 €" in German, "€1,250.00" in English.
            if (QLocale().toCurrencyString(1.0, u"€"_qs).startsWith(u'€'))
                d->setPrefix(u"€"_qs);
            else
                d->setSuffix(u" €"_qs);
            d->setGroupSeparatorShown(true);
            d->setProperty(kKind, u"money"_qs);
            return d;
        }
        s->setGroupSeparatorShown(column == nachfrage);
        s->setProperty(kKind, u"int"_qs);
        return s;
    }
    if (c.type == Type::Real) {
        auto *d = new QDoubleSpinBox(parent);
        d->setRange(c.min.value_or(0) - (c.nullable ? 1 : 0), c.max.value_or(1e9));
        if (c.nullable)
            d->setSpecialValueText(Tr::tr("–"));
        d->setDecimals(column == gewicht ? 2 : 1);
        d->setProperty(kKind, u"real"_qs);
        return d;
    }
    auto *line = new QLineEdit(parent);
    line->setProperty(kKind, u"text"_qs);
    return line;
}

void setEditorValue(QWidget *editor, const QVariant &v)
{
    const QString kind = editor->property(kKind).toString();
    if (auto *box = qobject_cast<QComboBox *>(editor)) {
        int i = -1;
        for (int n = 0; n < box->count(); ++n)
            if ((v.isNull() && box->itemData(n).isNull()) || (!v.isNull() && box->itemData(n) == v) ||
                (!v.isNull() && !box->itemData(n).isNull() && box->itemData(n).toString() == v.toString()))
                i = n;
        box->setCurrentIndex(std::max(i, 0));
    } else if (auto *date = qobject_cast<DateEdit *>(editor)) {
        const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
        date->setDate(d.isValid() ? std::optional<QDate>(d) : std::nullopt);
    } else if (auto *d = qobject_cast<QDoubleSpinBox *>(editor)) {
        if (v.isNull())
            d->setValue(d->minimum());
        else
            d->setValue(kind == u"money" ? double(v.toLongLong()) / 100.0 : v.toDouble());
    } else if (auto *s = qobject_cast<QSpinBox *>(editor)) {
        s->setValue(v.isNull() ? s->minimum() : v.toInt());
    } else if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        line->setText(v.toString());
    }
}

QVariant editorValue(QWidget *editor)
{
    const QString kind = editor->property(kKind).toString();
    if (auto *box = qobject_cast<QComboBox *>(editor))
        return box->currentData();
    if (auto *date = qobject_cast<DateEdit *>(editor)) {
        const std::optional<QDate> d = date->date();
        return d ? QVariant(d->toString(Qt::ISODate)) : QVariant();
    }
    if (auto *d = qobject_cast<QDoubleSpinBox *>(editor)) {
        if (!d->specialValueText().isEmpty() && d->value() == d->minimum())
            return {};
        return kind == u"money" ? QVariant(qint64(std::llround(d->value() * 100.0))) : QVariant(d->value());
    }
    if (auto *s = qobject_cast<QSpinBox *>(editor)) {
        if (!s->specialValueText().isEmpty() && s->value() == s->minimum())
            return {};
        return s->value();
    }
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        return line->text();
    return {};
}

bool editorAccepts(QWidget *editor)
{
    auto *line = qobject_cast<QLineEdit *>(editor);
    return !line || line->hasAcceptableInput();
}

void onEditorCommit(QWidget *editor, QObject *context, const std::function<void()> &fn)
{
    if (auto *box = qobject_cast<QComboBox *>(editor))
        QObject::connect(box, &QComboBox::activated, context, fn);
    else if (auto *line = qobject_cast<QLineEdit *>(editor))
        QObject::connect(line, &QLineEdit::editingFinished, context, fn);
    else if (auto *spin = qobject_cast<QAbstractSpinBox *>(editor))
        QObject::connect(spin, &QAbstractSpinBox::editingFinished, context, fn);
}

} // namespace tfp::ui
