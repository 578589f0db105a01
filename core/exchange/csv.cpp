#include "csv.h"

#include "tr.h"

#include "error.h"

#include <QCoreApplication>
#include <QFile>

namespace tfp::csv {

Table parse(const QString &text, QChar delimiter, const QString &source, Rows rows)
{
    Table t;
    QStringList record;
    QString field;
    bool inQuotes = false;
    bool fieldQuoted = false;
    int line = 1;
    int recordLine = 1;
    const qsizetype n = text.size();
    qsizetype i = (n > 0 && text[0] == QChar(0xFEFF)) ? 1 : 0;
    auto endRecord = [&] {
        record.append(field);
        field.clear();
        fieldQuoted = false;
        const bool blank = record.size() == 1 && record[0].isEmpty();
        if (!blank) {
            if (t.header.isEmpty()) {
                t.header = record;
            } else {
                if (rows == Rows::Strict && record.size() != t.header.size())
                    throw Error(exchange::Tr::tr("%1, Zeile %2: %3 Felder statt %4 wie in der Kopfzeile.")
                                    .arg(source)
                                    .arg(recordLine)
                                    .arg(record.size())
                                    .arg(t.header.size()));
                t.rows.append(record);
                t.rowLines.append(recordLine);
            }
        }
        record.clear();
    };
    for (; i < n; ++i) {
        const QChar c = text[i];
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < n && text[i + 1] == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == u'"') {
            if (!field.isEmpty() || fieldQuoted)
                throw Error(exchange::Tr::tr("%1, Zeile %2: Anführungszeichen mitten im Feld.")
                                .arg(source)
                                .arg(line));
            inQuotes = true;
            fieldQuoted = true;
        } else if (c == delimiter) {
            record.append(field);
            field.clear();
            fieldQuoted = false;
        } else if (c == u'\r') {
            // CRLF and lone CR end a record like LF
            if (i + 1 < n && text[i + 1] == u'\n')
                continue;
            endRecord();
            recordLine = ++line;
        } else if (c == u'\n') {
            endRecord();
            recordLine = ++line;
        } else {
            if (fieldQuoted)
                throw Error(exchange::Tr::tr("%1, Zeile %2: Text nach dem schließenden Anführungszeichen.")
                                .arg(source)
                                .arg(line));
            field += c;
        }
    }
    if (inQuotes)
        throw Error(exchange::Tr::tr("%1, Zeile %2: Anführungszeichen wird nicht geschlossen.")
                        .arg(source)
                        .arg(recordLine));
    if (!field.isEmpty() || !record.isEmpty() || fieldQuoted)
        endRecord();
    if (t.header.isEmpty())
        throw Error(exchange::Tr::tr("%1: die Datei ist leer (keine Kopfzeile).").arg(source));
    return t;
}

Table read(const QString &path, QChar delimiter)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw Error(exchange::Tr::tr("%1 kann nicht gelesen werden: %2").arg(path, f.errorString()));
    return parse(QString::fromUtf8(f.readAll()), delimiter, path);
}

bool runsAsFormula(QStringView text)
{
    while (text.startsWith(u'\''))
        text = text.mid(1);
    // A leading tab or carriage return too (OWASP's list): a spreadsheet may skip it and run what follows.
    if (text.startsWith(u'=') || text.startsWith(u'+') || text.startsWith(u'@') || text.startsWith(u'\t') ||
        text.startsWith(u'\r'))
        return true;
    bool number = false;
    (void)text.mid(1).toDouble(&number);
    return text.startsWith(u'-') && !number;
}

QString guarded(const QString &text)
{
    return runsAsFormula(text) ? u'\'' + text : text;
}

QString unguarded(const QString &text)
{
    return text.startsWith(u'\'') && runsAsFormula(QStringView(text).mid(1)) ? text.mid(1) : text;
}

QByteArray write(const QStringList &header, const QList<QStringList> &rows, QChar delimiter)
{
    const auto field = [&](const QString &text) {
        const QString f = guarded(text);
        if (f.contains(delimiter) || f.contains(u'"') || f.contains(u'\n') || f.contains(u'\r') ||
            f != f.trimmed())
            return u'"' + QString(f).replace(u"\""_qs, u"\"\""_qs) + u'"';
        return f;
    };
    QString out(QChar(0xFEFF));
    for (const QStringList &record : QList<QStringList>{header} + rows) {
        QStringList fields;
        for (const QString &f : record)
            fields << field(f);
        out += fields.join(delimiter) + u"\r\n"_qs;
    }
    return out.toUtf8();
}

} // namespace tfp::csv
