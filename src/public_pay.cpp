// Public agent's gross pay from the indice majoré (see public_pay.h). Values come from grids/net/public.toml.
#include "public_pay.h"

#include <fmt/format.h>

#include "format_number.h"

namespace revalo {

bool subject_to_cnracl(const PayLine& l) {
  return l.kind == LineKind::Earning && (l.code == kTibCode || l.code == kNbiCode || l.code == kCtiCode);
}

Result<Payslip> compute_public_gross(const GridSet& g, const Profile& p, Date d, Status status, const CalcOptions& opt) {
  if (status != Status::PublicTitulaire && status != Status::PublicContractuel)
    return make_error(ErrorKind::Usage, "--indice-majore and --nbi build a public agent's pay: give --status "
                                        "public-titulaire or public-contractuel");
  if (!p.indice_majore) return make_error(ErrorKind::Usage, "--nbi needs --indice-majore");
  if (p.nbi && status != Status::PublicTitulaire)
    return make_error(ErrorKind::Input, "the NBI (--nbi) is paid to fonctionnaires: give --status public-titulaire");
  auto wt = legal_working_time(g, p, d);
  if (!wt) return wt.error();
  auto point = g.at("net.public.point_indice_annual", d);
  if (!point) return point.error();
  const Decimal annual = (*point)->number;
  const Decimal twelve = Decimal::from_int(12);
  const std::string prorata = prorata_fr(*wt);

  Payslip slip;
  slip.date = d;
  slip.working_time = *wt;
  slip.position = fmt::format("im-{}", *p.indice_majore);
  slip.position_label = fmt::format("indice majoré {}{}", *p.indice_majore,
                                    p.nbi ? fmt::format(", NBI {} points", *p.nbi) : "");

  auto indiciaire = [&](const char* code, const char* label, int points, const char* what) {
    PayLine l;
    l.code = code;
    l.label = label;
    l.base = Decimal::from_int(points);
    l.base_unit = "points";
    l.rate = annual;
    l.rate_unit = "EUR/point/year";
    l.amount = wt->prorate(Decimal::from_int(points).mul_div(annual, twelve));
    if (opt.explain)
      l.formula = fmt::format("{} {} × {} € (valeur annuelle du point d'indice) / 12 × {} = {}", what, points,
                              fr_number(annual), prorata, fr_euros(l.amount.round_cents()));
    l.sources.push_back(grid_source(g, "net.public.point_indice_annual", **point));
    append_line(slip.lines, std::move(l));
  };
  indiciaire(kTibCode.data(), "Traitement indiciaire brut", *p.indice_majore, "indice majoré");
  if (p.nbi) indiciaire(kNbiCode.data(), "Nouvelle bonification indiciaire (NBI)", *p.nbi, "NBI");

  // The traitement floor (minimum IM) and the indemnité différentielle up to the SMIC are not computed yet.
  auto minimum = g.at("net.public.indice_majore_minimum", d);
  if (minimum && Decimal::from_int(*p.indice_majore) < (*minimum)->number)
    slip.warnings.push_back(fmt::format("indice majoré {} inférieur à l'indice minimum de traitement {} : le plancher "
                                        "de traitement et l'indemnité différentielle SMIC ne sont pas calculés",
                                        *p.indice_majore, fr_number((*minimum)->number)));

  Decimal indiciaire_total;
  for (const auto& l : slip.lines) indiciaire_total += l.amount;
  if (p.gross) {
    if (*p.gross < indiciaire_total)
      return make_error(ErrorKind::Input, fmt::format("--gross {} is below the traitement indiciaire{} of {}",
                                                      p.gross->str(), p.nbi ? " and NBI" : "",
                                                      indiciaire_total.fixed(2)));
    if (*p.gross > indiciaire_total) {
      PayLine l;
      l.code = "other_pay";
      l.label = "Primes et indemnités (reste du brut déclaré)";
      l.amount = *p.gross - indiciaire_total;
      if (opt.explain)
        l.formula = fmt::format("{} (brut déclaré) − {} (traitement indiciaire{}) = {}", fr_euros(*p.gross),
                                fr_euros(indiciaire_total), p.nbi ? " et NBI" : "", fr_euros(l.amount));
      l.sources.push_back(SourceRef{"input", "brut déclaré (--gross)", d, &input_provenance()});
      append_line(slip.lines, std::move(l));
    }
  }
  for (const auto& l : slip.lines) slip.gross += l.amount;
  return slip;
}

}  // namespace revalo
