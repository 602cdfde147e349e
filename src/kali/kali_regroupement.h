// Two more KALI shapes for `revalo grids verify` (kali_verify.h), those of a classification by regroupements de
// métiers with a seniority table by year:
//  - a métier heading with its reference coefficient, "AIDE-SOIGNANT Coef. Réf. 376": keyed by the heading's words
//    joined by '-' ("aide-soignant", "agent-des-services-logistiques-niveau-1"), and also by its leading plain words
//    ("INFIRMIER D.E. OU AUTORISÉ" → "infirmier", "CADRE INFIRMIER (SURVEILLANT CHEF)" → "cadre-infirmier");
//  - a point value stated with its date, "portée à 4,425 € au 1er juillet 2017 et à 4,447 € au 1er juillet 2018";
//  - a table "Année d'exercice | Prime d'ancienneté" (a percentage by year), compared with a scale parameter whose
//    threshold is the year.
#pragma once
#include <optional>
#include <utility>
#include <vector>

#include "decimal.h"
#include "grid_model.h"
#include "kali_json.h"
#include "kali_tables.h"
#include "kali_verify.h"

namespace revalo {

// The métier headings of an article with their reference coefficient (both keys of each heading).
std::vector<KaliValue> reference_coefficients(const KaliArticle& article);
// Compares a table cell with the reference coefficients of the article; false when the article has no such heading.
bool compare_reference_coefficient(CellCheck& c, const KaliArticle& article);

// The point value that a text states for the day `d` ("… à 4,447 € au 1er juillet 2018"): the amounts dated in the
// sentence of the first "valeur du point" (a later "valeur du point médical" is another value). None when no amount
// of the text is dated `d`.
std::optional<Decimal> point_value_on(std::string_view text, Date d);

// The rows (year, value) of the article's tables whose first header cell starts with "Année".
std::vector<std::pair<int, Decimal>> yearly_values(const KaliArticle& article);
// A scale parameter (threshold = year) against the yearly table of the article it names: one cell per KALI row and
// version, keyed "année N".
ParamCheck check_yearly_scale(const Parameter& p, const KaliDoc& kali);

}  // namespace revalo
