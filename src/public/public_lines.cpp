// The steps of a public agent's payslip (public_lines.h). Values come from grids/net/public.toml,
// grids/common/smic.toml and, for the CTI, grids/segur (segur_pay.h); each function is one step of the décrets on the
// traitement of public agents.
#include "public_lines.h"

#include <fmt/format.h>

#include "format_number.h"
#include "segur_pay.h"

namespace revalo::public_pay {
namespace {

const Decimal kTwelve = Decimal::from_int(12);

// Monthly full-time traitement of `points` of indice majoré.
Decimal monthly(Decimal points, Decimal annual) { return points.mul_div(annual, kTwelve); }

SourceRef input_source(Date d, std::string_view what) { return SourceRef{"input", what, d, &input_provenance()}; }

void indiciaire(State& s, std::string_view code, PensionBase pension, const char* label, Decimal points, Decimal amount,
                const std::string& what, const std::vector<SourceRef>& extra) {
  PayLine l;
  l.explained = s.opt.explain;
  l.code = code;
  l.pension = pension;
  l.label = label;
  l.base = points;
  l.base_unit = "points";
  l.rate = s.annual;
  l.rate_unit = "EUR/point/year";
  l.amount = amount;
  if (s.opt.explain)
    l.formula = fmt::format("{} {} × {} € (valeur annuelle du point d'indice) / 12 × {} = {}", what, fr_number(points),
                            fr_number(s.annual), s.prorata, fr_euros(amount.round_cents()));
  l.cite(s.point_source);
  for (const auto& x : extra) l.cite(x);
  append_line(s.slip.lines, std::move(l));
}

}  // namespace

Result<State> start(const GridSet& g, const Profile& p, Date d, Status status, const PublicIndex& index,
                    const CalcOptions& opt) {
  auto wt = legal_working_time(g, p, d);
  if (!wt) return wt.error();
  auto point = g.at("net.public.point_indice_annual", d);
  if (!point) return point.error();
  auto minimum = g.at("net.public.indice_majore_minimum", d);
  if (!minimum) return minimum.error();
  State s{g, p, d, status, opt, *wt, (*point)->number, grid_source(g, "net.public.point_indice_annual", **point),
          prorata_fr(*wt)};
  // The traitement is computed on at least the minimum indice majoré (décret 85-1148 art. 8).
  s.minimum_source = grid_source(g, "net.public.indice_majore_minimum", **minimum);
  s.floored = index.im < (*minimum)->number;
  s.im_used = s.floored ? (*minimum)->number : index.im;
  s.tib_full = monthly(s.im_used, s.annual);
  s.tib = wt->prorate(s.tib_full);
  s.slip.date = d;
  s.slip.working_time = *wt;
  s.slip.position = index.position;
  s.slip.position_label = index.position_label;
  s.slip.position_note = index.position_note;
  s.slip.warnings = index.warnings;
  if (s.floored)
    s.slip.warnings.push_back(fmt::format("indice majoré {} inférieur à l'indice minimum de traitement {} : traitement "
                                          "calculé sur l'indice {}",
                                          fr_number(index.im), fr_number(s.im_used), fr_number(s.im_used)));
  return s;
}

void traitement_lines(State& s, const PublicIndex& index) {
  std::vector<SourceRef> sources = index.sources;
  if (s.floored) sources.push_back(s.minimum_source);
  indiciaire(s, kTibCode, PensionBase::Traitement, "Traitement indiciaire brut", s.im_used, s.tib,
             s.floored ? fmt::format("indice minimum de traitement ({} {} inférieur)", index.what, fr_number(index.im))
                       : index.what,
             sources);
  if (s.p.nbi)
    indiciaire(s, kNbiCode, PensionBase::Indiciaire, "Nouvelle bonification indiciaire (NBI)", Decimal::from_int(*s.p.nbi),
               s.wt.prorate(monthly(Decimal::from_int(*s.p.nbi), s.annual)), "NBI", {});
}

std::optional<Error> cti_line(State& s) {
  if (!has_segur_context(s.p)) return std::nullopt;
  auto cti = segur_line(s.g, s.p, s.d, s.status, s.wt, s.opt);
  if (!cti) return cti.error();
  if (*cti) s.slip.lines.push_back(std::move(**cti));
  return std::nullopt;
}

// Indemnité de résidence: a % of the traitement brut by zone, pro rata like it (the CTI is not in its base). Its
// floor, the indemnité on the minimum IM, is met since the traitement is taken on at least that IM.
std::optional<Error> residence_line(State& s) {
  if (!s.p.zone_residence) return std::nullopt;
  const std::string zone = std::to_string(*s.p.zone_residence);
  auto cell = s.g.cell_at("net.public.indemnite_residence", zone, s.d);
  if (!cell) return cell.error();
  PayLine l;
  l.explained = s.opt.explain;
  l.code = "residence_allowance";
  l.label = fmt::format("Indemnité de résidence (zone {})", zone);
  l.base = s.tib;
  l.base_unit = "EUR";
  l.rate = (*cell)->values.front();
  l.rate_unit = "%";
  l.amount = s.tib.percent(*l.rate);
  if (s.opt.explain)
    l.formula = fmt::format("traitement indiciaire brut {} € × {} % = {}", fr_number(s.tib, 2), fr_number(*l.rate),
                            fr_euros(l.amount.round_cents()));
  l.cite(grid_source(s.g, "net.public.indemnite_residence", **s.g.at("net.public.indemnite_residence", s.d),
                                  &(*cell)->provenance));
  append_line(s.slip.lines, std::move(l));
  return std::nullopt;
}

// Supplément familial de traitement for n ≥ 1 children, full time: fixed part + % of the TIB taken between the TIB at
// two IM bounds. Beyond 3 children, "extra" is added per child.
std::optional<Error> family_line(State& s) {
  if (!s.p.enfants || *s.p.enfants <= 0) return std::nullopt;
  // No part-time rule for the SFT is encoded: it is not computed rather than guessed.
  if (!s.wt.full_time())
    return make_error(ErrorKind::MissingData, "le supplément familial de traitement (--enfants) d'un agent à temps "
                                              "partiel n'a pas de règle dans les textes encodés");
  const int n = *s.p.enfants;
  const GridSet& g = s.g;
  PayLine l;
  l.explained = s.opt.explain;
  l.code = "family_supplement";
  l.label = "Supplément familial de traitement";
  auto part = [&](const char* id) -> Result<Decimal> {
    auto cell = g.cell_at(id, std::to_string(n <= 3 ? n : 3), s.d);
    if (!cell) return cell.error();
    auto v = g.at(id, s.d);
    l.cite(grid_source(g, id, **v, &(*cell)->provenance));
    Decimal value = (*cell)->values.front();
    if (n > 3) {
      auto extra = g.cell_at(id, "extra", s.d);
      if (!extra) return extra.error();
      l.cite(grid_source(g, id, **v, &(*extra)->provenance));
      value += (*extra)->values.front() * Decimal::from_int(n - 3);
    }
    return value;
  };
  auto fixed = part("net.public.sft.fixed");
  if (!fixed) return fixed.error();
  auto pct = part("net.public.sft.pct");
  if (!pct) return pct.error();
  auto im_floor = g.at("net.public.sft.im_floor", s.d);
  if (!im_floor) return im_floor.error();
  auto im_ceiling = g.at("net.public.sft.im_ceiling", s.d);
  if (!im_ceiling) return im_ceiling.error();
  l.cite(grid_source(g, "net.public.sft.im_floor", **im_floor));
  l.cite(grid_source(g, "net.public.sft.im_ceiling", **im_ceiling));
  l.cite(s.point_source);
  const Decimal low = monthly((*im_floor)->number, s.annual), high = monthly((*im_ceiling)->number, s.annual);
  const Decimal base = min(max(s.tib_full, low), high);
  l.amount = *fixed + base.percent(*pct);
  if (s.opt.explain)
    l.formula = fmt::format("{} enfant(s) : part fixe {} + {} % × traitement retenu {} (traitement {} borné entre les "
                            "indices {} et {} : {} et {}) = {}",
                            n, fr_euros(*fixed), fr_number(*pct), fr_number(base, 2) + " €",
                            fr_number(s.tib_full, 2) + " €", fr_number((*im_floor)->number),
                            fr_number((*im_ceiling)->number), fr_number(low, 2) + " €", fr_number(high, 2) + " €",
                            fr_euros(l.amount.round_cents()));
  append_line(s.slip.lines, std::move(l));
  return std::nullopt;
}

std::optional<Error> primes_lines(State& s, std::vector<GridPrime> grid_primes, const std::string& categorie) {
  Decimal ppcr_base;
  for (auto& gp : grid_primes) {
    const std::size_t before = s.slip.lines.size();
    append_line(s.slip.lines, std::move(gp.line));
    if (gp.ppcr_base) ppcr_base += s.slip.lines[before].amount;
  }
  if (s.p.primes) {
    PayLine l;
    l.explained = s.opt.explain;
    l.code = "bonuses";
    l.label = "Primes et indemnités (déclarées)";
    l.amount = *s.p.primes;
    if (s.opt.explain) l.formula = fmt::format("montant mensuel déclaré (--primes) = {}", fr_euros(*s.p.primes));
    l.cite(input_source(s.d, "primes déclarées (--primes)"));
    append_line(s.slip.lines, std::move(l));
    ppcr_base += *s.p.primes;
  }
  if (ppcr_base.is_zero()) return std::nullopt;
  if (s.status != Status::PublicTitulaire) {
    if (s.p.primes && !s.p.categorie.empty())
      s.slip.warnings.push_back("abattement PPCR non appliqué : les textes le prévoient pour les fonctionnaires, pas pour les "
                                "contractuels (--categorie ignorée)");
    return std::nullopt;
  }
  // PPCR "transfert primes/points" (décret 2016-588): 1/12 of the annual maximum of the catégorie, limited to the
  // primes paid, pro rata for part time; a negative line on the primes, for fonctionnaires.
  if (categorie.empty())
    return make_error(ErrorKind::Usage, "les primes d'un fonctionnaire subissent l'abattement PPCR : donnez --categorie "
                                        "A, B ou C");
  auto cell = s.g.cell_at("net.public.ppcr_abattement_annual", categorie, s.d);
  if (!cell) return cell.error();
  const Decimal annual_max = (*cell)->values.front();
  const Decimal monthly_max = s.wt.prorate(annual_max.div(kTwelve));
  const Decimal abattement = min(monthly_max, ppcr_base);
  PayLine a;
  a.explained = s.opt.explain;
  a.code = "ppcr_abattement";
  a.label = fmt::format("Abattement PPCR « transfert primes/points » (catégorie {})", categorie);
  a.base = annual_max;
  a.base_unit = "EUR";
  a.amount = -abattement;
  if (s.opt.explain)
    a.formula = fmt::format("− min({} / 12 × {} = {} € ; primes {}) = {}", fr_euros(annual_max), s.prorata,
                            fr_number(monthly_max, 2), fr_euros(ppcr_base), fr_euros(-abattement.round_cents()));
  a.cite(grid_source(s.g, "net.public.ppcr_abattement_annual",
                                  **s.g.at("net.public.ppcr_abattement_annual", s.d), &(*cell)->provenance));
  append_line(s.slip.lines, std::move(a));
  return std::nullopt;
}

// Indemnité différentielle up to the SMIC when the traitement is below it (décret 91-769).
std::optional<Error> differential_line(State& s) {
  auto smic = s.g.at("smic.monthly", s.d);
  if (!smic) return smic.error();
  if (!(s.tib_full < (*smic)->number)) return std::nullopt;
  PayLine l;
  l.explained = s.opt.explain;
  l.code = "smic_differential";
  l.label = "Indemnité différentielle SMIC";
  l.base = (*smic)->number;
  l.base_unit = "EUR";
  l.amount = s.wt.prorate((*smic)->number - s.tib_full);
  if (s.opt.explain)
    l.formula = fmt::format("(SMIC mensuel {} − traitement à temps plein {} €) × {} = {}", fr_euros((*smic)->number),
                            fr_number(s.tib_full, 2), s.prorata, fr_euros(l.amount.round_cents()));
  l.cite(grid_source(s.g, "smic.monthly", **smic));
  l.cite(s.point_source);
  l.cite(s.minimum_source);
  if (const Version* rule = s.g.find_at("net.public.indemnite_differentielle", s.d))
    l.cite(grid_source(s.g, "net.public.indemnite_differentielle", *rule));
  append_line(s.slip.lines, std::move(l));
  return std::nullopt;
}

std::optional<Error> finish(State& s) {
  Decimal computed;
  for (const auto& l : s.slip.lines) computed += l.amount;
  if (s.p.gross) {
    if (*s.p.gross < computed)
      return make_error(ErrorKind::Input, fmt::format("--gross {} est inférieur à la paie calculée à partir de l'indice ({})",
                                                      s.p.gross->str(), computed.fixed(2)));
    if (*s.p.gross > computed) {
      PayLine l;
      l.explained = s.opt.explain;
      l.code = "other_pay";
      l.label = "Primes et indemnités (reste du brut déclaré)";
      l.amount = *s.p.gross - computed;
      if (s.opt.explain)
        l.formula = fmt::format("{} (brut déclaré) − {} (éléments calculés) = {}", fr_euros(*s.p.gross),
                                fr_euros(computed), fr_euros(l.amount));
      l.cite(input_source(s.d, "brut déclaré (--gross)"));
      append_line(s.slip.lines, std::move(l));
    }
  }
  for (const auto& l : s.slip.lines) s.slip.gross += l.amount;
  return std::nullopt;
}

}  // namespace revalo::public_pay
