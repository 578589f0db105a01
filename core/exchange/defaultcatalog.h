// Fills a new catalog with the embedded default: the real OZG catalog (14 Themenfelder, 55 Lagen,
// 557 OZG-Leistungen, 5,249 LeiKa-Leistungen), the Länder and Ressorts, the Federführung as of 2023 and the
// default prioritisation criteria.
#pragma once

namespace tfp {

class Catalog;

// For Catalog::create's populate step.
void populateDefaultCatalog(Catalog &catalog);

} // namespace tfp
