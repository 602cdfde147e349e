// Primes computed from the grade (fph_primes.h). Who gets each prime, its amount or rate and the structures are data
// (fph.pss.*, fph.prime_forfaitaire.*, fph.grand_age.*, fph.grand_age_deliberation.*).
#include "fph_primes.h"

#include <sstream>

#include <fmt/format.h>

#include "format_number.h"
#include "vocabulary.h"

namespace revalo::fph {
namespace {

// Whether a space-separated list (a rule parameter) names `word` at d; its version in `v`.
bool listed(const GridSet& g, std::string_view id, std::string_view word, Date d, const Version*& v) {
  v = g.find_at(id, d);
  if (!v) return false;
  std::istringstream in(v->text);
  for (std::string w; in >> w;)
    if (w == word) return true;
  return false;
}

// Whether the profile's structure belongs to one of the structures (or families) of the list `id` at d; `health`:
// it is a health establishment (where only some services qualify).
Result<bool> structure_listed(const GridSet& g, const Profile& p, std::string_view id, Date d, const Version*& v,
                              bool& health) {
  const Vocabulary* voc = g.vocabulary("structure");
  v = g.find_at(id, d);
  if (!voc || !v) return false;
  auto t = find_term(*voc, p.structure_type);
  if (!t) return t.error();
  health = term_in(*voc, **t, "etablissement-sante");
  std::istringstream in(v->text);
  for (std::string w; in >> w;)
    if (term_in(*voc, **t, w)) return true;
  return false;
}

PayLine flat_line(const GridSet& g, std::string_view code, std::string label, std::string_view amount_id,
                  const Version& amount, const Version& who, std::string_view who_id, const Traitement& t,
                  const CalcOptions& opt) {
  PayLine l;
  l.explained = opt.explain;
  l.code = code;
  l.label = std::move(label);
  l.base = amount.number;
  l.base_unit = "EUR";
  l.amount = t.wt.prorate(amount.number);
  if (opt.explain)
    l.formula = fmt::format("{} brut mensuel à temps plein × {} = {}", fr_euros(amount.number), prorata_fr(t.wt),
                            fr_euros(l.amount.round_cents()));
  l.cite(grid_source(g, amount_id, amount));
  l.cite(grid_source(g, who_id, who));
  return l;
}

// Prime « Grand âge »: FPH grades by structure (or --prime-grand-age), FPT grades by the employer's délibération.
Result<std::optional<PayLine>> grand_age(const GridSet& g, const Profile& p, const std::string& grade, Date d,
                                         const Traitement& t, const CalcOptions& opt,
                                         std::vector<std::string>& warnings) {
  const std::optional<bool> declared = extra_bool(p, "prime_grand_age");
  const Version* who = nullptr;
  const Version* where = nullptr;
  std::string_view prefix;
  if (listed(g, "fph.grand_age.grades", grade, d, who)) {
    prefix = "fph.grand_age";
    bool paid = declared.value_or(false);
    if (!declared && p.structure_type.empty()) {
      warnings.push_back("prime « Grand âge » non comptée : donnez --structure (EHPAD, USLD…) ou --prime-grand-age yes");
    } else if (!declared) {
      bool health = false;
      auto in = structure_listed(g, p, "fph.grand_age.structures", d, where, health);
      if (!in) return in.error();
      paid = *in;
      if (!paid && health)
        warnings.push_back("prime « Grand âge » non comptée dans cet établissement de santé : pour un agent d'un SSR ou d'une médecine "
                           "gériatrique, donnez --prime-grand-age yes");
    }
    if (!paid) return std::optional<PayLine>();
  } else if (listed(g, "fph.grand_age_deliberation.grades", grade, d, who)) {
    prefix = "fph.grand_age_deliberation";
    if (!declared.value_or(false)) {
      if (!declared)
        warnings.push_back("prime « Grand âge » territoriale : versée sur délibération de l'employeur ; "
                           "--prime-grand-age yes si elle est votée");
      return std::optional<PayLine>();
    }
  } else {
    return std::optional<PayLine>();
  }
  const std::string amount_id = std::string(prefix) + ".amount";
  auto amount = g.at(amount_id, d);
  if (!amount) return amount.error();
  PayLine l = flat_line(g, "prime_grand_age", "Prime « Grand âge »", amount_id, **amount, *who,
                        std::string(prefix) + ".grades", t, opt);
  if (where) l.cite(grid_source(g, std::string(prefix) + ".structures", *where));
  if (declared) l.cite(SourceRef{"input", "prime « Grand âge » (--prime-grand-age)", d, &input_provenance()});
  return std::optional<PayLine>(std::move(l));
}

}  // namespace

Result<std::vector<GridPrime>> grade_primes(const GridSet& g, const Profile& p, const std::string& grade, Date d,
                                            const Traitement& t, const CalcOptions& opt,
                                            std::vector<std::string>& warnings) {
  std::vector<GridPrime> out;
  const bool titulaire = t.status == Status::PublicTitulaire;
  const Version* who = nullptr;
  if (listed(g, "fph.pss.grades", grade, d, who)) {
    if (titulaire) {
      auto rate = g.at("fph.pss.rate", d);
      if (!rate) return rate.error();
      PayLine l;
      l.explained = opt.explain;
      l.code = "pss";
      l.label = "Prime spéciale de sujétion";
      l.base = t.tib;
      l.base_unit = "EUR";
      l.rate = (*rate)->number;
      l.rate_unit = "%";
      l.amount = t.tib.percent((*rate)->number);
      if (opt.explain)
        l.formula = fmt::format("traitement indiciaire brut {} € × {} % = {}", fr_number(t.tib, 2),
                                fr_number((*rate)->number), fr_euros(l.amount.round_cents()));
      l.cite(grid_source(g, "fph.pss.rate", **rate));
      l.cite(grid_source(g, "fph.pss.grades", *who));
      // Subject to the CNRACL, so outside the PPCR abattement.
      out.push_back({std::move(l), false});
      warnings.push_back("prime spéciale de sujétion : la retenue CNRACL supplémentaire qui la frappe n'a pas de taux "
                         "établi (non déduite) ; elle est comptée dans l'assiette RAFP, ce qui n'est pas confirmé");
    } else {
      warnings.push_back("prime spéciale de sujétion et prime forfaitaire : versées aux fonctionnaires des corps cités ; "
                         "pour un contractuel, donnez ce que prévoit le contrat (--primes)");
    }
  }
  if (listed(g, "fph.prime_forfaitaire.grades", grade, d, who) && titulaire) {
    auto amount = g.at("fph.prime_forfaitaire.amount", d);
    if (!amount) return amount.error();
    out.push_back({flat_line(g, "prime_forfaitaire", "Prime forfaitaire", "fph.prime_forfaitaire.amount", **amount, *who,
                             "fph.prime_forfaitaire.grades", t, opt),
                   true});
  }
  auto age = grand_age(g, p, grade, d, t, opt, warnings);
  if (!age) return age.error();
  if (*age) out.push_back({std::move(**age), true});
  return out;
}

}  // namespace revalo::fph
