// Test helper: a payslip line's amount as printed with two decimals ("2177.40"), or "absent" — one place for the
// unit tests of every agreement.
#pragma once
#include <string>
#include <string_view>

#include "payslip.h"

namespace revalo {

inline std::string line_amount(const Payslip& s, std::string_view code) {
  for (const auto& l : s.lines)
    if (l.code == code) return l.amount.str(2);
  return "absent";
}

}  // namespace revalo
