// BAD gross pay (see bad_pay.h). Every amount comes from grids/bad and grids/common; this file is mechanism only:
// which parameter applies, how lines are prorated, and the order of computation.
#include "bad_pay.h"

#include <fmt/format.h>

#include "format_number.h"
#include "jobs.h"
#include "seniority.h"

namespace revalo {
namespace {

const Decimal kZero;

// Scalar parameter at d, with its version for the sources.
struct Valued {
  Decimal value;
  const Version* version = nullptr;
};
Result<Valued> scalar(const GridSet& g, std::string_view id, Date d) {
  auto v = g.at(id, d);
  if (!v) return v.error();
  return Valued{(*v)->number, *v};
}

// Points of a scale for the value x at d; MissingData when the band has no value in the text.
Result<Valued> scale_value(const GridSet& g, std::string_view id, Decimal x, Date d) {
  auto v = g.at(id, d);
  if (!v) return v.error();
  const ScaleStep* step = scale_step(**v, x);
  if (!step) return Valued{kZero, *v};
  if (!step->value)
    return make_error(ErrorKind::MissingData,
                      fmt::format("« {} » ({}) ne donne pas de valeur pour {} au {} : le texte ne couvre pas cette tranche ({})", id,
                                  g.params.find(id)->second.label, x.str(), d.iso(), g.params.find(id)->second.file));
  return Valued{*step->value, *v};
}

std::string cat_label(const std::string& c) {
  if (c == "employe") return "Employé";
  if (c == "tam") return "TAM";
  if (c == "cadre") return "Cadre";
  return c;
}

}  // namespace

std::string A43Position::key() const { return fmt::format("{}.{}.{}", categorie, degre, echelon); }

bool is_old_category(std::string_view t) { return t.size() == 1 && ((t[0] >= 'A' && t[0] <= 'I') || (t[0] >= 'a' && t[0] <= 'i')); }

std::optional<A43Position> parse_a43_position(std::string_view text) {
  std::vector<std::string> parts;
  std::string cur;
  for (char c : text) {
    if (c == '.') {
      parts.push_back(cur);
      cur.clear();
    } else {
      cur += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
  }
  parts.push_back(cur);
  A43Position p;
  std::size_t i = 0;
  if (!parts.empty() && (parts[0] == "intervention" || parts[0] == "support")) p.filiere = parts[i++];
  if (parts.size() - i < 2 || parts.size() - i > 3) return std::nullopt;
  p.categorie = parts[i++];
  if (p.categorie != "employe" && p.categorie != "tam" && p.categorie != "cadre") return std::nullopt;
  if (parts[i] != "1" && parts[i] != "2") return std::nullopt;
  p.degre = parts[i++][0] - '0';
  if (i < parts.size()) {
    if (parts[i] != "1" && parts[i] != "2" && parts[i] != "3") return std::nullopt;
    p.echelon = parts[i][0] - '0';
  }
  return p;
}

namespace {

// Which of the two classifications is in force at d, by which coefficient table has a version then.
Result<std::string> classification_at(const GridSet& g, Date d) {
  for (const char* id : {"bad.old.coefficient", "bad.a43.coefficient"}) {
    auto p = g.param(id);
    if (!p) return p.error();
    if (version_at((*p)->versions, d)) return std::string(id);
  }
  return make_error(ErrorKind::MissingData,
                    fmt::format("aucune grille de coefficients BAD n'est encodée pour le {} : l'ancienne grille (A–I) l'est du "
                                "{} au {}, celle de l'avenant 43 à partir du {}",
                                d.iso(), g.params.at("bad.old.coefficient").versions.front().from.iso(),
                                g.params.at("bad.old.coefficient").versions.back().to.iso(),
                                g.params.at("bad.a43.coefficient").versions.front().from.iso()));
}

// The job's position (catégorie.degré) at d, resolving a conditional version with the profile.
Result<std::pair<std::string, const Version*>> job_value(const Job& job, const std::vector<Version>& versions,
                                                         const Profile& p, Date d, const char* what) {
  const Version* v = version_at(versions, d);
  if (!v)
    return make_error(ErrorKind::MissingData,
                      fmt::format("les grilles ne donnent pas de {} pour l'emploi « {} » au {}{}{}", what, job.label, d.iso(),
                                  job.note.empty() ? "" : " : ", job.note));
  if (v->condition.empty()) return std::pair{v->text, v};
  if (v->condition == "usb_member") {
    const std::optional<bool> usb_member = extra_bool(p, "usb_member");
    if (!usb_member)
      return make_error(ErrorKind::Input,
                        fmt::format("au {}, la {} de l'emploi « {} » dépend de l'adhésion de l'employeur à une "
                                    "organisation de l'USB-Domicile ({} si oui, {} si non ; {}) : donnez --usb-member yes|no",
                                    d.iso(), what, job.label, v->text, v->otherwise, v->provenance.source));
    return std::pair{*usb_member ? v->text : v->otherwise, v};
  }
  return make_error(ErrorKind::Grid, fmt::format("{} : l'emploi « {} » a une condition inconnue « {} »", job.file, job.id,
                                                 v->condition));
}

struct ResolvedPosition {
  std::string key;     // table key
  std::string label;
  std::string categorie;  // a43 only
  bool inferred = false;
  std::string note;
  std::vector<SourceRef> sources;
};

Result<ResolvedPosition> resolve_old(const GridSet& g, const Profile& p, Date d, const std::string& wanted) {
  std::string cat;
  ResolvedPosition r;
  for (std::string_view s : {std::string_view(wanted), extra_text(p, "old_position"), std::string_view(p.position)})
    if (cat.empty() && is_old_category(s)) cat = s;
  if (cat.empty() && !p.job.empty()) {
    auto job = find_job(g, "bad", p.job);
    if (!job) return job.error();
    auto v = job_value(**job, (*job)->old_category, p, d, "catégorie de l'ancienne grille");
    if (!v) return v.error();
    cat = v->first;
    r.note = fmt::format("catégorie {} de l'emploi « {} »", cat, (*job)->label);
    r.sources.push_back(SourceRef{"job", (*job)->label, v->second->from, &v->second->provenance});
  }
  if (cat.empty())
    return make_error(ErrorKind::Input,
                      fmt::format("au {}, l'ancienne classification BAD (catégories A–I) s'applique ; la position « {} » n'est "
                                  "pas l'une de ses catégories : donnez --old-position A..I (ou --position-before) ou --job",
                                  d.iso(), wanted.empty() ? p.position : wanted));
  if (cat[0] >= 'a') cat[0] = static_cast<char>(cat[0] - 'a' + 'A');
  r.key = cat;
  r.label = fmt::format("catégorie {} (ancienne classification)", cat);
  return r;
}

Result<ResolvedPosition> resolve_a43(const GridSet& g, const Profile& p, Date d, const std::string& wanted) {
  ResolvedPosition r;
  std::optional<A43Position> pos;
  for (const std::string* s : {&wanted, &p.position})
    if (!pos && !s->empty()) pos = parse_a43_position(*s);
  if (pos && pos->echelon == 0)
    return make_error(ErrorKind::Input, fmt::format("il manque l'échelon (1, 2 ou 3) à la position « {} » : par exemple {}.1",
                                                    wanted.empty() ? p.position : wanted, pos->key().substr(0, pos->key().size() - 2)));
  if (!pos) {
    std::string given = wanted.empty() ? p.position : wanted;
    if (!given.empty() && !is_old_category(given))
      return make_error(ErrorKind::Input,
                        fmt::format("position inconnue : « {} » ; une position de l'avenant 43 s'écrit catégorie.degré.échelon, par "
                                    "exemple employe.2.1 ou support.tam.1.3 (catégories employe, tam, cadre ; degrés 1–2 ; "
                                    "échelons 1–3)",
                                    given));
    if (p.job.empty())
      return make_error(ErrorKind::Input,
                        fmt::format("au {}, la classification de l'avenant 43 s'applique{} : donnez --position (par exemple "
                                    "employe.2.1) ou --job pour placer la personne",
                                    d.iso(), given.empty() ? "" : fmt::format(" et « {} » est une catégorie de l'ancienne grille", given)));
    // Placement: catégorie and degré from the job, échelon from practice.
    auto job = find_job(g, "bad", p.job);
    if (!job) return job.error();
    auto v = job_value(**job, (*job)->position, p, d, "position");
    if (!v) return v.error();
    pos = parse_a43_position(v->first);
    if (!pos)
      return make_error(ErrorKind::Grid, fmt::format("{} : l'emploi « {} » a une position invalide « {} »", (*job)->file,
                                                     (*job)->id, v->first));
    // Practice in the job at the pay date: the échelon conditions (48 months → E2, 4 more years → E3) are
    // applied to it as on 2021-10-01. Without it, the branch seniority stands in (an assumption, stated).
    Decimal practice;
    if (auto given = extra_decimal(p, "practice_years")) {
      practice = *given;
    } else {
      auto years = completed_years(p, d);
      if (!years) return years.error();
      practice = *years;
      r.note = "années de pratique dans l'emploi prises égales à l'ancienneté dans la branche (hypothèse); ";
    }
    auto ech = scale_value(g, "bad.a43.placement", practice, d);
    if (!ech) return ech.error();
    pos->echelon = static_cast<int>(ech->value.integer_part());
    r.inferred = true;
    r.note += fmt::format("position déduite de l'emploi « {} » ({}) et de {} an(s) de pratique (règle de placement "
                          "inférée, le guide paritaire de transposition est inconnu)",
                          (*job)->label, v->first, fr_number(practice));
    r.sources.push_back(SourceRef{"job", (*job)->label, v->second->from, &v->second->provenance});
    r.sources.push_back(grid_source(g, "bad.a43.placement", *ech->version));
  }
  r.key = pos->key();
  r.categorie = pos->categorie;
  r.label = fmt::format("{}{} degré {} échelon {}", cat_label(pos->categorie),
                        pos->filiere.empty() ? "" : " " + pos->filiere, pos->degre, pos->echelon);
  return r;
}

}  // namespace

Result<Payslip> compute_bad_pay(const GridSet& g, const Profile& p, Date d, const std::string& wanted_position,
                                const CalcOptions& opt) {
  Payslip slip;
  slip.date = d;
  slip.convention = "bad";
  const std::optional<int> diploma_level = extra_int(p, "diploma_level");
  const int tutored = extra_int(p, "tutored").value_or(0);
  const int apprentices = extra_int(p, "apprentices").value_or(0);
  auto table_id = classification_at(g, d);
  if (!table_id) return table_id.error();
  bool old = *table_id == "bad.old.coefficient";
  slip.classification = old ? "old" : "a43";
  auto wt = working_time(g, p, d, "bad.full_time_hours");
  if (!wt) return wt.error();
  slip.working_time = *wt;

  auto pos = old ? resolve_old(g, p, d, wanted_position) : resolve_a43(g, p, d, wanted_position);
  if (!pos) return pos.error();
  slip.position = pos->key;
  slip.position_label = pos->label;
  slip.position_inferred = pos->inferred;
  slip.position_note = pos->note;

  auto point = scalar(g, "bad.point", d);
  if (!point) return point.error();
  SourceRef point_ref = grid_source(g, "bad.point", *point->version);

  // Coefficient: old grid by year of seniority (year n = n-th year: s completed years → year s+1, capped at 30).
  Decimal coefficient;
  std::string coef_text;
  std::vector<SourceRef> coef_sources = pos->sources;
  {
    auto cell = g.cell_at(*table_id, pos->key, d);
    if (!cell) return cell.error();
    const Version* v = *g.at(*table_id, d);
    coef_sources.push_back(grid_source(g, *table_id, *v, &(*cell)->provenance));
    if (old) {
      auto years = completed_years(p, d);
      if (!years) return years.error();
      std::size_t n = static_cast<std::size_t>(years->integer_part()) + 1;
      if (n > (*cell)->values.size()) n = (*cell)->values.size();
      coefficient = (*cell)->values[n - 1];
      if (opt.explain)
        coef_text = fmt::format("coefficient {} (catégorie {}, année {})", fr_number(coefficient), pos->key, n);
    } else {
      coefficient = (*cell)->values.front();
      if (opt.explain) coef_text = fmt::format("coefficient {} ({})", fr_number(coefficient), pos->label);
    }
  }
  const Decimal full_base = coefficient * point->value;  // full-time coefficient × point, exact
  const std::string prorata = opt.explain ? prorata_fr(*wt) : std::string();

  // Apprentices (avenant 56, from 2021-10-01): a % of the SMIC, or from 21 of the conventional minimum of the job
  // when more favourable, by age and contract year, instead of the base salary; never below-SMIC top-up.
  const bool apprentice = p.apprentice_age || p.apprentice_year;
  if (apprentice) {
    if (!p.apprentice_age || !p.apprentice_year)
      return make_error(ErrorKind::Usage, "un apprenti demande --apprentice-age et --apprentice-year");
    if (old)
      return make_error(ErrorKind::MissingData,
                        fmt::format("les règles de rémunération des apprentis encodées sont celles de l'avenant 56 (à partir "
                                    "du 2021-10-01) ; aucune n'est encodée pour le {}",
                                    d.iso()));
    auto table = g.at("bad.apprenti.pay", d);
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
                                                            *p.apprentice_age, *p.apprentice_year, d.iso()));
    const Decimal pct = band->values[*p.apprentice_year - 1];
    auto reference = scale_value(g, "bad.apprenti.reference", Decimal::from_int(*p.apprentice_age), d);
    if (!reference) return reference.error();
    auto smic = scalar(g, "smic.monthly", d);
    if (!smic) return smic.error();
    const bool conventional = !reference->value.is_zero() && smic->value < full_base;
    const Decimal ref_amount = conventional ? full_base : smic->value;
    PayLine l;
    l.code = "apprentice_pay";
    l.label = fmt::format("Rémunération apprenti ({} %, {} an(s), année {})", fr_number(pct), *p.apprentice_age,
                          *p.apprentice_year);
    l.base = ref_amount;
    l.base_unit = "EUR";
    l.rate = pct;
    l.rate_unit = "%";
    l.amount = wt->prorate(ref_amount).percent(pct);
    if (opt.explain)
      l.formula = fmt::format("{} % × {} ({}) × {} = {}", fr_number(pct), fr_euros(ref_amount),
                              conventional ? "salaire minimum conventionnel de l'emploi, plus favorable que le SMIC"
                                           : "SMIC mensuel",
                              prorata, fr_euros(l.amount.round_cents()));
    l.sources.push_back(grid_source(g, "bad.apprenti.pay", **table, &band->provenance));
    l.sources.push_back(grid_source(g, "bad.apprenti.reference", *reference->version));
    l.sources.push_back(grid_source(g, "smic.monthly", *smic->version));
    if (conventional) l.sources.insert(l.sources.end(), coef_sources.begin(), coef_sources.end());
    append_line(slip.lines, std::move(l));
  } else {
    PayLine l;
    l.code = "base";
    l.label = "Salaire de base";
    l.base = coefficient;
    l.base_unit = "coefficient";
    l.rate = point->value;
    l.rate_unit = "EUR/point";
    l.amount = wt->prorate(full_base);
    if (opt.explain)
      l.formula = fmt::format("{} × {} € (valeur du point) × {} = {}", coef_text, fr_number(point->value, 2), prorata,
                              fr_euros(l.amount.round_cents()));
    l.sources = coef_sources;
    l.sources.push_back(point_ref);
    l.inferred = pos->inferred;
    append_line(slip.lines, std::move(l));
  }

  // Indemnité différentielle de reclassement: an input amount (its definition is unknown, sheet §4.4).
  const std::optional<Decimal> given_idr = extra_decimal(p, "idr");
  Decimal idr = given_idr.value_or(kZero);
  if (given_idr) {
    PayLine l;
    l.code = "reclassification_allowance";
    l.label = "Indemnité différentielle de reclassement (montant déclaré)";
    l.base = idr;
    l.base_unit = "EUR";
    l.amount = wt->prorate(idr);
    if (opt.explain)
      l.formula = fmt::format("{} (montant temps plein déclaré) × {} = {}", fr_euros(idr), prorata,
                              fr_euros(l.amount.round_cents()));
    l.sources.push_back(SourceRef{"input", "montant déclaré (--idr)", d, &input_provenance()});
    append_line(slip.lines, std::move(l));
  }

  // SMIC floor: the base (with the IDR where the rule puts it in the base) is compared with the full-time SMIC.
  auto smic = scalar(g, "smic.monthly", d);
  if (!smic) return smic.error();
  auto floor_rule = g.at("bad.smic_floor", d);
  if (!floor_rule) return floor_rule.error();
  std::string seniority_rule = "base";
  const Version* seniority_rule_version = nullptr;
  if (!old) {
    auto r = g.at("bad.ecr.anciennete.base", d);
    if (!r) return r.error();
    seniority_rule = (*r)->text;
    seniority_rule_version = *r;
    if (seniority_rule != "base" && seniority_rule != "base_floored_smic" && seniority_rule != "base_idr_floored_smic")
      return make_error(ErrorKind::Grid, fmt::format("{} : règle inconnue « {} » pour bad.ecr.anciennete.base",
                                                     g.params.at("bad.ecr.anciennete.base").file, seniority_rule));
  }
  const bool idr_in_base = seniority_rule == "base_idr_floored_smic";
  const Decimal floor_compared = full_base + (idr_in_base ? idr : kZero);
  Decimal differential;
  if (!apprentice && floor_compared < smic->value) {
    differential = smic->value - floor_compared;
    PayLine l;
    l.code = "smic_differential";
    l.label = "Indemnité différentielle SMIC";
    l.base = smic->value;
    l.base_unit = "EUR";
    l.amount = wt->prorate(differential);
    if (opt.explain)
      l.formula = fmt::format("({} SMIC mensuel − {} salaire de base{} temps plein) × {} = {}", fr_euros(smic->value),
                              fr_euros(floor_compared), idr_in_base && given_idr ? " + IDR" : "", prorata,
                              fr_euros(l.amount.round_cents()));
    l.sources.push_back(grid_source(g, "smic.monthly", *smic->version));
    l.sources.push_back(grid_source(g, "bad.smic_floor", **floor_rule));
    append_line(slip.lines, std::move(l));
  }

  if (!old) {
    const bool cadre = pos->categorie == "cadre";
    // ECR diplôme (art. III.19.1): points of the diploma level × point, prorated.
    if (diploma_level) {
      auto cell = g.cell_at("bad.ecr.diplome", std::to_string(*diploma_level), d);
      if (!cell) return cell.error();
      Decimal pts = (*cell)->values.front();
      PayLine l;
      l.code = "ecr_diploma";
      l.label = fmt::format("ECR diplôme (niveau {})", *diploma_level);
      l.base = pts;
      l.base_unit = "points";
      l.rate = point->value;
      l.rate_unit = "EUR/point";
      l.amount = wt->prorate(pts * point->value);
      if (opt.explain)
        l.formula = fmt::format("{} points × {} € × {} = {}", fr_number(pts), fr_number(point->value, 2), prorata,
                                fr_euros(l.amount.round_cents()));
      l.sources.push_back(grid_source(g, "bad.ecr.diplome", **g.at("bad.ecr.diplome", d), &(*cell)->provenance));
      l.sources.push_back(point_ref);
      append_line(slip.lines, std::move(l));
    }
    // ECR ancienneté (art. III.19.1): % of a base that depends on the period (sheet §6.2), prorated once.
    {
      auto years = years_for_day_after_steps(p, d);
      if (!years) return years.error();
      auto pct = scale_value(g, "bad.ecr.anciennete", *years, d);
      if (!pct) return pct.error();
      if (!pct->value.is_zero()) {
        Decimal base = full_base;
        std::string base_text = "salaire de base temps plein";
        if (seniority_rule == "base_floored_smic") {
          base = max(full_base, smic->value);
          base_text = "max(salaire de base, SMIC) temps plein";
        } else if (seniority_rule == "base_idr_floored_smic") {
          base = max(full_base + idr, smic->value);
          base_text = "max(salaire de base + IDR, SMIC) temps plein";
        }
        PayLine l;
        l.code = "ecr_seniority";
        l.label = fmt::format("ECR ancienneté ({} %)", fr_number(pct->value));
        l.base = wt->prorate(base).round_cents();
        l.base_unit = "EUR";
        l.rate = pct->value;
        l.rate_unit = "%";
        l.amount = wt->prorate(base).percent(pct->value);
        if (opt.explain)
          l.formula = fmt::format("{} ({}) × {} × {} % ({} an(s) d'ancienneté dans la branche) = {}", fr_euros(base),
                                  base_text, prorata, fr_number(pct->value), fr_number(*years, 0),
                                  fr_euros(l.amount.round_cents()));
        l.sources.push_back(grid_source(g, "bad.ecr.anciennete", *pct->version));
        l.sources.push_back(grid_source(g, "bad.ecr.anciennete.base", *seniority_rule_version));
        if (seniority_rule != "base") l.sources.push_back(grid_source(g, "smic.monthly", *smic->version));
        append_line(slip.lines, std::move(l));
      }
    }
    // Flat ECR (art. III.19.2): tutorat and maître d'apprentissage, whatever the working time.
    auto flat = [&](const char* id, int count, const char* code, const char* label) -> std::optional<Error> {
      if (count <= 0) return std::nullopt;
      auto first = g.cell_at(id, "first", d);
      if (!first) return first.error();
      Decimal pts = (*first)->values.front();
      std::vector<SourceRef> sources{grid_source(g, id, **g.at(id, d), &(*first)->provenance)};
      if (count >= 2) {
        auto extra = g.cell_at(id, "additional", d);
        if (!extra) return extra.error();
        pts += (*extra)->values.front();
      }
      PayLine l;
      l.code = code;
      l.label = fmt::format("{} ({} personne(s))", label, count);
      l.base = pts;
      l.base_unit = "points";
      l.rate = point->value;
      l.rate_unit = "EUR/point";
      l.amount = pts * point->value;
      if (opt.explain)
        l.formula = fmt::format("{} points × {} € (forfaitaire, non proratisé) = {}", fr_number(pts),
                                fr_number(point->value, 2), fr_euros(l.amount.round_cents()));
      l.sources = sources;
      l.sources.push_back(point_ref);
      append_line(slip.lines, std::move(l));
      return std::nullopt;
    };
    if (auto e = flat("bad.ecr.tutorat", tutored, "ecr_tutoring", "ECR tutorat")) return *e;
    if (auto e = flat("bad.ecr.maitre_apprentissage", apprentices, "ecr_apprenticeship_master",
                      "ECR maître d'apprentissage"))
      return *e;

    // Hourly ECR (art. III.19.2): % of the hourly rate for the hours worked on Sundays/holidays and at night.
    // Hourly rate = the full-time base, never below the SMIC, / full-time hours (old art. III.5; inferred).
    auto full_hours = g.number_at("bad.full_time_hours", d);
    if (!full_hours) return full_hours.error();
    const Decimal hourly_base = max(floor_compared, smic->value);
    auto hourly = [&](const char* id, const std::optional<Decimal>& hours, const char* code,
                      const char* label) -> std::optional<Error> {
      if (!hours || hours->is_zero()) return std::nullopt;
      auto pct = scalar(g, id, d);
      if (!pct) return pct.error();
      PayLine l;
      l.code = code;
      l.label = label;
      l.base = *hours;
      l.base_unit = "hours";
      l.rate = hourly_base.div(*full_hours).percent(pct->value);
      l.rate_unit = "EUR/hour";
      l.amount = hourly_base.mul_div(*hours, *full_hours).percent(pct->value);
      if (opt.explain)
        l.formula = fmt::format("{} h × {} € / {} h (taux horaire) × {} % = {}", fr_number(*hours),
                                fr_fixed(hourly_base, 2), fr_number(*full_hours), fr_number(pct->value),
                                fr_euros(l.amount.round_cents()));
      l.sources.push_back(grid_source(g, id, *pct->version));
      l.sources.push_back(grid_source(g, "smic.monthly", *smic->version));
      l.inferred = true;  // the hourly rate's base is the calculator's reading of the texts
      append_line(slip.lines, std::move(l));
      return std::nullopt;
    };
    if (auto e = hourly("bad.ecr.dimanche_ferie", extra_decimal(p, "sunday_hours"), "ecr_sunday_holiday",
                        "ECR travail du dimanche et des jours fériés"))
      return *e;
    if (auto e = hourly("bad.ecr.nuit", extra_decimal(p, "night_hours"), "ecr_night", "ECR travailleur de nuit"))
      return *e;

    // Astreinte (art. III.19.2): points per 24 h of on-call, prorated to its duration.
    for (const auto& [field, value] : p.extra) {
      if (!field.starts_with("astreinte_")) continue;
      const std::string kind = field.substr(std::string_view("astreinte_").size());
      const Decimal hours = std::get<Decimal>(value);
      if (hours.is_zero()) continue;
      auto cell = g.cell_at("bad.ecr.astreinte", kind, d);
      if (!cell) return cell.error();
      Decimal pts = (*cell)->values.front();
      PayLine l;
      l.code = "ecr_on_call_" + kind;
      l.label = fmt::format("ECR astreinte ({})", kind);
      l.base = hours;
      l.base_unit = "hours";
      l.rate = pts;
      l.rate_unit = "points/24h";
      l.amount = (pts * point->value).mul_div(hours, Decimal::from_int(24));
      if (opt.explain)
        l.formula = fmt::format("{} points × {} € × {} h / 24 h = {}", fr_number(pts), fr_number(point->value, 2),
                                fr_number(hours), fr_euros(l.amount.round_cents()));
      l.sources.push_back(grid_source(g, "bad.ecr.astreinte", **g.at("bad.ecr.astreinte", d), &(*cell)->provenance));
      l.sources.push_back(point_ref);
      append_line(slip.lines, std::move(l));
    }

    // Cadre ECR (art. III.19.3): points from a scale on a fact of the structure, prorated.
    struct CadreEcr {
      const char* input;
      const char* param;
      const char* code;
      const char* label;
    };
    const std::string_view scale = extra_text(p, "cadre_superieur");
    std::string sup_param = "bad.ecr.cadre.superieur_" + std::string(scale.empty() ? "a" : scale);
    const CadreEcr cadre_ecr[] = {
        {"etp", "bad.ecr.cadre.responsabilite", "ecr_cadre_responsibility", "ECR cadre responsabilité"},
        {"structures", "bad.ecr.cadre.associations", "ecr_cadre_associations", "ECR cadre associations"},
        {"activites", "bad.ecr.cadre.complexite", "ecr_cadre_complexity", "ECR cadre complexité"},
        {"places", "bad.ecr.cadre.places", "ecr_cadre_places", "ECR cadre nombre de places"},
        {"years_in_job", sup_param.c_str(), "ecr_cadre_senior", "ECR cadre supérieur"},
    };
    for (const auto& e : cadre_ecr) {
      const std::optional<Decimal> criterion = extra_decimal(p, e.input);
      if (!criterion) continue;
      if (!cadre)
        return make_error(ErrorKind::Input, fmt::format("--{} est un critère de l'ECR cadre (art. III.19.3) mais "
                                                        "la position {} n'est pas une position cadre",
                                                        e.input, pos->label));
      auto pts = scale_value(g, e.param, *criterion, d);
      if (!pts) return pts.error();
      if (pts->value.is_zero()) continue;
      PayLine l;
      l.code = e.code;
      l.label = e.label;
      l.base = pts->value;
      l.base_unit = "points";
      l.rate = point->value;
      l.rate_unit = "EUR/point";
      l.amount = wt->prorate(pts->value * point->value);
      if (opt.explain)
        l.formula = fmt::format("{} points ({} = {}) × {} € × {} = {}", fr_number(pts->value), e.input,
                                fr_number(*criterion), fr_number(point->value, 2), prorata,
                                fr_euros(l.amount.round_cents()));
      l.sources.push_back(grid_source(g, e.param, *pts->version));
      l.sources.push_back(point_ref);
      append_line(slip.lines, std::move(l));
    }
  } else if (diploma_level || tutored || apprentices) {
    slip.warnings.push_back(
        "les ECR (diplôme, tutorat…) n'existent qu'à partir de l'avenant 43 : ignorés pour l'ancienne grille");
  }

  for (const auto& l : slip.lines)
    if (l.kind == LineKind::Earning) slip.gross += l.amount;
  return slip;
}

}  // namespace revalo
