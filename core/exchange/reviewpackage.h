// Workshop packages (*.tfreview): one Themenfeld's part of a catalog as a self-contained catalog file that a
// workshop reviews offline, carrying where it came from and the state it started from (its base).
#pragma once

#include "exchange/planjson.h"

#include <QString>
#include <memory>
#include <optional>

namespace tfp {

class Catalog;

// The layout of a package's facts and base; 2 sealed it with the origin catalog's secret. Version 1 packages
// are still shown but no longer merged.
inline constexpr int kReviewFormatVersion = 2;
inline constexpr QStringView kReviewSuffix = u".tfreview";

struct ReviewPackageInfo
{
    int formatVersion = 0;
    QString packageId;       // the package file's own catalog id: copies of one file are one package
    QString originCatalogId; // the catalog the package was made from
    qint64 baseRevision = 0; // that catalog's revision when the package was made
    int themenfeldId = 0;
    QString themenfeld;
    QString createdAt; // ISO 8601 UTC
    QString createdBy;
    QString keyId; // which secret of the origin catalog sealed it (format 2)
};

// Writes a new package for one Themenfeld of catalog to path (refused if the file exists): the Themenfeld
// with its Lagen, Leistungen and their LeiKa-Leistungen, the Abhängigkeiten among them, all Beteiligte, the
// Federführung, the projects with their Leistungen, Nachnutzung, milestones and Zahlungsplan, the criteria
// with scores and votes, the risks and the comments on all of these, keeping their keys. Throws tfp::Error.
// The catalog's secret is made on its first package (through a short writable opening when catalog is open
// read-only).
ReviewPackageInfo createReviewPackage(Catalog &catalog, int themenfeldId, const QString &path);

// The package facts of an open catalog file (for the review banner); nullopt for an ordinary catalog. Throws
// tfp::Error naming the file when its facts are incomplete or of a newer format.
std::optional<ReviewPackageInfo> reviewPackageInfo(const Catalog &catalog);
// Whether the open file is a workshop package (without checking its facts).
bool isReviewPackage(const Catalog &catalog);

// A package opened for merging: read-only, its facts and base checked against the seal of its catalog.
struct OpenedReviewPackage
{
    std::unique_ptr<Catalog> catalog;
    ReviewPackageInfo info;
    QString path;     // as given
    QString fileName; // for messages and the journal's source
    PlanRows base;    // the package's rows as they were when it was made
};

// Opens path as a package to merge into origin. Refuses (tfp::Error naming the file and the problem, the file
// left untouched) what is not a catalog file, damaged or truncated, an ordinary catalog, a newer format, a
// package of another catalog, an unsealed one (format 1), and facts or a base that do not match the seal.
OpenedReviewPackage openReviewPackage(const QString &path, const Catalog &origin);

} // namespace tfp
