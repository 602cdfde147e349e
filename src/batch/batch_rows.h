// Internal to the batch (batch.cpp): the computed cells of one row — a payslip, a comparison, or the law against a
// proposal — and what the row adds to the summary. Rows are computed on lean payslips from rate sheets made once per
// grid set and date.
#pragma once
#include <map>
#include <optional>
#include <string>

#include "batch.h"
#include "pay.h"
#include "rate_sheet.h"
#include "row_writer.h"

namespace revalo::batch_detail {

// What one computed row adds to the summary (batch.h, BatchSummary).
struct RowTotals {
  Decimal gross, gross_before, net_paid, net_paid_before, delta_gross, delta_net_paid;
  Decimal employer_cost, employer_cost_before, delta_employer_cost;
  Decimal scenario_gross, scenario_net_paid, scenario_employer_cost;
  bool smic_floor_law = false, smic_floor_scenario = false;
};
void add_to(BatchSummary& s, const RowTotals& t);

class RowComputer {
 public:
  RowComputer(const GridSet& grids, const BatchOptions& o, bool employer) : grids_(grids), o_(o), employer_(employer) {}
  // Writes the computed cells of the row of profile `p` (from "date" or "before_date" to "flags") and its totals;
  // returns the error message, with nothing written, when the row cannot be computed.
  std::optional<std::string> row(const Profile& p, RowWriter& w, RowTotals& t);

 private:
  std::optional<std::string> pay(const Profile& p, RowWriter& w, RowTotals& t);
  std::optional<std::string> compare(const Profile& p, RowWriter& w, RowTotals& t);
  Result<const GridSet*> proposal(const Profile& p);  // the scenario, or the --point scenario of the row's convention
  std::string_view iso(Date d);  // a date's text, made once per date of the run
  const GridSet& grids_;
  const BatchOptions& o_;
  bool employer_;
  RateSheets sheets_;
  std::map<std::string, Result<GridSet>, std::less<>> point_scenarios_;  // by convention
  std::map<Date, std::string> dates_;
  std::optional<Result<MeasureDates>> same_dates_;  // --measure: its dates when they do not depend on the row
};

}  // namespace revalo::batch_detail
