// Internal to the BAD gross pay (bad_pay.cpp, bad_ecr.cpp): the state of one payslip being computed, shared by its
// steps. Not for other modules: they call compute_bad_pay (bad_pay.h).
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "bad_position.h"
#include "payslip.h"
#include "profile.h"
#include "rate_sheet.h"

namespace revalo::bad_detail {

// A scalar parameter at the sheet's date, with its version for the sources.
struct Valued {
  Decimal value;
  const Version* version = nullptr;
};
Result<Valued> scalar(const RateSheet& rs, const ParamKey& k);
// Points of a scale for the value x; MissingData when the band has no value in the text.
Result<Valued> scale_value(const RateSheet& rs, const ParamKey& k, Decimal x);

struct BadPay {
  BadPay(const RateSheet& rates, const Profile& profile, const CalcOptions& options, Payslip& payslip)
      : rs(rates), p(profile), opt(options), slip(payslip) {}
  const RateSheet& rs;
  const Profile& p;
  const CalcOptions& opt;
  Payslip& slip;
  bool old = false;
  ResolvedPosition pos;
  Valued point;
  Decimal coefficient;
  Decimal full_base;     // full-time coefficient × point, exact
  Valued smic;
  std::optional<Decimal> idr;  // indemnité différentielle de reclassement, full time (an input)
  std::string_view seniority_rule = "base";  // bad.ecr.anciennete.base: what the ECR ancienneté is a % of
  const Version* seniority_rule_version = nullptr;
  Decimal floor_compared;  // what is compared with the SMIC: the base, with the IDR where the rule puts it there
  std::string prorata;     // explained payslips: "temps plein" or "130 / 151,67"

  Date date() const { return rs.date(); }
  const WorkingTime& wt() const { return slip.working_time; }
  SourceRef point_source() const;
  // A new line of this payslip (explained or lean, as the options say).
  PayLine line(std::string_view code) const;
  void add(PayLine&& l) { append_line(slip.lines, std::move(l)); }
};

// The ECR of art. III.19 (avenant 43): diplôme, ancienneté, tutorat and maître d'apprentissage, Sunday and night
// hours, astreinte, cadres.
std::optional<Error> add_ecr(BadPay& b);

}  // namespace revalo::bad_detail
