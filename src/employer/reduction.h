// The réduction générale des cotisations patronales (CSS L241-13, D241-7): the "Fillon" coefficient of 2020–2025,
// the RGDU of 2026, and the reduced maladie / allocations familiales rates of 2019–2025 (the "bandeaux", whose
// thresholds are counted in SMIC like the réduction). Every constant is in grids/employer/reduction.toml and
// private.toml. Pure functions of the grids, the date and the month's pay; no I/O.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "grid_model.h"
#include "payslip.h"
#include "profile.h"

namespace revalo {

// x^e for 0 ≤ x ≤ 1 and an exponent that is a multiple of 1/4 (the RGDU's 1.75), exact to about 10^-8:
// x^n × √x^a × ∜x^b. Other exponents are a grid error.
Result<Decimal> power_quarter(Decimal x, Decimal exponent);

// The annual SMIC of the réduction: employer.rg.smic_annual_hours × smic.hourly at `at`, prorated to the working
// time. The SMIC of the day is taken for the whole year (one representative month).
struct AnnualSmic {
  Decimal amount;   // exact, prorated
  Decimal hourly;   // smic.hourly at `at`
  Decimal hours;    // employer.rg.smic_annual_hours
  std::vector<SourceRef> sources;
};
Result<AnnualSmic> annual_smic(const GridSet& g, Date d, Date at, const WorkingTime& wt);

// The réduction of one month: C from the annual remuneration (12 × the month's base) and the annual SMIC, rounded to
// employer.rg.coefficient_decimals; amount = C × the month's base, rounded to the cent.
struct Reduction {
  std::string rule;           // employer.rg.formula: "fillon" or "rgdu"
  Decimal coefficient;        // rounded
  Decimal remuneration_year;  // 12 × the month's base
  Decimal smic_year;          // prorated annual SMIC
  Decimal amount;             // the month's réduction (positive), rounded to the cent
  std::string formula;        // French, with every input (when explain)
  std::vector<SourceRef> sources;
};
Result<Reduction> reduction_generale(const GridSet& g, Date d, Decimal base_month, const WorkingTime& wt,
                                     int headcount, bool explain);

// Whether a reduced rate (bandeau) applies: `prefix` is "employer.maladie" or "employer.af" (their .bandeau rule,
// .bandeau_smic, .bandeau_floor_smic, .bandeau_smic_date). No reduced rate when the rule is "aucun".
struct Bandeau {
  bool reduced = false;        // the remuneration is at or below the threshold
  Decimal threshold_year;      // annual threshold (exact); zero when the rule is "aucun"
  std::string text;            // French explanation (when explain)
  std::vector<SourceRef> sources;
};
Result<Bandeau> bandeau(const GridSet& g, std::string_view prefix, Date d, Decimal base_month, const WorkingTime& wt,
                        bool explain);

}  // namespace revalo
