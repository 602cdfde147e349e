// Taxe sur les salaires of one payslip (see taxe_salaires.h): 4.25 % of the whole annual base, + 4.25 % of the
// fraction between S1 and S2, + 9.35 % above S2 (CGI 231 1 and 2 bis); rates and limits are grid values.
#include "taxe_salaires.h"

#include <fmt/format.h>

#include "employer_internal.h"

namespace revalo {

using employer_detail::eur;
using employer_detail::param_at;
using employer_detail::pct;

Result<TaxeSalaires> taxe_salaires(const GridSet& g, Date d, Decimal base_month, bool association, bool explain) {
  TaxeSalaires out;
  const Decimal kZero;
  const char* ids[] = {"employer.ts.monthly_rule", "employer.ts.rate", "employer.ts.rate_s1", "employer.ts.rate_s2",
                       "employer.ts.s1", "employer.ts.s2"};
  Decimal v[6];
  for (int i = 0; i < 6; ++i) {
    auto p = param_at(g, ids[i], d);
    if (!p) return p.error();
    v[i] = p->value;
    out.sources.push_back(p->source);
    if (i == 0 && p->text != "annuel_douzieme")
      return make_error(ErrorKind::Grid, fmt::format("employer.ts.monthly_rule : règle inconnue « {} »", p->text));
  }
  const Decimal rate = v[1], rate_s1 = v[2], rate_s2 = v[3], s1 = v[4], s2 = v[5];
  out.base_year = base_month * Decimal::from_int(12);
  const Decimal middle = min(max(out.base_year - s1, kZero), s2 - s1);
  const Decimal upper = max(out.base_year - s2, kZero);
  out.tax_year = out.base_year.percent(rate) + middle.percent(rate_s1) + upper.percent(rate_s2);
  out.amount = out.tax_year.div(Decimal::from_int(12)).round_cents();
  if (explain)
    out.formula = fmt::format(
        "assiette annuelle = 12 × {} = {} ; taxe annuelle = {} × {} + {} × {} (fraction entre {} et {}) + {} × {} "
        "(fraction au-delà de {}) = {} ; part du mois = taxe annuelle / 12 = {}",
        eur(base_month), eur(out.base_year), pct(rate), eur(out.base_year), pct(rate_s1), eur(middle), eur(s1),
        eur(s2), pct(rate_s2), eur(upper), eur(s2), eur(out.tax_year), fr_euros(out.amount));
  if (association) {
    // The abattement is on the employer's annual total: the rule says how (whether) a payslip gets a share of it.
    auto allocation = param_at(g, "employer.ts.abattement_allocation", d);
    if (!allocation) return allocation.error();
    auto abattement = param_at(g, "employer.ts.abattement", d);
    if (!abattement) return abattement.error();
    out.sources.push_back(allocation->source);
    out.sources.push_back(abattement->source);
    if (allocation->text != "aucune")
      return make_error(ErrorKind::Grid, fmt::format("employer.ts.abattement_allocation : règle inconnue « {} »",
                                                     allocation->text));
    if (explain)
      out.formula += fmt::format(" ; abattement des associations de {} par an sur le total de l'employeur, non "
                                 "réparti sur les bulletins (coût marginal)",
                                 eur(abattement->value));
  }
  return out;
}

}  // namespace revalo
