// The computed payslip (lines with their formula and sources) and the entry points of the calculator:
// pure functions of (grids, profile, date), no I/O.
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

// A legal value used by a line, with where it comes from. It points into the GridSet (which outlives every
// payslip computed from it), so that lines carry their sources without copying them.
struct SourceRef {
  std::string_view param;  // parameter id ("bad.point"), "job" or "input"
  std::string_view label;
  Date from;
  const Provenance* provenance = nullptr;  // never null
};

// The provenance of amounts typed by the user (e.g. --idr).
const Provenance& input_provenance();

enum class LineKind { Earning, Deduction, Info };

struct PayLine {
  std::string code;   // stable English key: "base", "ecr_seniority"… (docs/output.md)
  std::string label;  // French label
  LineKind kind = LineKind::Earning;
  std::optional<Decimal> base;
  std::string base_unit;  // "coefficient", "points", "EUR", "hours"
  std::optional<Decimal> rate;
  std::string rate_unit;  // "EUR/point", "%", "EUR/hour"
  Decimal amount;         // rounded to the cent (decimal.h)
  std::string formula;    // French, with every input: shown by --explain
  std::vector<SourceRef> sources;
  bool inferred = false;   // uses a value the reference sheet infers
  bool uncertain = false;  // uses a value the reference sheet marks U
};

struct Payslip {
  Date date;
  std::string convention;
  std::string classification;  // "old" (A–I) or "a43" for the BAD
  std::string position;        // resolved position key
  std::string position_label;
  bool position_inferred = false;
  std::string position_note;   // how the position was found (placement, job table)
  WorkingTime working_time;
  std::vector<PayLine> lines;
  Decimal gross;
  std::vector<std::string> warnings;
};

// Which position to use on one side of a comparison, when the profile's own is not the one wanted.
struct PositionOverride {
  std::string position;
};

Result<Payslip> compute_pay(const GridSet& grids, const Profile& profile, Date date,
                            const PositionOverride& override = {});

struct Comparison {
  Payslip before;
  Payslip after;
  Decimal delta_gross;
  std::optional<Decimal> delta_gross_pct;  // rounded to 2 decimals; none when before is zero
};

// The named measures compare the day before their start with their start (avenant43: 2021-09-30 vs 2021-10-01).
struct MeasureDates {
  Date before;
  Date after;
};
Result<MeasureDates> measure_dates(const GridSet& grids, const std::string& measure);

// The lines of both sides matched by code, in the order they first appear (before's, then those new after).
struct LinePair {
  std::string code;
  const PayLine* before = nullptr;
  const PayLine* after = nullptr;
};
std::vector<LinePair> pair_lines(const Comparison& c);

Result<Comparison> compute_compare(const GridSet& grids, const Profile& profile, Date before, Date after,
                                   const PositionOverride& before_position = {},
                                   const PositionOverride& after_position = {});

}  // namespace revalo
