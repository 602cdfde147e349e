// Public agent's gross pay (see public_pay.h): the indice of --indice-majore followed to the pay date, then the steps of
// public_lines.h in the order of the décrets on the traitement of public agents.
#include "public_pay.h"

#include <fmt/format.h>

#include "format_number.h"
#include "public_index.h"
#include "public_lines.h"

namespace revalo {

bool subject_to_cnracl(const PayLine& l) {
  return l.kind == LineKind::Earning && l.pension != PensionBase::None;
}

Result<Payslip> public_gross_from_index(const GridSet& g, const Profile& p, Date d, Status status,
                                        const PublicIndex& index, const GridPrimes& primes, const CalcOptions& opt) {
  if (!index.categorie.empty() && !p.categorie.empty() && index.categorie != p.categorie)
    return make_error(ErrorKind::Input, fmt::format("le corps est de catégorie {} au {} : --categorie {} ne lui va pas",
                                                    index.categorie, d.iso(), p.categorie));
  auto started = public_pay::start(g, p, d, status, index, opt);
  if (!started) return started.error();
  public_pay::State& s = *started;
  public_pay::traitement_lines(s, index);
  if (auto e = public_pay::cti_line(s)) return *e;
  if (auto e = public_pay::residence_line(s)) return *e;
  if (auto e = public_pay::family_line(s)) return *e;
  std::vector<GridPrime> grid_primes;
  if (primes) {
    auto computed = primes(Traitement{s.tib, s.tib_full, s.wt, status});
    if (!computed) return computed.error();
    grid_primes = std::move(*computed);
  }
  if (auto e = public_pay::primes_lines(s, std::move(grid_primes), index.categorie.empty() ? p.categorie : index.categorie))
    return *e;
  if (auto e = public_pay::differential_line(s)) return *e;
  if (auto e = public_pay::finish(s)) return *e;
  return std::move(s.slip);
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
  // The indice majoré given is the one of --at: at another date it follows the barème (the +5 points of 2024…).
  const Date given = p.at.value_or(d);
  auto followed = follow_indice_majore(g, *p.indice_majore, given, d);
  if (!followed) return followed.error();
  PublicIndex index;
  index.im = followed->im;
  index.sources = std::move(followed->sources);
  index.what = "indice majoré";
  index.position = fmt::format("im-{}", *p.indice_majore);
  index.position_label = fmt::format("indice majoré {}{}", *p.indice_majore,
                                     p.nbi ? fmt::format(", NBI {} points", *p.nbi) : "");
  if (index.im != Decimal::from_int(*p.indice_majore)) {
    index.position_label = fmt::format("indice majoré {} ({} au {}){}", fr_number(index.im), *p.indice_majore,
                                       given.iso(), p.nbi ? fmt::format(", NBI {} points", *p.nbi) : "");
    index.warnings.push_back(fmt::format("indice majoré {} donné au {} : {} selon le barème indice brut → indice majoré "
                                         "{} le {}",
                                         *p.indice_majore, given.iso(), fr_number(index.im),
                                         given < d ? "changé" : "d'avant", followed->changed_on->iso()));
  }
  return public_gross_from_index(g, p, d, status, index, {}, opt);
}

}  // namespace revalo
