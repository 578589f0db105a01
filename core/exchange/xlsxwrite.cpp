#include "xlsxwrite.h"

#include "tr.h"

#include "error.h"
#include "fileio.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <xlsxwriter.h>

#include <algorithm>

namespace tfp::exchange {

namespace {

// Owns the libxlsxwriter workbook: workbook_close() writes and frees it, so every path ends there once.
struct Workbook
{
    lxw_workbook *book;
    explicit Workbook(const QByteArray &path) : book(workbook_new(path.constData())) {}
    ~Workbook()
    {
        if (book)
            workbook_close(book);
    }
    lxw_error close()
    {
        lxw_workbook *b = std::exchange(book, nullptr);
        return b ? workbook_close(b) : LXW_ERROR_NULL_PARAMETER_IGNORED;
    }
};

// Excel's own limit for the text of one cell; libxlsxwriter leaves a longer text out without a word.
constexpr qsizetype kMaxCellText = 32767;

// A text the workbook cannot hold whole is refused before anything is written, never cut or left out: the
// sheet, the row (as Excel numbers it) and the column say where.
void checkCellText(const QString &shown, const Sheet &s, int row, int column, const QString &text)
{
    const auto where = [&] {
        return Tr::tr("Blatt „%1“, Zeile %2, Spalte „%3“")
            .arg(s.name)
            .arg(row + 1)
            .arg(s.header.value(column));
    };
    if (text.size() > kMaxCellText)
        throw Error(
            Tr::tr("„%1“ wurde nicht geschrieben: %2 hat %3 Zeichen, eine Excel-Zelle fasst höchstens %4. "
                   "Bitte den Text kürzen oder als CSV exportieren.")
                .arg(shown, where())
                .arg(text.size())
                .arg(kMaxCellText));
    if (text.contains(QChar(0)))
        throw Error(Tr::tr("„%1“ wurde nicht geschrieben: %2 enthält ein Nullzeichen (U+0000), das eine "
                           "Arbeitsmappe nicht fassen kann; bitte den Text korrigieren.")
                        .arg(shown, where()));
}

} // namespace

void writeXlsx(const QList<Sheet> &sheets, const QString &path)
{
    const QString shown = QDir::toNativeSeparators(path);
    for (const Sheet &s : sheets)
        for (int r = 0; r < s.rows.size(); ++r)
            for (int c = 0; c < s.rows[r].size() && c < s.header.size(); ++c)
                if (const QVariant &v = s.rows[r][c]; v.typeId() == QMetaType::QString)
                    checkCellText(shown, s, r + 1, c, v.toString());
    // libxlsxwriter writes the workbook in the temporary folder; it reaches path only through
    // fileio::writeAtomically, which checks every byte and keeps the old file on a full disk.
    QTemporaryDir tmp;
    if (!tmp.isValid())
        throw Error(Tr::tr("„%1“ kann nicht geschrieben werden: %2").arg(shown, tmp.errorString()));
    const QString partial = tmp.filePath(u"export.xlsx"_qs);
    Workbook wb(QFile::encodeName(partial));
    if (!wb.book)
        throw Error(Tr::tr("„%1“ kann nicht geschrieben werden.").arg(shown));
    const auto check = [&](lxw_error e) {
        if (e != LXW_NO_ERROR)
            throw Error(Tr::tr("„%1“ kann nicht geschrieben werden: %2")
                            .arg(shown, QString::fromUtf8(lxw_strerror(e))));
    };
    lxw_format *header = workbook_add_format(wb.book);
    format_set_bold(header);
    format_set_bg_color(header, 0xDCE6F1);
    format_set_bottom(header, LXW_BORDER_THIN);
    format_set_text_wrap(header);
    lxw_format *date = workbook_add_format(wb.book);
    format_set_num_format(date, "dd.mm.yyyy");
    lxw_format *number = workbook_add_format(wb.book);
    // Two decimals: "#,##0.##" would leave a dangling separator on whole amounts ("4.750.000,").
    format_set_num_format(number, "#,##0.00");

    for (const Sheet &s : sheets) {
        lxw_worksheet *ws = workbook_add_worksheet(wb.book, s.name.left(31).toUtf8().constData());
        for (int c = 0; c < s.header.size(); ++c)
            check(worksheet_write_string(ws, 0, lxw_col_t(c), s.header[c].toUtf8().constData(), header));
        for (int r = 0; r < s.rows.size(); ++r) {
            const QVariantList &row = s.rows[r];
            for (int c = 0; c < row.size() && c < s.header.size(); ++c) {
                const QVariant &v = row[c];
                const auto rr = lxw_row_t(r + 1);
                const auto cc = lxw_col_t(c);
                if (v.isNull() || !v.isValid())
                    continue;
                switch (v.typeId()) {
                case QMetaType::QDate: {
                    const QDate d = v.toDate();
                    lxw_datetime dt{d.year(), d.month(), d.day(), 0, 0, 0.0};
                    check(worksheet_write_datetime(ws, rr, cc, &dt, date));
                    break;
                }
                case QMetaType::Int:
                case QMetaType::LongLong:
                case QMetaType::Double:
                    check(worksheet_write_number(ws, rr, cc, v.toDouble(),
                                                 v.typeId() == QMetaType::Double ? number : nullptr));
                    break;
                default:
                    check(worksheet_write_string(ws, rr, cc, v.toString().toUtf8().constData(), nullptr));
                }
            }
        }
        const QList<int> width = columnWidths(s);
        for (int c = 0; c < width.size(); ++c)
            worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), width[c], nullptr);
        worksheet_freeze_panes(ws, 1, 0);
        if (!s.header.isEmpty())
            worksheet_autofilter(ws, 0, 0, lxw_row_t(s.rows.size()), lxw_col_t(s.header.size() - 1));
    }
    if (const lxw_error e = wb.close(); e != LXW_NO_ERROR)
        throw Error(
            Tr::tr("„%1“ kann nicht geschrieben werden: %2").arg(shown, QString::fromUtf8(lxw_strerror(e))));
    QFile done(partial);
    QByteArray bytes;
    if (done.open(QIODevice::ReadOnly))
        bytes = done.readAll();
    // A zip ends with its end-of-central-directory record (22 bytes without a comment): a workbook the
    // temporary folder could not hold in full lacks it.
    if (bytes.size() < 22 || bytes.mid(bytes.size() - 22, 4) != "PK\x05\x06")
        throw Error(
            Tr::tr("„%1“ kann nicht geschrieben werden: die Arbeitsmappe im temporären Ordner „%2“ ist "
                   "unvollständig (ist der Datenträger voll?).")
                .arg(shown, QDir::toNativeSeparators(QDir::tempPath())));
    fileio::writeAtomically(path, bytes);
}

} // namespace tfp::exchange
