// Employer contributions and employer cost (see employer_rates.h): the bases of the month, the régime général
// lines shared by private employees and public contract staff, the versement mobilité, the réduction, the taxe sur
// les salaires and the figures. Who owes what follows CSS L241-13 II (réduction and reduced rates: private employers
// only), the CNRACL and IRCANTEC texts, and each text's effectif threshold; every number is a grid value.
#include "employer_rates.h"

#include <fmt/format.h>

#include "employer_internal.h"
#include "reduction.h"
#include "taxe_salaires.h"
#include "vocabulary.h"

namespace revalo {

namespace employer_detail {

void add_line(Ctx& c, const char* code, const char* label, Decimal base, const Param& r, const std::string& base_text,
              std::vector<SourceRef> more) {
  PayLine l;
  l.code = code;
  l.explained = c.explain;
  if (c.explain) l.label = label;
  l.kind = LineKind::Employer;
  l.base = base;
  l.base_unit = "EUR";
  l.rate = r.value;
  l.rate_unit = "%";
  l.amount = base.percent(r.value).round_cents();
  if (c.explain) l.formula = fmt::format("{} ; {} × {} = {}", base_text, eur(base), pct(r.value), fr_euros(l.amount));
  l.cite(r.source);
  for (const auto& s : more) l.cite(s);
  c.contributions += l.amount;
  append_line(c.out.lines, std::move(l));
}

std::optional<Error> add_rate(Ctx& c, const char* code, const char* label, Decimal base, std::string_view id,
                              const std::string& base_text, std::vector<SourceRef> more) {
  auto r = c.rate(id);
  if (!r) return r.error();
  add_line(c, code, label, base, *r, base_text, std::move(more));
  return std::nullopt;
}

Result<bool> at_or_above(const Ctx& c, std::string_view id, SourceRef* source) {
  auto t = c.rate(id);
  if (!t) return t.error();
  if (source) *source = t->source;
  return Decimal::from_int(c.in.headcount) >= t->value;
}

std::string t1_text(const Ctx& c) {
  return c.explain ? fmt::format("tranche 1 = min({} ; PSS {}) = {}", c.ab_text, eur(c.pss), eur(c.t1)) : "";
}
std::string t2_text(const Ctx& c) {
  return c.explain ? fmt::format("tranche 2 = part de l'{} entre 1 et 8 PSS = {}", c.ab_text, eur(c.t2)) : "";
}

std::optional<Error> regime_general_lines(Ctx& c, bool reduced_scope) {
  struct Branch {
    const char* prefix;
    const char* code;
    const char* label;
  };
  for (const Branch& b : {Branch{"employer.maladie", "employer_maladie", "Maladie (part patronale)"},
                          Branch{"employer.af", "employer_af", "Allocations familiales"}}) {
    std::string id = b.prefix, text = c.ab_text;
    std::vector<SourceRef> more;
    if (reduced_scope) {
      // Reduced rates 2019–2025 (CSS L241-2-1, L241-6-1): only employers in the scope of the réduction générale.
      auto band = bandeau(c.g, b.prefix, c.d, c.ab, c.in.working_time, c.explain);
      if (!band) return band.error();
      if (band->reduced) id += ".reduced";
      if (c.explain && !band->text.empty())
        text += fmt::format(" ; {} : taux {}", band->text, band->reduced ? "réduit" : "plein");
      more = band->sources;
    }
    if (auto e = add_rate(c, b.code, b.label, c.ab, id, text, more)) return e;
  }
  if (auto e = add_rate(c, "employer_vieillesse_plafonnee", "Assurance vieillesse plafonnée (part patronale)", c.t1,
                        "employer.vieillesse_plafonnee", t1_text(c), {c.pss_source}))
    return e;
  if (auto e = add_rate(c, "employer_vieillesse_deplafonnee", "Assurance vieillesse déplafonnée (part patronale)", c.ab,
                        "employer.vieillesse_deplafonnee", c.ab_text))
    return e;
  if (auto e = add_rate(c, "employer_csa", "Contribution solidarité autonomie", c.ab, "employer.csa", c.ab_text))
    return e;
  // FNAL: on T1 below the effectif threshold, on the whole base at or above it (CSS L834-1).
  SourceRef threshold;
  auto large = at_or_above(c, "employer.fnal.headcount_threshold", &threshold);
  if (!large) return large.error();
  const std::string size = c.explain ? fmt::format("effectif {} {} seuil du FNAL", c.in.headcount, *large ? "≥" : "<") : "";
  if (auto e = *large ? add_rate(c, "employer_fnal", "FNAL", c.ab, "employer.fnal.large",
                                 c.explain ? size + " ; " + c.ab_text : "", {threshold})
                      : add_rate(c, "employer_fnal", "FNAL", c.t1, "employer.fnal.small",
                                 c.explain ? size + " ; " + t1_text(c) : "", {threshold, c.pss_source}))
    return e;
  // AT/MP: the employer's own rate, notified each year (CSS L242-5); never a default.
  if (c.in.taux_at) {
    const Param r{*c.in.taux_at, SourceRef{"input", "taux AT/MP notifié (--taux-at)", c.d, &input_provenance()}};
    add_line(c, "employer_atmp", "Accidents du travail et maladies professionnelles", c.ab, r,
             c.explain ? c.ab_text + " ; taux notifié par la CARSAT (--taux-at)" : "");
  } else {
    c.out.figures.missing.push_back("AT/MP");
    c.out.warnings.push_back("cotisation AT/MP non comptée : le taux notifié par la CARSAT n'est pas donné "
                             "(--taux-at) ; le coût employeur est hors AT/MP");
  }
  return std::nullopt;
}

}  // namespace employer_detail

using employer_detail::Ctx;
using employer_detail::eur;
using employer_detail::Param;

namespace {

const Decimal kZero;

bool is_public(Status s) { return s == Status::PublicTitulaire || s == Status::PublicContractuel; }
// Whether an employer type is an association of the sector: the group "association" of the employer vocabulary.
bool is_association(const GridSet& g, const std::string& employer) {
  const Vocabulary* v = g.vocabulary("employer");
  const Term* t = v && !employer.empty() ? term_by_id(*v, employer) : nullptr;
  return t && term_in(*v, *t, "association");
}

// Who owes the taxe sur les salaires when the profile does not say (CGI 231-1): associations of the sector (their
// services are outside VAT) and public hospitals yes; commercial clinics are liable only in proportion to their
// turnover outside VAT, which revalo does not know, and collectivités (CCAS, territorial EHPAD) are exempt.
std::optional<bool> default_taxe_salaires(const Ctx& c) {
  const EmployerInputs& in = c.in;
  if (c.association || in.employer == "fph") return true;
  if (in.employer == "commercial" || in.employer == "fpt") return false;
  return std::nullopt;
}

// The employer's health and prévoyance shares of the month, as the net layer counted them (declared or
// conventional).
Decimal employer_shares(const Payslip& slip) { return slip.net ? slip.net->employer_shares : Decimal(); }

// The part of the employer health/prévoyance shares above the exclusion limit (CSS L242-1 II 4°, D242-1), which
// joins the assiette of the contributions.
Result<Decimal> taxable_excess(const Ctx& c, Decimal gross, std::string* text, std::vector<SourceRef>& sources) {
  auto a = c.rate("employer.prevoyance_exclusion.pss_pct");
  if (!a) return a.error();
  auto b = c.rate("employer.prevoyance_exclusion.gross_pct");
  if (!b) return b.error();
  auto cap = c.rate("employer.prevoyance_exclusion.cap_pss_pct");
  if (!cap) return cap.error();
  const Decimal limit = min(c.pss.percent(a->value) + gross.percent(b->value), c.pss.percent(cap->value));
  const Decimal excess = max(c.employer_shares - limit, kZero);
  sources.insert(sources.end(), {a->source, b->source, cap->source});
  if (c.explain)
    *text = fmt::format("parts employeur santé et prévoyance {} ; limite d'exclusion min({} PSS + {} brut ; {} PSS) = {} "
                        "; excédent {}",
                        eur(c.employer_shares), employer_detail::pct(a->value), employer_detail::pct(b->value),
                        employer_detail::pct(cap->value), eur(limit), eur(excess));
  return excess;
}

}  // namespace

bool wants_employer_cost(const Profile& p) { return p.headcount.has_value(); }

EmployerInputs employer_inputs(const Profile& p, Status status, const WorkingTime& wt) {
  EmployerInputs in;
  in.status = status;
  in.employer = p.employer;
  in.headcount = p.headcount.value_or(0);
  in.taux_at = p.taux_at;
  in.versement_mobilite = p.versement_mobilite;
  in.taxe_salaires = p.taxe_salaires;
  in.taxe_apprentissage = p.taxe_apprentissage;
  in.alsace_moselle = p.alsace_moselle;
  in.working_time = wt;
  return in;
}

namespace {

// Versement mobilité (CGCT L2333-64): the rate of the mobility authority, due from the effectif threshold.
std::optional<Error> versement_mobilite(Ctx& c) {
  SourceRef threshold;
  auto due = employer_detail::at_or_above(c, "employer.vm.headcount_threshold", &threshold);
  if (!due) return due.error();
  if (!c.in.versement_mobilite) {
    if (*due)
      c.out.warnings.push_back("versement mobilité non compté : le taux de l'autorité organisatrice de la mobilité "
                               "n'est pas donné (--versement-mobilite, 0 si l'employeur en est exonéré)");
    return std::nullopt;
  }
  if (!*due) {
    c.out.warnings.push_back(fmt::format("versement mobilité non dû : effectif {} sous le seuil (employer.vm.headcount_threshold)",
                                         c.in.headcount));
    return std::nullopt;
  }
  const Param r{*c.in.versement_mobilite,
                SourceRef{"input", "taux de versement mobilité (--versement-mobilite)", c.d, &input_provenance()}};
  employer_detail::add_line(c, "employer_versement_mobilite", "Versement mobilité", c.local_base, r,
                            c.explain ? fmt::format("effectif {} ≥ seuil ; {}", c.in.headcount, c.local_base_text) : "",
                            {threshold});
  return std::nullopt;
}

// The réduction générale / RGDU line (negative), private employers only.
Result<Decimal> reduction_line(Ctx& c) {
  auto r = reduction_generale(c.g, c.d, c.ab, c.in.working_time, c.in.headcount, c.explain);
  if (!r) return r.error();
  c.out.figures.reduction_coefficient = r->coefficient;
  if (r->amount.is_zero()) return kZero;
  PayLine l;
  l.code = "reduction_generale";
  l.explained = c.explain;
  if (c.explain)
    l.label = r->rule == "rgdu" ? "Réduction générale dégressive unique (RGDU)" : "Réduction générale des cotisations patronales";
  l.kind = LineKind::Employer;
  l.base = c.ab;
  l.base_unit = "EUR";
  l.rate = r->coefficient;
  l.rate_unit = "coefficient";
  l.amount = -r->amount;
  l.formula = std::move(r->formula);
  for (const auto& s : r->sources) l.cite(s);
  append_line(c.out.lines, std::move(l));
  return r->amount;
}

// The taxe sur les salaires line: the liability given or derived from the employer type.
Result<Decimal> taxe_salaires_line(Ctx& c, Decimal gross) {
  std::optional<bool> liable = c.in.taxe_salaires ? c.in.taxe_salaires : default_taxe_salaires(c);
  if (!liable) {
    c.out.figures.missing.push_back("taxe sur les salaires");
    c.out.warnings.push_back("taxe sur les salaires non comptée : dites si l'employeur la doit (--taxe-salaires yes|no) "
                             "ou son type (--employer non-lucratif, commercial, fph…)");
    return kZero;
  }
  if (!*liable) return kZero;
  const Decimal base = gross + c.employer_shares;  // CSG activity base without the 1.75 % abattement
  auto ts = taxe_salaires(c.g, c.d, base, c.association, c.explain);
  if (!ts) return ts.error();
  PayLine l;
  l.code = "taxe_salaires";
  l.explained = c.explain;
  if (c.explain) l.label = "Taxe sur les salaires (part du mois)";
  l.kind = LineKind::Employer;
  l.base = base;
  l.base_unit = "EUR";
  l.amount = ts->amount;
  if (c.explain)
    l.formula = fmt::format("assiette du mois = brut {}{} = {} ; {}", eur(gross),
                            c.employer_shares.is_zero() ? "" : fmt::format(" + parts employeur santé et prévoyance {}",
                                                                           eur(c.employer_shares)),
                            eur(base), ts->formula);
  for (const auto& s : ts->sources) l.cite(s);
  append_line(c.out.lines, std::move(l));
  return ts->amount;
}

}  // namespace

Result<EmployerLayer> compute_employer(const GridSet& g, const Payslip& slip, Date d, const EmployerInputs& in,
                                       const CalcOptions& opt) {
  return compute_employer(RateSheet(g, d), slip, in, opt);
}

Result<EmployerLayer> compute_employer(const RateSheet& rs, const Payslip& slip, const EmployerInputs& in,
                                       const CalcOptions& opt) {
  static const ParamKey kPss{"net.pss.monthly"};
  const GridSet& g = rs.grids();
  const Date d = rs.date();
  EmployerLayer out;
  if (!slip.net) return make_error(ErrorKind::Internal, "coût employeur : la paie nette n'est pas calculée");
  auto pss = rs.at(kPss);
  if (!pss) return pss.error();
  Ctx c{rs, g, d, in, is_association(g, in.employer), opt.explain, out, {}, slip.net->pss, rs.source(kPss, **pss),
        {}, {}, {}, {}, {}, {}, {}};
  c.employer_shares = employer_shares(slip);
  const bool titulaire = in.status == Status::PublicTitulaire;
  std::vector<SourceRef> excess_sources;
  std::string excess_text;
  Decimal excess;
  if (!titulaire && !c.employer_shares.is_zero()) {
    auto e = taxable_excess(c, slip.gross, &excess_text, excess_sources);
    if (!e) return e.error();
    excess = *e;
  }
  c.ab = slip.gross + excess;
  if (opt.explain)
    c.ab_text = excess.is_zero() ? fmt::format("assiette brut {}", eur(c.ab))
                                 : fmt::format("assiette = brut {} + {} = {}", eur(slip.gross), excess_text, eur(c.ab));
  auto t2_ceiling = c.rate("net.tranche.t2_ceiling_pss");
  if (!t2_ceiling) return t2_ceiling.error();
  c.t1 = min(c.ab, c.pss);
  c.t2 = min(max(c.ab - c.pss, kZero), (t2_ceiling->value - Decimal::from_int(1)) * c.pss);
  c.local_base = c.ab;
  c.local_base_text = c.ab_text;

  if (!is_public(in.status)) {
    if (auto e = employer_detail::regime_general_lines(c, true)) return *e;
    if (auto e = employer_detail::private_lines(c)) return *e;
  } else {
    if (!titulaire)
      if (auto e = employer_detail::regime_general_lines(c, false)) return *e;
    if (auto e = employer_detail::public_lines(c, slip)) return *e;
  }
  if (auto e = versement_mobilite(c)) return *e;

  EmployerFigures& f = out.figures;
  f.contributions = c.contributions + c.employer_shares;
  if (!is_public(in.status)) {
    auto r = reduction_line(c);
    if (!r) return r.error();
    f.reduction = *r;
  }
  auto ts = taxe_salaires_line(c, slip.gross);
  if (!ts) return ts.error();
  f.taxe_salaires = *ts;
  f.cost = slip.gross + f.contributions - f.reduction + f.taxe_salaires;
  if (opt.explain) {
    f.formula = fmt::format("brut {} + cotisations patronales {}{} − réduction {} + taxe sur les salaires {} = {}",
                            fr_euros(slip.gross), fr_euros(f.contributions),
                            c.employer_shares.is_zero()
                                ? ""
                                : fmt::format(" (dont parts employeur santé et prévoyance {})", fr_euros(c.employer_shares)),
                            fr_euros(f.reduction), fr_euros(f.taxe_salaires), fr_euros(f.cost));
    if (!f.missing.empty()) f.formula += fmt::format(" ; non compté faute de donnée : {}", fmt::join(f.missing, ", "));
  }
  return out;
}

}  // namespace revalo
