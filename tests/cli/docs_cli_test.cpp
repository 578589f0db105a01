// docs/cli.md is the reference of the command line: it has a section for every subcommand that `tfp --help`
// lists, and each section names exactly the options that the subcommand's `--help` prints.
#include <catch2/catch.hpp>

#include "support/testutil.h"

#include <QFile>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSet>

using namespace tfp;

namespace {

test::Run runTfp(const QStringList &args)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"TFP_LANG"_qs);
    return test::runProgram(QString::fromUtf8(TFP_CLI), args, env, 60000);
}

// The long options a text names: `--json`, `--themenfeld NAME`, `--lang=en`.
QSet<QString> longOptions(const QString &text)
{
    static const QRegularExpression option(u"(?<![\\w-])--([a-z][a-z-]*)"_qs);
    QSet<QString> names;
    for (const auto &m : option.globalMatch(text))
        names << m.captured(1);
    return names;
}

// Each "## `tfp NAME …`" section of docs/cli.md by subcommand name.
QHash<QString, QString> sections(const QString &markdown)
{
    QHash<QString, QString> bySubcommand;
    static const QRegularExpression heading(u"^## `tfp ([a-z][a-z-]*)[ `]"_qs,
                                            QRegularExpression::MultilineOption);
    auto it = heading.globalMatch(markdown);
    QList<QRegularExpressionMatch> matches;
    while (it.hasNext())
        matches << it.next();
    for (qsizetype i = 0; i < matches.size(); ++i) {
        const qsizetype end = i + 1 < matches.size() ? matches[i + 1].capturedStart() : markdown.size();
        bySubcommand[matches[i].captured(1)] =
            markdown.mid(matches[i].capturedStart(), end - matches[i].capturedStart());
    }
    return bySubcommand;
}

// The long options a --help text offers: the first word of each line of its option list ("  -o, --output
// <OUT>").
QSet<QString> offeredOptions(const QString &help)
{
    static const QRegularExpression line(u"^  (?:-[a-zA-Z], )?--([a-z][a-z-]*)"_qs,
                                         QRegularExpression::MultilineOption);
    QSet<QString> names;
    for (const auto &m : line.globalMatch(help))
        names << m.captured(1);
    return names;
}

} // namespace

TEST_CASE("the documentation names every option of every subcommand", "[cli]")
{
    QFile doc(QStringLiteral(TFP_DOCS_DIR "/cli.md"));
    REQUIRE(doc.open(QIODevice::ReadOnly));
    const auto documented = sections(QString::fromUtf8(doc.readAll()));

    const auto overview = runTfp({u"--lang"_qs, u"en"_qs, u"--help"_qs});
    REQUIRE(overview.exitCode == 0);
    static const QRegularExpression listed(u"^  ([a-z][a-z-]+) "_qs, QRegularExpression::MultilineOption);
    QStringList subcommands;
    for (const auto &m : listed.globalMatch(QString::fromUtf8(overview.out)))
        subcommands << m.captured(1);
    REQUIRE(subcommands.size() >= 15);

    // The options every subcommand has; docs/cli.md describes them once, under "Common to every subcommand".
    const QSet<QString> common{u"help"_qs, u"help-all"_qs, u"lang"_qs};
    for (const QString &name : subcommands) {
        INFO("tfp " << name.toStdString());
        REQUIRE(documented.contains(name));
        const auto help = runTfp({u"--lang"_qs, u"en"_qs, name, u"--help"_qs});
        REQUIRE(help.exitCode == 0);
        const QSet<QString> listed = offeredOptions(QString::fromUtf8(help.out));
        REQUIRE(listed.contains(u"help"_qs)); // the option list was read
        const QSet<QString> offered = listed - common;
        const QSet<QString> described = longOptions(documented.value(name)) - common;
        for (const QString &o : offered - described)
            FAIL_CHECK("--" << o.toStdString() << " is offered by --help but not described in docs/cli.md");
        for (const QString &o : described - offered)
            FAIL_CHECK("--" << o.toStdString()
                            << " is described in docs/cli.md but --help does not offer it");
    }
    for (const QString &name : documented.keys()) {
        INFO("docs/cli.md, section tfp " << name.toStdString());
        CHECK(subcommands.contains(name));
    }
}
