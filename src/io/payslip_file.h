// Payslip files for `revalo check` (docs/check.md): the month, the profile, and the lines and totals as printed on a
// real payslip, read from TOML into plain values. No computation here: payslip_check.h compares them with the texts.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "date.h"
#include "decimal.h"
#include "pay.h"
#include "profile.h"
#include "result.h"

namespace revalo {

// One line of the payslip as printed: revalo's line code (docs/output.md), the printed label, and the figures.
struct PrintedLine {
  std::string code;
  std::string label;                  // as printed; empty when the file gives none
  LineKind kind = LineKind::Earning;  // the kind of the code (deductions are written as positive amounts)
  std::optional<Decimal> base;
  std::optional<Decimal> rate;
  int base_decimals = 0;              // digits written after the decimal mark ("5.51" → 2), for the comparison
  int rate_decimals = 0;
  Decimal amount;
  int source_line = 0;                // line of the file, for messages
};

// A total of the payslip: "gross" or one of kNetFigureCodes.
struct PrintedTotal {
  std::string code;
  Decimal amount;
};

struct PayslipFile {
  std::string path;
  Date date;                // the date the texts are applied at
  bool whole_month = true;  // `month` written AAAA-MM: `date` is the month's last day; else the date written
  Profile profile;
  std::vector<PrintedLine> lines;
  std::vector<PrintedTotal> totals;  // in the order of payslip_total_codes()
};

// The line codes a payslip file may use: every code revalo computes (docs/output.md, "Line codes").
const std::vector<std::string>& payslip_line_codes();
// The kind of a line code; none for an unknown code.
std::optional<LineKind> payslip_line_kind(std::string_view code);
// The keys of [totals]: "gross", then kNetFigureCodes.
const std::vector<std::string>& payslip_total_codes();

// Parses `text` (named `path` in messages: path:line:column). Errors are Input errors (exit code 3).
Result<PayslipFile> parse_payslip_toml(const std::string& path, const std::string& text);
// Reads the file then parses it.
Result<PayslipFile> load_payslip_file(const std::string& path);

}  // namespace revalo
