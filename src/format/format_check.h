// Formatters of `revalo check` (payslip_check.h): French text, JSON and CSV with stable English keys
// (docs/output.md, "check").
#pragma once
#include <string>

#include "format.h"
#include "payslip_check.h"
#include "payslip_file.h"

namespace revalo {

std::string check_text(const CheckReport& r, const PayslipFile& f, const FormatOptions& o);
std::string check_json(const CheckReport& r, const PayslipFile& f, const FormatOptions& o);
std::string check_csv(const CheckReport& r, const PayslipFile& f, const FormatOptions& o);

// `check --codes`: the line codes a payslip file may use, by agreement (Convention::line_codes), then those of pay
// without an agreement (public, declared, measures), the deductions and the information lines.
std::string line_codes_text();

}  // namespace revalo
