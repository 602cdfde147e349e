// Which pay measures (the Ségur CTI and its extensions, grids/segur) apply to a profile at a date, and why: each
// measure applies, does not apply or is undecidable, with the rule that decides and its legal text; then the one
// allowance paid, since the measures do not cumulate. Pure functions of the grids, the profile and the date.
//
// Evaluation of a measure at a date, on its rules in force that day (docs/grid-schema.md, "Measures"):
//   1. an exclusion rule that matches → does not apply;
//   2. an "undecidable" rule that matches (the texts leave the case open (U), or it depends on an employer's decision) →
//      undecidable, unless the profile settles it with segur = applied / not-applied;
//   3. the first inclusion rule that matches, in file order → applies, with that rule's amount;
//   4. otherwise does not apply, and the reason is the nearest miss (a rule in force later, or the criterion failed).
// A criterion the profile does not give (no --structure…) makes a rule neither match nor fail: when that could change
// the outcome, the measure is undecidable and `needs` names the fields that would decide it.
//
// No cumul: among the measures that apply, the one that covered the person first is paid;
// a measure that `supersedes` another replaces it; a `residual` measure (the 2024 accord) only covers people that no
// other measure covers.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "date.h"
#include "decimal.h"
#include "grid_model.h"
#include "profile.h"
#include "result.h"

namespace revalo {

enum class Outcome { Applies, DoesNotApply, Undecidable };
std::string outcome_key(Outcome o);  // "applies", "does_not_apply", "undecidable"

// The full-time monthly amount of a rule at a date: points of indice majoré or euros, with its version and cell.
struct MeasureAmount {
  Decimal value;
  std::string unit;  // "points" or "EUR"
  const Parameter* param = nullptr;
  const Version* version = nullptr;
  const Cell* cell = nullptr;  // table amounts
};
struct MeasureOutcome {
  const Measure* measure = nullptr;
  Outcome outcome = Outcome::DoesNotApply;
  const Clause* clause = nullptr;  // the deciding rule, or the nearest miss; null when no rule is near
  std::string reason;              // French
  std::vector<std::string> needs;  // profile fields that would decide an undecidable case
  bool declared = false;           // settled by the profile's segur = applied / not-applied
  std::optional<Date> since;       // applies: first day of the current run of days it applies to this profile
  bool paid = false;               // the allowance on the payslip
  std::string not_paid;            // French: why an applying measure is not paid (no cumul)
  // Full-time monthly amount of the deciding rule at the date (applies, or undecidable on an "undecidable" rule).
  std::optional<MeasureAmount> amount;
  std::optional<Decimal> amount_eur;  // in euros: points × point d'indice / 12 rounded to the cent, or the euros
  std::string amount_missing;         // why there is no amount (no text gives one, the status is needed…)
};

struct Eligibility {
  Date date;
  std::vector<std::string> context_notes;  // French: values deduced (employer from the convention, defaults)
  std::vector<MeasureOutcome> measures;    // in the order they started (earliest rule), then grid order
  std::optional<std::size_t> paid;         // index of the allowance paid
  std::optional<Error> blocked;            // an undecidable measure decides what is paid: settle it first
};

Result<Eligibility> evaluate_eligibility(const GridSet& g, const Profile& p, Date d);

// Whether some measure has an inclusion rule naming `term` of `vocabulary` (e.g. employer "bad": none in the law,
// whose Ségur measures exclude the BAD; a scenario can add one).
bool some_measure_includes(const GridSet& g, std::string_view vocabulary, std::string_view term);

// The first day a measure applies to the profile (compare --measure), or an Input error saying why there is none
// (it never applies, or an undecidable case comes first).
Result<Date> measure_start(const GridSet& g, const Profile& p, const Measure& m);

// `status` keys a table amount that has no amount_key (the CTI: "public-titulaire", "public-contractuel").
Result<MeasureAmount> measure_amount(const GridSet& g, const Measure& m, const Clause& c, const std::string& status,
                                     Date d);

}  // namespace revalo
