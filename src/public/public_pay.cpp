// Public agent's gross pay from the indice majoré (see public_pay.h). Values come from grids/net/public.toml,
// grids/common/smic.toml and, for the CTI, grids/segur (segur_pay.h); this file is the order and the mechanism of
// décrets on the traitement of public agents.
#include "public_pay.h"

#include <fmt/format.h>

#include "format_number.h"
#include "segur_pay.h"

namespace revalo {
namespace {

const Decimal kTwelve = Decimal::from_int(12);

// Monthly full-time traitement of `points` of indice majoré.
Decimal monthly(Decimal points, Decimal annual) { return points.mul_div(annual, kTwelve); }

SourceRef input_source(Date d, std::string_view what) { return SourceRef{"input", what, d, &input_provenance()}; }

// Supplément familial de traitement for n ≥ 1 children, full time: fixed part + % of the TIB taken between the TIB at
// two IM bounds. Beyond 3 children, "extra" is added per child.
Result<PayLine> family_supplement(const GridSet& g, int n, Decimal tib_full, Decimal annual, Date d,
                                  const SourceRef& point, const CalcOptions& opt) {
  PayLine l;
  l.code = "family_supplement";
  l.label = "Supplément familial de traitement";
  auto part = [&](const char* id) -> Result<Decimal> {
    const std::string key = std::to_string(n <= 3 ? n : 3);
    auto cell = g.cell_at(id, key, d);
    if (!cell) return cell.error();
    auto v = g.at(id, d);
    l.sources.push_back(grid_source(g, id, **v, &(*cell)->provenance));
    Decimal value = (*cell)->values.front();
    if (n > 3) {
      auto extra = g.cell_at(id, "extra", d);
      if (!extra) return extra.error();
      l.sources.push_back(grid_source(g, id, **v, &(*extra)->provenance));
      value += (*extra)->values.front() * Decimal::from_int(n - 3);
    }
    return value;
  };
  auto fixed = part("net.public.sft.fixed");
  if (!fixed) return fixed.error();
  auto pct = part("net.public.sft.pct");
  if (!pct) return pct.error();
  auto im_floor = g.at("net.public.sft.im_floor", d);
  if (!im_floor) return im_floor.error();
  auto im_ceiling = g.at("net.public.sft.im_ceiling", d);
  if (!im_ceiling) return im_ceiling.error();
  l.sources.push_back(grid_source(g, "net.public.sft.im_floor", **im_floor));
  l.sources.push_back(grid_source(g, "net.public.sft.im_ceiling", **im_ceiling));
  l.sources.push_back(point);
  const Decimal low = monthly((*im_floor)->number, annual), high = monthly((*im_ceiling)->number, annual);
  const Decimal base = min(max(tib_full, low), high);
  l.amount = *fixed + base.percent(*pct);
  if (opt.explain)
    l.formula = fmt::format("{} enfant(s) : part fixe {} + {} % × traitement retenu {} (traitement {} borné entre les "
                            "indices {} et {} : {} et {}) = {}",
                            n, fr_euros(*fixed), fr_number(*pct), fr_number(base, 2) + " €", fr_number(tib_full, 2) + " €",
                            fr_number((*im_floor)->number), fr_number((*im_ceiling)->number), fr_number(low, 2) + " €",
                            fr_number(high, 2) + " €", fr_euros(l.amount.round_cents()));
  return l;
}

}  // namespace

bool subject_to_cnracl(const PayLine& l) {
  return l.kind == LineKind::Earning && (l.code == kTibCode || l.code == kNbiCode || l.code == kCtiCode);
}

Result<Payslip> compute_public_gross(const GridSet& g, const Profile& p, Date d, Status status, const CalcOptions& opt) {
  if (status != Status::PublicTitulaire && status != Status::PublicContractuel)
    return make_error(ErrorKind::Usage, "--indice-majore et --nbi construisent la paie d'un agent public : donnez "
                                        "--status public-titulaire ou public-contractuel");
  if (!p.indice_majore) return make_error(ErrorKind::Usage, "--nbi demande --indice-majore");
  if (p.nbi && status != Status::PublicTitulaire)
    return make_error(ErrorKind::Input, "la NBI (--nbi) est versée aux fonctionnaires : donnez --status public-titulaire");
  if (p.gross && p.primes)
    return make_error(ErrorKind::Usage, "donnez les primes (--primes) ou le brut total (--gross), pas les deux");
  if (p.base) return make_error(ErrorKind::Usage, "--base est le salaire de base d'une grille privée : la paie d'un "
                                                  "agent public vient de --indice-majore");
  const bool titulaire = status == Status::PublicTitulaire;
  auto wt = legal_working_time(g, p, d);
  if (!wt) return wt.error();
  auto point = g.at("net.public.point_indice_annual", d);
  if (!point) return point.error();
  const SourceRef point_source = grid_source(g, "net.public.point_indice_annual", **point);
  const Decimal annual = (*point)->number;
  const std::string prorata = prorata_fr(*wt);

  // The traitement is computed on at least the minimum indice majoré.
  auto minimum = g.at("net.public.indice_majore_minimum", d);
  if (!minimum) return minimum.error();
  const SourceRef minimum_source = grid_source(g, "net.public.indice_majore_minimum", **minimum);
  const Decimal im = Decimal::from_int(*p.indice_majore);
  const bool floored = im < (*minimum)->number;
  const Decimal im_used = floored ? (*minimum)->number : im;
  const Decimal tib_full = monthly(im_used, annual);
  const Decimal tib = wt->prorate(tib_full);

  Payslip slip;
  slip.date = d;
  slip.working_time = *wt;
  slip.position = fmt::format("im-{}", *p.indice_majore);
  slip.position_label = fmt::format("indice majoré {}{}", *p.indice_majore,
                                    p.nbi ? fmt::format(", NBI {} points", *p.nbi) : "");
  if (floored)
    slip.warnings.push_back(fmt::format("indice majoré {} inférieur à l'indice minimum de traitement {} : traitement "
                                        "calculé sur l'indice {}",
                                        *p.indice_majore, fr_number(im_used), fr_number(im_used)));

  auto indiciaire = [&](std::string_view code, const char* label, Decimal points, Decimal amount, std::string what) {
    PayLine l;
    l.code = code;
    l.label = label;
    l.base = points;
    l.base_unit = "points";
    l.rate = annual;
    l.rate_unit = "EUR/point/year";
    l.amount = amount;
    if (opt.explain)
      l.formula = fmt::format("{} {} × {} € (valeur annuelle du point d'indice) / 12 × {} = {}", what, fr_number(points),
                              fr_number(annual), prorata, fr_euros(amount.round_cents()));
    l.sources.push_back(point_source);
    if (floored && code == kTibCode) l.sources.push_back(minimum_source);
    append_line(slip.lines, std::move(l));
  };
  indiciaire(kTibCode, "Traitement indiciaire brut", im_used, tib,
             floored ? fmt::format("indice minimum de traitement (indice majoré {} inférieur)", *p.indice_majore)
                     : std::string("indice majoré"));
  if (p.nbi)
    indiciaire(kNbiCode, "Nouvelle bonification indiciaire (NBI)", Decimal::from_int(*p.nbi),
               wt->prorate(monthly(Decimal::from_int(*p.nbi), annual)), "NBI");

  // CTI (or its equivalent for contractuels), when the profile says where the agent works (grids/segur).
  if (has_segur_context(p)) {
    auto cti = segur_line(g, p, d, status, *wt, opt);
    if (!cti) return cti.error();
    if (*cti) slip.lines.push_back(std::move(**cti));
  }

  // Indemnité de résidence: a % of the traitement brut by zone, pro rata like it (the CTI is not in its base). Its
  // floor, the indemnité on the minimum IM, is met since the traitement is taken on at least that IM.
  if (p.zone_residence) {
    const std::string zone = std::to_string(*p.zone_residence);
    auto cell = g.cell_at("net.public.indemnite_residence", zone, d);
    if (!cell) return cell.error();
    PayLine l;
    l.code = "residence_allowance";
    l.label = fmt::format("Indemnité de résidence (zone {})", zone);
    l.base = tib;
    l.base_unit = "EUR";
    l.rate = (*cell)->values.front();
    l.rate_unit = "%";
    l.amount = tib.percent(*l.rate);
    if (opt.explain)
      l.formula = fmt::format("traitement indiciaire brut {} € × {} % = {}", fr_number(tib, 2), fr_number(*l.rate),
                              fr_euros(l.amount.round_cents()));
    l.sources.push_back(grid_source(g, "net.public.indemnite_residence", **g.at("net.public.indemnite_residence", d),
                                    &(*cell)->provenance));
    append_line(slip.lines, std::move(l));
  }

  if (p.enfants && *p.enfants > 0) {
    // The sources give no part-time rule for the SFT: it is not computed rather than guessed.
    if (!wt->full_time())
      return make_error(ErrorKind::MissingData, "le supplément familial de traitement (--enfants) d'un agent à temps "
                                                "partiel n'a pas de règle dans les textes encodés");
    auto sft = family_supplement(g, *p.enfants, tib_full, annual, d, point_source, opt);
    if (!sft) return sft.error();
    append_line(slip.lines, std::move(*sft));
  }

  if (p.primes) {
    PayLine l;
    l.code = "bonuses";
    l.label = "Primes et indemnités (déclarées)";
    l.amount = *p.primes;
    if (opt.explain) l.formula = fmt::format("montant mensuel déclaré (--primes) = {}", fr_euros(*p.primes));
    l.sources.push_back(input_source(d, "primes déclarées (--primes)"));
    append_line(slip.lines, std::move(l));
    // PPCR "transfert primes/points": 1/12 of the annual maximum of the catégorie, limited to the primes paid, pro
    // rata for part time; a negative line on the primes, for fonctionnaires.
    if (titulaire) {
      if (p.categorie.empty())
        return make_error(ErrorKind::Usage, "les primes d'un fonctionnaire subissent l'abattement PPCR : donnez --categorie "
                                            "A, B ou C");
      auto cell = g.cell_at("net.public.ppcr_abattement_annual", p.categorie, d);
      if (!cell) return cell.error();
      const Decimal annual_max = (*cell)->values.front();
      const Decimal monthly_max = wt->prorate(annual_max.div(kTwelve));
      const Decimal abattement = min(monthly_max, *p.primes);
      PayLine a;
      a.code = "ppcr_abattement";
      a.label = fmt::format("Abattement PPCR « transfert primes/points » (catégorie {})", p.categorie);
      a.base = annual_max;
      a.base_unit = "EUR";
      a.amount = -abattement;
      if (opt.explain)
        a.formula = fmt::format("− min({} / 12 × {} = {} € ; primes {}) = {}", fr_euros(annual_max), prorata,
                                fr_number(monthly_max, 2), fr_euros(*p.primes), fr_euros(-abattement.round_cents()));
      a.sources.push_back(grid_source(g, "net.public.ppcr_abattement_annual",
                                      **g.at("net.public.ppcr_abattement_annual", d), &(*cell)->provenance));
      append_line(slip.lines, std::move(a));
    } else if (!p.categorie.empty()) {
      slip.warnings.push_back("abattement PPCR non appliqué : les textes le prévoient pour les fonctionnaires, pas pour les "
                              "contractuels (--categorie ignorée)");
    }
  }

  // Indemnité différentielle up to the SMIC when the traitement is below it.
  auto smic = g.at("smic.monthly", d);
  if (!smic) return smic.error();
  if (tib_full < (*smic)->number) {
    PayLine l;
    l.code = "smic_differential";
    l.label = "Indemnité différentielle SMIC";
    l.base = (*smic)->number;
    l.base_unit = "EUR";
    l.amount = wt->prorate((*smic)->number - tib_full);
    if (opt.explain)
      l.formula = fmt::format("(SMIC mensuel {} − traitement à temps plein {} €) × {} = {}", fr_euros((*smic)->number),
                              fr_number(tib_full, 2), prorata, fr_euros(l.amount.round_cents()));
    l.sources.push_back(grid_source(g, "smic.monthly", **smic));
    l.sources.push_back(point_source);
    l.sources.push_back(minimum_source);
    append_line(slip.lines, std::move(l));
  }

  Decimal computed;
  for (const auto& l : slip.lines) computed += l.amount;
  if (p.gross) {
    if (*p.gross < computed)
      return make_error(ErrorKind::Input, fmt::format("--gross {} est inférieur à la paie calculée à partir de l'indice ({})",
                                                      p.gross->str(), computed.fixed(2)));
    if (*p.gross > computed) {
      PayLine l;
      l.code = "other_pay";
      l.label = "Primes et indemnités (reste du brut déclaré)";
      l.amount = *p.gross - computed;
      if (opt.explain)
        l.formula = fmt::format("{} (brut déclaré) − {} (éléments calculés) = {}", fr_euros(*p.gross),
                                fr_euros(computed), fr_euros(l.amount));
      l.sources.push_back(input_source(d, "brut déclaré (--gross)"));
      append_line(slip.lines, std::move(l));
    }
  }
  for (const auto& l : slip.lines) slip.gross += l.amount;
  return slip;
}

}  // namespace revalo
