// translations/glossary.md as the tests read it: the German forms an English text never contains and the code
// words exempt from that, for the i18n test (the .ts files) and the UI test (the English views).
#pragma once

#include <QFile>
#include <QRegularExpression>
#include <QStringList>

namespace tfp::test {

struct Glossary
{
    QStringList forms;
    QStringList codeWords;

    // Any of the forms as a word (case-insensitive; a hyphen ends a word); captured(1) is the form as
    // written.
    QRegularExpression pattern() const
    {
        QStringList escaped;
        for (const QString &form : forms)
            escaped << QRegularExpression::escape(form);
        return QRegularExpression(u"(?<![\\p{L}\\p{N}_])(%1)(?![\\p{L}\\p{N}_])"_qs.arg(escaped.join(u'|')),
                                  QRegularExpression::CaseInsensitiveOption |
                                      QRegularExpression::UseUnicodePropertiesOption);
    }
};

// The table rows' last column and the "Code words:" line; empty when the file cannot be read.
inline Glossary readGlossary(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    static const QRegularExpression backticked(u"`([^`]+)`"_qs);
    Glossary g;
    for (const QString &line : QString::fromUtf8(f.readAll()).split(u'\n')) {
        const QStringList cells = line.split(u'|');
        // | German | English | forms | -> five cells with the empty ones outside
        if (cells.size() == 5 && !line.startsWith(u"|---"_qs) && cells[1].trimmed() != u"German")
            for (const QString &form : cells[3].split(u','))
                if (!form.trimmed().isEmpty())
                    g.forms << form.trimmed();
        if (line.startsWith(u"Code words:"_qs))
            for (const auto &m : backticked.globalMatch(line))
                g.codeWords << m.captured(1);
    }
    return g;
}

} // namespace tfp::test
