// What the CCN 51 pay steps share while one payslip is built (ccn51_pay.cpp, ccn51_primes.cpp). Internal to the
// folder.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "grid_model.h"
#include "payslip.h"
#include "profile.h"
#include "rate_sheet.h"

namespace revalo::ccn51 {

struct Context {
  const RateSheet& rs;
  const GridSet& g;  // rs.grids(): the job table and the vocabularies
  const Profile& p;
  Date d;            // rs.date()
  const CalcOptions& opt;
  WorkingTime wt;
  std::string prorata;    // "temps plein" or "130 / 151,67", for formulas
  std::string key;        // the métier of annexe I (a key of ccn51.coefficient)
  std::string structure;  // the structure type id (vocabulary "structure"), empty when not given
  Decimal point;          // valeur du point at d
  SourceRef point_ref;
  Decimal base_full;      // salaire de base, full time, exact
  Payslip slip;
};

// A new line of this payslip, explained or lean as the options say (labels, formulas and sources only when explained).
inline PayLine new_line(const Context& c, std::string_view code) {
  PayLine l;
  l.code = code;
  l.explained = c.opt.explain;
  return l;
}

// The full-time amount of a number of points: points × valeur du point.
inline Decimal points_amount(const Context& c, Decimal points) { return points * c.point; }

// A line computed on the salaire de base (SMC indemnity, technicité, ancienneté) takes the flags of the base line
// (its coefficient and point value) without citing them again: its events in history stay the steps of its own rate.
inline void flag_like_base(const Context& c, PayLine& l) {
  if (c.slip.lines.empty()) return;
  const PayLine& base = c.slip.lines.front();
  l.uncertain = l.uncertain || base.uncertain;
  l.inferred = l.inferred || base.inferred;
  l.scenario = l.scenario || base.scenario;
}

// The primes of annexe I and III after the base and the seniority: prime fonctionnelle, nights, Sundays and
// public holidays, the × 0.925 of some structures, the prime décentralisée. Errors are the grids' or the profile's.
std::optional<Error> add_primes(Context& c);

}  // namespace revalo::ccn51
