// BAD gross pay (see bad_pay.h). Every amount comes from grids/bad and grids/common; this file is mechanism only:
// which parameter applies, how lines are prorated, and the order of computation — the position and its coefficient,
// the base (or an apprentice's pay), the declared IDR, the SMIC floor, then the ECR (bad_ecr.cpp).
#include "bad_pay.h"

#include <fmt/format.h>

#include "bad_internal.h"
#include "format_number.h"
#include "seniority.h"

namespace revalo {
namespace bad_detail {

namespace {

const ParamKey kPoint{"bad.point"};
const ParamKey kFullTimeHours{"bad.full_time_hours"};
const ParamKey kSmic{"smic.monthly"};
const ParamKey kSmicFloor{"bad.smic_floor"};
const ParamKey kSeniorityBase{"bad.ecr.anciennete.base"};
const ParamKey kApprenticePay{"bad.apprenti.pay"};
const ParamKey kApprenticeReference{"bad.apprenti.reference"};
const Decimal kZero;

}  // namespace

Result<Valued> scalar(const RateSheet& rs, const ParamKey& k) {
  auto v = rs.at(k);
  if (!v) return v.error();
  return Valued{(*v)->number, *v};
}

Result<Valued> scale_value(const RateSheet& rs, const ParamKey& k, Decimal x) {
  auto v = rs.at(k);
  if (!v) return v.error();
  const ScaleStep* step = scale_step(**v, x);
  if (!step) return Valued{kZero, *v};
  if (!step->value)
    return make_error(ErrorKind::MissingData,
                      fmt::format("« {} » ({}) ne donne pas de valeur pour {} au {} : le texte ne couvre pas cette tranche ({})",
                                  k.id(), rs.param(k)->label, x.str(), rs.date().iso(), rs.param(k)->file));
  return Valued{*step->value, *v};
}

SourceRef BadPay::point_source() const { return rs.source(kPoint, *point.version); }

PayLine BadPay::line(std::string_view code) const {
  PayLine l;
  l.code = code;
  l.explained = opt.explain;
  return l;
}

namespace {

// The coefficient of the position: old grid by year of seniority (year n = n-th year: s completed years → year
// s+1, capped at 30), avenant 43 grid by position. Its text for the formula in *text (explained payslips).
Result<const Cell*> coefficient(BadPay& b, std::string& text) {
  const ParamKey& table = b.old ? kBadOldCoefficient : kBadA43Coefficient;
  auto cell = b.rs.cell(table, b.pos.key);
  if (!cell) return cell.error();
  if (b.old) {
    auto years = completed_years(b.p, b.date());
    if (!years) return years.error();
    std::size_t n = static_cast<std::size_t>(years->integer_part()) + 1;
    if (n > (*cell)->values.size()) n = (*cell)->values.size();
    b.coefficient = (*cell)->values[n - 1];
    if (b.opt.explain) text = fmt::format("coefficient {} (catégorie {}, année {})", fr_number(b.coefficient), b.pos.key, n);
  } else {
    b.coefficient = (*cell)->values.front();
    if (b.opt.explain) text = fmt::format("coefficient {} ({})", fr_number(b.coefficient), b.pos.label());
  }
  return *cell;
}

// The position's sources and its coefficient's, cited by the line that uses them.
void cite_coefficient(const BadPay& b, PayLine& l, const Cell& cell) {
  for (const auto& s : b.pos.sources) l.cite(s);
  const ParamKey& table = b.old ? kBadOldCoefficient : kBadA43Coefficient;
  l.cite(b.rs.source(table, **b.rs.at(table), &cell.provenance));
}

void base_line(BadPay& b, const Cell& cell, const std::string& coef_text) {
  PayLine l = b.line("base");
  if (b.opt.explain) l.label = "Salaire de base";
  l.base = b.coefficient;
  l.base_unit = "coefficient";
  l.rate = b.point.value;
  l.rate_unit = "EUR/point";
  l.amount = b.wt().prorate(b.full_base);
  if (b.opt.explain)
    l.formula = fmt::format("{} × {} € (valeur du point) × {} = {}", coef_text, fr_number(b.point.value, 2), b.prorata,
                            fr_euros(l.amount.round_cents()));
  cite_coefficient(b, l, cell);
  l.cite(b.point_source());
  l.inferred = l.inferred || b.pos.inferred;
  b.add(std::move(l));
}

// Apprentices (avenant 56, from 2021-10-01): a % of the SMIC, or from 21 of the conventional minimum of the job
// when more favourable, by age and contract year, instead of the base salary; never below-SMIC top-up.
std::optional<Error> apprentice_line(BadPay& b, const Cell& coef_cell) {
  const Profile& p = b.p;
  if (!p.apprentice_age || !p.apprentice_year)
    return make_error(ErrorKind::Usage, "un apprenti demande --apprentice-age et --apprentice-year");
  if (b.old)
    return make_error(ErrorKind::MissingData,
                      fmt::format("les règles de rémunération des apprentis encodées sont celles de l'avenant 56 (à partir "
                                  "du 2021-10-01) ; aucune n'est encodée pour le {}",
                                  b.date().iso()));
  auto table = b.rs.at(kApprenticePay);
  if (!table) return table.error();
  const Cell* band = nullptr;
  std::string band_key;
  for (const auto& [key, cell] : (*table)->cells) {
    auto age = Decimal::parse(key);
    if (age && *age <= Decimal::from_int(*p.apprentice_age) && (!band || *Decimal::parse(band_key) < *age)) {
      band = &cell;
      band_key = key;
    }
  }
  if (!band || static_cast<std::size_t>(*p.apprentice_year) > band->values.size())
    return make_error(ErrorKind::MissingData, fmt::format("pas de taux de rémunération d'apprenti pour l'âge {} en "
                                                          "année de contrat {} au {} (bad.apprenti.pay)",
                                                          *p.apprentice_age, *p.apprentice_year, b.date().iso()));
  const Decimal pct = band->values[*p.apprentice_year - 1];
  auto reference = scale_value(b.rs, kApprenticeReference, Decimal::from_int(*p.apprentice_age));
  if (!reference) return reference.error();
  auto smic = scalar(b.rs, kSmic);
  if (!smic) return smic.error();
  b.smic = *smic;
  const bool conventional = !reference->value.is_zero() && b.smic.value < b.full_base;
  const Decimal ref_amount = conventional ? b.full_base : b.smic.value;
  PayLine l = b.line("apprentice_pay");
  if (b.opt.explain)
    l.label = fmt::format("Rémunération apprenti ({} %, {} an(s), année {})", fr_number(pct), *p.apprentice_age,
                          *p.apprentice_year);
  l.base = ref_amount;
  l.base_unit = "EUR";
  l.rate = pct;
  l.rate_unit = "%";
  l.amount = b.wt().prorate(ref_amount).percent(pct);
  if (b.opt.explain)
    l.formula = fmt::format("{} % × {} ({}) × {} = {}", fr_number(pct), fr_euros(ref_amount),
                            conventional ? "salaire minimum conventionnel de l'emploi, plus favorable que le SMIC"
                                         : "SMIC mensuel",
                            b.prorata, fr_euros(l.amount.round_cents()));
  l.cite(b.rs.source(kApprenticePay, **table, &band->provenance));
  l.cite(b.rs.source(kApprenticeReference, *reference->version));
  l.cite(b.rs.source(kSmic, *b.smic.version));
  if (conventional) cite_coefficient(b, l, coef_cell);
  b.add(std::move(l));
  return std::nullopt;
}

// Indemnité différentielle de reclassement: an input amount (the texts do not define how it is computed).
void idr_line(BadPay& b) {
  PayLine l = b.line("reclassification_allowance");
  if (b.opt.explain) l.label = "Indemnité différentielle de reclassement (montant déclaré)";
  l.base = *b.idr;
  l.base_unit = "EUR";
  l.amount = b.wt().prorate(*b.idr);
  if (b.opt.explain)
    l.formula = fmt::format("{} (montant temps plein déclaré) × {} = {}", fr_euros(*b.idr), b.prorata,
                            fr_euros(l.amount.round_cents()));
  l.cite(SourceRef{"input", "montant déclaré (--idr)", b.date(), &input_provenance()});
  b.add(std::move(l));
}

// SMIC floor: the base (with the IDR where the rule puts it in the base) is compared with the full-time SMIC; the
// rule of the period also says what the ECR ancienneté is a percentage of.
std::optional<Error> smic_floor(BadPay& b, bool apprentice) {
  auto floor_rule = b.rs.at(kSmicFloor);
  if (!floor_rule) return floor_rule.error();
  if (!b.old) {
    auto r = b.rs.at(kSeniorityBase);
    if (!r) return r.error();
    b.seniority_rule = (*r)->text;
    b.seniority_rule_version = *r;
    if (b.seniority_rule != "base" && b.seniority_rule != "base_floored_smic" &&
        b.seniority_rule != "base_idr_floored_smic")
      return make_error(ErrorKind::Grid, fmt::format("{} : règle inconnue « {} » pour bad.ecr.anciennete.base",
                                                     b.rs.param(kSeniorityBase)->file, b.seniority_rule));
  }
  const bool idr_in_base = b.seniority_rule == "base_idr_floored_smic";
  b.floor_compared = b.full_base + (idr_in_base ? b.idr.value_or(kZero) : kZero);
  if (apprentice || !(b.floor_compared < b.smic.value)) return std::nullopt;
  const Decimal differential = b.smic.value - b.floor_compared;
  PayLine l = b.line("smic_differential");
  if (b.opt.explain) l.label = "Indemnité différentielle SMIC";
  l.base = b.smic.value;
  l.base_unit = "EUR";
  l.amount = b.wt().prorate(differential);
  if (b.opt.explain)
    l.formula = fmt::format("({} SMIC mensuel − {} salaire de base{} temps plein) × {} = {}", fr_euros(b.smic.value),
                            fr_euros(b.floor_compared), idr_in_base && b.idr ? " + IDR" : "", b.prorata,
                            fr_euros(l.amount.round_cents()));
  l.cite(b.rs.source(kSmic, *b.smic.version));
  l.cite(b.rs.source(kSmicFloor, **floor_rule));
  b.add(std::move(l));
  return std::nullopt;
}

// The classification, working time and position of the payslip.
std::optional<Error> place(BadPay& b, std::string_view wanted) {
  Payslip& slip = b.slip;
  slip.date = b.date();
  slip.convention = "bad";
  auto old = old_classification(b.rs);
  if (!old) return old.error();
  b.old = *old;
  slip.classification = b.old ? "old" : "a43";
  auto wt = working_time(b.rs, b.p, kFullTimeHours);
  if (!wt) return wt.error();
  slip.working_time = *wt;
  auto pos = resolve_position(b.rs, b.p, b.old, wanted, b.opt);
  if (!pos) return pos.error();
  b.pos = std::move(*pos);
  slip.position = b.pos.key;
  slip.position_inferred = b.pos.inferred;
  if (b.opt.explain) {
    slip.position_label = b.pos.label();
    slip.position_note = b.pos.note;
  }
  return std::nullopt;
}

}  // namespace
}  // namespace bad_detail

using namespace bad_detail;

namespace {

std::optional<Error> build_bad_pay(const RateSheet& rs, const Profile& p, std::string_view wanted_position,
                                   const CalcOptions& opt, Payslip& slip) {
  slip.lines.reserve(5);  // base, floor and ECR lines of a lean payslip: one small allocation
  BadPay b(rs, p, opt, slip);
  if (auto e = place(b, wanted_position)) return *e;
  auto point = scalar(rs, kPoint);
  if (!point) return point.error();
  b.point = *point;
  std::string coef_text;
  auto cell = coefficient(b, coef_text);
  if (!cell) return cell.error();
  b.full_base = b.coefficient * b.point.value;
  if (opt.explain) b.prorata = prorata_fr(b.wt());

  const bool apprentice = p.apprentice_age || p.apprentice_year;
  if (apprentice) {
    if (auto e = apprentice_line(b, **cell)) return *e;
  } else {
    base_line(b, **cell, coef_text);
  }
  b.idr = extra_decimal(p, "idr");
  if (b.idr) idr_line(b);
  if (!b.smic.version) {
    auto smic = scalar(rs, kSmic);
    if (!smic) return smic.error();
    b.smic = *smic;
  }
  if (auto e = smic_floor(b, apprentice)) return *e;
  if (auto e = add_ecr(b)) return *e;
  for (const auto& l : slip.lines)
    if (l.kind == LineKind::Earning) slip.gross += l.amount;
  return std::nullopt;
}

}  // namespace

Result<Payslip> compute_bad_pay(const RateSheet& rs, const Profile& p, std::string_view wanted_position,
                                const CalcOptions& opt) {
  Result<Payslip> slip{Payslip{}};  // filled in place (compute_pay returns it without a move)
  if (auto e = build_bad_pay(rs, p, wanted_position, opt, *slip)) slip = std::move(*e);
  return slip;
}

Result<Payslip> compute_bad_pay(const GridSet& grids, const Profile& profile, Date date, std::string_view position,
                                const CalcOptions& options) {
  return compute_bad_pay(RateSheet(grids, date), profile, position, options);
}

}  // namespace revalo
