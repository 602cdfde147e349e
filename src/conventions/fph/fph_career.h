// Where a public agent stands at a date: grade and échelon from the profile, moved up at each échelon's duration from
// the date the échelon was entered (--echelon-since), reclassified at each reform by the table of the texts or, where
// the table is unknown, by the échelon given after it (--echelon-after). Promotions of grade are inputs
// (--grade-since, with the grade held before it). Pure functions, no I/O.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "date.h"
#include "grid_model.h"
#include "profile.h"
#include "result.h"

namespace revalo::fph {

struct Standing {
  std::string grade;
  int echelon = 0;
  std::optional<Date> since;  // entry in the échelon (kept seniority counted); none: unknown, the échelon stays
  std::string note;           // French: how the échelon was reached (avancement, reclassement) with its legal source
};

// The standing at d. `position` ("as-cs.3", compare --position-before…) replaces the profile's grade and échelon.
// Errors: Usage for a missing --grade / --echelon, Input for contradictory inputs, MissingData for a duration, a cell
// or a reclassement table the texts do not give (the message names grade, échelon and date).
Result<Standing> standing_at(const GridSet& g, const Profile& p, Date d, const std::string& position = "");

}  // namespace revalo::fph
