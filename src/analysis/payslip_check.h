// `revalo check`: a printed payslip (payslip_file.h) compared line by line with what the texts give for its profile and
// month (compute_pay). Pure functions of (grids, file), no I/O; the rules are in docs/check.md.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "grid_model.h"
#include "pay.h"
#include "payslip_file.h"
#include "result.h"

namespace revalo {

// One cent per line (and per total) of tolerance for rounding: |found − expected| ≤ 0.01 € is OK.
inline const Decimal kCheckTolerance = Decimal::from_raw(Decimal::kOne / 100);

enum class CheckStatus {
  Ok,          // the printed amount is the expected one, within the tolerance (and base / rate match)
  Differs,     // printed and expected, but the amount, base or rate is not the expected one
  Missing,     // expected by the texts, absent from the payslip
  Unexpected,  // on the payslip, not given by the texts for this profile and month
  NotEntered,  // a deduction the file does not give while it gives others: not typed, so not checked
};
// "ok", "differs", "missing", "unexpected", "not_entered" (JSON and CSV).
std::string check_status_key(CheckStatus s);

struct CheckRow {
  std::string code;
  std::string label;       // as printed when on the payslip, else revalo's label
  bool total = false;      // a [totals] figure, not a line
  LineKind kind = LineKind::Earning;
  CheckStatus status = CheckStatus::Ok;
  std::optional<Decimal> expected;  // none: not given by the texts (unexpected)
  std::optional<Decimal> found;     // none: not on the payslip (missing)
  std::optional<Decimal> difference() const {
    if (!expected || !found) return std::nullopt;
    return *found - *expected;
  }
  // The expected line's base and rate with their units (docs/output.md), and the printed ones.
  std::optional<Decimal> expected_base, expected_rate, found_base, found_rate;
  std::string base_unit, rate_unit;
  bool base_differs = false, rate_differs = false;
  // The rule (French formula with its inputs) and the legal sources of the expected amount.
  std::string formula;
  std::vector<SourceRef> sources;
  bool inferred = false, uncertain = false;
};

struct CheckReport {
  Payslip expected;             // what the texts give at file.date (compute_pay)
  std::vector<CheckRow> rows;   // the lines in payslip order (earnings, deductions, info), then the totals
  bool deductions_checked = true;  // false: the payslip gives no deduction line, so none is reported missing
  std::vector<std::string> warnings;  // French: values that change within the month
  std::size_t count(CheckStatus s) const;
  // Every row is OK, or a deduction left out of the file (not checked, not a difference).
  bool matches() const { return count(CheckStatus::Ok) + count(CheckStatus::NotEntered) == rows.size(); }
};

// Compares the printed payslip with `expected`, the payslip the texts give at file.date. The deductions are checked
// only when the file gives at least one; then a deduction it does not give is « non saisie » (not typed, not checked),
// not missing: only an earning is missing. An information line is never reported.
CheckReport compare_payslip(const PayslipFile& file, Payslip expected);

// Computes the expected payslip at file.date and compares; warns when a line or total differs between the first and
// the last day of the month (a value changed within it).
Result<CheckReport> check_payslip(const GridSet& grids, const PayslipFile& file);

}  // namespace revalo
