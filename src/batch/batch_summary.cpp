// The French summary of a batch run, for standard error (see batch.h).
#include <algorithm>

#include <fmt/format.h>

#include "batch.h"
#include "format_number.h"

namespace revalo {

std::string batch_summary_text(const BatchSummary& s) {
  std::string out = fmt::format("revalo batch : {} ligne(s), {} calculée(s), {} en erreur", s.rows, s.rows - s.errors,
                                s.errors);
  if (s.compare)
    out += fmt::format(" ; brut total avant {}, après {}, coût mensuel brut de la mesure {} ; net payé total avant {}, "
                       "après {}",
                       fr_euros(s.total_gross_before), fr_euros(s.total_gross), fr_euros(s.total_delta),
                       fr_euros(s.total_net_paid_before), fr_euros(s.total_net_paid));
  else
    out += fmt::format(" ; brut total {} ; net payé total {}", fr_euros(s.total_gross), fr_euros(s.total_net_paid));
  if (s.employer && s.compare)
    out += fmt::format(" ; coût employeur total avant {}, après {}, coût employeur mensuel de la mesure {} (annuel ×12 : {})",
                       fr_euros(s.total_employer_cost_before), fr_euros(s.total_employer_cost),
                       fr_euros(s.total_delta_employer_cost), fr_euros(s.total_delta_employer_cost * Decimal::from_int(12)));
  else if (s.employer)
    out += fmt::format(" ; coût employeur total {}", fr_euros(s.total_employer_cost));
  out += "\n";
  if (s.scenario) {
    // Yearly = 12 × monthly: the monthly pay of the date given, without 13th month, bonuses or changes in the year.
    const Decimal twelve = Decimal::from_int(12);
    out += fmt::format("scénario : {} salarié(s) concerné(s) sur {} calculé(s) ; brut total loi {}, scénario {} ; "
                       "écart mensuel brut {} (annuel ×12 : {}), net payé {} (annuel ×12 : {})\n",
                       s.affected, s.rows - s.errors, fr_euros(s.total_gross), fr_euros(s.scenario_gross),
                       fr_euros(s.total_delta), fr_euros(s.total_delta * twelve), fr_euros(s.total_delta_net_paid),
                       fr_euros(s.total_delta_net_paid * twelve));
    if (!s.gross_deltas.empty()) {
      std::vector<Decimal> d = s.gross_deltas;
      std::sort(d.begin(), d.end());
      // The median of an even count is the mean of the two middle values, rounded to the cent.
      const std::size_t n = d.size();
      const Decimal median =
          n % 2 ? d[n / 2] : (d[n / 2 - 1] + d[n / 2]).mul_div(Decimal::from_int(1), Decimal::from_int(2)).round_cents();
      out += fmt::format("écart mensuel brut par salarié : minimum {}, médiane {}, maximum {}\n", fr_euros(d.front()),
                         fr_euros(median), fr_euros(d.back()));
    }
    out += fmt::format("au plancher SMIC (indemnité différentielle) : {} avec la loi, {} avec le scénario\n",
                       s.smic_floor_law, s.smic_floor_scenario);
    if (s.employer)
      out += fmt::format("coût employeur : loi {}, scénario {} ; coût employeur de la mesure {} par mois, {} par an (×12)\n",
                         fr_euros(s.total_employer_cost), fr_euros(s.scenario_employer_cost),
                         fr_euros(s.total_delta_employer_cost),
                         fr_euros(s.total_delta_employer_cost * Decimal::from_int(12)));
  }
  return out;
}

}  // namespace revalo
