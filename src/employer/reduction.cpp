// Réduction générale and bandeaux (see reduction.h). The formulas are those of CSS D241-7 (Fillon 2020–2025, RGDU
// 2026) and D241-1-2 / D241-3-2 (bandeaux); which one applies on a date is the rule parameter employer.rg.formula.
#include "reduction.h"

#include <fmt/format.h>

#include "employer_internal.h"

namespace revalo {
namespace {

using employer_detail::eur;
using employer_detail::Param;
using employer_detail::param_at;

const Decimal kZero;
const Decimal kOne = Decimal::from_int(1);

// Integer square root of a non-negative Decimal, rounded to the nearest 10^-9.
Decimal sqrt_decimal(Decimal x) {
  using u128 = unsigned __int128;
  const u128 n = static_cast<u128>(x.raw()) * static_cast<u128>(Decimal::kOne);
  u128 lo = 0, hi = static_cast<u128>(1) << 46;  // raw values stay below 10^18, so √n < 2^46
  while (lo < hi) {  // largest s with s² ≤ n
    const u128 mid = lo + (hi - lo + 1) / 2;
    if (mid * mid <= n) lo = mid; else hi = mid - 1;
  }
  if (n - lo * lo > lo) ++lo;  // (lo + ½)² < n: round up
  return Decimal::from_raw(static_cast<std::int64_t>(lo));
}

std::string coef(Decimal d) { return fr_number(d, 4); }

}  // namespace

Result<Decimal> power_quarter(Decimal x, Decimal exponent) {
  const Decimal quarters = exponent * Decimal::from_int(4);
  if (!quarters.is_integer() || quarters < kZero || x < kZero || x > kOne)
    return make_error(ErrorKind::Grid, fmt::format("exposant {} : la réduction générale attend un multiple de 0,25 "
                                                   "appliqué à un nombre entre 0 et 1", exponent.str()));
  const std::int64_t k = quarters.integer_part();
  const Decimal root2 = sqrt_decimal(x), root4 = sqrt_decimal(root2);
  Decimal out = kOne;
  for (std::int64_t i = 0; i < k / 4; ++i) out = out * x;
  if (k % 4 >= 2) out = out * root2;
  if (k % 2 == 1) out = out * root4;
  return out;
}

Result<AnnualSmic> annual_smic(const GridSet& g, Date d, Date at, const WorkingTime& wt) {
  auto hours = param_at(g, "employer.rg.smic_annual_hours", d);
  if (!hours) return hours.error();
  auto hourly = param_at(g, "smic.hourly", at);
  if (!hourly) return hourly.error();
  return AnnualSmic{wt.prorate(hours->value * hourly->value), hourly->value, hours->value,
                    {hours->source, hourly->source}};
}

Result<Reduction> reduction_generale(const GridSet& g, Date d, Decimal base_month, const WorkingTime& wt,
                                     int headcount, bool explain) {
  Reduction out;
  auto formula = param_at(g, "employer.rg.formula", d);
  if (!formula) return formula.error();
  out.rule = std::string(formula->text);
  out.sources.push_back(formula->source);
  auto smic = annual_smic(g, d, d, wt);
  if (!smic) return smic.error();
  out.smic_year = smic->amount;
  for (auto& s : smic->sources) out.sources.push_back(s);
  out.remuneration_year = base_month * Decimal::from_int(12);
  auto need = [&](std::string_view id) -> Result<Param> {
    auto p = param_at(g, id, d);
    if (p) out.sources.push_back(p->source);
    return p;
  };
  auto size = need("employer.rg.headcount_threshold");
  if (!size) return size.error();
  const bool small = Decimal::from_int(headcount) < size->value;
  auto exit = need("employer.rg.exit_smic");
  if (!exit) return exit.error();
  auto decimals = need("employer.rg.coefficient_decimals");
  if (!decimals) return decimals.error();
  const int places = static_cast<int>(decimals->value.integer_part());
  const std::string size_text = fmt::format("effectif {} {} {}", headcount, small ? "<" : "≥", fr_number(size->value));
  if (out.remuneration_year.is_zero() || out.remuneration_year >= exit->value * out.smic_year) {
    out.coefficient = kZero;
    if (explain)
      out.formula = fmt::format("rémunération annuelle {} ≥ {} × SMIC annuel {} : pas de réduction",
                                eur(out.remuneration_year), fr_number(exit->value), eur(out.smic_year));
    return out;
  }
  // ratio = exit × SMIC annuel / rémunération annuelle − 1
  const Decimal ratio = (exit->value * out.smic_year).div(out.remuneration_year) - kOne;
  const std::string inputs = explain ? fmt::format(
      "SMIC annuel = {} h × {} × {} = {} ; rémunération annuelle = 12 × {} = {} ; {}",
      fr_number(smic->hours),
      eur(smic->hourly), prorata_fr(wt), eur(out.smic_year), eur(base_month), eur(out.remuneration_year), size_text)
                                     : std::string();
  if (out.rule == "fillon") {
    auto t = need(small ? "employer.rg.t_small" : "employer.rg.t_large");
    if (!t) return t.error();
    auto divisor = need("employer.rg.fillon_divisor");
    if (!divisor) return divisor.error();
    Decimal c = max(t->value.mul_div(ratio, divisor->value), kZero);
    c = min(c.round_to(places), t->value);
    out.coefficient = c;
    if (explain)
      out.formula = fmt::format("{} ; C = (T {} / {}) × ({} × SMIC annuel / rémunération annuelle − 1) = ({} / {}) × {} "
                                "= {} (arrondi à {} décimales, plafonné à T)",
                                inputs, coef(t->value), fr_number(divisor->value), fr_number(exit->value),
                                coef(t->value), fr_number(divisor->value), fr_number(ratio, 6), coef(c), places);
  } else if (out.rule == "rgdu") {
    auto tmin = need("employer.rg.tmin");
    if (!tmin) return tmin.error();
    auto tdelta = need(small ? "employer.rg.tdelta_small" : "employer.rg.tdelta_large");
    if (!tdelta) return tdelta.error();
    auto p = need("employer.rg.exponent");
    if (!p) return p.error();
    const Decimal half = ratio.div(Decimal::from_int(2));
    auto powered = power_quarter(min(half, kOne), p->value);
    if (!powered) return powered.error();
    const Decimal tmax = tmin->value + tdelta->value;
    const Decimal c = min((tmin->value + tdelta->value * *powered).round_to(places), tmax);
    out.coefficient = c;
    if (explain)
      out.formula = fmt::format("{} ; C = Tmin {} + Tdelta {} × [½ × ({} × SMIC annuel / rémunération annuelle − 1)]^{} "
                                "= {} + {} × {}^{} = {} + {} × {} = {} (arrondi à {} décimales, plafonné à {})",
                                inputs, coef(tmin->value), coef(tdelta->value), fr_number(exit->value),
                                fr_number(p->value), coef(tmin->value), coef(tdelta->value), fr_number(half, 6),
                                fr_number(p->value), coef(tmin->value), coef(tdelta->value), fr_number(*powered, 6),
                                coef(c), places, coef(tmax));
  } else {
    return make_error(ErrorKind::Grid, fmt::format("employer.rg.formula : règle inconnue « {} »", out.rule));
  }
  out.amount = (out.coefficient * base_month).round_cents();
  if (explain) out.formula += fmt::format(" ; réduction du mois = {} × {} = {}", coef(out.coefficient), eur(base_month),
                                          fr_euros(out.amount));
  return out;
}

Result<Bandeau> bandeau(const GridSet& g, std::string_view prefix, Date d, Decimal base_month, const WorkingTime& wt,
                        bool explain) {
  Bandeau out;
  const std::string p(prefix);
  auto rule = param_at(g, p + ".bandeau", d);
  if (!rule) return rule.error();
  out.sources.push_back(rule->source);
  if (rule->text == "aucun") return out;
  auto need = [&](const std::string& id) -> Result<Param> {
    auto v = param_at(g, id, d);
    if (v) out.sources.push_back(v->source);
    return v;
  };
  auto k = need(p + ".bandeau_smic");
  if (!k) return k.error();
  auto current = annual_smic(g, d, d, wt);
  if (!current) return current.error();
  for (auto& s : current->sources) out.sources.push_back(s);
  std::string text;
  if (rule->text == "courant") {
    out.threshold_year = k->value * current->amount;
    if (explain) text = fmt::format("{} × SMIC annuel {} = {}", fr_number(k->value), eur(current->amount),
                                    eur(out.threshold_year));
  } else if (rule->text == "reference" || rule->text == "reference_plancher" ||
             rule->text == "reference_plancher_plafond") {
    auto ref_date = need(p + ".bandeau_smic_date");
    if (!ref_date) return ref_date.error();
    auto at = Date::parse(ref_date->text);
    if (!at) return make_error(ErrorKind::Grid, fmt::format("{}.bandeau_smic_date : date invalide « {} »", p, ref_date->text));
    auto ref = annual_smic(g, d, *at, wt);
    if (!ref) return ref.error();
    out.sources.push_back(ref->sources.back());
    out.threshold_year = k->value * ref->amount;
    if (explain) text = fmt::format("{} × SMIC annuel au {} ({} h × {} × {}) {}", fr_number(k->value), at->iso(),
                                    fr_number(ref->hours), eur(ref->hourly),
                                    prorata_fr(wt), eur(k->value * ref->amount));
    if (rule->text != "reference") {
      auto floor = need(p + ".bandeau_floor_smic");
      if (!floor) return floor.error();
      const Decimal floor_year = floor->value * current->amount;
      out.threshold_year = max(out.threshold_year, floor_year);
      if (explain) text = fmt::format("max({} ; {} × SMIC annuel en vigueur {})", text, fr_number(floor->value),
                                      eur(floor_year));
      if (rule->text == "reference_plancher_plafond") {
        const Decimal cap = k->value * current->amount;
        out.threshold_year = min(out.threshold_year, cap);
        if (explain) text = fmt::format("min({} ; {} × SMIC annuel en vigueur {})", text, fr_number(k->value), eur(cap));
      }
      if (explain) text += fmt::format(" = {}", eur(out.threshold_year));
    }
  } else {
    return make_error(ErrorKind::Grid, fmt::format("{}.bandeau : règle inconnue « {} »", p, rule->text));
  }
  const Decimal year = base_month * Decimal::from_int(12);
  out.reduced = year <= out.threshold_year;
  if (explain)
    out.text = fmt::format("rémunération annuelle 12 × {} = {} {} seuil {}", eur(base_month), eur(year),
                           out.reduced ? "≤" : ">", text);
  return out;
}

}  // namespace revalo
