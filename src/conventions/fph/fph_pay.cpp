// Gross pay on the public grids (fph_pay.h): the grade's échelon at the date, its indice majoré, then the public
// payslip with the grade's primes.
#include "fph_pay.h"

#include <fmt/format.h>

#include "fph_career.h"
#include "fph_grade.h"
#include "fph_primes.h"
#include "format_number.h"
#include "public_pay.h"
#include "status.h"
#include "vocabulary.h"

namespace revalo {

Result<Payslip> compute_fph_pay(const GridSet& g, const Profile& p, Date d, const std::string& position,
                                const CalcOptions& opt) {
  // A public grid's agents are fonctionnaires (titulaires, stagiaires) by default, or contractuels paid on it.
  Status status = Status::PublicTitulaire;
  if (auto s = parse_status(p.status); s && (*s == Status::PublicTitulaire || *s == Status::PublicContractuel))
    status = *s;
  if (p.nbi && status != Status::PublicTitulaire)
    return make_error(ErrorKind::Input, "la NBI (--nbi) est versée aux fonctionnaires : donnez --status public-titulaire");
  if (p.base)
    return make_error(ErrorKind::Usage, "--base est le salaire de base d'une grille privée : la grille publique donne le "
                                        "traitement par --grade et --echelon");
  auto st = fph::standing_at(g, p, d, position);
  if (!st) return st.error();
  auto gg = fph::grade_grid(g, st->grade, d);
  if (!gg) return gg.error();
  auto ix = fph::echelon_index(g, *gg, st->echelon, d);
  if (!ix) return ix.error();
  PublicIndex index;
  index.im = ix->im;
  index.sources = std::move(ix->sources);
  index.what = "indice majoré de l'échelon";
  index.position = fmt::format("{}.{}", st->grade, st->echelon);
  index.position_label = fmt::format("{}, échelon {}{}", gg->label, st->echelon,
                                     ix->ib ? fmt::format(" (indice brut {})", fr_number(*ix->ib)) : "");
  index.position_note = st->note;
  index.categorie = gg->categorie;
  // The Ségur measures (the CTI) read the employer: the grade's fonction publique, not a convention.
  Profile agent = p;
  agent.convention.clear();
  if (!p.employer.empty()) {
    const Vocabulary* employers = g.vocabulary("employer");
    auto t = employers ? find_term(*employers, p.employer) : Result<const Term*>(nullptr);
    if (!t) return t.error();
    if (*t && (*t)->id != gg->fonction_publique)
      return make_error(ErrorKind::Input, fmt::format("le grade {} relève de la fonction publique {} : --employer {} ne lui "
                                                      "va pas",
                                                      gg->grade, gg->fonction_publique, p.employer));
  } else if (!p.structure_type.empty()) {
    agent.employer = gg->fonction_publique;
  }
  std::vector<std::string> warnings;
  const GridPrimes primes = [&](const Traitement& t) {
    return fph::grade_primes(g, agent, st->grade, d, t, opt, warnings);
  };
  auto slip = public_gross_from_index(g, agent, d, status, index, primes, opt);
  if (!slip) return slip.error();
  for (auto& w : warnings) slip->warnings.push_back(std::move(w));
  slip->convention = "fph";
  return slip;
}

}  // namespace revalo
