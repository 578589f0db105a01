#include <catch2/catch.hpp>

#include "storage/catalog.h"
#include "support/fulldisk.h"
#include "support/pgserver.h"
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
#include <malloc.h>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

using namespace tfp;

// AddressSanitizer's shadow memory and quarantine add some 500 MB to any run of tfp: a peak memory bound is
// checked in the uninstrumented build only.
#if defined(__SANITIZE_ADDRESS__)
constexpr bool kAddressSanitizer = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kAddressSanitizer = true;
#else
constexpr bool kAddressSanitizer = false;
#endif
#else
constexpr bool kAddressSanitizer = false;
#endif

TEST_CASE("every export refuses a full disk with exit 1, names the cause and keeps the old file",
          "[cli][backends]")
{
    QTemporaryDir dir;
    const QString catalog = test::defaultCatalogOnBackend(dir);
    for (const char *kind : {"projekte", "meilensteine"}) {
        const auto r = test::runTfp(
            {u"import"_qs, catalog,
             QString::fromUtf8(TFP_TEST_DATA) + u"/exchange/%1-familie.csv"_qs.arg(QString::fromLatin1(kind)),
             u"--kind"_qs, QString::fromLatin1(kind)});
        REQUIRE(r.exitCode == 0);
    }
    test::FullDisk disk(dir.filePath(u"voll"_qs), 64 * 1024 * 1024);
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
    for (const QString &kind : {u"leistungen"_qs, u"projekte"_qs, u"meilensteine"_qs})
        for (const QString &format : {u"csv"_qs, u"xlsx"_qs, u"ods"_qs})
            exports.append({kind + u'.' + format,
                            {u"export"_qs, catalog, u"--kind"_qs, kind, u"--format"_qs, format, u"-o"_qs}});
    exports.append(
        {u"arbeitsplan.xlsx"_qs,
         {u"export"_qs, catalog, u"--kind"_qs, u"arbeitsplan"_qs, u"--format"_qs, u"xlsx"_qs, u"-o"_qs}});
    exports.append(
        {u"arbeitsplan.ods"_qs,
         {u"export"_qs, catalog, u"--kind"_qs, u"arbeitsplan"_qs, u"--format"_qs, u"ods"_qs, u"-o"_qs}});
    exports.append(
        {u"meilensteine.ics"_qs,
         {u"export"_qs, catalog, u"--kind"_qs, u"meilensteine"_qs, u"--format"_qs, u"ics"_qs, u"-o"_qs}});
    exports.append(
        {u"zeitplan.xml"_qs,
         {u"export"_qs, catalog, u"--kind"_qs, u"zeitplan"_qs, u"--format"_qs, u"mspdi"_qs, u"-o"_qs}});
    exports.append({u"plan.json"_qs, {u"export-json"_qs, catalog, u"-o"_qs}});
    for (const QString &format : {u"png"_qs, u"svg"_qs})
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
    const QStringList before = test::listing(full);
    const QStringList beforeAll = test::listing(full + u"/alle"_qs);
    REQUIRE(beforeAll.size() == 14);
    for (const Export &e : exports) {
        const auto r = test::runTfp(e.args + QStringList{full + u'/' + e.file});
        INFO(e.file.toStdString() << ": " << r.err.toStdString());
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains("der Datenträger ist voll"));
        CHECK(r.err.contains(QFileInfo(e.file).fileName().toUtf8()));
        CHECK(test::listing(full) == before);
    }
    CHECK(test::listing(full + u"/alle"_qs) == beforeAll);
}

namespace {

bool sidecars(const QString &catalog)
{
    for (const char *suffix : {"-wal", "-shm", ".lock", "-journal"})
        if (QFileInfo::exists(catalog + QString::fromLatin1(suffix)))
            return true;
    return false;
}

// Byte 18 of an SQLite header: 1 for a rollback journal, 2 for WAL.
char journalMode(const QString &catalog)
{
    return test::readFile(catalog).at(18);
}

QString statusOf(const QString &catalog, qint64 ozgId)
{
    auto c = Catalog::open(catalog, Catalog::Access::ReadOnly);
    return c->value(schema::Table::Leistung, ozgId, u"status"_qs).toString();
}

} // namespace

TEST_CASE("tfp import on a nearly full disk ends with one complete file or exit 1 and the log kept", "[cli]")
{
    QTemporaryDir dir;
    const QString master = test::defaultCatalogCopy(dir);
    const QString input = QString::fromUtf8(TFP_TEST_DATA) + u"/exchange/leistungen-familie.csv"_qs;
    // What the import gives on a disk with room.
    const QString roomy = test::defaultCatalogCopy(dir, u"geraeumig.tfplan"_qs);
    REQUIRE(test::runTfp({u"import"_qs, roomy, input, u"--kind"_qs, u"leistungen"_qs}).exitCode == 0);
    const QString wanted = statusOf(roomy, 10000);
    REQUIRE(wanted != statusOf(master, 10000));
    test::FullDisk disk(dir.filePath(u"voll"_qs), QFileInfo(master).size() + 2 * 1024 * 1024);
    if (!disk.mounted()) {
        WARN("TFP-SKIP: kein kleines tmpfs einzuhängen (" << disk.problem().toStdString()
                                                          << "); der Test braucht root");
        return;
    }
    const QString catalog = dir.filePath(u"voll/katalog.tfplan"_qs);
    int refused = 0, closed = 0;
    // From no room at all to room for the whole log: somewhere in between the log fits and the file does not
    // take it back on closing.
    for (qint64 free = 0; free <= 160 * 1024; free += 4096) {
        INFO("frei: " << free);
        QFile::remove(catalog);
        QFile::remove(dir.filePath(u"voll/fuellung"_qs));
        for (const char *suffix : {"-wal", "-shm", ".lock", "-journal"})
            QFile::remove(catalog + QString::fromLatin1(suffix));
        REQUIRE(QFile::copy(master, catalog));
        disk.fill();
        disk.leaveFree(free);
        const auto r = test::runTfp({u"import"_qs, catalog, input, u"--kind"_qs, u"leistungen"_qs});
        INFO(r.err.toStdString());
        if (r.exitCode == 0) {
            // Success means: the file alone holds the import, nothing beside it.
            ++closed;
            CHECK_FALSE(sidecars(catalog));
            CHECK(journalMode(catalog) == 1);
            const QString alone = dir.filePath(u"allein.tfplan"_qs);
            QFile::remove(alone);
            REQUIRE(QFile::copy(catalog, alone));
            CHECK(statusOf(alone, 10000) == wanted);
            continue;
        }
        CHECK(r.exitCode == 1);
        if (QFileInfo::exists(catalog + u"-wal"_qs) && QFileInfo(catalog + u"-wal"_qs).size() > 0 &&
            r.err.contains("-wal")) {
            // Refused on closing: the message says where the changes are, and with room again they are there.
            ++refused;
            CHECK(r.err.contains("nicht vollständig in die Datei geschrieben"));
            QFile::remove(dir.filePath(u"voll/fuellung"_qs));
            CHECK(statusOf(catalog, 10000) == wanted);
        }
    }
    CHECK(closed > 0);
    CHECK(refused > 0);
}

TEST_CASE("tfp stopped by SIGTERM during a long import leaves the catalog closed and unchanged", "[cli]")
{
    QTemporaryDir dir;
    const QString catalog = test::defaultCatalogCopy(dir);
    // Thousands of new Leistungen: applying them takes long enough to be stopped half-way.
    QByteArray csv = "ozg_id;themenfeld;lage;name;notes\n";
    for (int i = 0; i < 40000; ++i)
        csv += QByteArray::number(200000 + i) + ";Familie & Kind;Geburt;Neue Leistung " +
               QByteArray::number(i) + ";" + QByteArray(200, 'n') + "\n";
    const QString input = dir.filePath(u"viele.csv"_qs);
    test::writeFile(input, csv);
    const qint64 revision = Catalog::open(catalog, Catalog::Access::ReadOnly)->revision();
    for (const int signal : {SIGTERM, SIGINT}) {
        INFO("Signal " << signal);
        QProcess p;
        p.start(QString::fromUtf8(TFP_CLI), {u"import"_qs, catalog, input, u"--kind"_qs, u"leistungen"_qs});
        REQUIRE(p.waitForStarted());
        // The lock appears when the catalog is opened for writing, after the read-only planning.
        QElapsedTimer t;
        t.start();
        while (!QFileInfo::exists(catalog + u".lock"_qs) && p.state() == QProcess::Running &&
               t.elapsed() < 60000)
            QThread::usleep(500);
        REQUIRE(p.state() == QProcess::Running);
        QThread::msleep(50);
        ::kill(pid_t(p.processId()), signal);
        REQUIRE(p.waitForFinished(60000));
        INFO(p.readAllStandardError().toStdString());
        CHECK(p.exitStatus() == QProcess::NormalExit);
        CHECK(p.exitCode() == 128 + signal);
        CHECK_FALSE(sidecars(catalog));
        CHECK(journalMode(catalog) == 1);
        // All or nothing: nothing (the bytes differ: opening for writing switched the journal mode and back).
        CHECK_FALSE(Catalog::open(catalog, Catalog::Access::ReadOnly)
                        ->row(schema::Table::Leistung, 200000)
                        .has_value());
        CHECK(Catalog::open(catalog, Catalog::Access::ReadOnly)->revision() == revision);
    }
}

namespace {

quint32 crc32(const QByteArray &data)
{
    static const auto table = [] {
        std::array<quint32, 256> t{};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = c & 1 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    quint32 c = 0xFFFFFFFFu;
    for (const char b : data)
        c = table[(c ^ quint8(b)) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

// A zip of deflated parts, written by hand so that a part can be far larger than any writer would allow.
QByteArray zipOf(const QList<QPair<QByteArray, QByteArray>> &parts)
{
    QByteArray out, directory;
    auto le = [](QByteArray &b, quint32 v, int bytes) {
        for (int i = 0; i < bytes; ++i)
            b.append(char((v >> (8 * i)) & 0xFF));
    };
    for (const auto &[name, data] : parts) {
        const QByteArray zlib = qCompress(data, 9);
        const QByteArray deflated = zlib.mid(6, zlib.size() - 10); // without length, zlib header and adler
        const quint32 crc = crc32(data), offset = quint32(out.size());
        QByteArray common;
        le(common, 20, 2);
        le(common, 0, 2);
        le(common, 8, 2);
        le(common, 0, 2);
        le(common, 0x21, 2);
        le(common, crc, 4);
        le(common, quint32(deflated.size()), 4);
        le(common, quint32(data.size()), 4);
        le(common, quint32(name.size()), 2);
        le(common, 0, 2);
        le(out, 0x04034b50, 4);
        out += common + name + deflated;
        le(directory, 0x02014b50, 4);
        le(directory, 20, 2);
        directory += common;
        le(directory, 0, 2);
        le(directory, 0, 2);
        le(directory, 0, 2);
        le(directory, 0, 4);
        le(directory, offset, 4);
        directory += name;
    }
    const quint32 at = quint32(out.size());
    out += directory;
    le(out, 0x06054b50, 4);
    le(out, 0, 4);
    le(out, quint32(parts.size()), 2);
    le(out, quint32(parts.size()), 2);
    le(out, quint32(directory.size()), 4);
    le(out, at, 4);
    le(out, 0, 2);
    return out;
}

// A workbook whose one sheet has the header ozg_id, notes and then `references` rows that all show the one
// shared text.
QByteArray workbookRepeating(const QByteArray &shared, int references)
{
    QByteArray sheet =
        "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>ozg_id</t></is></c>"
        "<c r=\"B1\" t=\"inlineStr\"><is><t>notes</t></is></c></row>";
    for (int i = 0; i < references; ++i) {
        const QByteArray r = QByteArray::number(i + 2);
        sheet += "<row r=\"" + r + "\"><c r=\"A" + r + "\"><v>" + QByteArray::number(10000 + i % 500) +
                 "</v></c><c r=\"B" + r + "\" t=\"s\"><v>0</v></c></row>";
    }
    sheet += "</sheetData></worksheet>";
    return zipOf({{"xl/workbook.xml", "<workbook><sheets><sheet name=\"Leistungen\" r:id=\"rId1\" "
                                      "xmlns:r=\"r\"/></sheets></workbook>"},
                  {"xl/_rels/workbook.xml.rels", "<Relationships><Relationship Id=\"rId1\" "
                                                 "Target=\"worksheets/sheet1.xml\"/></Relationships>"},
                  {"xl/sharedStrings.xml", "<sst><si><t>" + shared + "</t></si></sst>"},
                  {"xl/worksheets/sheet1.xml", sheet}});
}

struct ChildRun
{
    int exitCode = -1;
    long maxRssKb = 0;
    qint64 ms = 0;
    QByteArray err;
};

// Runs tfp as a child of its own, so that its peak memory (wait4's rusage) is that process's alone.
ChildRun runMeasured(const QStringList &args)
{
    QTemporaryDir dir;
    const QByteArray errFile = QFile::encodeName(dir.filePath(u"err"_qs));
    QList<QByteArray> bytes{QByteArray(TFP_CLI)};
    for (const QString &a : args)
        bytes << a.toUtf8();
    std::vector<char *> argv;
    for (QByteArray &b : bytes)
        argv.push_back(b.data());
    argv.push_back(nullptr);
    QElapsedTimer timer;
    timer.start();
    const pid_t pid = ::fork();
    if (pid == 0) {
        const int err = ::open(errFile.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        const int null = ::open("/dev/null", O_WRONLY);
        ::dup2(err, 2);
        ::dup2(null, 1);
        ::execv(argv[0], argv.data());
        ::_exit(127);
    }
    ChildRun r;
    int status = 0;
    struct rusage usage = {};
    if (pid > 0 && ::wait4(pid, &status, 0, &usage) == pid) {
        r.ms = timer.elapsed();
        r.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
        r.maxRssKb = usage.ru_maxrss;
    }
    r.err = test::readFile(dir.filePath(u"err"_qs));
    return r;
}

} // namespace

TEST_CASE("a workbook that unfolds to gigabytes of text is refused early, in little memory", "[cli][slow]")
{
    QTemporaryDir dir;
    const QString catalog = test::defaultCatalogCopy(dir);
    const QByteArray before = test::fileHash(catalog);
    struct Bomb
    {
        const char *name;
        qsizetype sharedSize;
        char fill;
        int references;
        const char *refusal;
    };
    // 120 MB in one shared text shown 600 times (the reported file, some 120 KB as a zip), and a text Excel
    // allows shown so often that the table holds more text than a CSV import could.
    for (const Bomb &b : {Bomb{"riesentext.xlsx", 120 * 1024 * 1024, 'x', 600,
                               "der Teil „xl/sharedStrings.xml“ enthält einen Text, der länger ist als 32767 "
                               "Zeichen"},
                          Bomb{"wiederholt.xlsx", 30000, 'y', 1200, "Blatt „Leistungen“, bei Zelle B11"}}) {
        const QString path = dir.filePath(QString::fromLatin1(b.name));
        // The text is built and freed before tfp starts: a forked child's peak memory starts at what this
        // process holds when it forks.
        test::writeFile(path, workbookRepeating(QByteArray(b.sharedSize, b.fill), b.references));
        ::malloc_trim(0);
        CHECK(QFileInfo(path).size() < 200 * 1024);
        const ChildRun r =
            runMeasured({u"import"_qs, catalog, path, u"--kind"_qs, u"leistungen"_qs, u"--dry-run"_qs});
        INFO(b.name << ": " << r.err.toStdString());
        WARN(b.name << ": refused after " << r.ms << " ms, peak " << r.maxRssKb / 1024 << " MB");
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(b.refusal));
        if (!kAddressSanitizer)
            CHECK(r.maxRssKb < 200 * 1024);
        CHECK(test::fileHash(catalog) == before);
    }
}

TEST_CASE("input is bounded by the bytes read: /dev/zero, an endless FIFO and a large file are refused",
          "[cli]")
{
    QTemporaryDir dir;
    const QString catalog = test::defaultCatalogCopy(dir);
    const QByteArray before = test::fileHash(catalog);
    const QString fifo = dir.filePath(u"endlos.csv"_qs);
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    const QString large = dir.filePath(u"gross.json"_qs);
    {
        QFile f(large);
        REQUIRE(f.open(QIODevice::WriteOnly));
        REQUIRE(f.resize(300ll * 1024 * 1024)); // sparse: large without filling the disk
    }
    const QString target = dir.filePath(u"neu.tfplan"_qs);
    for (const QString &input : {u"/dev/zero"_qs, fifo, large}) {
        for (const bool json : {false, true}) {
            INFO(input.toStdString() << (json ? " import-json" : " import"));
            // The FIFO never ends: a writer fills it with lines for as long as anyone reads.
            QProcess writer;
            if (input == fifo) {
                // The shell opens the FIFO in the child: opening it here would wait for a reader.
                writer.start(u"sh"_qs, {u"-c"_qs, u"exec yes '10000;online' > \"$0\""_qs, fifo});
                REQUIRE(writer.waitForStarted());
            }
            const auto r =
                json ? test::runTfp({u"import-json"_qs, target, input}, 120000)
                     : test::runTfp({u"import"_qs, catalog, input, u"--kind"_qs, u"leistungen"_qs}, 120000);
            writer.kill();
            writer.waitForFinished();
            INFO(r.err.toStdString());
            CHECK(r.exitCode == 1);
            CHECK(r.err.contains("ist zu groß: eingelesen werden höchstens"));
            CHECK(r.err.contains(QFileInfo(input).fileName().toUtf8()));
            CHECK(test::fileHash(catalog) == before);
            CHECK_FALSE(QFileInfo::exists(target));
        }
    }
}

#ifdef TFP_GUI
TEST_CASE("the app sent SIGTERM closes its catalog into one file and ends", "[cli][ui]")
{
    QTemporaryDir dir;
    const QString catalog = test::defaultCatalogCopy(dir);
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_qs, u"offscreen"_qs);
    env.insert(u"HOME"_qs, dir.path()); // its settings and recent files stay in the test's folder
    env.insert(u"XDG_CONFIG_HOME"_qs, dir.filePath(u"config"_qs));
    env.insert(u"XDG_DATA_HOME"_qs, dir.filePath(u"data"_qs));
    app.setProcessEnvironment(env);
    app.start(QString::fromUtf8(TFP_GUI), {catalog});
    REQUIRE(app.waitForStarted());
    QElapsedTimer t;
    t.start();
    while (!(QFileInfo::exists(catalog + u".lock"_qs) && QFileInfo::exists(catalog + u"-wal"_qs)) &&
           app.state() == QProcess::Running && t.elapsed() < 60000)
        QThread::msleep(20);
    REQUIRE(app.state() == QProcess::Running);
    QThread::msleep(1000); // the window is up and its event loop runs
    ::kill(pid_t(app.processId()), SIGTERM);
    REQUIRE(app.waitForFinished(30000));
    INFO(app.readAllStandardError().toStdString());
    CHECK(app.exitStatus() == QProcess::NormalExit);
    CHECK(app.exitCode() == 128 + SIGTERM);
    CHECK_FALSE(sidecars(catalog));
    CHECK(journalMode(catalog) == 1);
}
#endif
