// The CCN 51 (IDCC 29, FEHAP) as a convention of the registry: its gross pay (ccn51_pay.h), its cadre rule, its own
// profile fields and the checks of its job table. The Ségur-type allowances of grids/segur are added on top by pay/.
#include "ccn51_convention.h"

#include <fmt/format.h>

#include "ccn51_pay.h"
#include "vocabulary.h"

namespace revalo {
namespace {

const ParamKey kCadres{"ccn51.cadres"};

Result<Payslip> ccn51_gross(const RateSheet& rs, const Profile& p, const PositionOverride&, const CalcOptions& opt) {
  return compute_ccn51_pay(rs, p, opt);
}

// The métiers that annexe I classes as cadres (grid rule ccn51.cadres).
bool ccn51_cadre(const RateSheet& rs, const Payslip& s) { return ccn51_rule_lists(rs, kCadres, s.position); }

// Each job points at métiers of ccn51.coefficient, and each of its names is a job of the Ségur vocabulary, so that
// the measures on top can be decided for the same --job.
void check_ccn51_job(const GridSet& g, const Job& j, std::vector<Finding>& out) {
  auto table = g.params.find("ccn51.coefficient");
  for (const auto& v : j.position)
    for (const std::string* key : {&v.text, &v.otherwise}) {
      if (key->empty()) continue;
      bool known = table != g.params.end() &&
                   std::any_of(table->second.versions.begin(), table->second.versions.end(),
                               [&](const Version& t) { return t.cells.count(*key); });
      if (!known)
        add_finding(out, Severity::Error, v.provenance,
                    fmt::format("emploi {} : métier '{}' absent de la grille ccn51.coefficient", j.id, *key));
    }
  const Vocabulary* jobs = g.vocabulary("job");
  if (!jobs || j.position.empty()) return;
  std::vector<std::string> names = j.aliases;
  names.insert(names.begin(), j.id);
  for (const auto& n : names)
    if (!find_term(*jobs, n))
      add_finding(out, Severity::Error, j.position.front().provenance,
                  fmt::format("emploi {} : le nom « {} » n'est pas un emploi du vocabulaire job (grids/segur)", j.id, n));
}

// The profile fields only the CCN 51 reads (Profile::extra). sunday_hours has the same name and type as the BAD's.
std::vector<ProfileField> ccn51_profile_fields() {
  using F = FieldType;
  return {
      {.name = "prime_decentralisee", .type = F::Decimal,
       .help = "CCN 51 : prime décentralisée du mois, en euros, selon l'accord local (aucune valeur par défaut)"},
      {.name = "reprise", .type = F::Decimal,
       .help = "CCN 51 : années d'expérience antérieure reprises à l'embauche (au moins 30 %), ajoutées à l'ancienneté",
       .max = Decimal::from_int(50), .expected = "un nombre d'années entre 0 et 50"},
      {.name = "cadre_since", .type = F::Date,
       .help = "CCN 51 : début des années d'exercice du métier de cadre, reprise comprise (complément technicité)"},
      {.name = "complements", .type = F::Text,
       .help = "CCN 51 : compléments du poste, séparés par des virgules (hygieniste, diplome, autonomie, metier…)"},
      {.name = "complement_points", .type = F::Decimal,
       .help = "CCN 51 : autres compléments (encadrement, diplôme, métier) du poste, en points"},
      {.name = "service", .type = F::Text, .help = "CCN 51 : service d'une prime fonctionnelle",
       .choices = {"bloc", "electrophysiologie", "cec", "hemodialyse", "soutien-domicile-soir", "secretariat-direction"}},
      {.name = "nights", .type = F::Integer, .help = "CCN 51 : nuits travaillées ce mois-ci (indemnité de nuit)",
       .max = Decimal::from_int(31), .expected = "un nombre de nuits entre 0 et 31"},
      {.name = "sunday_hours", .type = F::Decimal,
       .help = "heures travaillées le dimanche et les jours fériés ce mois-ci"},
      {.name = "point_source", .type = F::Text,
       .help = "CCN 51 : valeur du point : avenant (dernier texte agréé, par défaut) ou jourdepaye (valeurs 2025-2026)",
       .choices = {"avenant", "jourdepaye"}},
  };
}

}  // namespace

const Convention& ccn51_convention() {
  static const Convention kCcn51{
      .id = "ccn51",
      .idcc = "29",
      .aliases = {"idcc29", "fehap", "ccn-51", "ccn-1951", "0029"},
      .name = "CCN 51 (IDCC 29, FEHAP)",
      .gross_pay = ccn51_gross,
      .is_cadre = ccn51_cadre,
      .point_param = "ccn51.point",
      .prevoyance_param = "",
      // FEHAP members are private non-profit employers (the convention vocabulary implies it too): the measures of
      // grids/segur and the employer cost take that type when --employer is not given.
      .employer_type = "non-lucratif",
      .measures_on_top = true,
      .measures = {},
      .line_codes = {"base", "smc_guarantee", "technicity_supplement", "seniority_bonus", "functional_bonus",
                     "structure_abatement", "night_allowance", "sunday_holiday_allowance", "decentralized_bonus"},
      .fields = ccn51_profile_fields(),
      .check_job = check_ccn51_job,
  };
  return kCcn51;
}

}  // namespace revalo
