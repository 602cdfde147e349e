// Batch recalculation: every input record (CSV row or JSON line) becomes exactly one output row, in order —
// its computed figures, or an error naming its input line. Grids are loaded once by the caller.
#pragma once
#include <functional>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "batch_input.h"
#include "date.h"
#include "decimal.h"
#include "grid_model.h"
#include "profile.h"

namespace revalo {

struct BatchOptions {
  Profile defaults;                // fields every row starts from (flags of the command: --convention, --at…)
  std::optional<Date> before;      // comparison dates (both set = compare mode)
  std::optional<Date> after;
  std::string measure;             // compare mode across a measure dated per row (Ségur: depends on the person)
  const GridSet* scenario = nullptr;  // scenario mode: each row under the law (the grids) and under this proposal
  // --point without a convention flag: each row under the law and under this point value of its own convention,
  // from point_from.
  std::optional<Decimal> point;
  std::optional<Date> point_from;
  std::vector<std::string> keep;   // input columns copied to the output (an employee id…)
  bool ignore_unknown_columns = false;
  bool jsonl = false;              // output JSON lines instead of CSV
  bool csv_fr = false;             // ';' separator and decimal comma
  bool memo = true;                // reuse the cells of identical profiles (off: every row computed, for benchmarks)
  std::size_t lanes = 0;           // rows computed side by side by this many lanes; 0: one per core (at most 8)
  // Called every kProgressRows rows read, and once at the end when it was called before (a progress line).
  std::function<void(long rows, bool done)> progress;
};
inline constexpr long kProgressRows = 100'000;

struct BatchSummary {
  long rows = 0;
  long errors = 0;
  Decimal total_gross;         // pay mode; compare mode: total gross after
  Decimal total_gross_before;  // compare mode
  Decimal total_delta;         // compare mode: monthly cost of the change (gross)
  Decimal total_net_paid;      // pay mode; compare mode: after
  Decimal total_net_paid_before;
  bool compare = false;
  // Scenario mode: the law's totals are total_gross / total_net_paid; the proposal's and the deltas are below.
  bool scenario = false;
  long affected = 0;                // rows whose gross or net payé changes
  Decimal scenario_gross, scenario_net_paid;
  std::vector<Decimal> gross_deltas;  // per computed row, for the distribution
  Decimal total_delta_net_paid;
  long smic_floor_law = 0, smic_floor_scenario = 0;  // rows paid an indemnité différentielle SMIC
  // Employer cost columns (the effectif given as a flag or a column): totals of the rows that have it.
  bool employer = false;
  Decimal total_employer_cost;         // pay and scenario mode: the law's; compare mode: after
  Decimal total_employer_cost_before;  // compare mode
  Decimal scenario_employer_cost;      // scenario mode
  Decimal total_delta_employer_cost;   // compare and scenario mode: monthly employer cost of the measure
};

// Reads every record of `reader`, writes one row per record to `out` (buffered). Returns an Input error, before
// writing anything, when the input is unusable (unknown columns, missing --keep column). Rows whose profile columns
// repeat an earlier row's are written again from that row's cells (a run's table of identical profiles, capped):
// the computation is a pure function of the profile, so the output is the same.
Result<BatchSummary> run_batch(const GridSet& grids, BatchReader& reader, const BatchOptions& options,
                               std::ostream& out);

// French one-paragraph summary for stderr.
std::string batch_summary_text(const BatchSummary& s);
// The same summary as one JSON object with stable English keys, every key always present (docs/output.md).
std::string batch_summary_json(const BatchSummary& s);

}  // namespace revalo
