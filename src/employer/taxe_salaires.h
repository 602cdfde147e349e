// The taxe sur les salaires (CGI art. 231) of one payslip: the employee's annual tax on the yearly pay (the month
// × 12) with the year's brackets, and its monthly share, by the rule employer.ts.monthly_rule. The associations'
// abattement (CGI 1679 A) is on the employer's annual total: how it is spread over payslips is the rule
// employer.ts.abattement_allocation (marked uncertain). Data: grids/employer/taxe-salaires.toml. No I/O.
#pragma once
#include <string>
#include <vector>

#include "grid_model.h"
#include "payslip.h"

namespace revalo {

struct TaxeSalaires {
  Decimal base_year;    // 12 × the month's base
  Decimal tax_year;     // exact annual tax of the employee
  Decimal amount;       // monthly share, rounded to the cent
  std::string formula;  // French (when explain)
  std::vector<SourceRef> sources;
};

// `base_month`: the CSG activity base without the 1.75 % abattement (gross + employer health and prévoyance).
// `association`: the employer is an association (abattement of CGI 1679 A on its annual total).
Result<TaxeSalaires> taxe_salaires(const GridSet& g, Date d, Decimal base_month, bool association, bool explain);

}  // namespace revalo
