// The ECR of the BAD (avenant 43, art. III.19): éléments complémentaires de rémunération in points or in % of a
// base, each its own line. Every number is a grid value (grids/bad/ecr*.toml); this file says which applies and how
// it is prorated.
#include <fmt/format.h>

#include "bad_internal.h"
#include "format_number.h"
#include "seniority.h"

namespace revalo::bad_detail {
namespace {

const ParamKey kDiploma{"bad.ecr.diplome"};
const ParamKey kSeniority{"bad.ecr.anciennete"};
const ParamKey kSeniorityBase{"bad.ecr.anciennete.base"};
const ParamKey kSmic{"smic.monthly"};
const ParamKey kTutorat{"bad.ecr.tutorat"};
const ParamKey kApprenticeshipMaster{"bad.ecr.maitre_apprentissage"};
const ParamKey kSundayHoliday{"bad.ecr.dimanche_ferie"};
const ParamKey kNight{"bad.ecr.nuit"};
const ParamKey kAstreinte{"bad.ecr.astreinte"};
const ParamKey kFullTimeHours{"bad.full_time_hours"};

// ECR diplôme (art. III.19.1): points of the diploma level × point, prorated.
std::optional<Error> diploma(BadPay& b, int level) {
  auto cell = b.rs.cell(kDiploma, std::to_string(level));
  if (!cell) return cell.error();
  const Decimal pts = (*cell)->values.front();
  PayLine l = b.line("ecr_diploma");
  if (b.opt.explain) l.label = fmt::format("ECR diplôme (niveau {})", level);
  l.base = pts;
  l.base_unit = "points";
  l.rate = b.point.value;
  l.rate_unit = "EUR/point";
  l.amount = b.wt().prorate(pts * b.point.value);
  if (b.opt.explain)
    l.formula = fmt::format("{} points × {} € × {} = {}", fr_number(pts), fr_number(b.point.value, 2), b.prorata,
                            fr_euros(l.amount.round_cents()));
  l.cite(b.rs.source(kDiploma, **b.rs.at(kDiploma), &(*cell)->provenance));
  l.cite(b.point_source());
  b.add(std::move(l));
  return std::nullopt;
}

// ECR ancienneté (art. III.19.1): % of a base that depends on the period (bad.ecr.anciennete.base), prorated once.
std::optional<Error> seniority(BadPay& b) {
  auto years = years_for_day_after_steps(b.p, b.date());
  if (!years) return years.error();
  auto pct = scale_value(b.rs, kSeniority, *years);
  if (!pct) return pct.error();
  if (pct->value.is_zero()) return std::nullopt;
  Decimal base = b.full_base;
  const char* base_text = "salaire de base temps plein";
  if (b.seniority_rule == "base_floored_smic") {
    base = max(b.full_base, b.smic.value);
    base_text = "max(salaire de base, SMIC) temps plein";
  } else if (b.seniority_rule == "base_idr_floored_smic") {
    base = max(b.full_base + b.idr.value_or(Decimal()), b.smic.value);
    base_text = "max(salaire de base + IDR, SMIC) temps plein";
  }
  PayLine l = b.line("ecr_seniority");
  if (b.opt.explain) l.label = fmt::format("ECR ancienneté ({} %)", fr_number(pct->value));
  l.base = b.wt().prorate(base).round_cents();
  l.base_unit = "EUR";
  l.rate = pct->value;
  l.rate_unit = "%";
  l.amount = b.wt().prorate(base).percent(pct->value);
  if (b.opt.explain)
    l.formula = fmt::format("{} ({}) × {} × {} % ({} an(s) d'ancienneté dans la branche) = {}", fr_euros(base),
                            base_text, b.prorata, fr_number(pct->value), fr_number(*years, 0),
                            fr_euros(l.amount.round_cents()));
  l.cite(b.rs.source(kSeniority, *pct->version));
  l.cite(b.rs.source(kSeniorityBase, *b.seniority_rule_version));
  if (b.seniority_rule != "base") l.cite(b.rs.source(kSmic, *b.smic.version));
  b.add(std::move(l));
  return std::nullopt;
}

// Flat ECR (art. III.19.2): tutorat and maître d'apprentissage, whatever the working time.
std::optional<Error> flat(BadPay& b, const ParamKey& k, int count, std::string_view code, const char* label) {
  if (count <= 0) return std::nullopt;
  auto first = b.rs.cell(k, "first");
  if (!first) return first.error();
  Decimal pts = (*first)->values.front();
  const Version& table = **b.rs.at(k);
  if (count >= 2) {
    auto extra = b.rs.cell(k, "additional");
    if (!extra) return extra.error();
    pts += (*extra)->values.front();
  }
  PayLine l = b.line(code);
  if (b.opt.explain) l.label = fmt::format("{} ({} personne(s))", label, count);
  l.base = pts;
  l.base_unit = "points";
  l.rate = b.point.value;
  l.rate_unit = "EUR/point";
  l.amount = pts * b.point.value;
  if (b.opt.explain)
    l.formula = fmt::format("{} points × {} € (forfaitaire, non proratisé) = {}", fr_number(pts),
                            fr_number(b.point.value, 2), fr_euros(l.amount.round_cents()));
  l.cite(b.rs.source(k, table, &(*first)->provenance));
  l.cite(b.point_source());
  b.add(std::move(l));
  return std::nullopt;
}

// Hourly ECR (art. III.19.2): % of the hourly rate for the hours worked on Sundays/holidays and at night. Hourly
// rate = the full-time base, never below the SMIC, / full-time hours (old art. III.5; inferred).
std::optional<Error> hourly(BadPay& b, const ParamKey& k, const std::optional<Decimal>& hours, std::string_view code,
                            const char* label) {
  if (!hours || hours->is_zero()) return std::nullopt;
  auto full_hours = b.rs.number(kFullTimeHours);
  if (!full_hours) return full_hours.error();
  auto pct = scalar(b.rs, k);
  if (!pct) return pct.error();
  const Decimal hourly_base = max(b.floor_compared, b.smic.value);
  PayLine l = b.line(code);
  if (b.opt.explain) l.label = label;
  l.base = *hours;
  l.base_unit = "hours";
  l.rate = hourly_base.div(*full_hours).percent(pct->value);
  l.rate_unit = "EUR/hour";
  l.amount = hourly_base.mul_div(*hours, *full_hours).percent(pct->value);
  if (b.opt.explain)
    l.formula = fmt::format("{} h × {} € / {} h (taux horaire) × {} % = {}", fr_number(*hours),
                            fr_fixed(hourly_base, 2), fr_number(*full_hours), fr_number(pct->value),
                            fr_euros(l.amount.round_cents()));
  l.cite(b.rs.source(k, *pct->version));
  l.cite(b.rs.source(kSmic, *b.smic.version));
  l.inferred = true;  // the hourly rate's base is the calculator's reading of the texts
  b.add(std::move(l));
  return std::nullopt;
}

// Astreinte (art. III.19.2): points per 24 h of on-call, prorated to its duration, one line per kind.
std::optional<Error> astreinte(BadPay& b) {
  constexpr std::string_view kPrefix = "astreinte_";
  for (const auto& [field, value] : b.p.extra) {
    if (!field.starts_with(kPrefix)) continue;
    const std::string_view kind = std::string_view(field).substr(kPrefix.size());
    const Decimal hours = std::get<Decimal>(value);
    if (hours.is_zero()) continue;
    auto cell = b.rs.cell(kAstreinte, kind);
    if (!cell) return cell.error();
    const Decimal pts = (*cell)->values.front();
    PayLine l = b.line(line_code("ecr_on_call_" + std::string(kind)));
    if (b.opt.explain) l.label = fmt::format("ECR astreinte ({})", kind);
    l.base = hours;
    l.base_unit = "hours";
    l.rate = pts;
    l.rate_unit = "points/24h";
    l.amount = (pts * b.point.value).mul_div(hours, Decimal::from_int(24));
    if (b.opt.explain)
      l.formula = fmt::format("{} points × {} € × {} h / 24 h = {}", fr_number(pts), fr_number(b.point.value, 2),
                              fr_number(hours), fr_euros(l.amount.round_cents()));
    l.cite(b.rs.source(kAstreinte, **b.rs.at(kAstreinte), &(*cell)->provenance));
    l.cite(b.point_source());
    b.add(std::move(l));
  }
  return std::nullopt;
}

// Cadre ECR (art. III.19.3): points from a scale on a fact of the structure, prorated; cadres only.
std::optional<Error> cadre(BadPay& b) {
  struct CadreEcr {
    const char* input;
    std::string_view param;
    const char* code;
    const char* label;
  };
  const std::string_view scale = extra_text(b.p, "cadre_superieur");
  const CadreEcr kinds[] = {
      {"etp", "bad.ecr.cadre.responsabilite", "ecr_cadre_responsibility", "ECR cadre responsabilité"},
      {"structures", "bad.ecr.cadre.associations", "ecr_cadre_associations", "ECR cadre associations"},
      {"activites", "bad.ecr.cadre.complexite", "ecr_cadre_complexity", "ECR cadre complexité"},
      {"places", "bad.ecr.cadre.places", "ecr_cadre_places", "ECR cadre nombre de places"},
      {"years_in_job", scale == "b" ? "bad.ecr.cadre.superieur_b" : "bad.ecr.cadre.superieur_a", "ecr_cadre_senior",
       "ECR cadre supérieur"},
  };
  for (const auto& e : kinds) {
    const std::optional<Decimal> criterion = extra_decimal(b.p, e.input);
    if (!criterion) continue;
    if (b.pos.categorie != "cadre")
      return make_error(ErrorKind::Input, fmt::format("--{} est un critère de l'ECR cadre (art. III.19.3) mais "
                                                      "la position {} n'est pas une position cadre",
                                                      e.input, b.pos.label()));
    const ParamKey k = ParamKey::of(e.param);
    auto pts = scale_value(b.rs, k, *criterion);
    if (!pts) return pts.error();
    if (pts->value.is_zero()) continue;
    PayLine l = b.line(e.code);
    if (b.opt.explain) l.label = e.label;
    l.base = pts->value;
    l.base_unit = "points";
    l.rate = b.point.value;
    l.rate_unit = "EUR/point";
    l.amount = b.wt().prorate(pts->value * b.point.value);
    if (b.opt.explain)
      l.formula = fmt::format("{} points ({} = {}) × {} € × {} = {}", fr_number(pts->value), e.input,
                              fr_number(*criterion), fr_number(b.point.value, 2), b.prorata,
                              fr_euros(l.amount.round_cents()));
    l.cite(b.rs.source(k, *pts->version));
    l.cite(b.point_source());
    b.add(std::move(l));
  }
  return std::nullopt;
}

}  // namespace

std::optional<Error> add_ecr(BadPay& b) {
  const std::optional<int> level = extra_int(b.p, "diploma_level");
  const int tutored = extra_int(b.p, "tutored").value_or(0);
  const int apprentices = extra_int(b.p, "apprentices").value_or(0);
  if (b.old) {
    if (level || tutored || apprentices)
      b.slip.warnings.push_back(
          "les ECR (diplôme, tutorat…) n'existent qu'à partir de l'avenant 43 : ignorés pour l'ancienne grille");
    return std::nullopt;
  }
  if (level)
    if (auto e = diploma(b, *level)) return e;
  if (auto e = seniority(b)) return e;
  if (auto e = flat(b, kTutorat, tutored, "ecr_tutoring", "ECR tutorat")) return e;
  if (auto e = flat(b, kApprenticeshipMaster, apprentices, "ecr_apprenticeship_master", "ECR maître d'apprentissage"))
    return e;
  if (auto e = hourly(b, kSundayHoliday, extra_decimal(b.p, "sunday_hours"), "ecr_sunday_holiday",
                      "ECR travail du dimanche et des jours fériés"))
    return e;
  if (auto e = hourly(b, kNight, extra_decimal(b.p, "night_hours"), "ecr_night", "ECR travailleur de nuit")) return e;
  if (auto e = astreinte(b)) return e;
  return cadre(b);
}

}  // namespace revalo::bad_detail
