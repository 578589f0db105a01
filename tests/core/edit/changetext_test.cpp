// A change set's description is kept as data and told in the reader's language; journals written before,
// and whatever a received file holds instead of a well-formed description, are shown as they are.
#include "support/catchqt.h"

#include "edit/changetext.h"
#include "edit/edits.h"
#include "storage/catalog.h"
#include "support/germanlocale.h"
#include "support/testutil.h"

#include <QCoreApplication>
#include <QHash>
#include <QTranslator>

using namespace tfp;
using namespace tfp::schema;
using edit::Phrase;

namespace {

// A few messages of the edit functions in another language, installed for the lifetime of the object.
class OtherLanguage : public QTranslator
{
public:
    OtherLanguage() { QCoreApplication::installTranslator(this); }
    ~OtherLanguage() override { QCoreApplication::removeTranslator(this); }
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char *, int n) const override
    {
        static const QHash<QString, QString> words{
            {u"%1 von %2 auf %3 setzen"_qs, u"Set %1 of %2 to %3"_qs},
            {u"„%1“"_qs, u"‘%1’"_qs},
            {u"Go-live"_qs, u"go-live"_qs},
            {u"Rückgängig: %1"_qs, u"Undo: %1"_qs},
            {u"Projekt %1"_qs, u"project %1"_qs},
            {u"Zahlungsplan: %n Quartale im %1 anlegen"_qs, u"Payment plan: add %n quarters to %1"_qs}};
        if (QLatin1String(context) != QLatin1String("tfp::edit"))
            return {};
        QString out = words.value(QString::fromUtf8(source));
        return n >= 0 ? out.replace(u"%n"_qs, QString::number(n)) : out;
    }
};

} // namespace

TEST_CASE("an edit's description is stored as data and told in the language it is read in", "[core]")
{
    test::GermanLocale german;
    QTemporaryDir dir;
    auto c = Catalog::open(test::defaultCatalogCopy(dir));
    const ChangeSet cs = edit::setField(*c, Table::Leistung, 10000, col::goLive, u"2026-09-30"_qs);
    CHECK(cs.description.startsWith(u"tfp:1:"));
    CHECK_FALSE(cs.description.contains(u"setzen"));
    c->apply(cs);
    const QString stored = c->journalFor(Table::Leistung, 10000).last().beschreibung;
    CHECK(stored == cs.description);
    CHECK(edit::descriptionText(stored) == u"Go-live von „Elterngeld“ auf 30.09.2026 setzen");
    const QString undo = Phrase(Phrase::Msg::Undo).arg(Phrase::fromStored(stored)).stored();
    {
        OtherLanguage english;
        CHECK(edit::descriptionText(stored) == u"Set go-live of ‘Elterngeld’ to 30.09.2026");
        CHECK(edit::descriptionText(undo) == u"Undo: Set go-live of ‘Elterngeld’ to 30.09.2026");
        const QString quartale =
            Phrase(Phrase::Msg::AddZahlungsQuartale, 3)
                .arg(Phrase(Phrase::Msg::ProjektLabel).arg(Phrase::quoted(u"Kita-Portal"_qs)))
                .stored();
        CHECK(edit::descriptionText(quartale) == u"Payment plan: add 3 quarters to project ‘Kita-Portal’");
    }
    CHECK(edit::descriptionText(undo) == u"Rückgängig: Go-live von „Elterngeld“ auf 30.09.2026 setzen");
}

TEST_CASE("a name is data: its own placeholders and quotation marks stay as typed", "[core]")
{
    QTemporaryDir dir;
    auto c = Catalog::open(test::defaultCatalogCopy(dir));
    c->apply(edit::setField(*c, Table::Leistung, 10000, col::name, u"Elterngeld %1 %2 „x“"_qs));
    const ChangeSet cs = edit::setField(*c, Table::Leistung, 10000, col::reifegradIst, 3);
    CHECK(edit::descriptionText(cs.description) ==
          u"Reifegrad (ist) von „Elterngeld %1 %2 „x““ auf 3 – Online-Leistung setzen");
}

TEST_CASE("journal entries written as sentences are shown as they are", "[core]")
{
    QTemporaryDir dir;
    auto c = Catalog::open(test::defaultCatalogCopy(dir));
    ChangeSet old(u"Status von „Elterngeld“ auf online setzen"_qs);
    old.append(Change::update(Table::Leistung, 10000, col::status.toString(),
                              c->value(Table::Leistung, 10000, col::status), u"online"_qs));
    c->apply(old);
    const QString stored = c->journalFor(Table::Leistung, 10000).last().beschreibung;
    CHECK(stored == u"Status von „Elterngeld“ auf online setzen");
    OtherLanguage english;
    CHECK(edit::descriptionText(stored) == stored);
    CHECK(edit::descriptionText(Phrase(Phrase::Msg::Undo).arg(Phrase::fromStored(stored)).stored()) ==
          u"Undo: Status von „Elterngeld“ auf online setzen");
}

TEST_CASE("a malformed description from a received file is shown as its raw text", "[core]")
{
    QString deep = u"\"x\""_qs;
    for (int i = 0; i < 200; ++i)
        deep = uR"({"m":"undo","a":[%1]})"_qs.arg(deep);
    const QStringList broken{
        u"tfp:1:"_qs,
        u"tfp:1:{"_qs,
        u"tfp:1:[]"_qs,
        u"tfp:1:\"text\""_qs,
        uR"(tfp:1:{"m":"gibtsnicht","a":[]})"_qs,
        uR"(tfp:1:{"m":"remove"})"_qs,
        uR"(tfp:1:{"m":"remove","a":"x"})"_qs,
        uR"(tfp:1:{"m":"remove","a":[]})"_qs,
        uR"(tfp:1:{"m":"remove","a":["x","y"]})"_qs,
        uR"(tfp:1:{"m":"remove","a":[5]})"_qs,
        uR"(tfp:1:{"m":"remove","a":[null]})"_qs,
        uR"(tfp:1:{"m":"remove","a":["x"],"z":1})"_qs,
        uR"(tfp:1:{"m":"remove","a":[{"t":"gibtsnicht"}]})"_qs,
        uR"(tfp:1:{"m":"remove","a":[{"t":7}]})"_qs,
        uR"(tfp:1:{"m":"remove","a":[{"f":["leistung","gibtsnicht"]}]})"_qs,
        uR"(tfp:1:{"m":"remove","a":[{"f":["leistung"]}]})"_qs,
        uR"(tfp:1:{"m":"remove","a":[{"v":["leistung","status",{"x":1}]}]})"_qs,
        uR"(tfp:1:{"m":"remove","a":[{"v":["leistung","status"]}]})"_qs,
        uR"(tfp:1:{"m":"remove","a":[{"q":1}]})"_qs,
        uR"(tfp:1:{"m":"remove","a":[{"q":"a","t":"leistung"}]})"_qs,
        uR"(tfp:1:{"m":"addZahlungsQuartale","a":["x"]})"_qs,
        uR"(tfp:1:{"m":"addZahlungsQuartale","a":["x"],"n":-1})"_qs,
        uR"(tfp:1:{"m":"addZahlungsQuartale","a":["x"],"n":1.5})"_qs,
        uR"(tfp:1:{"m":"remove","a":["x"],"n":2})"_qs,
        u"tfp:1:"_qs + deep,
    };
    for (const QString &s : broken) {
        INFO(s.left(200).toStdString());
        CHECK(edit::descriptionText(s) == s);
        CHECK_FALSE(Phrase::parse(s));
    }
    // Well-formed, each kind of argument once: told, not shown raw.
    CHECK(
        edit::descriptionText(
            uR"(tfp:1:{"m":"setField","a":[{"f":["leistung","status"]},{"q":"X"},{"v":["leistung","status","online"]}]})"_qs) ==
        u"Status von „X“ auf online setzen");
    CHECK(edit::descriptionText(
              uR"(tfp:1:{"m":"remove","a":[{"m":"typeAndName","a":[{"t":"meilenstein"},"7"]}]})"_qs) ==
          u"Meilenstein 7 löschen");
    // A value out of range is told as it is, without a crash.
    CHECK(
        edit::descriptionText(
            uR"(tfp:1:{"m":"setField","a":[{"f":["leistung","reifegrad_ist"]},"X",{"v":["leistung","reifegrad_ist",99999999999]}]})"_qs)
            .startsWith(u"Reifegrad (ist) von X auf "));
}
