// CCN 66 gross pay (see ccn66_pay.h), in the order of the texts and of payroll practice: coefficient of the step,
// floored at the base index (annexe 1 art. 2); × the point; ISS (annexe 1 art. 1); point complements (annexes 1, 3
// and 5); SMIC differential; each line prorated to the working time and rounded once. Every value is in grids/ccn66.
#include "ccn66_pay.h"

#include <fmt/format.h>

#include "ccn66_placement.h"
#include "format_number.h"

namespace revalo {
namespace {

// Everything the lines share: the grids, the date, the working time, the point and how to add a line.
struct Context {
  const GridSet& g;
  const Profile& p;
  Date d;
  const CalcOptions& opt;
  Payslip& slip;
  std::string point_param;
  const Version* point = nullptr;  // the point of the series at d (its number is the value)
  std::string prorata;

  SourceRef point_ref() const { return grid_source(g, point_param, *point); }
  // A line of `points` × the point, prorated or not; its formula names the points and the working time.
  void points_line(std::string_view code, std::string label, Decimal points, bool prorated, std::vector<SourceRef> sources,
                   const std::string& why) {
    PayLine l;
    l.code = code;
    l.label = std::move(label);
    l.base = points;
    l.base_unit = "points";
    l.rate = point->number;
    l.rate_unit = "EUR/point";
    const Decimal full = points * point->number;
    l.amount = prorated ? slip.working_time.prorate(full) : full;
    if (opt.explain)
      l.formula = fmt::format("{} points × {} € (valeur du point){} = {} ({})", fr_number(points), fr_number(point->number, 2),
                              prorated ? " × " + prorata : "", fr_euros(l.amount.round_cents()), why);
    l.sources = std::move(sources);
    l.sources.push_back(point_ref());
    append_line(slip.lines, std::move(l));
  }
};

// "début", "après 1 an", "après 9 ans": the step as the grids name it.
std::string step_name(int after) {
  return after == 0 ? "début" : fmt::format("après {} an{}", after, after > 1 ? "s" : "");
}

// A warning for a value of confidence M that no line flag shows (only inferred and U values are flagged).
void warn_medium(Payslip& slip, const Parameter& param, const Version& v, const std::string& what) {
  if (v.provenance.confidence != Confidence::Medium || v.provenance.inferred) return;
  slip.warnings.push_back(fmt::format("{} ({}, depuis le {}) : confiance M{}{}", what, param.id, v.from.iso(),
                                      v.provenance.note.empty() ? "" : " — ", v.provenance.note));
}

// The index of the salaire indiciaire: the step's coefficient (+12 in clubs and équipes de prévention), never below
// the base index of its column (annexe 1 art. 2; the floor rule is ccn66.floor_rule).
struct Index {
  Decimal value;
  bool floored = false;
  std::string text;
  std::vector<SourceRef> sources;
};

Result<Index> salary_index(Context& c, const Ccn66Placement& place, const Ccn66Step& step, bool member) {
  Index ix;
  ix.value = step.coefficient;
  ix.sources = place.sources;
  ix.sources.push_back(grid_source(c.g, step.param, *step.version, &step.cell->provenance));
  const std::string where = place.position.cadre()
                                ? fmt::format("cadres {}", place.position.row)
                                : fmt::format("grille {}, {}", place.position.grid, step.column);
  ix.text = fmt::format("coefficient {} ({}, échelon {}, {})", fr_number(step.coefficient), where, step.number,
                        step_name(step.after));
  if (extra_bool(c.p, "prevention").value_or(false)) {
    auto plus = c.g.at("ccn66.prevention", c.d);
    if (!plus) return plus.error();
    ix.value += (*plus)->number;
    ix.text += fmt::format(" + {} (club ou équipe de prévention)", fr_number((*plus)->number));
    ix.sources.push_back(grid_source(c.g, "ccn66.prevention", **plus));
  }
  const std::string base_param = member ? "ccn66.base_index.nexem" : "ccn66.base_index";
  auto base = c.g.cell_at(base_param, step.column, c.d);
  if (!base) return base.error();
  auto rule = c.g.at("ccn66.floor_rule", c.d);
  if (!rule) return rule.error();
  if ((*rule)->text != "max_index")
    return make_error(ErrorKind::Grid, fmt::format("{} : règle inconnue « {} » pour ccn66.floor_rule",
                                                   c.g.params.at("ccn66.floor_rule").file, (*rule)->text));
  const Decimal floor = (*base)->values.front();
  if (ix.value < floor) {
    ix.floored = true;
    ix.text += fmt::format(", inférieur à l'indice de base {} ({}) : indice de base retenu", fr_number(floor), step.column);
    ix.value = floor;
    const Version& bv = **c.g.at(base_param, c.d);
    ix.sources.push_back(grid_source(c.g, base_param, bv, &(*base)->provenance));
    ix.sources.push_back(grid_source(c.g, "ccn66.floor_rule", **rule));
    warn_medium(c.slip, c.g.params.at(base_param), bv, fmt::format("indice de base {}", fr_number(floor)));
  }
  return ix;
}

// The 7-point primes (prime métier of the job; indemnité de risques et sujétions spéciales), never both.
std::optional<Error> seven_point_primes(Context& c, const Ccn66Placement& place) {
  const bool sujetions = extra_bool(c.p, "risques_sujetions").value_or(false);
  const Version* primes = c.g.find_at("ccn66.prime_metier", c.d);
  const Cell* metier = nullptr;
  if (primes && place.job)
    if (auto it = primes->cells.find(place.job->id); it != primes->cells.end()) metier = &it->second;
  if (!metier && !sujetions) return std::nullopt;
  if (metier && sujetions)
    return make_error(ErrorKind::Input, fmt::format("la prime métier de l'emploi « {} » n'est pas cumulable avec "
                                                    "l'indemnité de risques et sujétions spéciales (annexe 5 art. 3)",
                                                    place.job->label));
  auto rule = c.g.at("ccn66.prime_points.prorata", c.d);
  if (!rule) return rule.error();
  const bool prorated = (*rule)->text == "prorata";
  const std::string why = prorated ? "proratisée comme le salaire" : "non proratisée";
  if (metier) {
    c.points_line("prime_metier", fmt::format("Prime métier ({})", place.job->label), metier->values.front(), prorated,
                  {grid_source(c.g, "ccn66.prime_metier", *primes, &metier->provenance),
                   grid_source(c.g, "ccn66.prime_points.prorata", **rule)},
                  why);
    return std::nullopt;
  }
  auto pts = c.g.at("ccn66.risques_sujetions", c.d);
  if (!pts) return pts.error();
  c.points_line("risques_sujetions", "Indemnité de risques et sujétions spéciales", (*pts)->number, prorated,
                {grid_source(c.g, "ccn66.risques_sujetions", **pts),
                 grid_source(c.g, "ccn66.prime_points.prorata", **rule)},
                why);
  return std::nullopt;
}

// Prime CER / CEF (prorated by the text) and Sunday / public-holiday hours (2 points per hour worked).
std::optional<Error> other_complements(Context& c) {
  if (extra_bool(c.p, "cer_cef").value_or(false)) {
    auto pts = c.g.at("ccn66.cer_cef", c.d);
    if (!pts) return pts.error();
    c.points_line("prime_cer_cef", "Prime centre éducatif renforcé ou fermé", (*pts)->number, true,
                  {grid_source(c.g, "ccn66.cer_cef", **pts)}, "proratisée pour le temps partiel");
  }
  if (auto hours = extra_decimal(c.p, "sunday_hours"); hours && !hours->is_zero()) {
    auto per_hour = c.g.at("ccn66.dimanche_ferie", c.d);
    if (!per_hour) return per_hour.error();
    c.points_line("sunday_holiday",
                  fmt::format("Travail du dimanche et des jours fériés ({} h)", fr_number(*hours)),
                  (*per_hour)->number * *hours, false, {grid_source(c.g, "ccn66.dimanche_ferie", **per_hour)},
                  fmt::format("{} points par heure × {} h", fr_number((*per_hour)->number), fr_number(*hours)));
  }
  return std::nullopt;
}

// SMIC comparison at full time: salaire indiciaire + ISS against the monthly SMIC (ccn66.smic_rule); the differential
// is prorated like the salary.
std::optional<Error> smic_differential(Context& c, Decimal full_time_compared, bool with_iss) {
  auto smic = c.g.at("smic.monthly", c.d);
  if (!smic) return smic.error();
  auto rule = c.g.at("ccn66.smic_rule", c.d);
  if (!rule) return rule.error();
  if ((*rule)->text != "indiciaire_plus_iss")
    return make_error(ErrorKind::Grid, fmt::format("{} : règle inconnue « {} » pour ccn66.smic_rule",
                                                   c.g.params.at("ccn66.smic_rule").file, (*rule)->text));
  if (!(full_time_compared < (*smic)->number)) return std::nullopt;
  PayLine l;
  l.code = "smic_differential";
  l.label = "Indemnité différentielle SMIC";
  l.base = (*smic)->number;
  l.base_unit = "EUR";
  l.amount = c.slip.working_time.prorate((*smic)->number - full_time_compared);
  if (c.opt.explain)
    l.formula = fmt::format("({} SMIC mensuel − {} salaire indiciaire{} à temps plein) × {} = {}", fr_euros((*smic)->number),
                            fr_euros(full_time_compared), with_iss ? " + ISS" : "", c.prorata,
                            fr_euros(l.amount.round_cents()));
  l.sources.push_back(grid_source(c.g, "smic.monthly", **smic));
  l.sources.push_back(grid_source(c.g, "ccn66.smic_rule", **rule));
  append_line(c.slip.lines, std::move(l));
  return std::nullopt;
}

}  // namespace

Result<Payslip> compute_ccn66_pay(const GridSet& g, const Profile& p, Date d, const std::string& wanted,
                                  const CalcOptions& opt) {
  Payslip slip;
  slip.date = d;
  slip.convention = "ccn66";
  auto wt = legal_working_time(g, p, d);
  if (!wt) return wt.error();
  slip.working_time = *wt;
  auto place = place_ccn66(g, p, d, wanted);
  if (!place) return place.error();
  auto step = ccn66_step(g, p, d, *place);
  if (!step) return step.error();
  const bool cadre = place->position.cadre();
  slip.position = cadre ? "cadre." + place->position.row : place->position.grid;
  slip.position_label = fmt::format("{}, échelon {} ({}){}",
                                    cadre ? "cadres, annexe 6 " + place->position.row : "grille " + place->position.grid,
                                    step->number, step_name(step->after),
                                    cadre ? "" : ", " + step->column);
  slip.position_inferred = place->inferred;
  slip.position_note = place->note + " ; " + step->years_note;

  // The point of the employer's series: Nexem members follow the recommandations patronales (default: not a member).
  const bool member = extra_bool(p, "nexem_member").value_or(false);
  Context c{g, p, d, opt, slip, member ? "ccn66.point.nexem" : "ccn66.point", {}, opt.explain ? prorata_fr(*wt) : ""};
  auto point = g.at(c.point_param, d);
  if (!point) return point.error();
  c.point = *point;
  warn_medium(slip, g.params.at(c.point_param), **point,
              fmt::format("valeur du point {} €", fr_number((*point)->number, 2)));

  auto index = salary_index(c, *place, *step, member);
  if (!index) return index.error();
  const Decimal full_indiciaire = index->value * (*point)->number;
  {
    PayLine l;
    l.code = "base";
    l.label = index->floored ? "Salaire indiciaire (indice de base)" : "Salaire indiciaire";
    l.base = index->value;
    l.base_unit = "coefficient";
    l.rate = (*point)->number;
    l.rate_unit = "EUR/point";
    l.amount = wt->prorate(full_indiciaire);
    if (opt.explain)
      l.formula = fmt::format("{} × {} € (valeur du point) × {} = {}", index->text, fr_number((*point)->number, 2), c.prorata,
                              fr_euros(l.amount.round_cents()));
    l.sources = index->sources;
    l.sources.push_back(c.point_ref());
    append_line(slip.lines, std::move(l));
  }

  // ISS: every employee but the cadres, whose grid includes it (annexe 1 art. 1; annexe 6 art. 15 and 18).
  Decimal full_iss;
  if (!cadre) {
    auto rate = g.at("ccn66.iss", d);
    if (!rate) return rate.error();
    full_iss = full_indiciaire.percent((*rate)->number);
    PayLine l;
    l.code = "iss";
    l.label = fmt::format("Indemnité de sujétion spéciale ({} %)", fr_number((*rate)->number));
    l.base = wt->prorate(full_indiciaire).round_cents();
    l.base_unit = "EUR";
    l.rate = (*rate)->number;
    l.rate_unit = "%";
    l.amount = wt->prorate(full_indiciaire).percent((*rate)->number);
    if (opt.explain)
      l.formula = fmt::format("{} (salaire indiciaire à temps plein) × {} × {} % = {}", fr_euros(full_indiciaire), c.prorata,
                              fr_number((*rate)->number), fr_euros(l.amount.round_cents()));
    l.sources.push_back(grid_source(g, "ccn66.iss", **rate));
    append_line(slip.lines, std::move(l));
  }

  if (auto e = seven_point_primes(c, *place)) return *e;
  if (auto e = other_complements(c)) return *e;
  if (auto e = smic_differential(c, full_indiciaire + full_iss, !cadre)) return *e;

  for (const auto& l : slip.lines)
    if (l.kind == LineKind::Earning) slip.gross += l.amount;
  return slip;
}

}  // namespace revalo
