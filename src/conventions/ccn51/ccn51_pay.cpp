// CCN 51 gross pay (see ccn51_pay.h), in the order of art. 08.01.1: coefficient de base × point, SMC guarantee,
// complément technicité, prime d'ancienneté; then the primes (ccn51_primes.cpp). Every number comes from grids/ccn51
// and grids/common; this file is mechanism only.
#include "ccn51_pay.h"

#include <algorithm>

#include <fmt/format.h>

#include "ccn51_internal.h"
#include "format_number.h"
#include "jobs.h"
#include "names.h"
#include "seniority.h"
#include "vocabulary.h"

namespace revalo {
namespace {

const ParamKey kPoint{"ccn51.point"};
const ParamKey kPointJdp{"ccn51.point.jourdepaye"};
const ParamKey kFullTime{"ccn51.full_time_hours"};
const ParamKey kCoefficient{"ccn51.coefficient"};
const ParamKey kComplement{"ccn51.complement"};
const ParamKey kCadres{"ccn51.cadres"};
const ParamKey kSmcRule{"ccn51.smc.rule"};
const ParamKey kSmic{"smic.monthly"};
const ParamKey kTechnicite{"ccn51.technicite"};
const ParamKey kTechniciteDecompte{"ccn51.technicite.decompte"};
const ParamKey kAnciennete{"ccn51.anciennete"};
const ParamKey kRegimePropre{"ccn51.anciennete.regime_propre"};

}  // namespace

bool ccn51_rule_lists(const RateSheet& rs, const ParamKey& k, std::string_view word) {
  const Version* v = rs.find(k);
  return v && has_word(v->text, word);
}

Result<int> ccn51_annee_exercice(const Profile& p, Date d) {
  auto years = completed_years(p, d);
  if (!years) return years.error();
  // Fractions of a year of prior experience are added before the whole years are counted (the texts do not say
  // how fractions count).
  const Decimal total = *years + extra_decimal(p, "reprise").value_or(Decimal());
  return static_cast<int>(total.floor().integer_part()) + 1;
}

namespace ccn51 {
namespace {

// The métier of annexe I for the job at d; the aide-soignant without the diploma is the cadre d'extinction (A1.4).
std::optional<Error> resolve_job(Context& c, std::vector<SourceRef>& sources) {
  if (c.p.job.empty())
    return make_error(ErrorKind::Input, "CCN 51 : donnez le métier avec --job (par exemple aide-soignant, infirmier, "
                                        "accompagnant-educatif-et-social)");
  auto job = find_job(c.g, "ccn51", c.p.job);
  if (!job) return job.error();
  const Version* v = version_at((*job)->position, c.d);
  if (!v)
    return make_error(ErrorKind::MissingData,
                      fmt::format("les grilles de la CCN 51 ne donnent pas de coefficient pour le métier « {} » au {}{}{}",
                                  (*job)->label, c.d.iso(), (*job)->note.empty() ? "" : " : ", (*job)->note));
  c.key = v->text;
  if (v->condition == "diploma" && c.p.diploma == false) c.key = v->otherwise;
  else if (!v->condition.empty() && v->condition != "diploma")
    return make_error(ErrorKind::Grid, fmt::format("{} : l'emploi « {} » a une condition inconnue « {} »", (*job)->file,
                                                   (*job)->id, v->condition));
  c.slip.position = c.key;
  c.slip.position_label = (*job)->label;
  if (c.key != v->text) c.slip.position_label += " non diplômé(e)";
  sources.push_back(SourceRef{"job", (*job)->label, v->from, &v->provenance});
  return std::nullopt;
}

// The structure type given (--structure), as its vocabulary id; unknown names get the vocabulary's suggestions.
std::optional<Error> resolve_structure(Context& c) {
  if (c.p.structure_type.empty()) return std::nullopt;
  const Vocabulary* v = c.g.vocabulary("structure");
  if (!v) return make_error(ErrorKind::Grid, "aucun vocabulaire « structure » dans les grilles");
  auto t = find_term(*v, c.p.structure_type);
  if (!t) return t.error();
  c.structure = (*t)->id;
  return std::nullopt;
}

// The valeur du point: the agreed texts' chain, or with --point-source jourdepaye that publication's values where it
// has one (both uncertain: the note of each says which value competes).
std::optional<Error> resolve_point(Context& c) {
  const ParamKey* key = &kPoint;
  const Version* v = nullptr;
  if (extra_text(c.p, "point_source") == "jourdepaye") {
    v = c.rs.find(kPointJdp);
    if (v) key = &kPointJdp;
  }
  if (!v) {
    auto at = c.rs.at(kPoint);
    if (!at) return at.error();
    v = *at;
  }
  c.point = v->number;
  c.point_ref = c.rs.source(*key, *v);
  return std::nullopt;
}

// The words of a list typed by the user: "metier, hygieniste" → {"metier", "hygieniste"}.
std::vector<std::string> words(std::string_view text) {
  std::vector<std::string> out;
  std::string cur;
  for (char ch : text) {
    if (ch == ',' || ch == ' ' || ch == ';') {
      if (!cur.empty()) out.push_back(std::move(cur));
      cur.clear();
    } else {
      cur += ch;
    }
  }
  if (!cur.empty()) out.push_back(std::move(cur));
  return out;
}

struct Coefficient {
  Decimal value;
  std::vector<std::string> parts;  // French, for the formula: "376 (référence)", "30 (complément de-droit)"
  std::vector<SourceRef> sources;
};

// Coefficient de base conventionnel = coefficient de référence + the compléments the post carries (art. 08.01.1).
Result<Coefficient> coefficient_de_base(Context& c) {
  Coefficient out;
  auto ref = c.rs.cell(kCoefficient, c.key);
  if (!ref) return ref.error();
  out.value = (*ref)->values.front();
  out.parts.push_back(fmt::format("{} (coefficient de référence)", fr_number(out.value)));
  out.sources.push_back(c.rs.source(kCoefficient, **c.rs.at(kCoefficient), &(*ref)->provenance));
  const Version* table = c.rs.find(kComplement);
  std::vector<std::string> names;
  const std::string prefix = c.key + "/";
  if (table)
    for (const auto& [k, cell] : table->cells)
      if (k.starts_with(prefix) && k.substr(prefix.size()) != "de-droit") names.push_back(k.substr(prefix.size()));
  std::vector<std::string> wanted = words(extra_text(c.p, "complements"));
  wanted.insert(wanted.begin(), "de-droit");
  for (const auto& name : wanted) {
    const Cell* cell = nullptr;
    if (table)
      if (auto it = table->cells.find(prefix + name); it != table->cells.end()) cell = &it->second;
    if (!cell) {
      if (name == "de-droit") continue;
      return make_error(ErrorKind::Input,
                        fmt::format("complément inconnu pour le métier {} : « {} » ; compléments encodés : {} (un autre "
                                    "complément se donne en points avec --complement-points)",
                                    c.key, name, names.empty() ? "aucun" : fmt::format("{}", fmt::join(names, ", "))));
    }
    const Decimal pts = cell->values.front();
    out.value += pts;
    out.parts.push_back(fmt::format("{} (complément {})", fr_number(pts), name));
    out.sources.push_back(c.rs.source(kComplement, *table, &cell->provenance));
  }
  if (auto declared = extra_decimal(c.p, "complement_points")) {
    out.value += *declared;
    out.parts.push_back(fmt::format("{} (compléments déclarés)", fr_number(*declared)));
    out.sources.push_back(SourceRef{"input", "compléments déclarés (--complement-points)", c.d, &input_provenance()});
  }
  return out;
}

void add_base_line(Context& c, const Coefficient& coef, std::vector<SourceRef> sources) {
  PayLine l = new_line(c, "base");
  if (c.opt.explain) l.label = "Salaire de base";
  l.base = coef.value;
  l.base_unit = "coefficient";
  l.rate = c.point;
  l.rate_unit = "EUR/point";
  l.amount = c.wt.prorate(c.base_full);
  if (c.opt.explain)
    l.formula = fmt::format("coefficient de base {} = {} × {} € (valeur du point) × {} = {}", fr_number(coef.value),
                            fmt::join(coef.parts, " + "), fr_number(c.point), c.prorata, fr_euros(l.amount.round_cents()));
  for (const auto& src : sources) l.cite(src);
  l.cite(c.point_ref);
  append_line(c.slip.lines, std::move(l));
}

// SMC guarantee (art. 08.02): the salaire de base (the amounts the SMC includes) against the SMC at full time; the
// difference is paid by one line, prorated. Returns the full-time indemnity.
Result<Decimal> add_smc_line(Context& c) {
  auto rule = c.rs.at(kSmcRule);
  if (!rule) return rule.error();
  if ((*rule)->text != "smic")
    return make_error(ErrorKind::Grid, fmt::format("{} : règle inconnue « {} » pour ccn51.smc.rule",
                                                   c.rs.param(kSmcRule)->file, (*rule)->text));
  auto smic = c.rs.at(kSmic);
  if (!smic) return smic.error();
  const Decimal floor = (*smic)->number;
  if (c.base_full >= floor) return Decimal();
  const Decimal gap = floor - c.base_full;
  PayLine l = new_line(c, "smc_guarantee");
  if (c.opt.explain) l.label = "Indemnité garantissant le salaire minimum conventionnel";
  l.base = floor;
  l.base_unit = "EUR";
  l.amount = c.wt.prorate(gap);
  if (c.opt.explain)
    l.formula = fmt::format("({} SMC = SMIC mensuel − {} salaire de base à temps plein) × {} = {}", fr_euros(floor),
                            fr_euros(c.base_full), c.prorata, fr_euros(l.amount.round_cents()));
  l.cite(c.rs.source(kSmcRule, **rule));
  l.cite(c.rs.source(kSmic, **smic));
  flag_like_base(c, l);
  append_line(c.slip.lines, std::move(l));
  return gap;
}

// Complément technicité of cadres (art. 08.01.1): % of the salaire de base by année d'exercice of the métier.
// Returns the full-time amount.
Result<Decimal> add_technicite(Context& c) {
  if (!ccn51_rule_lists(c.rs, kCadres, c.key)) {
    if (extra_date(c.p, "cadre_since"))
      return make_error(ErrorKind::Input, fmt::format("--cadre-since sert au complément technicité des cadres, mais le "
                                                      "métier {} n'est pas un métier cadre",
                                                      c.slip.position_label));
    return Decimal();
  }
  int year = 0;
  std::string how;
  bool assumed = false;
  if (auto since = extra_date(c.p, "cadre_since")) {
    Profile q;
    q.hired = *since;
    auto y = completed_years(q, c.d);
    if (!y) return make_error(ErrorKind::Input, fmt::format("--cadre-since {} est postérieur à la date de paie {}",
                                                            since->iso(), c.d.iso()));
    year = static_cast<int>(y->integer_part()) + 1;
    how = fmt::format("depuis le {}", since->iso());
  } else {
    auto y = ccn51_annee_exercice(c.p, c.d);
    if (!y) return y.error();
    year = *y;
    assumed = true;
    how = "années dans le métier de cadre prises égales à l'ancienneté (hypothèse ; --cadre-since pour les donner)";
  }
  auto scale = c.rs.at(kTechnicite);
  auto rule = c.rs.at(kTechniciteDecompte);
  if (!scale) return scale.error();
  if (!rule) return rule.error();
  const ScaleStep* step = scale_step(**scale, Decimal::from_int(year));
  if (!step || !step->value || step->value->is_zero()) return Decimal();
  const Decimal full = c.base_full.percent(*step->value);
  PayLine l = new_line(c, "technicity_supplement");
  if (c.opt.explain) l.label = fmt::format("Complément technicité ({} %)", fr_number(*step->value));
  l.base = c.wt.prorate(c.base_full).round_cents();
  l.base_unit = "EUR";
  l.rate = *step->value;
  l.rate_unit = "%";
  l.amount = c.wt.prorate(full);
  l.inferred = assumed;
  if (c.opt.explain)
    l.formula = fmt::format("{} (salaire de base à temps plein) × {} % ({}e année d'exercice du métier, {}) × {} = {}",
                            fr_euros(c.base_full), fr_number(*step->value), year, how, c.prorata,
                            fr_euros(l.amount.round_cents()));
  l.cite(c.rs.source(kTechnicite, **scale));
  l.cite(c.rs.source(kTechniciteDecompte, **rule));
  flag_like_base(c, l);
  append_line(c.slip.lines, std::move(l));
  return full;
}

// Prime d'ancienneté (art. 08.01.1): % of the table by année d'exercice × (salaire de base + technicité + SMC
// indemnity), prorated once. The métiers with their own rule (A1.2, A1.3) are reported missing from their 2nd year.
std::optional<Error> add_anciennete(Context& c, Decimal technicite_full, Decimal smc_full) {
  auto year = ccn51_annee_exercice(c.p, c.d);
  if (!year) return year.error();
  if (*year >= 2 && ccn51_rule_lists(c.rs, kRegimePropre, c.key))
    return make_error(ErrorKind::MissingData,
                      fmt::format("prime d'ancienneté du métier {} au {} ({}e année d'exercice) : l'annexe I (A1.2, A1.3) "
                                  "donne 1 % par an jusqu'à 30 % et une majoration spécifique de 1 % par an jusqu'à "
                                  "20 %, mais leur base n'est pas connue (ccn51.anciennete.regime_propre)",
                                  c.slip.position_label, c.d.iso(), *year));
  auto scale = c.rs.at(kAnciennete);
  if (!scale) return scale.error();
  const ScaleStep* step = scale_step(**scale, Decimal::from_int(*year));
  if (!step || !step->value)
    return make_error(ErrorKind::MissingData, fmt::format("ccn51.anciennete ne donne pas de taux pour la {}e année "
                                                          "d'exercice au {}", *year, c.d.iso()));
  if (step->value->is_zero()) return std::nullopt;
  const Decimal base = c.base_full + technicite_full + smc_full;
  std::string parts = "salaire de base";
  if (!technicite_full.is_zero()) parts += " + complément technicité";
  if (!smc_full.is_zero()) parts += " + indemnité SMC";
  PayLine l = new_line(c, "seniority_bonus");
  if (c.opt.explain) l.label = fmt::format("Prime d'ancienneté ({} %)", fr_number(*step->value));
  l.base = c.wt.prorate(base).round_cents();
  l.base_unit = "EUR";
  l.rate = *step->value;
  l.rate_unit = "%";
  l.amount = c.wt.prorate(base).percent(*step->value);
  if (c.opt.explain) {
    const auto reprise = extra_decimal(c.p, "reprise");
    l.formula = fmt::format("{} ({} à temps plein) × {} × {} % ({}e année d'exercice{}) = {}", fr_euros(base), parts,
                            c.prorata, fr_number(*step->value), *year,
                            reprise ? fmt::format(", reprise de {} an(s) comprise", fr_number(*reprise)) : "",
                            fr_euros(l.amount.round_cents()));
  }
  l.cite(c.rs.source(kAnciennete, **scale));
  flag_like_base(c, l);
  if (extra_decimal(c.p, "reprise"))
    l.cite(SourceRef{"input", "reprise d'ancienneté déclarée (--reprise)", c.d, &input_provenance()});
  append_line(c.slip.lines, std::move(l));
  return std::nullopt;
}

}  // namespace
}  // namespace ccn51

Result<Payslip> compute_ccn51_pay(const RateSheet& rs, const Profile& p, const CalcOptions& opt) {
  auto wt = working_time(rs, p, kFullTime);
  if (!wt) return wt.error();
  ccn51::Context c{rs, rs.grids(), p, rs.date(), opt, *wt, {}, {}, {}, {}, {}, {}, {}};
  c.prorata = opt.explain ? prorata_fr(*wt) : std::string();
  c.slip.date = rs.date();
  c.slip.convention = "ccn51";
  c.slip.working_time = *wt;
  std::vector<SourceRef> job_sources;
  if (auto e = ccn51::resolve_job(c, job_sources)) return *e;
  if (auto e = ccn51::resolve_structure(c)) return *e;
  if (auto e = ccn51::resolve_point(c)) return *e;
  auto coef = ccn51::coefficient_de_base(c);
  if (!coef) return coef.error();
  job_sources.insert(job_sources.end(), coef->sources.begin(), coef->sources.end());
  c.base_full = coef->value * c.point;
  ccn51::add_base_line(c, *coef, std::move(job_sources));
  auto smc = ccn51::add_smc_line(c);
  if (!smc) return smc.error();
  auto technicite = ccn51::add_technicite(c);
  if (!technicite) return technicite.error();
  if (auto e = ccn51::add_anciennete(c, *technicite, *smc)) return *e;
  if (auto e = ccn51::add_primes(c)) return *e;
  for (const auto& l : c.slip.lines)
    if (l.kind == LineKind::Earning) c.slip.gross += l.amount;
  return std::move(c.slip);
}

}  // namespace revalo
