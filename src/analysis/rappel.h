// Back pay (`revalo rappel`): month by month, the pay the texts give (retroactive values included: they are dated at
// their effect date in the grids) against what was paid, the difference and the total, with each month's
// prescription at the claim date (prescription.h). Pure functions, no I/O: the paid amounts and dates are given.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "monthly_pay.h"
#include "prescription.h"

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
  bool prescribed = false;        // the claim is out of time for this month
  MonthPrescription prescription; // the rule that says so, with its legal text
};

struct Rappel {
  std::vector<RappelMonth> months;
  Decimal total_gross;               // Σ gross_difference (each rounded to the cent: the total adds up exactly)
  std::optional<Decimal> total_net;  // when every month has a paid net
  Decimal total_gross_not_prescribed;
  Date claim_date;
  // When one date splits the months: those that end before it are prescribed (private: pay dates N years before the
  // claim, or the N years before the end of the contract; public: 1 January of the first year still claimable).
  // None when the rule differs from month to month (a transitional rule, an interruption).
  std::optional<Date> prescribed_before;
  std::vector<std::string> warnings;      // French
};

// `paid` holds a value for every month from first to last (the CLI reads it). The prescription follows the profile:
// public agents (status public-*) by loi 68-1250 (with `interrupted`), others by Code du travail L3245-1 (with
// `pay_day` and `contract_end`), from grids/common/prescription.toml at the claim date.
Result<Rappel> compute_rappel(const GridSet& grids, const Profile& p, Date first, Date last,
                              const std::map<Date, PaidMonth>& paid, Date claim_date);

}  // namespace revalo
