// The summary of a batch run (see batch.h): in French for standard error, or as one JSON object with stable English
// keys (docs/output.md, `batch --summary`).
#include <algorithm>
#include <optional>

#include <fmt/format.h>

#include "batch.h"
#include "format.h"
#include "format_number.h"

namespace revalo {
namespace {

const Decimal kTwelve = Decimal::from_int(12);

// Minimum, median and maximum monthly gross difference per computed row of a scenario batch.
struct Distribution {
  Decimal min, median, max;
};
std::optional<Distribution> gross_delta_distribution(const BatchSummary& s) {
  if (!s.scenario || s.gross_deltas.empty()) return std::nullopt;
  std::vector<Decimal> d = s.gross_deltas;
  std::sort(d.begin(), d.end());
  // The median of an even count is the mean of the two middle values, rounded to the cent.
  const std::size_t n = d.size();
  const Decimal median =
      n % 2 ? d[n / 2] : (d[n / 2 - 1] + d[n / 2]).mul_div(Decimal::from_int(1), Decimal::from_int(2)).round_cents();
  return Distribution{d.front(), median, d.back()};
}

}  // namespace

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
                       fr_euros(s.total_delta_employer_cost), fr_euros(s.total_delta_employer_cost * kTwelve));
  else if (s.employer)
    out += fmt::format(" ; coût employeur total {}", fr_euros(s.total_employer_cost));
  out += "\n";
  if (s.scenario) {
    // Yearly = 12 × monthly: the monthly pay of the date given, without 13th month, bonuses or changes in the year.
    out += fmt::format("scénario : {} salarié(s) concerné(s) sur {} calculé(s) ; brut total loi {}, scénario {} ; "
                       "écart mensuel brut {} (annuel ×12 : {}), net payé {} (annuel ×12 : {})\n",
                       s.affected, s.rows - s.errors, fr_euros(s.total_gross), fr_euros(s.scenario_gross),
                       fr_euros(s.total_delta), fr_euros(s.total_delta * kTwelve), fr_euros(s.total_delta_net_paid),
                       fr_euros(s.total_delta_net_paid * kTwelve));
    if (auto d = gross_delta_distribution(s))
      out += fmt::format("écart mensuel brut par salarié : minimum {}, médiane {}, maximum {}\n", fr_euros(d->min),
                         fr_euros(d->median), fr_euros(d->max));
    out += fmt::format("au plancher SMIC (indemnité différentielle) : {} avec la loi, {} avec le scénario\n",
                       s.smic_floor_law, s.smic_floor_scenario);
    if (s.employer)
      out += fmt::format("coût employeur : loi {}, scénario {} ; coût employeur de la mesure {} par mois, {} par an (×12)\n",
                         fr_euros(s.total_employer_cost), fr_euros(s.scenario_employer_cost),
                         fr_euros(s.total_delta_employer_cost), fr_euros(s.total_delta_employer_cost * kTwelve));
  }
  return out;
}

std::string batch_summary_json(const BatchSummary& s) {
  // Every key is always there (null where the mode has no such figure), so that scripts read them by name.
  using Opt = std::optional<Decimal>;
  const bool measure = s.compare || s.scenario;
  const Opt none;
  const auto when = [](bool on, Decimal d) { return on ? Opt(d) : Opt(); };
  const auto count = [](bool on, long n) { return on ? std::to_string(n) : std::string("null"); };
  const Decimal delta_net_paid = s.compare ? s.total_net_paid - s.total_net_paid_before : s.total_delta_net_paid;
  const std::optional<Distribution> d = gross_delta_distribution(s);
  const bool employer_measure = s.employer && measure;
  std::string out = "{\n";
  const auto key = [&out](std::string_view name, const std::string& value) {
    out += fmt::format("{}  \"{}\": {}", out.size() > 2 ? ",\n" : "", name, value);
  };
  key("mode", s.scenario ? "\"scenario\"" : s.compare ? "\"compare\"" : "\"pay\"");
  key("rows", std::to_string(s.rows));
  key("computed", std::to_string(s.rows - s.errors));
  key("errors", std::to_string(s.errors));
  key("gross", amount_or_null(s.total_gross));
  key("net_paid", amount_or_null(s.total_net_paid));
  key("gross_before", amount_or_null(when(s.compare, s.total_gross_before)));
  key("net_paid_before", amount_or_null(when(s.compare, s.total_net_paid_before)));
  key("scenario_gross", amount_or_null(when(s.scenario, s.scenario_gross)));
  key("scenario_net_paid", amount_or_null(when(s.scenario, s.scenario_net_paid)));
  key("delta_gross_monthly", amount_or_null(when(measure, s.total_delta)));
  key("delta_gross_yearly", amount_or_null(when(measure, s.total_delta * kTwelve)));
  key("delta_net_paid_monthly", amount_or_null(when(measure, delta_net_paid)));
  key("delta_net_paid_yearly", amount_or_null(when(measure, delta_net_paid * kTwelve)));
  key("affected", count(s.scenario, s.affected));
  key("delta_gross_min", amount_or_null(d ? Opt(d->min) : none));
  key("delta_gross_median", amount_or_null(d ? Opt(d->median) : none));
  key("delta_gross_max", amount_or_null(d ? Opt(d->max) : none));
  key("smic_floor_law", count(s.scenario, s.smic_floor_law));
  key("smic_floor_scenario", count(s.scenario, s.smic_floor_scenario));
  key("employer_cost", amount_or_null(when(s.employer, s.total_employer_cost)));
  key("employer_cost_before", amount_or_null(when(s.employer && s.compare, s.total_employer_cost_before)));
  key("scenario_employer_cost", amount_or_null(when(s.employer && s.scenario, s.scenario_employer_cost)));
  key("delta_employer_cost_monthly", amount_or_null(when(employer_measure, s.total_delta_employer_cost)));
  key("delta_employer_cost_yearly", amount_or_null(when(employer_measure, s.total_delta_employer_cost * kTwelve)));
  out += "\n}\n";
  return out;
}

}  // namespace revalo
