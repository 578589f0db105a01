// Helpers shared by the tests: temporary folders, a catalog built once from the embedded default and copied
// per test, file hashes to prove that refused input changed nothing, and running the tfp binary.
#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>

namespace tfp {
class Catalog;
}

namespace tfp::test {

// A fresh copy of a catalog created from the embedded default (created once per test run).
QString defaultCatalogCopy(const QTemporaryDir &dir, const QString &name = u"katalog.tfplan"_qs);
QByteArray fileHash(const QString &path);
QByteArray readFile(const QString &path);
void writeFile(const QString &path, const QByteArray &data);
// Runs SQL on a file the way a hostile editor would (plain SQLite: no checks, no hardening, CHECK constraints
// ignored, writable schema allowed), to build the received files the open checks must refuse. Fails the test
// when a statement fails.
void tamper(const QString &path, const QStringList &statements);

struct Run
{
    int exitCode = -1; // -1: crashed, or still running after the timeout
    QByteArray out;
    QByteArray err;
};
Run runProgram(const QString &program, const QStringList &args, const QProcessEnvironment &env,
               int timeoutMs);
Run runTfp(const QStringList &args, int timeoutMs = 60000);
// Reads an ODT with odfpy (python3-odf, an independent reader). Prints one line each: the media type, every
// heading as "H<level> <text>", "creator <dc:creator>", "language <dc:language>" and "body <all paragraphs>".
Run readWithOdfpy(const QString &odt);

} // namespace tfp::test
