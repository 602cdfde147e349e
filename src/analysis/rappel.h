// Back pay (`revalo rappel`): month by month, the pay the texts give (retroactive values included: they are dated at
// their effect date in the grids) against what was paid, the difference and the total, with the months beyond the
// prescription counted back from the claim date. Pure functions, no I/O: the paid amounts and dates are given.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "monthly_pay.h"

namespace revalo {

// What was paid for a month: the gross, and the net payé when known.
struct PaidMonth {
  Decimal gross;
  std::optional<Decimal> net;
};

struct RappelMonth {
  MonthPay pay;                   // the texts' payslip and the events of the month
  PaidMonth paid;
  Decimal gross_difference;       // due − paid (positive: owed to the employee)
  std::optional<Decimal> net_difference;
  bool prescribed = false;        // due before the prescription date: the claim may be out of time
};

struct Rappel {
  std::vector<RappelMonth> months;
  Decimal total_gross;               // Σ gross_difference (each rounded to the cent: the total adds up exactly)
  std::optional<Decimal> total_net;  // when every month has a paid net
  Decimal total_gross_not_prescribed;
  Date claim_date;
  std::optional<Date> prescribed_before;  // months whose pay fell due before this date are prescribed
  std::vector<std::string> warnings;      // French
};

// `paid` holds a value for every month from first to last (the CLI reads it); the prescription is the parameter
// `prescription.salary_years` (grids/common/prescription.toml), for private employees only: for public agents the
// reference sheets give none, and a warning says so.
Result<Rappel> compute_rappel(const GridSet& grids, const Profile& p, Date first, Date last,
                              const std::map<Date, PaidMonth>& paid, Date claim_date);

}  // namespace revalo
