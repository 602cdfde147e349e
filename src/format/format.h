// Formatters: payslips and comparisons as French text, JSON and CSV (keys documented in docs/output.md).
#pragma once
#include <string>

#include "pay.h"
#include "profile.h"

namespace revalo {

struct FormatOptions {
  bool explain = false;  // text: each line's formula, inputs and sources
  bool csv_fr = false;   // CSV: ';' separator and decimal comma
};

std::string pay_text(const Payslip& s, const Profile& p, const FormatOptions& o);
std::string pay_json(const Payslip& s, const Profile& p, const FormatOptions& o);
std::string pay_csv(const Payslip& s, const Profile& p, const FormatOptions& o);

std::string compare_text(const Comparison& c, const Profile& p, const FormatOptions& o);
std::string compare_json(const Comparison& c, const Profile& p, const FormatOptions& o);
std::string compare_csv(const Comparison& c, const Profile& p, const FormatOptions& o);

// Shared helpers of the formatters.
std::string profile_json(const Profile& p, const std::string& indent);  // the inputs given, field → text
std::string amount_or_null(const std::optional<Decimal>& d);          // "12.30" or "null" (JSON)
std::string json_escape(std::string_view s);
std::string json_string_array(const std::vector<std::string>& items);  // ["a", "b"] (JSON)
std::string csv_field(std::string_view s, char separator);
// Pads to `width` columns counting UTF-8 code points, left- or right-aligned.
std::string pad(std::string_view s, std::size_t width, bool right = false);
std::string line_flags(const PayLine& l);  // " [inféré]" / " [incertain]"
std::string line_kind_name(LineKind k);    // "earning", "deduction", "info" (JSON and CSV)

}  // namespace revalo
