// The computed payslip (lines with their formula and sources) and the entry points of the calculator:
// pure functions of (grids, profile, date), no I/O.
#pragma once
#include <array>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "payslip.h"

namespace revalo {

// The payslip of a profile at the rate sheet's date: gross, net and (with the effectif) the employer side. A batch
// passes its cached sheets and lean options; the GridSet forms make a sheet for one payslip.
Result<Payslip> compute_pay(const RateSheet& rates, const Profile& profile, const PositionOverride& override = {},
                            const CalcOptions& options = {});
Result<Payslip> compute_pay(const GridSet& grids, const Profile& profile, Date date,
                            const PositionOverride& override = {}, const CalcOptions& options = {});
// compute_pay in two steps: the gross payslip with its status, then the net layer on a (possibly shared) gross.
Result<Payslip> compute_gross_pay(const RateSheet& rates, const Profile& profile,
                                  const PositionOverride& override = {}, const CalcOptions& options = {});
Result<Payslip> compute_gross_pay(const GridSet& grids, const Profile& profile, Date date,
                                  const PositionOverride& override = {}, const CalcOptions& options = {});
std::optional<Error> add_net_pay(const RateSheet& rates, const Profile& profile, Payslip& slip,
                                 const CalcOptions& options = {});
std::optional<Error> add_net_pay(const GridSet& grids, const Profile& profile, Payslip& slip, Date date,
                                 const CalcOptions& options = {});

struct Comparison {
  Payslip before;
  Payslip after;
  Decimal delta_gross;
  std::optional<Decimal> delta_gross_pct;  // rounded to 2 decimals; none when before is zero
  // After − before for each net figure, in kNetFigureCodes order; none unless both sides have that figure.
  std::array<std::optional<Decimal>, std::size(kNetFigureCodes)> delta_net;
  // After − before of the employer cost and contributions; none unless both sides have the employer side.
  std::optional<Decimal> delta_employer_cost, delta_employer_contributions;
  // The law against a proposal at the same date (compare --scenario / --point): what the "after" side is.
  std::optional<ScenarioInfo> scenario;
  // What the comparison itself tells (pay falls, and the input that may make up for it), in French.
  std::vector<std::string> warnings;
};

// After − before of two payslips: the gross (and its % of the gross before, rounded to 2 decimals, none when that
// is zero), each net figure (none unless both have it), the employer cost and contributions (none unless both have
// the employer side). A batch row writes them without building a Comparison.
struct PayDeltas {
  Decimal gross;
  std::optional<Decimal> gross_pct;
  std::array<std::optional<Decimal>, std::size(kNetFigureCodes)> net;
  std::optional<Decimal> employer_cost, employer_contributions;
};
PayDeltas pay_deltas(const Payslip& before, const Payslip& after);

// Before and after, with the differences of gross and net figures (pay_deltas); a lean comparison (CalcOptions::explain off, a
// batch) has no warnings.
Comparison compare_payslips(Payslip&& before, Payslip&& after, const CalcOptions& opt = {});

// The named measures compare the day before their start with their start (avenant43: 2021-09-30 vs 2021-10-01).
// The measures of grids/segur start on the first day they apply to the profile, which they need.
struct MeasureDates {
  Date before;
  Date after;
};
Result<MeasureDates> measure_dates(const GridSet& grids, const std::string& measure, const Profile* profile = nullptr);

// The lines of both sides matched by code, in the before payslip's order; a line new after comes after the last line
// of its kind (earning, deduction, info), the income tax staying last of the deductions.
struct LinePair {
  std::string_view code;
  const PayLine* before = nullptr;
  const PayLine* after = nullptr;
};
std::vector<LinePair> pair_lines(const Comparison& c);

Result<Comparison> compute_compare(const GridSet& grids, const Profile& profile, Date before, Date after,
                                   const PositionOverride& before_position = {},
                                   const PositionOverride& after_position = {},
                                   const CalcOptions& options = {});
Result<Comparison> compute_compare(const RateSheet& before, const RateSheet& after, const Profile& profile,
                                   const PositionOverride& before_position = {},
                                   const PositionOverride& after_position = {},
                                   const CalcOptions& options = {});

}  // namespace revalo
