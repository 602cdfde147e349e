// CCN 51 primes after the base and the seniority (ccn51_internal.h): prime fonctionnelle (annexe I, A3.4.4), night
// and Sunday / public holiday points (annexe III), the × 0.925 of art. 08.01.1 and the prime décentralisée (an input,
// annexe III A3.1). Amounts and lists come from grids/ccn51.
#include <algorithm>

#include <fmt/format.h>

#include "ccn51_internal.h"
#include "ccn51_pay.h"
#include "format_number.h"

namespace revalo::ccn51 {
namespace {

const ParamKey kPrimeFonctionnelle{"ccn51.prime_fonctionnelle"};
const ParamKey kPrimeTempsPartiel{"ccn51.prime_fonctionnelle.temps_partiel"};
const ParamKey kNuit{"ccn51.nuit"};
const ParamKey kDimanche{"ccn51.dimanche_ferie"};
const ParamKey kAbattement{"ccn51.abattement"};
const ParamKey kAbattementStructures{"ccn51.abattement.structures"};
const ParamKey kAbattementOrdre{"ccn51.abattement.ordre"};

struct Candidate {
  std::string key;  // "aide-soignant/ehpad"
  const Cell* cell = nullptr;
};

// Prime fonctionnelle: the cells of the métier for the structure and the service given; one title at most
// (art. 08.01.1), the highest when two apply. Prorated at part time by the rule ccn51.prime_fonctionnelle.temps_partiel.
std::optional<Error> add_prime_fonctionnelle(Context& c) {
  const Version* table = c.rs.find(kPrimeFonctionnelle);
  if (!table) return std::nullopt;
  const std::string prefix = c.key + "/";
  const std::string_view service = extra_text(c.p, "service");
  std::vector<std::string> structures;  // where the métier has one, for the message when no structure is given
  std::optional<Candidate> best;
  for (const auto& [k, cell] : table->cells) {
    if (!k.starts_with(prefix)) continue;
    const std::string where = k.substr(prefix.size());
    structures.push_back(where);
    if (where != c.structure && where != service) continue;
    if (!best || best->cell->values.front() < cell.values.front()) best = Candidate{k, &cell};
  }
  if (!best && c.structure.empty() && service.empty() && !structures.empty())
    return make_error(ErrorKind::Input,
                      fmt::format("le métier {} a une prime fonctionnelle selon la structure ou le service ({}) : donnez "
                                  "--structure (et --service si besoin)",
                                  c.slip.position_label, fmt::join(structures, ", ")));
  if (!best) {
    if (!service.empty())
      c.slip.warnings.push_back(fmt::format("--service {} : pas de prime fonctionnelle de ce service pour le métier {}",
                                            service, c.slip.position_label));
    return std::nullopt;
  }
  const Decimal pts = best->cell->values.front();
  PayLine l = new_line(c, "functional_bonus");
  if (c.opt.explain) l.label = fmt::format("Prime fonctionnelle ({} points)", fr_number(pts));
  l.base = pts;
  l.base_unit = "points";
  l.rate = c.point;
  l.rate_unit = "EUR/point";
  l.amount = c.wt.prorate(points_amount(c, pts));
  if (c.opt.explain)
    l.formula = fmt::format("{} points ({}) × {} € × {} = {}", fr_number(pts), best->key, fr_number(c.point), c.prorata,
                            fr_euros(l.amount.round_cents()));
  l.cite(c.rs.source(kPrimeFonctionnelle, *table, &best->cell->provenance));
  l.cite(c.point_ref);
  if (!c.wt.full_time()) {
    auto rule = c.rs.at(kPrimeTempsPartiel);
    if (!rule) return rule.error();
    l.cite(c.rs.source(kPrimeTempsPartiel, **rule));
  }
  append_line(c.slip.lines, std::move(l));
  return std::nullopt;
}

// Night (points per night) and Sunday / public holiday (points per hour) allowances: what was worked, not prorated.
std::optional<Error> add_sujetions(Context& c) {
  struct Item {
    std::optional<Decimal> count;
    const ParamKey* param;
    const char* code;
    const char* label;
    const char* unit;   // base unit
    const char* per;    // French, for the formula
  };
  std::optional<Decimal> nights;
  if (auto n = extra_int(c.p, "nights"); n && *n > 0) nights = Decimal::from_int(*n);
  const Item items[] = {
      {nights, &kNuit, "night_allowance", "Indemnité de travail de nuit", "count", "nuit(s)"},
      {extra_decimal(c.p, "sunday_hours"), &kDimanche, "sunday_holiday_allowance",
       "Indemnité de travail du dimanche et des jours fériés", "hours", "heure(s)"},
  };
  for (const Item& it : items) {
    if (!it.count || it.count->is_zero()) continue;
    auto pts = c.rs.at(*it.param);
    if (!pts) return pts.error();
    PayLine l = new_line(c, it.code);
    if (c.opt.explain) l.label = it.label;
    l.base = *it.count;
    l.base_unit = it.unit;
    l.rate = (*pts)->number;
    l.rate_unit = "points";
    l.amount = points_amount(c, (*pts)->number * *it.count);
    if (c.opt.explain)
      l.formula = fmt::format("{} {} × {} point(s) × {} € = {}", fr_number(*it.count), it.per, fr_number((*pts)->number),
                              fr_number(c.point), fr_euros(l.amount.round_cents()));
    l.cite(c.rs.source(*it.param, **pts));
    l.cite(c.point_ref);
    append_line(c.slip.lines, std::move(l));
  }
  return std::nullopt;
}

// × 0.925 on the fixed lines for the structures of the rule (art. 08.01.1): one negative line of (1 − 0.925) × their
// sum, after the SMC guarantee (the order is uncertain, ccn51.abattement.ordre).
std::optional<Error> add_abattement(Context& c) {
  if (c.structure.empty() || !ccn51_rule_lists(c.rs, kAbattementStructures, c.structure))
    return std::nullopt;
  auto factor = c.rs.at(kAbattement);
  auto list = c.rs.at(kAbattementStructures);
  auto order = c.rs.at(kAbattementOrdre);
  if (!factor) return factor.error();
  if (!list) return list.error();
  if (!order) return order.error();
  static const char* const kFixed[] = {"base", "smc_guarantee", "technicity_supplement", "seniority_bonus",
                                       "functional_bonus"};
  Decimal fixed;
  for (const auto& l : c.slip.lines)
    if (std::find(std::begin(kFixed), std::end(kFixed), l.code) != std::end(kFixed)) fixed += l.amount;
  const Decimal cut = Decimal::from_int(1) - (*factor)->number;
  PayLine l = new_line(c, "structure_abatement");
  if (c.opt.explain) l.label = fmt::format("Abattement de la structure (× {})", fr_number((*factor)->number));
  l.base = fixed;
  l.base_unit = "EUR";
  l.rate = cut.mul_div(Decimal::from_int(100), Decimal::from_int(1));
  l.rate_unit = "%";
  l.amount = -(fixed * cut);
  if (c.opt.explain)
    l.formula = fmt::format("− {} (lignes fixes : base, indemnité SMC, technicité, ancienneté, prime fonctionnelle) × "
                            "(1 − {}) = {}",
                            fr_euros(fixed), fr_number((*factor)->number), fr_euros(l.amount.round_cents()));
  l.cite(c.rs.source(kAbattement, **factor));
  l.cite(c.rs.source(kAbattementStructures, **list));
  l.cite(c.rs.source(kAbattementOrdre, **order));
  l.cite(c.point_ref);
  append_line(c.slip.lines, std::move(l));
  return std::nullopt;
}

// Prime décentralisée: the amount of the month that the local agreement gives (annexe III A3.1); never a default.
void add_prime_decentralisee(Context& c) {
  auto amount = extra_decimal(c.p, "prime_decentralisee");
  if (!amount || amount->is_zero()) return;
  PayLine l = new_line(c, "decentralized_bonus");
  if (c.opt.explain) l.label = "Prime décentralisée (montant déclaré)";
  l.base = *amount;
  l.base_unit = "EUR";
  l.amount = *amount;
  if (c.opt.explain)
    l.formula = fmt::format("montant du mois selon l'accord local, déclaré (--prime-decentralisee) = {}",
                            fr_euros(amount->round_cents()));
  l.cite(SourceRef{"input", "prime décentralisée déclarée (--prime-decentralisee)", c.d, &input_provenance()});
  append_line(c.slip.lines, std::move(l));
}

}  // namespace

std::optional<Error> add_primes(Context& c) {
  if (auto e = add_prime_fonctionnelle(c)) return e;
  if (auto e = add_abattement(c)) return e;
  if (auto e = add_sujetions(c)) return e;
  add_prime_decentralisee(c);
  return std::nullopt;
}

}  // namespace revalo::ccn51
