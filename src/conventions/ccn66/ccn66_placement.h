// Where a CCN 66 employee stands on the grids at a date: the grid and column of the job (or of --position), and the
// step reached by the years in the job (art. 38: hiring at the first step; the reprise d'ancienneté is part of the
// years the user gives). Internal to conventions/ccn66/.
#pragma once
#include <string>
#include <vector>

#include "ccn66_pay.h"

namespace revalo {

struct Ccn66Placement {
  Ccn66Position position;
  const Job* job = nullptr;  // the job of the table, when the profile names one
  std::vector<SourceRef> sources;  // the job table's line, when the position comes from it
  bool inferred = false;
  std::string note;  // French: how the position was found
};

// The position of the profile at d: `wanted` (a comparison side), else --position, else the job's.
Result<Ccn66Placement> place_ccn66(const GridSet& g, const Profile& p, Date d, const std::string& wanted);

struct Ccn66Step {
  std::string param;      // "ccn66.grille.A", "ccn66.cadre"
  const Version* version = nullptr;
  const Cell* cell = nullptr;
  std::string column;     // "externat", "internat" (cadres: "externat")
  int number = 0;         // 1 = the starting step
  int after = 0;          // "après N ans"
  int next_after = -1;    // the next step's N; -1 at the last step
  Decimal coefficient;
  Decimal years;          // the years in the job that placed it
  std::string years_note; // French: where the years come from
};

// The step of the placement's grid at d for the profile's years in the job (or --step), in its column.
Result<Ccn66Step> ccn66_step(const GridSet& g, const Profile& p, Date d, const Ccn66Placement& place);

}  // namespace revalo
