// Positions of the home-care branch (BAD): the old categories A–I (until avenant 43) and the avenant 43 positions
// catégorie.degré.échelon, given by the user or placed from the job and the years of practice (inferred rule).
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "payslip.h"
#include "profile.h"
#include "rate_sheet.h"

namespace revalo {

// A position key of the avenant 43 grid: catégorie.degré.échelon, and its filière if given.
struct A43Position {
  std::string_view filiere;    // "intervention", "support" or empty
  std::string_view categorie;  // "employe", "tam", "cadre"
  int degre = 0;
  int echelon = 0;  // 0 when only catégorie.degré is known (job table)
  std::string key() const;  // "employe.2.1" (the coefficient table key)
};
// Case-insensitive: "Support.TAM.1.3" is support.tam.1.3.
std::optional<A43Position> parse_a43_position(std::string_view text);
bool is_old_category(std::string_view text);

// The BAD's classification tables: the old grid A–I, then the avenant 43 grid (bad.old / bad.a43 parameters).
extern const ParamKey kBadOldCoefficient;
extern const ParamKey kBadA43Coefficient;

// The position of a payslip in the classification in force, with how it was found.
struct ResolvedPosition {
  std::string key;        // table key: "C" or "employe.2.1"
  std::string categorie;  // avenant 43 only
  std::string_view filiere;
  int degre = 0, echelon = 0;
  bool inferred = false;
  std::string note;                // explained payslips: how the position was found
  std::vector<SourceRef> sources;  // the job table and the placement rule, when placed from the job
  std::string label() const;       // "Employé degré 2 échelon 1", "catégorie C (ancienne classification)"
};

// Whether the old classification (A–I) is in force at the sheet's date; MissingData when neither grid is.
Result<bool> old_classification(const RateSheet& rs);
// The position at the sheet's date: `wanted` (a comparison's side) or the profile's, or placed from its job.
Result<ResolvedPosition> resolve_position(const RateSheet& rs, const Profile& p, bool old, std::string_view wanted,
                                          const CalcOptions& opt);

}  // namespace revalo
