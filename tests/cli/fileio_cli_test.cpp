#include <catch2/catch.hpp>

#include "storage/catalog.h"
#include "support/testutil.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QThread>

#include <array>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

using namespace tfp;

namespace {

// A small tmpfs filled to the last block: every write into it fails with ENOSPC, as on a full disk. Mounting
// needs root (CI runs as root); without it the test says why and ctest counts it as skipped.
class FullDisk
{
public:
    explicit FullDisk(const QString &where, qint64 size) : m_path(where)
    {
        QDir().mkpath(where);
        const QByteArray options = "size=" + QByteArray::number(size);
        if (::mount("tmpfs", QFile::encodeName(where).constData(), "tmpfs", 0, options.constData()) != 0) {
            m_problem = QString::fromLocal8Bit(std::strerror(errno));
            return;
        }
        m_mounted = true;
    }
    ~FullDisk()
    {
        if (m_mounted)
            ::umount2(QFile::encodeName(m_path).constData(), MNT_DETACH);
    }
    // Frees bytes again (rounded to whole blocks) by shortening the filling.
    void leaveFree(qint64 bytes)
    {
        const QByteArray filler = QFile::encodeName(m_path + u"/fuellung"_qs);
        struct stat st;
        REQUIRE(::stat(filler.constData(), &st) == 0);
        REQUIRE(::truncate(filler.constData(), std::max<qint64>(0, qint64(st.st_size) - bytes)) == 0);
    }
    bool mounted() const { return m_mounted; }
    QString problem() const { return m_problem; }
    // Fills the file system up; from then on not one more block fits.
    void fill()
    {
        const int fd = ::open(QFile::encodeName(m_path + u"/fuellung"_qs).constData(),
                              O_WRONLY | O_CREAT | O_TRUNC, 0600);
        REQUIRE(fd >= 0);
        const QByteArray block(4096, 'x');
        while (::write(fd, block.constData(), size_t(block.size())) > 0) {
        }
        ::write(fd, block.constData(), 1); // the last bytes of a block
        ::fsync(fd);
        ::close(fd);
    }

private:
    QString m_path;
    QString m_problem;
    bool m_mounted = false;
};

QStringList listing(const QString &dir)
{
    QStringList out;
    for (const QFileInfo &i : QDir(dir).entryInfoList(
             QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot | QDir::System, QDir::Name))
        out << i.fileName() + u' ' + QString::number(i.size()) + u' ' +
                   QString::fromLatin1(test::fileHash(i.filePath()));
    return out;
}

} // namespace

TEST_CASE("every export refuses a full disk with exit 1, names the cause and keeps the old file", "[cli]")
{
    QTemporaryDir dir;
    const QString catalog = test::defaultCatalogCopy(dir);
    for (const char *kind : {"projekte", "meilensteine"}) {
        const auto r = test::runTfp(
            {u"import"_qs, catalog,
             QString::fromUtf8(TFP_TEST_DATA) + u"/exchange/%1-familie.csv"_qs.arg(QString::fromLatin1(kind)),
             u"--kind"_qs, QString::fromLatin1(kind)});
        REQUIRE(r.exitCode == 0);
    }
    FullDisk disk(dir.filePath(u"voll"_qs), 64 * 1024 * 1024);
    if (!disk.mounted()) {
        WARN("TFP-SKIP: kein kleines tmpfs einzuhängen (" << disk.problem().toStdString()
                                                          << "); der Test braucht root");
        return;
    }
    const QString full = dir.filePath(u"voll"_qs);
    struct Export
    {
        QString file;
        QStringList args; // "OUT" is replaced by the file
    };
    const QString tf = u"Familie & Kind"_qs;
    QList<Export> exports;
    for (const QString kind : {u"leistungen"_qs, u"projekte"_qs, u"meilensteine"_qs})
        for (const QString format : {u"csv"_qs, u"xlsx"_qs})
            exports.append({kind + u'.' + format,
                            {u"export"_qs, catalog, u"--kind"_qs, kind, u"--format"_qs, format, u"-o"_qs}});
    exports.append(
        {u"arbeitsplan.xlsx"_qs,
         {u"export"_qs, catalog, u"--kind"_qs, u"arbeitsplan"_qs, u"--format"_qs, u"xlsx"_qs, u"-o"_qs}});
    exports.append(
        {u"meilensteine.ics"_qs,
         {u"export"_qs, catalog, u"--kind"_qs, u"meilensteine"_qs, u"--format"_qs, u"ics"_qs, u"-o"_qs}});
    exports.append({u"plan.json"_qs, {u"export-json"_qs, catalog, u"-o"_qs}});
    for (const QString format : {u"png"_qs, u"svg"_qs})
        exports.append(
            {u"status."_qs + format,
             {u"chart"_qs, catalog, u"--themenfeld"_qs, tf, u"--kind"_qs, u"status"_qs, u"-o"_qs}});
    exports.append({u"arbeitsplan.pdf"_qs, {u"export-pdf"_qs, catalog, u"--themenfeld"_qs, tf, u"-o"_qs}});
    exports.append({u"alle"_qs, {u"export-pdf"_qs, catalog, u"--all"_qs, u"-o"_qs}});
    exports.append(
        {u"aenderungen.csv"_qs, {u"changes"_qs, catalog, u"--since"_qs, u"2000-01-01"_qs, u"--csv"_qs}});

    // Each export once on a disk with room, so that the old file is a real one of its kind.
    for (const Export &e : exports) {
        const auto r = test::runTfp(e.args + QStringList{full + u'/' + e.file});
        INFO(e.file.toStdString() << ": " << r.err.toStdString());
        REQUIRE(r.exitCode == 0);
    }
    disk.fill();
    const QStringList before = listing(full);
    const QStringList beforeAll = listing(full + u"/alle"_qs);
    REQUIRE(beforeAll.size() == 14);
    for (const Export &e : exports) {
        const auto r = test::runTfp(e.args + QStringList{full + u'/' + e.file});
        INFO(e.file.toStdString() << ": " << r.err.toStdString());
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains("der Datenträger ist voll"));
        CHECK(r.err.contains(QFileInfo(e.file).fileName().toUtf8()));
        CHECK(listing(full) == before);
    }
    CHECK(listing(full + u"/alle"_qs) == beforeAll);
}
